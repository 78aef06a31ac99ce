import type { Token } from '../extract/tokens'

// Quantities a claim turns on, read from its tokens: "at least 14", "£40m", "12.1%", and the details
// (dates, ages, numbers in names) a copy may leave out but never change.

const words = (list: string) => new Set(list.trim().split(/\s+/))
export const MONTHS = words(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`,
)
// "One" is left out: "one of the biggest" rarely states the amount a claim turns on.
const NUMBER_WORDS = new Map(
  `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty`
    .split(' ')
    .map((word, index) => [word, index + 2] as const)
    .concat(`thirty forty fifty sixty seventy eighty ninety`.split(' ').map((word, index) => [word, (index + 3) * 10] as const))
    .concat([
      ['dozen', 12],
      ['hundred', 100],
      ['thousand', 1000],
      ['million', 1e6],
      ['billion', 1e9],
    ]),
)
const FRACTIONS = new Map(
  `half:2 halves:2 third:3 thirds:3 quarter:4 quarters:4 fifth:5 fifths:5 sixth:6 sixths:6 tenth:10 tenths:10`.split(' ').map((pair) => {
    const [word, parts] = pair.split(':')
    return [word!, Number(parts)] as const
  }),
)
const SCALES = new Map<string, number>([
  ['hundred', 100],
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['m', 1e6],
  ['mn', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
])
const CURRENCY_SIGNS = new Map([
  ['£', '£'],
  ['$', '$'],
  ['€', '€'],
  ['¥', '¥'],
])
const CURRENCY_WORDS = new Map([
  ['pounds', '£'],
  ['pound', '£'],
  ['dollars', '$'],
  ['dollar', '$'],
  ['euros', '€'],
  ['euro', '€'],
  ['yen', '¥'],
])
/** Words before a number that change what it claims: "at least 14" is not "14". */
const COMPARATORS: [string[], string][] = [
  [['at', 'least'], '≥'],
  [['no', 'fewer', 'than'], '≥'],
  [['more', 'than'], '>'],
  [['over'], '>'],
  [['above'], '>'],
  [['at', 'most'], '≤'],
  [['up', 'to'], '≤'],
  [['no', 'more', 'than'], '≤'],
  [['less', 'than'], '<'],
  [['fewer', 'than'], '<'],
  [['under'], '<'],
  [['below'], '<'],
  [['nearly'], '<'],
  [['almost'], '<'],
  [['about'], '~'],
  [['around'], '~'],
  [['roughly'], '~'],
  [['approximately'], '~'],
  [['an', 'estimated'], '~'],
]

export function parseNumber(token: Token): number | null {
  // "12,500", "4.5", "£40m", "6km": the unit after the digits scales the value or is left to the words.
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-z]*)$/.exec(token.lw)
  if (digits) return Number(`${digits[1]!.replaceAll(',', '')}${digits[2] ?? ''}`) * (SCALES.get(digits[3] ?? '') ?? 1)
  // "twenty-five", "two-thirds", "four-year-old", "10-day": the amount is the first part.
  // "over-4", "mid-80s": a number after a prefix.
  const prefixed = /^[a-z]+-(\d+(?:\.\d+)?)s?$/.exec(token.lw)
  if (prefixed) return Number(prefixed[1])
  const compound = /^([a-z]+|\d+)-([a-z-]+)$/.exec(token.lw)
  const first = compound === null ? null : /^\d+$/.test(compound[1]!) ? Number(compound[1]) : (NUMBER_WORDS.get(compound[1]!) ?? null)
  if (compound !== null && first !== null) {
    const second = compound[2]!
    if (NUMBER_WORDS.has(second)) return first + NUMBER_WORDS.get(second)!
    const parts = FRACTIONS.get(second)
    return parts === undefined ? first : Math.round((first / parts) * 1000) / 1000
  }
  return NUMBER_WORDS.get(token.lw) ?? null
}

function isDatePart(tokens: Token[], index: number, value: number): boolean {
  if (MONTHS.has(tokens[index - 1]?.lw ?? '') || MONTHS.has(tokens[index + 1]?.lw ?? '')) return true
  return /^(1[89]|20)\d\d$/.test(tokens[index]!.w) && value >= 1800 && value < 2100
}

/** The comparison before a number ("at least" → "≥") and how many tokens it takes. */
function comparatorBefore(tokens: Token[], index: number): [string, number] {
  for (const [phrase, sign] of COMPARATORS) {
    const from = index - phrase.length
    if (from >= 0 && phrase.every((word, offset) => tokens[from + offset]!.lw === word)) return [sign, phrase.length]
  }
  return ['', 0]
}

type NameWordTest = (tokens: Token[], index: number) => boolean

export interface Quantities {
  numbers: string[]
  details: string[]
  /** Token indices that belong to a quantity or date (scale and currency words included). */
  used: Set<number>
  /** Each quantity or date at the token it starts on, so it keeps its place among the words. */
  at: Map<number, string>
}

/** "Radio 1", "Windows 95", "BBC Radio Five Live": a number that is part of a name. */
function isInName(tokens: Token[], index: number, isNameWord: NameWordTest): boolean {
  const token = tokens[index]!
  if (token.cap && tokens[index + 1]?.cap) return true
  return (
    /^\d+$/.test(token.w) &&
    index > 0 &&
    isNameWord(tokens, index - 1) &&
    !SCALES.has(tokens[index + 1]?.lw ?? '') &&
    tokens[index + 1]?.w !== '%'
  )
}

/** "Kenteris, 31, won": an age between commas after a name, a detail a copy may leave out. */
function isAge(tokens: Token[], index: number, isNameWord: NameWordTest): boolean {
  return (
    /^\d{1,3}$/.test(tokens[index]!.w) &&
    tokens[index - 1]?.w === ',' &&
    tokens[index + 1]?.w === ',' &&
    index > 1 &&
    isNameWord(tokens, index - 2)
  )
}

function markConversion(tokens: Token[], open: number, used: Set<number>): void {
  if (tokens[open]?.w !== '(') return
  const close = tokens.findIndex((token, index) => index > open && token.w === ')')
  if (close === -1 || close - open > 10) return
  const inside = tokens.slice(open + 1, close)
  if (
    !inside.every((token) => CURRENCY_SIGNS.has(token.w) || parseNumber(token) !== null || SCALES.has(token.lw) || /^[;,/]$/.test(token.w))
  )
    return
  for (let index = open; index <= close; index++) used.add(index)
}

/** The quantities and details of a claim's tokens; `isNameWord` tells the words of a name ("Windows 95", "Kenteris, 31,"). */
export function quantities(tokens: Token[], isNameWord: NameWordTest): Quantities {
  const numbers: string[] = []
  const details: string[] = []
  const used = new Set<number>()
  const at = new Map<number, string>()
  for (let index = 0; index < tokens.length; index++) {
    if (used.has(index)) continue
    const token = tokens[index]!
    // "6-4", "1999/9", "2/14", "1966-71": scores, fiscal years, odds and ranges, compared as written.
    if (/^\d[\d.]*[/-][\d./-]*\d$/.test(token.w)) {
      used.add(index)
      numbers.push(token.w)
      at.set(index, token.w)
      continue
    }
    let value = parseNumber(token)
    if (value === null) continue
    const detail = isAge(tokens, index, isNameWord) ? `age ${value}` : isInName(tokens, index, isNameWord) ? `name ${value}` : null
    if (detail !== null) {
      used.add(index)
      details.push(detail)
      continue
    }
    used.add(index)
    if (isDatePart(tokens, index, value)) {
      const month = MONTHS.has(tokens[index - 1]?.lw ?? '')
        ? tokens[index - 1]!.lw
        : MONTHS.has(tokens[index + 1]?.lw ?? '')
          ? tokens[index + 1]!.lw
          : ''
      const date = month === '' ? String(value) : `${month.slice(0, 3)} ${value}`
      details.push(date)
      at.set(index, date)
      continue
    }
    let end = index + 1
    while (SCALES.has(tokens[end]?.lw ?? '') || NUMBER_WORDS.has(tokens[end]?.lw ?? '')) {
      value *= SCALES.get(tokens[end]!.lw) ?? NUMBER_WORDS.get(tokens[end]!.lw) ?? 1
      used.add(end++)
    }
    let unit = ''
    const next = tokens[end]?.lw ?? ''
    if (next === '%' || (next === 'per' && tokens[end + 1]?.lw === 'cent') || next === 'percent') {
      unit = '%'
      used.add(end)
      if (next === 'per') used.add(end + 1)
    }
    const before = tokens[index - 1]?.w ?? ''
    const currency = CURRENCY_SIGNS.get(before) ?? CURRENCY_WORDS.get(next) ?? ''
    if (CURRENCY_SIGNS.has(before)) used.add(index - 1)
    if (CURRENCY_WORDS.has(next)) used.add(end)
    const start = CURRENCY_SIGNS.has(before) ? index - 1 : index
    const [comparison, length] = comparatorBefore(tokens, start)
    for (let offset = 1; offset <= length; offset++) used.add(start - offset)
    const quantity = `${comparison}${currency}${Number(value.toPrecision(12))}${unit}`
    numbers.push(quantity)
    at.set(index, quantity)
    // "4bn euros (£2.8bn; $4.8bn)": a conversion in brackets restates the amount.
    markConversion(tokens, end + (used.has(end) ? 1 : 0), used)
  }
  return { numbers: numbers.sort(), details: details.sort(), used, at }
}
