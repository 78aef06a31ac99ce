import { isPlaceName } from '../extract/entities'
import { AGENCIES, FUNCTION_WORDS, HONORIFICS, SENTENCE_OPENERS, SPEECH_VERBS, TITLE_WORDS } from '../extract/lexicon'
import { type Token, tokenize } from '../extract/tokens'
import { CANONICAL_NAMES, LONGEST_ALIAS_WORDS } from './aliases'

/** What a claim is matched on: its words without the attribution around them, and what its truth depends on. */
export interface ClaimFeatures {
  /** Content words in order, normalised: no function words, speech verbs, speaker, role or agency. */
  words: string[]
  /** Quantities with their comparison and unit ("≥14", "£40000000", "12.1%"), sorted. Must be equal to match. */
  numbers: string[]
  /**
   * Details a copy may leave out but never change: dates ("mar 25", "2021"), ages ("age 31") and
   * numbers in names ("name 95" for Windows 95), sorted. Each side may lack some, not both.
   */
  details: string[]
  /** Named entities under their canonical names ("united kingdom" for "Britain"), one per mention, sorted. */
  entities: string[]
  /** An odd number of negations: "has not sent" against "has sent". */
  negated: boolean
  /** Words of the speaker, role and agency credited with the claim; left out of both sides when two claims are compared. */
  framing: string[]
}

/** Who is credited with the text: their words are framing, not part of the claim. */
export interface Framing {
  speaker: string | null
  role: string | null
  via: string | null
}

