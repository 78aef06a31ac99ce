import { COLLECTIVE_ROLES, FUNCTION_WORDS, ORG_NOUNS, ORG_SUFFIXES, SENTENCE_OPENERS } from './lexicon'
import type { Token } from './tokens'

/** A person the article names, with what it says they are. */
export interface Person {
  name: string
  role: string | null
  organization: string | null
}

export const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'de',
  'del',
  'da',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  'du',
  'la',
  'le',
  '&',
  'y',
  'di',
])
const NOT_NAMES = new Set(
  `
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december christmas easter i i'm i've i'd i'll
`
    .trim()
    .split(/\s+/),
)

/** Ends in "’s", "'s" or a bare apostrophe ("Afghanistan’s", "ministers'"). */
function isPossessive(w: string): boolean {
  const last = w[w.length - 1]
  if (last === "'" || last === '’') return true
  const before = w[w.length - 2]
  return last === 's' && (before === "'" || before === '’')
}
// "Paris-based", "Film-maker", "Oscar-nominated", "Fifteen-year-old", "Man-of-the-match": a description, not a name.
const DESCRIPTOR_RE =
  /^\p{L}[\p{L}.']*(?:-\p{L}+)*-(?:based|born|bred|nominated|winning|old|maker|makers|half|match|published|owned|listed|backed|running|quarters|thirds|term|time|style|led|run|raised|educated|trained|registered|made|speaking|focused|funded|controlled|sponsored|dominated|affiliated|elect|\p{Ll}+ed|\p{Ll}+ing)$/u

/** True for a capitalised descriptor such as "Paris-based" or "Film-maker". */
export function isDescriptorToken(w: string): boolean {
  return w.includes('-') && DESCRIPTOR_RE.test(w) && !/-elect$/i.test(w)
}

/** Strips a possessive ending: "Afghanistan’s" → "Afghanistan". */
export function stripPossessive(w: string): string {
  if (!isPossessive(w)) return w
  return w.replace(/['’]s$/, '').replace(/s['’]$/, 's')
}

/** True when the token can be part of a proper name. */
/** An Arabic surname with its article: "al-Mansouri", "el-Sisi", "bin Salman" is two tokens, "al-Assad" one. */
const ARTICLE_SURNAME_RE = /^(?:al|el|ad|ash|as|at|az|ar|an|abu|ibn)-\p{Lu}/u

export function isNameToken(t: Token | undefined, sentenceInitial: boolean): boolean {
  // The hyphen first: most lower-case words have none, and this runs on every token.
  if (!t?.cap) return t !== undefined && (t.w[2] === '-' || t.w[3] === '-') && ARTICLE_SURNAME_RE.test(t.w)
  if (NOT_NAMES.has(t.lw)) return false
  if (FUNCTION_WORDS.has(t.lw)) return false
  if (isDescriptorToken(t.w)) return false
  if (sentenceInitial && SENTENCE_OPENERS.has(t.lw)) return false
  return true
}

/** A maximal run of capitalised tokens, possibly joined by "of", "for the", "&"... */
export interface Run {
  /** Token index of the first and one past the last token. */
  from: number
  to: number
  possessive: boolean
}

/** The run of name tokens that ends at token index `end - 1` (scanning leftwards). */
export function runEndingAt(tokens: Token[], end: number, floor: number): Run | null {
  let i = end - 1
  if (!isNameToken(tokens[i], i === floor)) return null
  let from = i
  i--
  while (i >= floor) {
    const t = tokens[i]!
    if (isNameToken(t, i === floor) && !isPossessive(t.w)) {
      from = i
      i--
      continue
    }
    if (CONNECTORS.has(t.lw) && i - 1 >= floor) {
      let j = i
      while (j >= floor && CONNECTORS.has(tokens[j]!.lw)) j--
      if (j >= floor && isNameToken(tokens[j], j === floor) && !isPossessive(tokens[j]!.w) && i - j <= 2) {
        from = j
        i = j - 1
        continue
      }
    }
    if (
      (t.lw === 'and' || t.lw === 'on') &&
      i - 1 >= floor &&
      isNameToken(tokens[i - 1], i - 1 === floor) &&
      !isPossessive(tokens[i - 1]!.w)
    ) {
      let j = i - 1
      while (j - 1 >= floor && isNameToken(tokens[j - 1], j - 1 === floor) && !isPossessive(tokens[j - 1]!.w)) j--
      from = j
      i = j - 1
      continue
    }
    break
  }
  // "and"/"on" were taken tentatively; keep only what an organisation's name allows.
  from = listedNameStart(tokens, innerJoinStart(tokens, from, end), end, floor)
  const last = tokens[end - 1]!
  // "the Ombudsman's Office", "the Prime Minister's Office": a body named by whose it is.
  const owned = tokens[from - 1]
  if (from === end - 1 && ORG_NOUNS.has(last.lw) && owned?.word && isPossessive(owned.w) && from - 1 >= floor) {
    let owner = from - 1
    while (owner - 1 >= floor && isNameToken(tokens[owner - 1], owner - 1 === floor) && !isPossessive(tokens[owner - 1]!.w)) owner--
    if (isNameToken(tokens[owner], owner === floor)) from = owner
  }
  return { from, to: end, possessive: isPossessive(last.w) }
}

/** The run of name tokens that starts at token index `start` (scanning rightwards). */
export function runStartingAt(tokens: Token[], start: number, ceil: number): Run | null {
  if (!isNameToken(tokens[start], start === 0)) return null
  let to = start + 1
  let i = to
  while (i < ceil && !isPossessive(tokens[i - 1]!.w)) {
    const t = tokens[i]!
    if (isNameToken(t, false)) {
      to = ++i
      continue
    }
    if (CONNECTORS.has(t.lw)) {
      let j = i
      while (j < ceil && CONNECTORS.has(tokens[j]!.lw)) j++
      if (j < ceil && j - i <= 2 && isNameToken(tokens[j], false)) {
        to = i = j + 1
        continue
      }
    }
    if ((t.lw === 'and' || t.lw === 'on') && i + 1 < ceil && isNameToken(tokens[i + 1], false)) {
      let j = i + 1
      while (j + 1 < ceil && isNameToken(tokens[j + 1], false) && !isPossessive(tokens[j]!.w)) j++
      if (joinsInside(tokens, start, i, j + 1)) {
        to = i = j + 1
        continue
      }
    }
    break
  }
  to = listedNameEnd(tokens, start, to, ceil)
  return { from: start, to, possessive: isPossessive(tokens[to - 1]!.w) }
}

/** The end of "the Environment, Urbanization and Climate Change Ministry" read rightwards from its first word. */
function listedNameEnd(tokens: Token[], start: number, to: number, ceil: number): number {
  if (tokens[to]?.w !== ',' || tokens[start - 1]?.lw !== 'the') return to
  let k = to
  while (k + 1 < ceil && tokens[k]!.w === ',' && isNameToken(tokens[k + 1], false) && !isPossessive(tokens[k + 1]!.w)) k += 2
  if (k === to || tokens[k]?.lw !== 'and' || !isNameToken(tokens[k + 1], false)) return to
  let end = k + 1
  while (end < ceil && isNameToken(tokens[end], false) && !isPossessive(tokens[end - 1]!.w)) end++
  const last = tokens[end - 1]!
  return last.cap && ORG_SUFFIXES.has(last.lw) ? end : to
}

/**
 * May "and" or "on" at `join` sit inside one name, [from, to)? In "Department of Health and Welfare", "Office on Drugs
 * and Crime" it continues a phrase opened by "of", "for" or "on"; "on" follows a body ("Commission on Human Rights");
 * "Disaster and Emergency Management Authority" ends in a kind of organisation. "Iran and Turkey" are two names.
 */
function joinsInside(tokens: Token[], from: number, join: number, to: number): boolean {
  // "Dechy of France and Russia's Dementieva": places and possessives are separate names.
  const sides = [tokens[join - 1]!, ...tokens.slice(join + 1, to)]
  if (sides.some((t) => isPossessive(t.w)) || isPlaceName(tokens[join - 1]!.w) || isPlaceName(tokens[join + 1]?.w ?? '')) return false
  const inPhrase = tokens.slice(from, join).some((t) => t.lw === 'of' || t.lw === 'for' || t.lw === 'on')
  if (tokens[join]!.lw === 'on') return ORG_SUFFIXES.has(tokens[join - 1]!.lw)
  if (inPhrase) return true
  return (
    join - from <= 2 && ORG_SUFFIXES.has(tokens[to - 1]!.lw) && !tokens.slice(from, join).some((t) => isPlaceName(t.w) || isAcronym(t.w))
  )
}

/** Where a run found leftwards starts once "and"/"on" it may not hold are dropped. */
function innerJoinStart(tokens: Token[], from: number, end: number): number {
  for (let k = end - 1; k > from; k--) {
    const lw = tokens[k]!.lw
    if ((lw === 'and' || lw === 'on') && !tokens[k]!.cap && !joinsInside(tokens, from, k, end)) return k + 1
  }
  return from
}

/**
 * "the Environment, Urbanization and Climate Change Ministry", "the Chamber of Industry, Commerce, Services and
 * Tourism of Santa Cruz": a body's name that lists what it covers, opened by "the". Where that name starts, given the
 * run [from, end) of its last part; `from` when the commas before it separate other names.
 */
function listedNameStart(tokens: Token[], from: number, end: number, floor: number): number {
  const separator = tokens[from - 1]
  if (separator?.w !== ',' && separator?.lw !== 'and') return from
  let k = from
  let items = tokens.slice(from, end).some((t) => t.lw === 'and') ? 1 : 0
  for (let taken = 0; taken < 5; taken++) {
    const separator = tokens[k - 1]
    const item = tokens[k - 2]
    if (separator?.w !== ',' && separator?.lw !== 'and') break
    if (k - 2 < floor || !isNameToken(item, k - 2 === floor) || isPossessive(item!.w)) break
    k -= 2
    items++
  }
  if (items < 2 || k === from) return from
  // "the Chamber of Industry, …": the name the list completes.
  let start = k
  while (start - 2 >= floor && tokens[start - 1]!.lw === 'of' && isNameToken(tokens[start - 2], start - 2 === floor)) start -= 2
  const body = tokens.slice(start, end).some((t) => t.cap && ORG_SUFFIXES.has(t.lw))
  return body && tokens[start - 1]?.lw === 'the' ? start : from
}

/** Joins tokens back into the text they came from, preserving inner spacing. */
export function joinTokens(text: string, tokens: Token[], from: number, to: number): string {
  if (to <= from) return ''
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end)
}

