import { isPlaceName } from '../extract/entities'
import { AGENCIES, FUNCTION_WORDS, HONORIFICS, SENTENCE_OPENERS, SPEECH_VERBS, TITLE_WORDS } from '../extract/lexicon'
import { type Token, tokenize } from '../extract/tokens'
import { CANONICAL_NAMES, LONGEST_ALIAS_WORDS } from './aliases'
import { MONTHS, parseNumber, quantities } from './quantities'

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

/** Capitalised words that name something: not an ordinary word that opens a sentence or a quotation, not a title. */
function isNameWord(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (!token.cap || !token.word) return false
  // "MPs", "TVs", "PCs": plural acronyms are common nouns.
  if (/^\p{Lu}{2,}s$/u.test(token.w)) return false
  if (
    HONORIFICS.has(token.lw) ||
    TITLE_WORDS.has(token.lw) ||
    MONTHS.has(token.lw) ||
    STOPWORDS.has(token.lw) ||
    parseNumber(token) !== null
  )
    return false
  const opening = index === 0 || /^["“‘'(:—–-]$/.test(tokens[index - 1]!.w)
  return !(opening && (SENTENCE_OPENERS.has(token.lw) || FUNCTION_WORDS.has(token.lw)))
}

/** Runs of name words as token index ranges, joined across a lower-case "of" ("Bank of England"). */
function nameRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = []
  let start = -1
  for (let index = 0; index <= tokens.length; index++) {
    const inRun =
      index < tokens.length &&
      (isNameWord(tokens, index) ||
        (start !== -1 && tokens[index]!.lw === 'of' && index + 1 < tokens.length && isNameWord(tokens, index + 1)))
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
  const words = tokenize(text, 0, text.length).filter(
    (token) => token.word && !isPlaceName(stripPossessive(token.w)) && !CANONICAL_NAMES.has(normaliseName(token.lw)),
  )
  return new Set(words.map((token) => normaliseName(token.lw)))
}

/** The features a claim sentence is matched on. Pure and deterministic: the same text always gives the same features. */
export function claimFeatures(text: string, framing: Framing): ClaimFeatures {
  const tokens = tokenize(text, 0, text.length)
  const framed = framingWords(framing)
  const { numbers, details, used, at } = quantities(tokens, isNameWord)
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
    if (
      inName.has(index) ||
      used.has(index) ||
      STOPWORDS.has(token.lw.replace(/’/g, "'")) ||
      SPEECH_VERBS.has(token.lw) ||
      isNegation(token.lw) ||
      MONTHS.has(token.lw)
    )
      return
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
