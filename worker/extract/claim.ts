// One sentence's claim: its checkable span, kind, score and attribution, or none.
import type { Attribution, ExtractedClaim } from '../../schemas/claim'
import type { AttributionResult, SentenceCtx } from './attribution/sentence'
import { pickSpan, scoreRegion, type SpanPick } from './checkworthy'
import { finiteIn } from './checkworthy/verbs'
import { clauseAround, setsScene } from './clauses'
import { SCENE_OPENERS, SUBORDINATORS } from './lexicon'
import { RULES } from './rules'
import { isQuoteMark } from './tokens'

/** What a source says when it says nothing. */
const NO_COMMENT = /\b(?:declined|refused) to comment\b|\bdid not (?:immediately )?respond\b|\bcould not be reached\b/

/**
 * "In a statement released after the meeting, the bank said": the sentence opens with where it was said and then
 * names the speaker of the verb at `cue` (no verb between), so the opening is no claim of its own.
 */
function whereSaid(t: SentenceCtx['tokens'], cue: number): boolean {
  if (!SCENE_OPENERS.has(t[0]!.lw)) return false
  const comma = t.findIndex((x) => x.w === ',')
  return comma > 0 && comma < cue && cue - comma <= 7 && !finiteIn(t, comma + 1, cue)
}

/** Score a sentence needs to become a claim. */
export const CLAIM_THRESHOLD = 0.5

/** A sentence nobody is credited with: the outlet's own voice. */
export const OUTLET: Attribution = {
  speaker: null,
  role: null,
  organization: null,
  via: null,
  mode: 'outlet',
  speakerType: 'outlet',
  rule: 'outlet-voice',
  confidence: RULES['outlet-voice'].confidence,
}

export function isQuoteChar(ch: string): boolean {
  return ch === '"' || ch === '“' || ch === '‘' || ch === "'"
}

function hasNumber(t: SentenceCtx['tokens'], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/\p{N}/u.test(t[i]!.w)) return true
  return false
}

function tokenRange(s: SentenceCtx, start: number, end: number): [number, number] {
  let a = 0
  while (a < s.tokens.length && s.tokens[a]!.start < start) a++
  let b = a
  while (b < s.tokens.length && s.tokens[b]!.end <= end) b++
  return [a, b]
}

