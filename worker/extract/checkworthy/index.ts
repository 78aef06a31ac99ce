// checkworthy/: how check-worthy a stretch of a sentence is (quantities, comparisons, events, rules, schedules;
// opinion, hedges and first person count against it), and the span a claim asserts: the most checkable part, bounded at
// a phrase. quantities.ts finds numbers and comparisons, lists.ts lists and clauses, verbs.ts what the verbs state.
import type { ClaimKind } from '../../../schemas/claim'
import { isNameToken } from '../entities'
import { DAYS, EVENT_VERBS, OPINION_WORDS } from '../lexicon'
import { isQuoteMark, type Token } from '../tokens'
import { clauseSpan, listSpan, nounListSpan } from './lists'
import { comparesIn, multiplies, quantitySpans, quantityWeight } from './quantities'
import { actionIn, finiteIn, ruleIn, scheduleIn } from './verbs'
import { COMPARISON_WORDS, FIRST_PERSON, MODALS, MONTHS, PERIODS } from './words'

/** A candidate span: token indices [from, to) within a sentence. */
export interface SpanPick {
  /** The checkable core: the amount, the list, the opening of the statement. */
  from: number
  to: number
  /** The tokens the core was picked from: the asserted content. */
  region: { from: number; to: number }
  kind: ClaimKind
  /** Check-worthiness of the region the span came from, 0..1. */
  score: number
  reasons: string[]
}

/** Scores how check-worthy a region of a sentence is, with reasons. */
export function scoreRegion(tokens: Token[], from: number, to: number, quoted: boolean): RegionScore {
  return scoreFacts(tokens, from, to, quoted, regionFacts(tokens, from, to))
}

/** What a region holds that makes it checkable, found once and shared by its score and its span. */
interface RegionFacts {
  quantities: { from: number; to: number; date: boolean }[]
  names: { from: number; to: number } | null
  /** A list of things, looked for only when there is no list of names. */
  things: { from: number; to: number } | null
}

interface RegionScore {
  score: number
  reasons: string[]
  quantity: boolean
  list: boolean
  comparison: boolean
  event: boolean
}

function regionFacts(tokens: Token[], from: number, to: number): RegionFacts {
  const names = listSpan(tokens, from, to)
  return { quantities: quantitySpans(tokens, from, to), names, things: names ? null : nounListSpan(tokens, from, to) }
}