/** True for an all-capitals acronym such as "UN" or "WLGA". */
export function isAcronym(w: string): boolean {
  return w.length >= 2 && w.length <= 6 && /^\p{Lu}[\p{Lu}\d&]+$/u.test(w)
}

/**
 * Remembers a test of a name: names repeat through an article. Bounded, because the Worker keeps a
 * module loaded between requests.
 */
function remembered(test: (name: string) => boolean): (name: string) => boolean {
  const known = new Map<string, boolean>()
  return (name) => {
    let result = known.get(name)
    if (result === undefined) {
      if (known.size >= 4096) known.clear()
      result = test(name)
      known.set(name, result)
    }
    return result
  }
}

/** Looks like an organisation rather than a person from its words alone. */
export const looksLikeOrg = remembered((name: string): boolean => {
  const words = name.split(/\s+/)
  if (words.length === 1) return true
  for (const w of words) {
    const lw = w.toLowerCase().replace(/[.,]$/, '')
    if (ORG_SUFFIXES.has(lw) || ORG_NOUNS.has(lw)) return true
    if (isAcronym(w)) return true
  }
  if (words.some((w) => w === 'of' || w === 'for' || w === '&' || w === 'and')) return true
  return false
})

const NAME_PARTICLES = new Set([...CONNECTORS, 'and', 'on', 'in', 'at'])
const LEAD_WORDS = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|some|other|many|most|several)$/i

