import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../worker/extract/index'
import { checkInvariants } from './check'

const corpusDir = join(import.meta.dirname, '../../../shared/corpus')

describe.runIf(existsSync(corpusDir))('BBC corpus', () => {
  it('extracts every article without error, with the invariants, selectively', () => {
    const files: string[] = []
    for (const d of readdirSync(corpusDir, { withFileTypes: true })) {
      if (!d.isDirectory()) continue
      for (const f of readdirSync(join(corpusDir, d.name))) if (f.endsWith('.txt')) files.push(join(corpusDir, d.name, f))
    }
    expect(files.length).toBeGreaterThanOrEqual(2000)
    let words = 0
    let claims = 0
    let empty = 0
    const times: number[] = []
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
      const t0 = performance.now()
      const a = extractArticle(text)
      times.push(performance.now() - t0)
      checkInvariants(text, a)
      expect(a.title).not.toBeNull()
      for (const c of a.claims) expect(c.text).not.toBe(a.title)
      words += text.split(/\s+/).filter(Boolean).length
      claims += a.claims.length
      if (a.claims.length === 0) empty++
    }
    times.sort((a, b) => a - b)
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!
    const per100 = (claims / words) * 100
    console.log(
      `corpus: ${files.length} articles, ${claims} claims, ${per100.toFixed(2)} claims/100 words, ${empty} without claims; ms/article median ${pct(0.5).toFixed(2)}, p99 ${pct(0.99).toFixed(2)}, max ${times[times.length - 1]!.toFixed(2)}`,
    )
    expect(per100).toBeLessThan(4)
    expect(empty / files.length).toBeLessThan(0.05)
  })
})
