// Quantities in a sentence (numbers, amounts with units, dates told apart from figures) and the comparisons and
// multiples that make a figure checkable.
import { isNameToken } from '../entities'
import { FUNCTION_WORDS, SPEECH_VERBS } from '../lexicon'
import type { Token } from '../tokens'
import {
  BOUND_WORDS,
  CHANGE_VERBS,
  FRACTION_RE,
  HYPHEN_UNITS,
  MONTHS,
  NUMBER_WORDS,
  PERIODS,
  QUANT_MODS,
  RANK_WORDS,
  TREND_WORDS,
  UNIT_WORDS,
} from './words'

function isNumberToken(t: Token): boolean {
  if (t.numeric || NUMBER_WORDS.has(t.lw)) return true
  const dash = t.lw.indexOf('-')
  if (dash <= 0) return false
  const head = t.lw.slice(0, dash)
  const tail = t.lw.slice(dash + 1)
  if (!NUMBER_WORDS.has(head) || head === 'half' || head === 'quarter' || head === 'third' || head === 'second') return false
  // "one-off", "one-way" are idioms; "one-twentieth", "one-year" are amounts.
  return FRACTION_RE.test(tail) || NUMBER_WORDS.has(tail) || HYPHEN_UNITS.has(tail)
}

function isYear(t: Token): boolean {
  return /^(1[89]|20)\d\d$/.test(t.w) || /^(?:1[89]|20)?\d0['’]?s$/.test(t.w)
}

/** Is the number a date part ("23 October 2003", "in 1997") rather than a quantity. */
function isDateNumber(tokens: Token[], i: number): boolean {
  const t = tokens[i]!
  if (isYear(t)) return true
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.w) && (MONTHS.has(tokens[i + 1]?.lw ?? '') || MONTHS.has(tokens[i - 1]?.lw ?? ''))) return true
  if (/^\d{4}\/\d{1,2}$|^\d{4}-\d{2}$/.test(t.w)) return true
  // "the first quarter of 2005", "the second half".
  if ((t.lw === 'quarter' || t.lw === 'half') && /^(?:first|second|third|fourth|final|last|next|this)$/.test(tokens[i - 1]?.lw ?? ''))
    return true
  return false
}

