import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ExtractedClaim } from '../../schemas/claim'
import { extractArticle } from '../../worker/extract/index'

/** One hand label: the checkable part and who asserted it. Modern sets add `keys`, `speakerType`, `mode`, `via`. */
export interface Label {
  span: string
  speaker: string | null
  role: string | null
  organization: string | null
  keys?: string[]
  speakerType?: string
  mode?: 'direct' | 'reported' | 'outlet'
  via?: string | null
}
interface Entry {
  file: string
  source: string
  claims: Label[]
}

export interface Score {
  set: string
  labels: number
  recall: number
  /** Speaker right on found claims. */
  speaker: number
  /** Speaker right on found claims the label marks as reported speech (modern sets only). */
  reported: number | null
  /** The claim's span covers at least 80% of the labelled part. */
  span: number
  /** Median words of the claim's span per labelled word on found claims: how much more than the labelled part a span holds. */
  spanSize: number
  /** `via` right where the label has one (modern sets only). */
  via: number | null
  claims: number
  per100w: number
  misses: string[]
}

const fixtures = join(import.meta.dirname, '../fixtures')

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0
}

function lastWord(s: string): string {
  return s.trim().split(/\s+/).pop() ?? ''
}

/** BBC sets: both null, same name, same last word, or one contains the other. */
export function speakerMatches(got: string | null, want: string | null): boolean {
  if (got === null || want === null) return got === want
  const a = got.toLowerCase()
  const b = want.toLowerCase()
  return a === b || lastWord(a) === lastWord(b) || a.includes(b) || b.includes(a)
}

/** Modern sets, as the held-out sets are scored: a label key appears in the speaker itself; null ↔ null. */
export function speakerHasKey(got: string | null, label: Label): boolean {
  if (label.speaker === null || !label.keys?.length) return got === null && label.speaker === null
  if (got === null) return false
  const g = got.toLowerCase()
  return label.keys.some((k) => g.includes(k.toLowerCase()))
}

function right(c: ExtractedClaim, l: Label): boolean {
  return l.keys ? speakerHasKey(c.attribution.speaker, l) : speakerMatches(c.attribution.speaker, l.speaker)
}

/** Scores the extractor against one labelled set under `test/fixtures/<set>`. */
export function scoreSet(set: string): Score {
  const dir = join(fixtures, set)
  const entries = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Entry[]
  const misses: string[] = []
  const sizes: number[] = []
  let labels = 0,
    found = 0,
    speaker = 0,
    reportedN = 0,
    reportedOk = 0,
    spanOk = 0,
    viaN = 0,
    viaOk = 0,
    claims = 0,
    words = 0
  for (const e of entries) {
    const text = readFileSync(join(dir, e.file), 'utf8')
    const extracted = extractArticle(text).claims
    claims += extracted.length
    words += text.split(/\s+/).filter(Boolean).length
    for (const l of e.claims) {
      labels++
      // A span can occur more than once (the seed's "at least 14 countries"): any occurrence counts.
      const at: number[] = []
      for (let i = text.indexOf(l.span); i >= 0; i = text.indexOf(l.span, i + 1)) at.push(i)
      const hits = extracted.filter(
        (c) => (c.text + c.span).includes(l.span) || at.some((a) => c.offsets.start < a + l.span.length && a < c.offsets.end),
      )
      const hit = hits.find((c) => right(c, l)) ?? hits[0]
      if (!hit) {
        misses.push(`${e.file}: MISSED "${l.span}"`)
        continue
      }
      found++
      const ok = right(hit, l)
      if (ok) speaker++
      else
        misses.push(
          `${e.file}: "${l.span}" speaker ${JSON.stringify(hit.attribution.speaker)} (${hit.attribution.rule}) ≠ ${JSON.stringify(l.speaker)} [${l.mode}]`,
        )
      if (l.mode === 'reported') {
        reportedN++
        if (ok) reportedOk++
      }
      const covered = Math.max(0, ...at.map((a) => Math.min(hit.offsets.end, a + l.span.length) - Math.max(hit.offsets.start, a)))
      sizes.push(wordCount(hit.span) / Math.max(1, wordCount(l.span)))
      if (covered >= 0.8 * l.span.length) spanOk++
      else misses.push(`${e.file}: "${l.span}" span "${hit.span}"`)
      if (l.via) {
        viaN++
        if (hit.attribution.via?.toLowerCase().includes(l.via.toLowerCase().replace(/^the /, ''))) viaOk++
        else misses.push(`${e.file}: "${l.span}" via ${JSON.stringify(hit.attribution.via)} ≠ ${JSON.stringify(l.via)}`)
      }
    }
  }
  const ratio = (a: number, b: number): number => (b ? a / b : 1)
  return {
    set,
    labels,
    recall: ratio(found, labels),
    speaker: ratio(speaker, found),
    reported: reportedN ? ratio(reportedOk, reportedN) : null,
    span: ratio(spanOk, found),
    spanSize: median(sizes),
    via: viaN ? ratio(viaOk, viaN) : null,
    claims,
    per100w: (claims / Math.max(1, words)) * 100,
    misses,
  }
}

/** A row for `console.table`. */
export function row(s: Score): Record<string, string | number> {
  const f = (x: number | null): string => (x === null ? '–' : x.toFixed(3))
  return {
    set: s.set,
    labels: s.labels,
    recall: f(s.recall),
    speaker: f(s.speaker),
    reported: f(s.reported),
    span: f(s.span),
    'span/label': s.spanSize.toFixed(2),
    via: f(s.via),
    claims: s.claims,
    per100w: s.per100w.toFixed(2),
  }
}
