// A credit closing the sentence covers everything before it: "…, a VOA journalist reported."
import { runEndingAt } from '../../entities'
import { SPEECH_VERBS } from '../../lexicon'
import { according } from './according'
import { verbAttribution } from './verb'
import { agencyRe } from './via'
import type { Discourse } from '../discourse'
import { insideQuote, type AttributionResult, type SentenceCtx } from '../sentence'

/**
 * "Relief workers fear that disease could spread, a VOA journalist reported.", "The three countries announced a joint
 * force, according to a statement from the presidency.": a credit closing the sentence covers everything before it,
 * including any statement reported inside.
 */
export function trailingCredit(discourse: Discourse, s: SentenceCtx): AttributionResult | null {
  const t = s.tokens
  let comma = t.length - 1
  while (comma > 0 && t[comma]!.w !== ',' && t.length - comma <= 12) comma--
  if (comma <= 3 || t[comma]!.w !== ',' || insideQuote(s, t[comma]!)) return null
  // Only when a statement is reported earlier in the sentence; otherwise the main loop finds this credit anyway.
  let inner = false
  for (let k = 1; k < comma; k++)
    if (!t[k]!.cap && (SPEECH_VERBS.has(t[k]!.lw) || (t[k]!.lw === 'according' && t[k + 1]?.lw === 'to')) && !insideQuote(s, t[k]!))
      inner = true
  if (!inner) return null
  for (let v = comma + 1; v < t.length; v++) {
    const tok = t[v]!
    // "A spokesperson, Tan Li, noted that …, according to the ministry's figures": the person stays the source.
    if (tok.lw === 'according' && t[v + 1]?.lw === 'to' && v === comma + 1)
      return innerPersonBefore(discourse, s, comma) ? null : according(discourse, s, v)
    if (tok.cap || !SPEECH_VERBS.has(tok.lw) || insideQuote(s, tok)) continue
    const r = discourse.preview(() => verbAttribution(discourse, s, v))
    if (!r?.content || r.content.end > t[comma]!.end) return null
    // "The Kremlin said it had no objections, state news agency TASS reported.": the agency relayed the Kremlin.
    const agency =
      r.attribution.speaker !== null && agencyRe.exec(r.attribution.speaker)?.[1] === r.attribution.speaker ? r.attribution.speaker : null
    const relayed =
      agency !== null
        ? discourse.attempt(() => {
            const inner = firstStatement(discourse, s, comma)
            return inner?.content ? { ...inner, content: inner.content } : null
          })
        : null
    if (relayed)
      return {
        ...relayed,
        content: { start: relayed.content.start, end: t[comma]!.start },
        attribution: { ...relayed.attribution, via: agency },
      }
    // The credit previewed above, noted this time.
    return verbAttribution(discourse, s, v)
  }
  return null
}

/** The statement a speech verb before token `end` credits, if any. */
function firstStatement(discourse: Discourse, s: SentenceCtx, end: number): AttributionResult | null {
  const t = s.tokens
  for (let k = 1; k < end; k++) {
    if (t[k]!.cap || !SPEECH_VERBS.has(t[k]!.lw) || insideQuote(s, t[k]!)) continue
    const r = discourse.attempt(() => verbAttribution(discourse, s, k))
    if (r) return r
  }
  return null
}

/** Does a person named before token `end` make a statement there ("Tan Li noted that …")? */
function innerPersonBefore(discourse: Discourse, s: SentenceCtx, end: number): boolean {
  const t = s.tokens
  for (let k = 1; k < end; k++) {
    if (t[k]!.cap || !SPEECH_VERBS.has(t[k]!.lw) || insideQuote(s, t[k]!)) continue
    let j = k - 1
    if (t[j]?.w === ',') j--
    const run = runEndingAt(t, j + 1, 0)
    if (run && !run.possessive && discourse.personCanon(t.slice(run.from, run.to).map((x) => x.w)) !== null) return true
  }
  return false
}
