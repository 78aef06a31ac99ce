import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../worker/extract/index'

interface Label {
  span: string
  speaker: string | null
  role: string | null
  organization: string | null
}
interface Entry {
  file: string
  source: string
  claims: Label[]
}

const fixtures = join(import.meta.dirname, '../fixtures')

function load(set: string): { dir: string; entries: Entry[] } {
  const dir = join(fixtures, set)
  return { dir, entries: JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Entry[] }
}

function lastWord(s: string): string {
  return s.trim().split(/\s+/).pop() ?? ''
}

/** Speaker agreement: both null, same name, same last word, or one contains the other. */
export function speakerMatches(got: string | null, want: string | null): boolean {
  if (got === null || want === null) return got === want
  const a = got.toLowerCase()
  const b = want.toLowerCase()
  return a === b || lastWord(a) === lastWord(b) || a.includes(b) || b.includes(a)
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length
}

interface Score {
  recall: number
  attribution: number
  per100w: number
  labels: number
  claims: number
}

/** Scores the extractor against one labelled set; prints a per-article table and the misses. */
function evaluate(set: string, showMisses = true): Score {
  const { dir, entries } = load(set)
  const rows: Record<string, string | number>[] = []
  const misses: string[] = []
  let labels = 0
  let found = 0
  let attributed = 0
  let claimsTotal = 0
  let wordsTotal = 0
  for (const e of entries) {
    const text = readFileSync(join(dir, e.file), 'utf8')
    const { claims } = extractArticle(text)
    let f = 0
    let a = 0
    for (const l of e.claims) {
      // A span can occur more than once (the seed's "at least 14 countries"): any occurrence counts,
      // and attribution is judged on the best-matching one.
      const occurrences: number[] = []
      for (let at = text.indexOf(l.span); at >= 0; at = text.indexOf(l.span, at + 1)) occurrences.push(at)
      const hits = claims.filter((c) => c.text.includes(l.span) || occurrences.some((at) => c.offsets.start < at + l.span.length && at < c.offsets.end))
      const hit = hits.find((c) => speakerMatches(c.attribution.speaker, l.speaker)) ?? hits[0]
      if (!hit) {
        misses.push(`${set}/${e.file}: MISSED "${l.span}"`)
        continue
      }
      f++
      if (speakerMatches(hit.attribution.speaker, l.speaker)) a++
      else misses.push(`${set}/${e.file}: "${l.span}" speaker ${JSON.stringify(hit.attribution.speaker)} ≠ ${JSON.stringify(l.speaker)}`)
    }
    const w = words(text)
    labels += e.claims.length
    found += f
    attributed += a
    claimsTotal += claims.length
    wordsTotal += w
    rows.push({
      file: e.file.replace(/\.txt$/, '').slice(0, 40),
      labels: e.claims.length,
      recall: +(f / e.claims.length).toFixed(2),
      attribution: f ? +(a / f).toFixed(2) : 1,
      claims: claims.length,
      per100w: +((claims.length / w) * 100).toFixed(2),
    })
  }
  const recall = found / labels
  const attribution = found ? attributed / found : 0
  const per100w = (claimsTotal / wordsTotal) * 100
  rows.push({ file: `OVERALL ${set}`, labels, recall: +recall.toFixed(3), attribution: +attribution.toFixed(3), claims: claimsTotal, per100w: +per100w.toFixed(2) })
  console.table(rows)
  if (showMisses && misses.length) console.log(misses.join('\n'))
  return { recall, attribution, per100w, labels, claims: claimsTotal }
}

describe('evaluation against hand labels', () => {
  // All five labelled sets are asserted alike.
  const sets = ['eval', 'dev', 'dev2', 'holdout', 'blind']

  it('finds labelled claims and attributes them, on every labelled set', () => {
    const scores = sets.map((set) => ({ set, ...evaluate(set) }))
    console.table(scores.map((x) => ({ set: x.set, labels: x.labels, recall: +x.recall.toFixed(3), attribution: +x.attribution.toFixed(3), claims: x.claims, per100w: +x.per100w.toFixed(2) })))
    for (const x of scores) {
      expect(x.recall, `${x.set} recall`).toBeGreaterThanOrEqual(0.9)
      expect(x.attribution, `${x.set} attribution`).toBeGreaterThanOrEqual(0.9)
    }
  })

  // blind2 was labelled last and never used to change a rule: it is the honest estimate for
  // unseen articles (README). Its errors stay unread; the floor only catches a regression.
  it('keeps the untuned blind2 set above its regression floor', () => {
    const x = evaluate('blind2', false)
    console.log(`blind2 (untuned): recall ${x.recall.toFixed(3)}, attribution ${x.attribution.toFixed(3)}, ${x.per100w.toFixed(2)} claims/100 words`)
    expect(x.recall).toBeGreaterThanOrEqual(0.88)
    expect(x.attribution).toBeGreaterThanOrEqual(0.85)
  })
})
