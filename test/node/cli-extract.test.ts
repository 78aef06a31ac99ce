import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unstable_startWorker } from 'wrangler'
import { describe, expect, it } from 'vitest'
import type { Claim, ExtractedClaim } from '../../schemas/claim'

const ROOT = join(import.meta.dirname, '../..')

describe('npm run extract', () => {
  it('gives the offsets the API stores for an article with leading whitespace', { timeout: 60_000 }, async () => {
    const text = `\n\n   ${readFileSync(join(ROOT, 'seeds/000_583d68ef50ae58cd.txt'), 'utf8')}\n\n`
    const file = join(mkdtempSync(join(tmpdir(), 'factdesk-extract-')), 'article.txt')
    writeFileSync(file, text)
    const cli = spawnSync('npm', ['run', '--silent', 'extract', '--', file], { cwd: ROOT, encoding: 'utf8' })
    expect(cli.status, cli.stderr).toBe(0)
    const printed = (JSON.parse(cli.stdout) as { claims: ExtractedClaim[] }).claims

    // Stored as POST /api/articles stores it, by the Worker running as under `wrangler dev`, keeping nothing.
    const worker = await unstable_startWorker({
      config: join(ROOT, 'wrangler.toml'),
      bindings: { REVIEWER_TOKENS: { type: 'plain_text', value: 'cli:cli-test-token' } },
      dev: { server: { port: 0 }, inspector: false, persist: false, logLevel: 'error' },
    })
    try {
      const response = await fetch(new URL('/api/articles', await worker.url), {
        method: 'POST',
        headers: { Authorization: 'Bearer cli-test-token', 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
      })
      const { article, claims: stored } = (await response.json()) as { article: { text: string }; claims: Claim[] }
      expect(stored.length).toBeGreaterThan(5)
      // The store keeps a restatement as an appearance of the claim it restates; every stored claim is printed alike.
      const bySentence = new Map(printed.map((claim) => [claim.sentenceOffsets.start, claim]))
      for (const claim of stored) {
        const same = bySentence.get(claim.sentenceOffsets.start)
        expect(same && { span: same.span, offsets: same.offsets, sentenceOffsets: same.sentenceOffsets }).toEqual({
          span: claim.span,
          offsets: claim.offsets,
          sentenceOffsets: claim.sentenceOffsets,
        })
      }
      for (const claim of printed) expect(article.text.slice(claim.offsets.start, claim.offsets.end)).toBe(claim.span)
    } finally {
      await worker.dispose()
    }
  })
})