const words = (list: string) => new Set(list.trim().split(/\s+/))
const STOPWORDS = new Set([
  ...FUNCTION_WORDS,
  ...words(`according also just very much many some any all each every other another such own same more most than then
  there their them they he she him her his hers its it we us our you your i me my mine said say says told tell tells
  added add adds report reported reports reporting spokesperson spokesman spokeswoman statement news agency saturday
  sunday monday tuesday wednesday thursday friday today yesterday tomorrow week weekend month year earlier later now
  while meanwhile however thus therefore would could should might may must can will shall i'm i've i'd i'll we're
  we've we'd we'll you're you've they're they've it's that's there's he's she's`),
  ...HONORIFICS,
])
const NEGATORS = words(`not no never none nobody nothing neither nor without cannot nowhere no-one`)
const MONTHS = words(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)
// "One" is left out: "one of the biggest" rarely states the amount a claim turns on.
const NUMBER_WORDS = new Map(
  `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty`
    .split(' ')
    .map((word, index) => [word, index + 2] as const)
    .concat(`thirty forty fifty sixty seventy eighty ninety`.split(' ').map((word, index) => [word, (index + 3) * 10] as const))
    .concat([['dozen', 12], ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9]]),
)
const FRACTIONS = new Map(
  `half:2 halves:2 third:3 thirds:3 quarter:4 quarters:4 fifth:5 fifths:5 sixth:6 sixths:6 tenth:10 tenths:10`.split(' ').map((pair) => {
    const [word, parts] = pair.split(':')
    return [word!, Number(parts)] as const
  }),
)
const SCALES = new Map<string, number>([
  ['hundred', 100], ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['millions', 1e6], ['m', 1e6], ['mn', 1e6],
  ['billion', 1e9], ['billions', 1e9], ['bn', 1e9], ['b', 1e9], ['trillion', 1e12], ['tn', 1e12],
])
const CURRENCY_SIGNS = new Map([['£', '£'], ['$', '$'], ['€', '€'], ['¥', '¥']])
const CURRENCY_WORDS = new Map([['pounds', '£'], ['pound', '£'], ['dollars', '$'], ['dollar', '$'], ['euros', '€'], ['euro', '€'], ['yen', '¥']])
/** Words before a number that change what it claims: "at least 14" is not "14". */
const COMPARATORS: [string[], string][] = [
  [['at', 'least'], '≥'], [['no', 'fewer', 'than'], '≥'], [['more', 'than'], '>'], [['over'], '>'], [['above'], '>'],
  [['at', 'most'], '≤'], [['up', 'to'], '≤'], [['no', 'more', 'than'], '≤'], [['less', 'than'], '<'], [['fewer', 'than'], '<'],
  [['under'], '<'], [['below'], '<'], [['nearly'], '<'], [['almost'], '<'], [['about'], '~'], [['around'], '~'],
  [['roughly'], '~'], [['approximately'], '~'], [['an', 'estimated'], '~'],
]
const AGENCY_NAMES = new Set(AGENCIES.map((name) => name.toLowerCase()))
const LONGEST_AGENCY_WORDS = Math.max(...AGENCIES.map((name) => name.split(/\s+/).length))

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, '').replace(/s['’]$/, 's')
}

/** Light normalisation so spelling and inflection variants agree: "countries"/"country", "organise"/"organize". */
export function normaliseWord(lower: string): string {
  let word = stripPossessive(lower).replace(/’/g, "'")
  word = word.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1').replace(/our$/, (ending) => (word.length > 5 ? 'or' : ending))
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

function isNegation(lower: string): boolean {
  return NEGATORS.has(lower) || /n['’]t$/.test(lower)
}

function parseNumber(token: Token): number | null {
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

interface Quantities {
  numbers: string[]
  details: string[]
  /** Token indices that belong to a quantity or date (scale and currency words included). */
  used: Set<number>
  /** Each quantity or date at the token it starts on, so it keeps its place among the words. */
  at: Map<number, string>
}

/** "Radio 1", "Windows 95", "BBC Radio Five Live": a number that is part of a name. */
function isInName(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (token.cap && tokens[index + 1]?.cap) return true
  return /^\d+$/.test(token.w) && index > 0 && isNameWord(tokens, index - 1) && !SCALES.has(tokens[index + 1]?.lw ?? '') && tokens[index + 1]?.w !== '%'
}

/** "Kenteris, 31, won": an age between commas after a name, a detail a copy may leave out. */
function isAge(tokens: Token[], index: number): boolean {
  return /^\d{1,3}$/.test(tokens[index]!.w) && tokens[index - 1]?.w === ',' && tokens[index + 1]?.w === ',' && index > 1 && isNameWord(tokens, index - 2)
}

function markConversion(tokens: Token[], open: number, used: Set<number>): void {
  if (tokens[open]?.w !== '(') return
  const close = tokens.findIndex((token, index) => index > open && token.w === ')')
  if (close === -1 || close - open > 10) return
  const inside = tokens.slice(open + 1, close)
  if (!inside.every((token) => CURRENCY_SIGNS.has(token.w) || parseNumber(token) !== null || SCALES.has(token.lw) || /^[;,/]$/.test(token.w))) return
  for (let index = open; index <= close; index++) used.add(index)
}

function quantities(tokens: Token[]): Quantities {
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
    const detail = isAge(tokens, index) ? `age ${value}` : isInName(tokens, index) ? `name ${value}` : null
    if (detail !== null) {
      used.add(index)
      details.push(detail)
      continue
    }
    used.add(index)
    if (isDatePart(tokens, index, value)) {
      const month = MONTHS.has(tokens[index - 1]?.lw ?? '') ? tokens[index - 1]!.lw : MONTHS.has(tokens[index + 1]?.lw ?? '') ? tokens[index + 1]!.lw : ''
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

/** Capitalised words that name something: not an ordinary word that opens a sentence or a quotation, not a title. */
function isNameWord(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (!token.cap || !token.word) return false
  // "MPs", "TVs", "PCs": plural acronyms are common nouns.
  if (/^\p{Lu}{2,}s$/u.test(token.w)) return false
  if (HONORIFICS.has(token.lw) || TITLE_WORDS.has(token.lw) || MONTHS.has(token.lw) || STOPWORDS.has(token.lw) || parseNumber(token) !== null) return false
  const opening = index === 0 || /^["“‘'(:—–-]$/.test(tokens[index - 1]!.w)
  return !(opening && (SENTENCE_OPENERS.has(token.lw) || FUNCTION_WORDS.has(token.lw)))
}

/** Runs of name words as token index ranges, joined across a lower-case "of" ("Bank of England"). */
function nameRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = []
  let start = -1
  for (let index = 0; index <= tokens.length; index++) {
    const inRun = index < tokens.length && (isNameWord(tokens, index) || (start !== -1 && tokens[index]!.lw === 'of' && index + 1 < tokens.length && isNameWord(tokens, index + 1)))
    if (inRun && start === -1) start = index
    if (!inRun && start !== -1) {
      runs.push([start, index])
      start = -1
    }
  }
  return runs
}

function normaliseName(lower: string): string {
  return stripPossessive(lower).replace(/’/g, "'").replace(/\.$/, '')
}

/**
 * The canonical entities of a run of name words, each at the token it starts on: the longest known
 * alias first, every other word as itself. Agencies that carried a statement are not what it is about.
 */
function canonicalEntities(tokens: Token[], [from, to]: [number, number]): Map<number, string> {
  const out = new Map<number, string>()
  const run = tokens.slice(from, to).map((token) => normaliseName(token.lw))
  const longest = (names: ReadonlySet<string> | ReadonlyMap<string, string>, at: number, most: number) => {
    for (let length = Math.min(most, run.length - at); length > 0; length--) {
      if (names.has(run.slice(at, at + length).join(' '))) return length
    }
    return 0
  }
  for (let at = 0; at < run.length; ) {
    const agency = longest(AGENCY_NAMES, at, LONGEST_AGENCY_WORDS)
    const alias = longest(CANONICAL_NAMES, at, LONGEST_ALIAS_WORDS)
    if (alias > 0 && alias >= agency) out.set(from + at, CANONICAL_NAMES.get(run.slice(at, at + alias).join(' '))!)
    else if (agency === 0 && run[at] !== 'of') out.set(from + at, run[at]!)
    at += Math.max(1, agency, alias)
  }
  return out
}

/** Words of the speaker, role and agency; a place among them ("Cambodia's opposition leader") stays part of the claim. */
function framingWords(framing: Framing): Set<string> {
  const text = [framing.speaker, framing.role, framing.via].filter((part) => part !== null).join(' ')
  const words = tokenize(text, 0, text.length).filter((token) => token.word && !isPlaceName(stripPossessive(token.w)) && !CANONICAL_NAMES.has(normaliseName(token.lw)))
  return new Set(words.map((token) => normaliseName(token.lw)))
}

/** The features a claim sentence is matched on. Pure and deterministic: the same text always gives the same features. */
export function claimFeatures(text: string, framing: Framing): ClaimFeatures {
  const tokens = tokenize(text, 0, text.length)
  const framed = framingWords(framing)
  const { numbers, details, used, at } = quantities(tokens)
  // Each name stands in the words as its canonical entity, so "Islamic Emirate" and "Taliban" are one word.
  const names = new Map<number, string>()
  const inName = new Set<number>()
  for (const run of nameRuns(tokens)) {
    for (const [start, entity] of canonicalEntities(tokens, run)) names.set(start, entity)
    for (let index = run[0]; index < run[1]; index++) inName.add(index)
  }
  let negations = 0
  const content: string[] = []
  tokens.forEach((token, index) => {
    if (!token.word) return
    if (isNegation(token.lw)) negations++
    const entity = names.get(index) ?? at.get(index)
    if (entity !== undefined && !framed.has(entity)) content.push(entity)
    if (inName.has(index) || used.has(index) || STOPWORDS.has(token.lw.replace(/’/g, "'")) || SPEECH_VERBS.has(token.lw) || isNegation(token.lw) || MONTHS.has(token.lw)) return
    if (framed.has(normaliseName(token.lw))) return
    content.push(normaliseWord(token.lw))
  })
  return {
    words: content,
    numbers,
    details,
    entities: [...names.values()].sort(),
    negated: negations % 2 === 1,
    framing: [...framed].sort(),
  }
}
