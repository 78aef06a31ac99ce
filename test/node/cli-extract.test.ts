import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getPlatformProxy } from 'wrangler'
import { describe, expect, it } from 'vitest'
import type { ExtractedClaim } from '../../schemas/claim'
import { ingestArticle } from '../../worker/desk/ingest'
import { ClaimStore } from '../../worker/store/store'

const ROOT = join(import.meta.dirname, '../..')

describe('npm run extract', () => {
  it('gives the offsets the API stores for an article with leading whitespace', { timeout: 60_000 }, async () => {
    const text = `\n\n   ${readFileSync(join(ROOT, 'seeds/000_583d68ef50ae58cd.txt'), 'utf8')}\n\n`
    const file = join(mkdtempSync(join(tmpdir(), 'factdesk-extract-')), 'article.txt')
    writeFileSync(file, text)
    const cli = spawnSync('npm', ['run', '--silent', 'extract', '--', file], { cwd: ROOT, encoding: 'utf8' })
    expect(cli.status, cli.stderr).toBe(0)
    const printed = (JSON.parse(cli.stdout) as { claims: ExtractedClaim[] }).claims

    // Ingest as POST /api/articles and `npm run seed` do, into a local KV that keeps nothing.
    const proxy = await getPlatformProxy<Env>({ configPath: join(ROOT, 'wrangler.toml'), persist: false })
    try {
      const { article, claims: stored } = await ingestArticle(new ClaimStore(proxy.env.FACTCHECK_KV, proxy.env.IDEMPOTENCY_LEDGER), { text })
      expect(stored.length).toBeGreaterThan(5)
      // The store keeps a restatement as an appearance of the claim it restates; every stored claim is printed alike.
      const bySentence = new Map(printed.map((claim) => [claim.sentenceOffsets.start, claim]))
      for (const claim of stored) {
        const same = bySentence.get(claim.sentenceOffsets.start)
        expect(same && { span: same.span, offsets: same.offsets, sentenceOffsets: same.sentenceOffsets }).toEqual({ span: claim.span, offsets: claim.offsets, sentenceOffsets: claim.sentenceOffsets })
      }
      for (const claim of printed) expect(article.text.slice(claim.offsets.start, claim.offsets.end)).toBe(claim.span)
    } finally {
      await proxy.dispose()
    }
  })
})