/** True when a speaker string reads as a name ("Licensed Taxi Drivers Association", "assembly government"), not a phrase. */
export const isCleanName = remembered((name: string): boolean => {
  // "al-Mansouri" is a capitalised surname for what follows.
  const words = name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (ARTICLE_SURNAME_RE.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w))
  if (words.length === 0 || words.length > 8) return false
  if (LEAD_WORDS.test(words[0]!) || !/\p{L}/u.test(name)) return false
  if (isDescriptorToken(words[0]!)) return false
  // "Oscar-winner Andrea Arnold", "US-based": a hyphenated description before the name.
  if (
    /^\p{L}[\p{L}.]*(?:-\p{L}+)*-\p{Ll}+$/u.test(words[0]!) &&
    (words.length > 1 || /-(?:based|born|nominated|maker|old|quarters|running|published)$/.test(words[0]!))
  )
    return false
  // Lower-case words: name particles inside, or a short description of the body at the end ("Japanese government").
  let tail = words.length
  while (tail > 0 && /^\p{Ll}/u.test(words[tail - 1]!) && !NAME_PARTICLES.has(words[tail - 1]!)) tail--
  // A possessive names an owner, not the name: except before that description ("Congo's army", "Kazakhstan's
  // health ministry").
  for (let i = 0; i < words.length - 1; i++) if (isPossessive(words[i]!) && !/^\p{Lu}/u.test(words[i + 1]!) && i !== tail - 1) return false
  if (
    words.length - tail > 2 ||
    (tail < words.length && !ORG_NOUNS.has(words[words.length - 1]!) && !COLLECTIVE_ROLES.has(words[words.length - 1]!))
  )
    return false
  for (let i = 0; i < tail; i++) if (/^\p{Ll}/u.test(words[i]!) && !NAME_PARTICLES.has(words[i]!)) return false
  // "de Vabres" may start a surname; "of Commerce" may not.
  if (tail > 0 && (/^(?:of|for|and|the|on|in|at|&|y)$/.test(words[0]!) || NAME_PARTICLES.has(words[tail - 1]!))) return false
  return true
})

