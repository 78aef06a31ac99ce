// "According to X, …" and "…, according to X": X is the source of the rest of the sentence.
import { joinTokens } from '../../entities'
import { DOCUMENT_NOUNS, SPEECH_VERBS } from '../../lexicon'
import { ruleConfidence } from '../../rules'
import { isQuoteMark, type Token } from '../../tokens'
import { agencyRe } from './via'
import type { Discourse } from '../discourse'
import { insideRelativeClause } from '../phrases'
import { finish } from '../resolve'
import { insideQuote, opensQuote, outsideRange, type AttributionResult, type SentenceCtx } from '../sentence'
import { leftSpeaker } from '../speaker-left'
import { rightSpeaker } from '../speaker-right'
import { AGENCY_WORK } from '../source-words'

export function according(discourse: Discourse, s: SentenceCtx, v: number): AttributionResult | null {
  return creditedTo(discourse, s, v, v + 2)
}

/**
 * "In a survey by the polling institute Infratest dimap, 47 per cent of voters named …": a document that opens the
 * sentence before a statement with no speaker of its own is its source, as "according to" would say.
 */
export function inDocument(discourse: Discourse, s: SentenceCtx, v: number): AttributionResult | null {
  const t = s.tokens
  let comma = v + 2
  while (comma < t.length && comma < v + 16 && t[comma]!.w !== ',') {
    if (!t[comma]!.word && t[comma]!.w !== '-') return null
    comma++
  }
  // Whose document it is: "by", "from" — not "In a statement, Google said", the subject's own words.
  const phrase = t.slice(v + 2, comma)
  if (t[comma]?.w !== ',' || !phrase.slice(0, 3).some((x) => DOCUMENT_NOUNS.has(x.lw))) return null
  if (!phrase.some((x) => x.lw === 'by' || x.lw === 'from')) return null
  if (t.slice(v + 2).some((x) => !x.cap && SPEECH_VERBS.has(x.lw) && !insideQuote(s, x))) return null
  return creditedTo(discourse, s, v, v + 1)
}

function creditedTo(discourse: Discourse, s: SentenceCtx, v: number, i: number): AttributionResult | null {
  const t = s.tokens
  let via: string | null = null
  // "according to a report by the news agency Associated Press"
  const np = rightSpeaker(discourse, s, i)
  const docEnd = np?.end ?? Math.min(t.length, i + 3)
  const segment = joinTokens(discourse.text, t, v, Math.min(t.length, docEnd + 6))
  const ag = agencyRe.exec(segment)
  if (ag) via = ag[1]!
  // A speaker named before a quote later in the sentence ("…, spokesperson X, "…"").
  for (let k = docEnd; k < t.length - 1; k++) {
    if ((t[k]!.w === ',' || t[k]!.w === ':') && isQuoteMark(t[k + 1]) && opensQuote(s, t[k + 1]!)) {
      const sp = leftSpeaker(discourse, s, k, docEnd)
      if (sp && sp.kind === 'name' && sp.person) {
        const q = s.quotes.find((x) => x.start === t[k + 1]!.end)
        return finish(discourse, s, sp, q ? { start: q.start, end: Math.min(q.end, s.end) } : null, k, via, 'according-to-then-quote')
      }
    }
  }
  if (!np) return null
  // "The rebels, who are backed by Rwanda according to U.N. experts, have seized …": the credit is for the
  // relative clause alone; the sentence's own statement is the outlet's.
  if (insideRelativeClause(t, v, np.end)) return null
  if (via && np.kind === 'name' && np.org && agencyRe.test(np.org)) {
    // "according to Reuters", "according to an AFP tally": the agency's own reporting, so the agency is the source.
    const work = AGENCY_WORK.has(t[np.end]?.lw ?? '')
    return {
      attribution: {
        speaker: np.org,
        role: null,
        organization: null,
        via: null,
        mode: 'reported',
        speakerType: 'organization',
        rule: work ? 'according-to' : 'according-to-agency',
        confidence: ruleConfidence(work ? 'according-to' : 'according-to-agency', 'organization', 'name'),
      },
      content: outsideRange(s, t[v]!.start, t[work ? np.end : np.end - 1]!.end),
      quoteIds: [],
    }
  }
  const content = outsideRange(s, t[v]!.start, t[Math.max(v, creditEnd(t, v, np.end))]!.end)
  return finish(discourse, s, np, content, v, via, 'according-to', 'reported')
}

/**
 * The last token of an opening credit: "According to the Garment Manufacturers Association in Cambodia, …" runs to
 * its comma, past where the source's name ends; a closing credit ends with the source.
 */
function creditEnd(t: Token[], v: number, sourceEnd: number): number {
  if (v > 1) return sourceEnd - 1
  for (let k = sourceEnd; k < t.length && k < sourceEnd + 6; k++) {
    if (t[k]!.w === ',') return k - 1
    if (!t[k]!.word) break
  }
  return sourceEnd - 1
}