function scoreFacts(tokens: Token[], from: number, to: number, quoted: boolean, facts: RegionFacts): RegionScore {
  let score = 0.3
  const reasons: string[] = []
  const q = facts.quantities
  const quantity = q.some((x) => !x.date)
  if (quantity) {
    score += 0.4
    reasons.push('a quantity')
  } else if (q.length) {
    score += 0.2
    reasons.push('a date')
  }
  let list = facts.names !== null
  if (list) {
    score += 0.35
    reasons.push('a list of names')
  } else if (facts.things) {
    list = true
    score += 0.2
    reasons.push('a list')
  }
  // In the outlet's own words, a quotation it goes on to cite ("…, saying: "I'm sorry."") is not the outlet's opinion.
  let unquotedWords = 0
  if (!quoted) {
    let inQuote = false
    for (let i = from; i < to; i++) {
      if (isQuoteMark(tokens[i])) inQuote = !inQuote
      else if (!inQuote && tokens[i]!.word) unquotedWords++
    }
  }
  const skipQuoted = !quoted && unquotedWords >= 6
  let comparison = false
  let event = false
  let names = 0
  let opinion = 0
  let modal = 0
  let firstPerson = 0
  let possessive1p = 0
  let words = 0
  let inQuote = false
  // Inside a condition ("if they think they have…") an opinion word evaluates nothing.
  let conditional = false
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    if (isQuoteMark(t)) inQuote = !inQuote
    if (t.w === ',' || t.w === ';' || isQuoteMark(t)) conditional = false
    if (!t.word) continue
    words++
    if (
      COMPARISON_WORDS.has(t.lw) ||
      (t.lw.endsWith('est') &&
        t.lw.length > 5 &&
        !t.cap &&
        !/(?:interest|test|rest|west|east|request|protest|contest|suggest|invest|harvest|forest|modest|honest|latest|manifest|arrest)$/.test(
          t.lw,
        ))
    )
      comparison = true
    if (EVENT_VERBS.has(t.lw)) event = true
    if (t.cap && i > from && isNameToken(t, false)) names++
    if (MODALS.has(t.lw)) modal++
    if (t.lw === 'if' || t.lw === 'unless' || t.lw === 'whether') conditional = true
    if (skipQuoted && inQuote) continue
    if (OPINION_WORDS.has(t.lw) && !conditional) opinion++
    // "US" is not "us".
    if (FIRST_PERSON.has(t.lw) && !(t.lw === 'us' && t.w !== 'us')) {
      if (t.lw === 'my' || t.lw === 'our') possessive1p++
      else firstPerson++
    }
  }
  if (comparison) {
    score += 0.15
    reasons.push('a comparison')
  }
  if (event) {
    score += 0.2
    reasons.push('a concrete event')
  }
  // A concrete fact needs no number: an action by a named actor, a rule or decision, a schedule.
  const action = actionIn(tokens, from, to)
  const rule = ruleIn(tokens, from, to)
  const schedule = scheduleIn(tokens, from, to)
  // An event verb anywhere ("could have won") is weaker evidence than one with its actor ("Mr Clarke has rejected").
  if (action) {
    score += event ? 0.1 : 0.2
    reasons.push('an action by a named actor')
  }
  if (schedule) {
    score += 0.2
    reasons.push('a schedule')
  }
  if (rule && (action || event || schedule || tokens.slice(from, to).some((t) => t.lw === 'will'))) {
    score += 0.1
    reasons.push('a rule or decision')
  }
  // Any declarative clause states something; what lowers it is opinion, hedging, the first person or brevity.
  if (!action && !schedule && words >= 6 && finiteIn(tokens, from, to)) {
    score += 0.2
    reasons.push('a statement of fact')
  }
  if (names > 0) score += Math.min(0.15, names * 0.05)
  let when = false
  for (let i = from; i < to; i++) {
    const lw = tokens[i]!.lw
    if (
      DAYS.has(lw) ||
      (MONTHS.has(lw) && tokens[i]!.cap) ||
      ((lw === 'last' || lw === 'next' || lw === 'this') && PERIODS.has(tokens[i + 1]?.lw ?? '')) ||
      lw === 'yesterday' ||
      (lw === 'ago' && i > from)
    )
      when = true
  }
  if (when) {
    score += 0.1
    reasons.push('a time reference')
  }
  if (opinion) {
    score -= Math.min(quantity || list ? 0.2 : 0.4, opinion * 0.2 * Math.min(1, 15 / Math.max(1, words)))
    reasons.push('opinion words')
  }
  if (modal) score -= 0.1
  // Unquoted first person is an interview transcript or a columnist, rarely a checkable report.
  // "I", "we", "you" speak of the speaker's own view or experience; "our results" can still be a fact about a firm.
  if (firstPerson) score -= 0.15
  else if (possessive1p) score -= 0.05
  if (words < 6) score -= 0.3
  return { score, reasons, quantity, list, comparison, event }
}

/** Picks the most checkable span of tokens [from, to) and its kind. */
export function pickSpan(tokens: Token[], from: number, to: number, quoted: boolean): SpanPick | null {
  const facts = regionFacts(tokens, from, to)
  const s = scoreFacts(tokens, from, to, quoted, facts)
  const quants = facts.quantities
  const real = quants.filter((x) => !x.date)
  const list = facts.names ?? (real.length ? null : facts.things)
  if (list && (!real.length || list.to - list.from >= 4)) {
    return { ...list, region: { from, to }, kind: 'list', score: s.score, reasons: s.reasons }
  }
  if (real.length) {
    const best = real.reduce((a, b) => (quantityWeight(tokens, b) > quantityWeight(tokens, a) ? b : a))
    // The comparison has to bear on the amount: "rose 8% to £4bn", "the biggest loss since 1981", "twice as many".
    const compares = comparesIn(tokens, Math.max(from, best.from - 3), Math.min(to, best.to + 3)) || multiplies(tokens, from, to)
    return {
      from: best.from,
      to: best.to,
      region: { from, to },
      kind: compares ? 'comparison' : 'quantity',
      score: s.score,
      reasons: s.reasons,
    }
  }
  const clause = clauseSpan(tokens, from, to)
  if (!clause) return null
  const kind: ClaimKind = quoted
    ? 'quote'
    : comparesIn(tokens, clause.from, clause.to)
      ? 'comparison'
      : s.event || quants.length
        ? 'event'
        : 'statement'
  return { ...clause, region: { from, to }, kind, score: s.score, reasons: s.reasons }
}