/** Number phrases: "at least 14 countries", "jumped 76% to $1.13bn", "£40m of invoices". */
export function quantitySpans(tokens: Token[], from: number, to: number): { from: number; to: number; date: boolean }[] {
  const out: { from: number; to: number; date: boolean }[] = []
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    const money = (t.w === '$' || t.w === '£' || t.w === '€' || t.w === '¥') && tokens[i + 1]?.numeric === true
    if (!money && !isNumberToken(t)) continue
    // "The Two Ronnies", "Sex And The City": a capitalised number word inside a name.
    if (!money && t.cap && NUMBER_WORDS.has(t.lw) && i > 0 && tokens[i + 1]?.cap && isNameToken(tokens[i + 1], false)) continue
    // "No 10" (Downing Street), "No 1": a label, not an amount.
    if (!money && (tokens[i - 1]?.w === 'No' || tokens[i - 1]?.w === 'No.' || tokens[i - 1]?.lw === 'number')) continue
    if (
      !money &&
      NUMBER_WORDS.has(t.lw) &&
      (t.lw === 'one' || t.lw === 'half' || t.lw === 'third' || t.lw === 'quarter' || t.lw === 'second') &&
      !isNumberToken(tokens[i + 1] ?? t) &&
      tokens[i + 1]?.lw !== 'in' &&
      (tokens[i + 1]?.lw !== 'of' || t.lw === 'one')
    )
      continue
    // "Spider-Man 2", "Channel 4", "Windows 95": a number inside a name.
    if (
      !money &&
      /^\d+$/.test(t.w) &&
      i > 1 &&
      isNameToken(tokens[i - 1], false) &&
      !QUANT_MODS.has(tokens[i - 1]!.lw) &&
      !CHANGE_VERBS.has(tokens[i - 1]!.lw) &&
      !MONTHS.has(tokens[i - 1]!.lw) &&
      !UNIT_WORDS.has(tokens[i + 1]?.lw ?? '') &&
      tokens[i + 1]?.w !== '%' &&
      !isYear(t)
    )
      continue
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
      if (
        (x.lw === 'to' || x.lw === 'and' || x.lw === 'or' || x.w === '-' || x.w === '–' || x.lw === 'from' || x.lw === 'in') &&
        tokens[b + 1] &&
        (isNumberToken(tokens[b + 1]!) || /^[$£€]$/.test(tokens[b + 1]!.w))
      ) {
        b += 2
        continue
      }
      if (x.w === '(') {
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

/**
 * True when tokens [a, b) compare or rank rather than count: "rose 8%", "the biggest since 1981",
 * "twice as many", "3% higher than". A bounded amount ("at least 14", "more than 63,000") is not a comparison.
 */
export function comparesIn(tokens: Token[], a: number, b: number): boolean {
  for (let i = Math.max(0, a); i < Math.min(tokens.length, b); i++) {
    const t = tokens[i]!
    if (!t.word) continue
    const lw = t.lw
    if (TREND_WORDS.has(lw)) {
      // "up to 500" bounds; "up 8%" is a change.
      if (lw === 'up' && tokens[i + 1]?.lw === 'to') continue
      return true
    }
    if (RANK_WORDS.has(lw) && !t.cap) {
      if (
        lw === 'first' &&
        (!(tokens[i + 1]?.lw === 'time' || tokens[i - 1]?.lw === 'the') ||
          PERIODS.has(tokens[i + 1]?.lw ?? '') ||
          tokens[i + 1]?.lw === 'half')
      )
        continue
      if ((lw === 'most' || lw === 'least') && tokens[i - 1]?.lw === 'at') continue
      // "three top bosses" is not a ranking; "the top eight", "top 10" are.
      if (lw === 'top' && !(tokens[i - 1]?.lw === 'the' || tokens[i + 1]?.numeric === true || NUMBER_WORDS.has(tokens[i + 1]?.lw ?? '')))
        continue
      return true
    }
    if (
      lw.endsWith('est') &&
      tokens[i - 1]?.lw === 'the' &&
      /^\p{Ll}{3,}est$/u.test(lw) &&
      !/(?:interest|test|rest|west|east|request|protest|contest|suggest|invest|harvest|forest|modest|honest|latest|manifest|arrest|guest|quest|chest|nest|pest|vest|crest|digest|detest|attest)$/.test(
        lw,
      )
    )
      return true
    if (lw === 'than') {
      // "more than 63,000" is a bound; "3% higher than last year", "more people than" compare.
      const prev = tokens[i - 1]
      const next = tokens[i + 1]
      const bounded =
        prev &&
        BOUND_WORDS.has(prev.lw) &&
        next &&
        (next.numeric ||
          /^[$£€]$/.test(next.w) ||
          /^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|half|double|twice|dozen|doubled)$/.test(
            next.lw,
          ))
      if (!bounded) return true
    }
    if (
      (lw === 'times' || lw === 'fold') &&
      /^(?:more|higher|as|larger|bigger|greater|faster|less|lower|likelier|likely|the|over)$/.test(tokens[i + 1]?.lw ?? '')
    )
      return true
    if (lw === 'twice' || lw === 'double' || (lw === 'half' && tokens[i + 1]?.lw === 'as')) {
      if (tokens[i + 1]?.lw === 'as' || tokens[i + 1]?.lw === 'the') return true
    }
    if (lw === 'compared' || lw === 'versus' || lw === 'ahead' || lw === 'behind') return true
  }
  return false
}

/** "twice as many", "seven times more likely", "half as much": a ratio anywhere in the region. */
export function multiplies(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b - 1; i++) {
    const lw = tokens[i]!.lw
    const next = tokens[i + 1]!.lw
    if (
      (lw === 'twice' || lw === 'half' || lw === 'times' || lw === 'double' || lw === 'triple') &&
      (next === 'as' ||
        next === 'more' ||
        next === 'the' ||
        next === 'higher' ||
        next === 'larger' ||
        next === 'bigger' ||
        next === 'greater' ||
        next === 'less' ||
        next === 'lower')
    )
      return true
  }
  return false
}

/** How strongly an amount marks a claim: money and percentages most, spans of time least. */
export function quantityWeight(tokens: Token[], x: { from: number; to: number }): number {
  let w = x.to - x.from
  for (let i = x.from; i < x.to; i++) {
    const lw = tokens[i]!.lw
    if (
      lw === '%' ||
      lw === '$' ||
      lw === '£' ||
      lw === '€' ||
      lw === 'cent' ||
      /^\p{N}[\p{N}.,]*(?:bn|m|k|p)$/u.test(lw) ||
      lw === 'million' ||
      lw === 'billion'
    )
      w += 10
    if (lw === 'years' || lw === 'months' || lw === 'weeks' || lw === 'days') w -= 5
  }
  return w
}
