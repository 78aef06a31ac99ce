import type { Discourse } from '../discourse'
import { finish } from '../resolve'
import type { AttributionResult, SentenceCtx } from '../sentence'
import { leftSpeaker } from '../speaker-left'

/**
 * "X: "quote"" and "X, "quote"" with no verb, the comma or colon at `v`: the seed's "government spokesperson Zabihullah
 * Mujahid, "The…"". Only a named person introduces a quotation this way.
 */
export function nameColonQuote(discourse: Discourse, s: SentenceCtx, v: number): AttributionResult | null {
  const t = s.tokens
  const sp = leftSpeaker(discourse, s, v, v)
  if (sp?.kind !== 'name' || !sp.person) return null
  const q = s.quotes.find((x) => x.start === t[v + 1]!.end)
  const content = q ? { start: q.start, end: Math.min(q.end, s.end) } : { start: t[v + 1]!.end, end: s.end }
  return finish(discourse, s, sp, content, v, null, 'name-colon-quote')
}
