// "X was quoted by Interfax as saying …", "RIA quoted X as saying …": X speaks; the outlet that quoted X is `via`.
import { joinTokens, runStartingAt } from '../../entities'
import type { Token } from '../../tokens'
import { agencyRe } from './via'
import type { Discourse } from '../discourse'
import { finish } from '../resolve'
import type { AttributionResult, SentenceCtx } from '../sentence'
import { leftSpeaker } from '../speaker-left'
import { rightSpeaker } from '../speaker-right'

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'being'])
/** Words after "as saying" that open how, where or when it was said rather than what. */
const FRAME_PREPOSITIONS = new Set(['via', 'through', 'in', 'on', 'at', 'by', 'during', 'after', 'before', 'last', 'earlier'])

/** Where "as saying" (or "as telling") starts at or after `from`, within a few words; -1 when it does not. */
function asSaying(t: Token[], from: number): number {
  for (let k = from; k < Math.min(t.length - 1, from + 10); k++)
    if (t[k]!.lw === 'as' && (t[k + 1]!.lw === 'saying' || t[k + 1]!.lw === 'telling')) return k
  return -1
}

/** The outlet a "by …" phrase names ("by Interfax", "by the RIA news agency"), or null. */
function byOutlet(discourse: Discourse, t: Token[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    if (t[k]!.lw !== 'by') continue
    const agency = agencyRe.exec(joinTokens(discourse.text, t, k + 1, Math.min(to, k + 6)))
    if (agency) return agency[1]!
    const start = t[k + 1]?.lw === 'the' ? k + 2 : k + 1
    const run = runStartingAt(t, start, to)
    if (run) return joinTokens(discourse.text, t, run.from, run.to)
  }
  return null
}

/**
 * The statement after "as saying", past an optional "that" — or, when the sentence ends there, the quotation before
 * the credit: ""We will appeal," the agency quoted him as saying."
 */
function statement(s: SentenceCtx, v: number, saying: number): { start: number; end: number } | null {
  const t = s.tokens
  let c = saying + 1
  while (t[c] && (t[c]!.lw === 'that' || t[c]!.w === ',')) c++
  // "… as saying via his lawyers.", "… as saying in an interview that …": how or when, then perhaps what.
  if (t[c]?.word && FRAME_PREPOSITIONS.has(t[c]!.lw)) {
    const that = t.findIndex((x, k) => k > c && k < c + 8 && x.lw === 'that')
    c = that > 0 && t[that + 1] ? that + 1 : t.length
  }
  if (t[c]?.word) return { start: t[c]!.start, end: s.end }
  const quote = s.quotes.findLast((q) => q.end <= t[v]!.start)
  return quote ? { start: quote.start, end: quote.end } : null
}

/** Tried at the word "quoted". */
export function quotedAsSaying(discourse: Discourse, s: SentenceCtx, v: number): AttributionResult | null {
  const t = s.tokens
  if (PASSIVE_AUXILIARIES.has(t[v - 1]?.lw ?? '')) {
    const as = asSaying(t, v + 1)
    if (as < 0) return null
    const sp = leftSpeaker(discourse, s, v - 1, 0)
    if (!sp) return null
    // "by Interfax" before "as saying", or after it: "was quoted as saying by the RIA news agency that …".
    let saying = as + 1
    const via = byOutlet(discourse, t, v + 1, as) ?? byOutlet(discourse, t, saying + 1, Math.min(t.length, saying + 7))
    if (via && t[saying + 1]?.lw === 'by') {
      while (saying + 1 < t.length && t[saying + 1]!.lw !== 'that' && t[saying + 1]!.w !== ',') saying++
    }
    const content = statement(s, v, saying)
    return content ? finish(discourse, s, sp, content, v, via, 'quoted-as-saying') : null
  }
  // Active: "The RIA news agency quoted Peskov as saying …".
  const sp = rightSpeaker(discourse, s, v + 1)
  if (!sp) return null
  const as = asSaying(t, sp.end)
  if (as < 0 || as > sp.end + 8) return null
  const outlet = joinTokens(discourse.text, t, 0, v)
  const via = agencyRe.exec(outlet)?.[1] ?? null
  const content = statement(s, v, as + 1)
  return content ? finish(discourse, s, sp, content, v, via, 'quoted-as-saying') : null
}