/** The claim a sentence makes, with its span and attribution, or null when it makes none worth checking. */
export function buildClaim(text: string, s: SentenceCtx, r: AttributionResult | null): ExtractedClaim | null {
  const t = s.tokens
  if (t.length === 0) return null
  const last = t[t.length - 1]!
  const endsWithQuestion = /\?["'”’)]*$/.test(text.slice(Math.max(s.start, s.end - 4), s.end)) || last.w === '?'
  if (endsWithQuestion && !(r?.content && r.content.end < s.end - 3)) return null

  let pick: SpanPick | null = null
  let attribution: Attribution = OUTLET
  if (r?.content && r.attribution.mode !== 'outlet') {
    const [a, b] = tokenRange(s, r.content.start, r.content.end)
    const quoted = r.attribution.mode === 'direct'
    const inside = b > a ? pickSpan(t, a, b, quoted) : null
    let outside: SpanPick | null = null
    const cue = r.cueStart !== undefined ? tokenRange(s, r.cueStart, s.end)[0] : a
    if (r.participle) {
      // "X has backed the orders, saying …": X's words when they are check-worthy on their own, else the outlet's report of X's act.
      const [pa] = tokenRange(s, r.participle.start, s.end)
      const pre = pa > 3 ? pickSpan(t, 0, pa, false) : null
      // "Lee took legal action in 2002, saying …": the outlet's report of the act when it is the stronger claim.
      if (
        pre &&
        (!(inside && inside.score + (quoted ? 0.1 : 0.3) >= CLAIM_THRESHOLD) ||
          (pre.score >= CLAIM_THRESHOLD &&
            inside &&
            hasNumber(t, pre.from, pre.to) &&
            !hasNumber(t, inside.from, inside.to) &&
            pre.score > inside.score))
      )
        outside = pre
    } else if (Math.min(a, cue) > 5 && t[0]?.cap && !setsScene(t[0]) && !whereSaid(t, cue)) {
      // The outlet's own clause before "… and X said": "Michels had recently undergone heart surgery and …" —
      // never the phrase that names the speaker ("A Department for Media, Culture and Sport spokeswoman said: …").
      const pre = pickSpan(t, 0, Math.min(a, cue), false)
      // "Yalçınkaya's remarks came a day after a spokesman claimed that …": an event that only dates the statement
      // (but "Shares rose 3.8% after the firm said …" is a claim of its own).
      const dates = pre?.kind === 'event' && SUBORDINATORS.has(t[Math.min(a, cue) - 1]?.lw ?? '')
      // "X declined to comment on the meeting, but he said …": a refusal to speak is no claim of the outlet's.
      const refusal = NO_COMMENT.test(text.slice(s.start, t[Math.min(a, cue)]!.start))
      if (
        pre &&
        !refusal &&
        !dates &&
        (pre.kind === 'quantity' || pre.kind === 'list' || pre.kind === 'comparison' || pre.kind === 'event')
      )
        outside = pre
    }
    if (inside && (!outside || (!r.participle && inside.score + 0.05 >= outside.score))) {
      pick = inside
      attribution = r.attribution
      pick.reasons.push(
        quoted ? `quoted from ${r.attribution.speaker ?? 'a source'}` : `reported from ${r.attribution.speaker ?? 'a source'}`,
      )
      pick.score += quoted ? 0.1 : 0.3
    } else if (outside) {
      pick = outside
    } else if (inside) {
      pick = inside
      attribution = r.attribution
    }
    // "The 28-year-old, who has won 12 caps for Wales, insisted he would play": when the speaker's words are not
    // check-worthy, the outlet's relative clause about the speaker may be.
    if (attribution !== OUTLET && pick && pick.score < CLAIM_THRESHOLD && a > 5) {
      const rel = t.slice(0, a).some((x, k) => (x.lw === 'who' || x.lw === 'which') && t[k - 1]?.w === ',')
      const pre = rel ? pickSpan(t, 0, a, false) : null
      if (pre && pre.score >= CLAIM_THRESHOLD) {
        pick = pre
        attribution = OUTLET
      }
    }
  } else {
    pick = pickSpan(t, 0, t.length, false)
  }
  if (!pick || pick.to <= pick.from) return null
  // Nobody named: the outlet carries the claim in its own voice (an agency it cites stays as `via`).
  if (attribution.speaker === null)
    attribution = { ...OUTLET, via: attribution.via, rule: attribution.rule, confidence: attribution.confidence }
  if (endsWithQuestion) pick.score -= 0.3
  // Rounded before the comparison: 0.3 + 0.15 + 0.05 is a hair under 0.5 in floating point.
  const score = Math.round(Math.max(0, Math.min(1, pick.score)) * 100) / 100
  if (score < CLAIM_THRESHOLD) return null
  const quotedSpan = attribution.mode === 'direct'
  const clause = clauseAround(
    t,
    pick.region.from,
    pick.region.to,
    pick,
    (a, b) => scoreRegion(t, a, b, quotedSpan).score >= CLAIM_THRESHOLD,
  )
  // "calling it "a travesty"": a quotation the span opens, it also closes (and one it closes, it opens).
  let { from, to } = clause
  if (t.slice(from, to).filter((x) => isQuoteMark(x)).length % 2 === 1) {
    if (isQuoteMark(t[to])) to++
    else if (isQuoteMark(t[from - 1])) from--
  }
  const start = t[from]!.start
  const end = t[to - 1]!.end
  const reason = pick.reasons.length
    ? `Contains ${pick.reasons.filter((x) => !x.startsWith('opinion')).join(', ') || 'a factual statement'}`
    : 'A factual statement'
  return {
    text: text.slice(s.start, s.end),
    span: text.slice(start, end),
    kind: pick.kind,
    offsets: { start, end },
    sentenceOffsets: { start: s.start, end: s.end },
    checkworthiness: { score, reason },
    attribution,
  }
}
