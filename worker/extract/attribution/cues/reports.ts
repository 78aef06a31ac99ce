// Unnamed reports: "There are reports that …".
import { findVia } from './via'
import type { Discourse } from '../discourse'
import { finish } from '../resolve'
import type { AttributionResult, SentenceCtx } from '../sentence'
import type { SpeakerNP } from '../speaker-name'
import { CONNECTIVES } from '../grammar-words'
import { REPORT_NOUNS } from '../speech-words'

/** "There are reports that …", "There were unconfirmed claims that …": unnamed reports assert what follows. */
export function thereAreReports(discourse: Discourse, s: SentenceCtx): AttributionResult | null {
  const t = s.tokens
  let a = 0
  while (a < t.length && (CONNECTIVES.has(t[a]!.lw) || t[a]!.w === ',')) a++
  if (t[a]?.lw !== 'there') return null
  let k = a + 1
  if (t[k]?.lw === 'have' || t[k]?.lw === 'had') k++
  if (!['are', 'were', 'been'].includes(t[k]?.lw ?? '')) return null
  const start = k + 1
  let head = start
  while (head < Math.min(t.length, start + 3) && !REPORT_NOUNS.has(t[head]!.lw)) head++
  if (!REPORT_NOUNS.has(t[head]?.lw ?? '') || t[head + 1]?.lw !== 'that' || head + 2 >= t.length) return null
  const sp: SpeakerNP = { kind: 'common', start, end: head + 1, words: t.slice(start, head + 1).map((x) => x.w), source: true }
  return finish(discourse, s, sp, { start: t[head + 2]!.start, end: s.end }, head, findVia(discourse, s), 'there-are-reports', 'reported')
}