// Places: a country, continent, region or city is never a speaker on its own ("traders in Asia said"); its
// government, ministry or central bank is ("Indonesia's government", "the Bank of Japan").
const PLACES = new Set([
  ...`Asia|Europe|Africa|America|Americas|Oceania|Antarctica|Australasia|Eurasia|Middle East|Far East|Near East|Latin America|North America|South America|Central America|East Asia|South Asia|South-East Asia|Southeast Asia|West Africa|East Africa|Southern Africa|North Africa|Sub-Saharan Africa|Eastern Europe|Western Europe|Central Europe|Gulf|Scandinavia|Balkans|Caribbean|Pacific|Atlantic|Mediterranean|Arctic|Wall Street|City`.split(
    '|',
  ),
  ...`London|Paris|Berlin|Tokyo|Beijing|Shanghai|Hong Kong|Singapore|Moscow|Washington|New York|Los Angeles|Chicago|Sydney|Melbourne|Delhi|New Delhi|Mumbai|Bombay|Seoul|Taipei|Jakarta|Bangkok|Manila|Karachi|Islamabad|Lahore|Kabul|Baghdad|Tehran|Cairo|Dubai|Madrid|Rome|Milan|Brussels|Amsterdam|Geneva|Zurich|Frankfurt|Vienna|Dublin|Edinburgh|Glasgow|Cardiff|Belfast|Manchester|Liverpool|Birmingham|Leeds|Toronto|Montreal|Mexico City|Sao Paulo|Rio de Janeiro|Buenos Aires|Johannesburg|Lagos|Nairobi|Istanbul|Jerusalem|Tel Aviv`.split(
    '|',
  ),
])
const COUNTRIES = new Set(
  `Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Britain|Great Britain|Bulgaria|Burma|Cambodia|Cameroon|Canada|Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|Egypt|England|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Korea|South Korea|North Korea|Kuwait|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Malaysia|Mexico|Morocco|Nepal|Netherlands|Holland|New Zealand|Nigeria|Norway|Pakistan|Palestine|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Saudi Arabia|Scotland|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tanzania|Thailand|Tunisia|Turkey|Uganda|Ukraine|United Arab Emirates|UAE|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|Northern Ireland|US|USA|United States|UK|United Kingdom`.split(
    '|',
  ),
)

/** Is `name` a bare place (country, continent, region, city)? "the Bank of Japan" and "Indonesia government" are not. */
export function isPlaceName(name: string, countries = true): boolean {
  const n = name.replace(/^the\s+/i, '').trim()
  return PLACES.has(n) || (countries && COUNTRIES.has(n))
}
