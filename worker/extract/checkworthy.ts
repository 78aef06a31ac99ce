import type { ClaimKind } from '../../schemas/claim'
import { EVENT_VERBS, FUNCTION_WORDS, OPINION_WORDS, SENTENCE_OPENERS, SPEECH_VERBS } from './lexicon'
import { isNameToken, runStartingAt } from './entities'
import { isQuoteMark, type Token } from './tokens'

/** A candidate span: token indices [from, to) within a sentence. */
export interface SpanPick {
  from: number
  to: number
  kind: ClaimKind
  /** Check-worthiness of the region the span came from, 0..1. */
  score: number
  reasons: string[]
}

const NUMBER_WORDS = new Set(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
  thousands million millions billion billions trillion dozen dozens half third quarter quarters`.trim().split(/\s+/))
const UNIT_WORDS = new Set(`million millions billion billions trillion thousand thousands hundred bn m k per cent percent
  % pence p euros euro dollars pounds yen rupees points pts years months weeks days hours minutes seconds km miles kg
  tonnes tons barrels mph metres meters feet times fold`.trim().split(/\s+/))
const QUANT_MODS = new Set(`at least most more less fewer than up about around almost nearly over under some just only
  roughly approximately an a estimated by another further extra record`.trim().split(/\s+/))
const CHANGE_VERBS = new Set(`rose rise rises risen fell fall falls fallen jumped jump jumps climbed climb grew grow
  grown dropped drop slumped slump plunged plummeted soared surged increased increase decreased decrease cut cuts
  gained lost lose doubled halved reached hit exceeded exceed exceeds overtook overtake topped beat beating won
  posted raised raise boost boosted lower higher up down worth cost costs paid pay earn earned sold sell`.trim().split(/\s+/))
const COMPARISON_WORDS = new Set(`more less fewer than biggest largest smallest highest lowest first youngest
  oldest top record most least overtake overtook exceed exceeded outpaced ahead behind best-selling fastest slowest
  rank ranked ranking second third leading largest-ever increase decrease rise fall higher lower compared`.trim().split(/\s+/))
const MONTHS = new Set(`january february march april may june july august september october november december`.trim().split(/\s+/))
const DAYS = new Set(`monday tuesday wednesday thursday friday saturday sunday`.trim().split(/\s+/))
const PERIODS = new Set(`week month year weekend season quarter decade century summer winter spring autumn`.trim().split(/\s+/))
const MODALS = new Set(`could might may would should if perhaps possibly maybe`.trim().split(/\s+/))
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'me', 'us', "i'm", "we're", "i've", "we've", 'you'])

function isNumberToken(t: Token): boolean {
  return /^\p{N}/u.test(t.w) || NUMBER_WORDS.has(t.lw)
}

function isYear(t: Token): boolean {
  return /^(1[89]|20)\d\d$/.test(t.w)
}

/** Is the number a date part ("23 October 2003", "in 1997") rather than a quantity. */
function isDateNumber(tokens: Token[], i: number): boolean {
  const t = tokens[i]!
  if (isYear(t)) return true
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.w) && (MONTHS.has(tokens[i + 1]?.lw ?? '') || MONTHS.has(tokens[i - 1]?.lw ?? ''))) return true
  if (/^\d{4}\/\d{1,2}$|^\d{4}-\d{2}$/.test(t.w)) return true
  return false
}

/** Number phrases: "at least 14 countries", "jumped 76% to $1.13bn", "£40m of invoices". */
function quantitySpans(tokens: Token[], from: number, to: number): { from: number; to: number; date: boolean }[] {
  const out: { from: number; to: number; date: boolean }[] = []
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    const money = (t.w === '$' || t.w === '£' || t.w === '€' || t.w === '¥') && tokens[i + 1] && /^\p{N}/u.test(tokens[i + 1]!.w)
    if (!money && !isNumberToken(t)) continue
    if (!money && NUMBER_WORDS.has(t.lw) && (t.lw === 'one' || t.lw === 'half' || t.lw === 'third' || t.lw === 'quarter' || t.lw === 'second') && !isNumberToken(tokens[i + 1] ?? t) && tokens[i + 1]?.lw !== 'in' && tokens[i + 1]?.lw !== 'of') continue
    const date = !money && isDateNumber(tokens, i)
    let a = i
    let n = 0
    while (a - 1 >= from && n < 3 && (QUANT_MODS.has(tokens[a - 1]!.lw) || CHANGE_VERBS.has(tokens[a - 1]!.lw))) {
      a--
      n++
      if (CHANGE_VERBS.has(tokens[a]!.lw)) break
    }
    if (tokens[a - 1]?.lw === 'to' && tokens[a - 2]?.lw === 'up' && a - 2 >= from) a -= 2
    if (a < i && (tokens[a]!.lw === 'by' || tokens[a]!.lw === 'a' || tokens[a]!.lw === 'an')) {
      if (a - 1 >= from && CHANGE_VERBS.has(tokens[a - 1]!.lw)) a--
      else if (tokens[a]!.lw === 'by') a++
    }
    let b = i + 1
    let content = 0
    while (b < to && b - a < 14) {
      const x = tokens[b]!
      if (isNumberToken(x) || UNIT_WORDS.has(x.lw) || x.w === '%' || x.w === '$' || x.w === '£' || x.w === '€') {
        b++
        continue
      }
      if ((x.lw === 'to' || x.lw === 'and' || x.lw === 'or' || x.w === '-' || x.w === '–' || x.lw === 'from' || x.lw === 'in') && tokens[b + 1] && (isNumberToken(tokens[b + 1]!) || /^[$£€]$/.test(tokens[b + 1]!.w))) {
        b += 2
        continue
      }
      if (x.w === '(' ) {
        // "(£600m)" conversions.
        let k = b + 1
        while (k < to && k < b + 8 && tokens[k]!.w !== ')') k++
        if (tokens[k]?.w === ')' && k < to) {
          b = k + 1
          continue
        }
        break
      }
      if (x.lw === 'of' && content === 0 && tokens[b + 1] && tokens[b + 1]!.word) {
        b++
        continue
      }
      if (x.word && !FUNCTION_WORDS.has(x.lw) && !SPEECH_VERBS.has(x.lw) && content < 3 && !(x.cap && content > 0)) {
        b++
        content++
        continue
      }
      break
    }
    while (b > i + 1 && FUNCTION_WORDS.has(tokens[b - 1]!.lw)) b--
    out.push({ from: a, to: b, date })
    i = b - 1
  }
  return out
}

/** A list of three or more names: "Iran, Turkey, Pakistan, Russia, China, Kazakhstan, and other Arab…". */
function listSpan(tokens: Token[], from: number, to: number): { from: number; to: number } | null {
  for (let i = from; i < to; i++) {
    let k = i
    if (tokens[k]?.lw === 'the') k++
    if (!isNameToken(tokens[k], k === 0)) continue
    const first = runStartingAt(tokens, k, to)
    if (!first) continue
    let items = 1
    let commas = 0
    let end = first.to
    let p = first.to
    let closed = false
    while (p < to && items < 30) {
      const sep = tokens[p]!
      let q = p
      if (sep.w === ',') {
        q++
        commas++
      }
      let conj = false
      if (tokens[q]?.lw === 'and' || tokens[q]?.lw === 'or') {
        q++
        conj = true
      } else if (sep.w !== ',') break
      if (tokens[q]?.lw === 'the') q++
      if (isNameToken(tokens[q], false)) {
        const run = runStartingAt(tokens, q, to)
        if (!run) break
        items++
        end = p = run.to
      } else if (conj && tokens[q]?.word) {
        // "and other Arab and African countries": a lower-case tail closes the list.
        let r = q
        while (r < to && r < q + 6 && tokens[r]!.word) r++
        items++
        end = r
        closed = true
        break
      } else break
      if (conj) {
        closed = true
        break
      }
    }
    if (items >= 3 && closed && commas >= 1) return { from: i, to: end }
    i = Math.max(i, end - 1)
  }
  return null
}

/** The first clause of a region, at most `max` words: the reported clause or the main clause. */
function clauseSpan(tokens: Token[], from: number, to: number, max = 12): { from: number; to: number } | null {
  let a = from
  while (a < to && (!tokens[a]!.word || tokens[a]!.lw === 'that')) a++
  // Skip a short introductory phrase: "Last month, …", "However, …".
  const opener = tokens[a]!
  for (let k = a; k < Math.min(to, a + 6) && (!opener.cap || SENTENCE_OPENERS.has(opener.lw)); k++) {
    if (tokens[k]!.w === ',') {
      if (k - a <= 5 && k + 1 < to) a = k + 1
      break
    }
  }
  while (a < to && (!tokens[a]!.word || tokens[a]!.lw === 'that')) a++
  // "Bilal Karimi, the deputy spokesperson of the Taliban, was unable…": the predicate is the checkable part.
  if (a < to && tokens[a]!.cap && isNameToken(tokens[a], a === 0)) {
    const run = runStartingAt(tokens, a, to)
    if (run && tokens[run.to]?.w === ',') {
      for (let k = run.to + 1; k < Math.min(to, run.to + 14); k++) {
        if (tokens[k]!.w === ',') {
          if (k + 3 < to) a = k + 1
          break
        }
      }
    }
  }
  if (a >= to) return null
  let b = a
  let words = 0
  while (b < to && words < max) {
    const x = tokens[b]!
    if ((x.w === ',' || x.w === ';' || x.w === ':' || x.w === '—' || x.w === '–' || (x.w === '-' && x.start > 0)) && words >= 4) break
    if (isQuoteMark(x) && words >= 3) break
    if (x.word) words++
    b++
  }
  while (b > a && ((!tokens[b - 1]!.word && tokens[b - 1]!.w !== '%' && tokens[b - 1]!.w !== ')') || FUNCTION_WORDS.has(tokens[b - 1]!.lw))) b--
  if (b <= a) return null
  return { from: a, to: b }
}

/** Scores how check-worthy a region of a sentence is, with reasons. */
export function scoreRegion(tokens: Token[], from: number, to: number, quoted: boolean): { score: number; reasons: string[]; quantity: boolean; list: boolean; comparison: boolean; event: boolean } {
  let score = 0.3
  const reasons: string[] = []
  const q = quantitySpans(tokens, from, to)
  const realQ = q.filter((x) => !x.date)
  const quantity = realQ.length > 0
  if (quantity) {
    score += 0.4
    reasons.push('a quantity')
  } else if (q.length) {
    score += 0.2
    reasons.push('a date')
  }
  const list = listSpan(tokens, from, to) !== null
  if (list) {
    score += 0.35
    reasons.push('a list of names')
  }
  let comparison = false
  let event = false
  let names = 0
  let opinion = 0
  let modal = 0
  let firstPerson = 0
  let words = 0
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    if (!t.word) continue
    words++
    if (COMPARISON_WORDS.has(t.lw) || /est$/.test(t.lw) && t.lw.length > 5 && !t.cap && !/(?:interest|test|rest|west|east|request|protest|contest|suggest|invest|harvest|forest|modest|honest|latest|manifest|arrest)$/.test(t.lw)) comparison = true
    if (EVENT_VERBS.has(t.lw)) event = true
    if (t.cap && i > from && isNameToken(t, false)) names++
    if (OPINION_WORDS.has(t.lw)) opinion++
    if (MODALS.has(t.lw)) modal++
    if (FIRST_PERSON.has(t.lw)) firstPerson++
  }
  if (comparison) {
    score += 0.15
    reasons.push('a comparison')
  }
  if (event) {
    score += 0.2
    reasons.push('a concrete event')
  }
  if (names > 0) score += Math.min(0.15, names * 0.05)
  let when = false
  for (let i = from; i < to; i++) {
    const lw = tokens[i]!.lw
    if (DAYS.has(lw) || (MONTHS.has(lw) && tokens[i]!.cap) || ((lw === 'last' || lw === 'next' || lw === 'this') && PERIODS.has(tokens[i + 1]?.lw ?? '')) || lw === 'yesterday' || (lw === 'ago' && i > from)) when = true
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
  if (quoted && firstPerson) score -= 0.1
  if (words < 6) score -= 0.3
  return { score, reasons, quantity, list, comparison, event }
}

/** Picks the most checkable span of tokens [from, to) and its kind. */
export function pickSpan(tokens: Token[], from: number, to: number, quoted: boolean): SpanPick | null {
  const s = scoreRegion(tokens, from, to, quoted)
  const list = listSpan(tokens, from, to)
  const quants = quantitySpans(tokens, from, to)
  const real = quants.filter((x) => !x.date)
  if (list && (!real.length || list.to - list.from >= 4)) {
    return { ...list, kind: 'list', score: s.score, reasons: s.reasons }
  }
  if (real.length) {
    const weight = (x: { from: number; to: number }): number => {
      let w = x.to - x.from
      for (let i = x.from; i < x.to; i++) {
        const lw = tokens[i]!.lw
        if (lw === '%' || lw === '$' || lw === '£' || lw === '€' || lw === 'cent' || /^\p{N}[\p{N}.,]*(?:bn|m|k|p)$/u.test(lw) || lw === 'million' || lw === 'billion') w += 10
        if (lw === 'years' || lw === 'months' || lw === 'weeks' || lw === 'days') w -= 5
      }
      return w
    }
    const best = real.reduce((a, b) => (weight(b) > weight(a) ? b : a))
    return { from: best.from, to: best.to, kind: s.comparison ? 'comparison' : 'quantity', score: s.score, reasons: s.reasons }
  }
  const clause = clauseSpan(tokens, from, to)
  if (!clause) return null
  const kind: ClaimKind = quoted ? 'quote' : s.comparison ? 'comparison' : s.event || quants.length ? 'event' : 'statement'
  return { ...clause, kind, score: s.score, reasons: s.reasons }
}
