// Token patterns around a speech verb: the time, aside or relative clause between speaker and verb, and the medium,
// listener or object between the verb and the statement.
import { DAYS, DOCUMENT_NOUNS, FUNCTION_WORDS, ORG_NOUNS, PERSON_NOUNS, SOURCE_NOUNS, SPEECH_VERBS, TIME_PERIODS } from '../lexicon'
import { isRoleHead } from '../roles'
import { isQuoteMark, type Token } from '../tokens'
import { DETERMINERS, FINITE, NOUN_MARKERS, POSSESSIVE_DETS, PRONOUNS_PERSON, SUBJECTS } from './grammar-words'
import { COMPANY_NOUNS } from './source-words'
import {
  AUTHORING_PARTICIPLES,
  DOCUMENT_PARTICIPLES,
  LISTENERS,
  MEDIA_NAME_ENDS,
  MEDIA_NOUNS,
  MEDIUM_NOUNS,
  SPEECH_PARTICIPLES,
} from './speech-words'

/** "urged the government to negotiate", "told residents to leave": whom, then an infinitive — a demand, not a statement. */
export function demandAfter(t: Token[], k: number): boolean {
  for (let i = k; i < t.length && i < k + 7; i++) {
    const x = t[i]!
    if (x.lw === 'that' || !x.word || FINITE.has(x.lw)) return false
    if (x.lw === 'to' && i > k && t[i + 1]?.word && !t[i + 1]!.cap && !DETERMINERS.has(t[i + 1]!.lw)) return true
  }
  return false
}

/**
 * Past "in a statement", "on Telegram", "in an interview with Reuters" starting at `k` when a subject follows it
 * ("… it would contest the results"); else `k`.
 */
export function afterMedium(t: Token[], k: number): number {
  if (!['in', 'on', 'at'].includes(t[k]?.lw ?? '')) return k
  let medium = false
  for (let x = k + 1; x < t.length && x <= k + 7; x++) {
    const w = t[x]!
    if (MEDIUM_NOUNS.has(w.lw) || (w.cap && x === k + 1)) medium = true
    if (medium && SUBJECTS.has(w.lw) && x > k + 1 && t[x + 1]?.word && !t[x + 1]!.cap) return x
    if (medium && w.lw === 'that') return x
    if (!w.word) return k
  }
  return k
}

/** Do tokens [from, to) sit inside ", who …," or ", which …," with the sentence going on after it? */
export function insideRelativeClause(t: Token[], from: number, to: number): boolean {
  let open = from - 1
  while (open > 0 && t[open]!.w !== ',') open--
  if (open <= 0 || !(t[open + 1]?.lw === 'who' || t[open + 1]?.lw === 'which')) return false
  let close = to
  while (close < t.length && t[close]!.w !== ',') close++
  return close < t.length - 2
}

/**
 * The index before an aside between commas that ends at `j` and opens with a preposition or "known as"
 * ("…, in a statement posted online,", "…, known as AUSSOM,"); else `j`.
 */
export function beforeAside(t: Token[], j: number): number {
  if (t[j]?.w !== ',') return j
  let open = j - 1
  while (open > 0 && j - open <= 16 && t[open]!.w !== ',' && !isQuoteMark(t[open])) open--
  if (open <= 0 || t[open]!.w !== ',') return j
  // "…, in a statement signed by his media aide, Haruna Idris,": the aside names who signed it.
  let signed = open - 1
  while (signed > 0 && open - signed <= 12 && t[signed]!.w !== ',') signed--
  if (
    t[signed]?.w === ',' &&
    t[signed + 1]?.lw === 'in' &&
    t.slice(signed, open).some((x) => x.lw === 'by') &&
    t.slice(signed, open).some((x) => MEDIUM_NOUNS.has(x.lw))
  )
    open = signed
  const first = t[open + 1]!
  const aside =
    ['in', 'on', 'at', 'during', 'speaking', 'for'].includes(first.lw) ||
    (first.lw === 'known' && t[open + 2]?.lw === 'as') ||
    (first.lw === 'also' && t[open + 2]?.lw === 'known')
  // "Malaysia Airports Holdings Bhd (MAHB), in a filing with Bursa Malaysia,": a name's abbreviation before the aside.
  return aside && (t[open - 1]?.word || t[open - 1]?.w === ')') ? open - 1 : j
}

/**
 * "denied the allegation, telling reporters that all centres were open": past a short object and the speech participle
 * after it (and whom it was told to) when a statement follows; else `k`.
 */
export function afterObjectParticiple(t: Token[], k: number): number {
  for (let x = k; x < t.length - 2 && x < k + 6; x++) {
    if (t[x]!.w !== ',') {
      if (!t[x]!.word || FINITE.has(t[x]!.lw)) return k
      continue
    }
    if (!SPEECH_PARTICIPLES.has(t[x + 1]!.lw) || x === k) return k
    let c = x + 2
    if (t[x + 1]!.lw === 'telling') c = listenerEnd(t, c)
    if (t[c]?.lw === 'reporters' || t[c]?.lw === 'journalists') c++
    if (t[c]?.lw === 'that') c++
    return c < t.length ? c : k
  }
  return k
}

/** Past the listener that starts at `k` ("the Associated Press", "reporters", "Al Jazeera"), or `k` when none does. */
export function pastListener(t: Token[], k: number): number {
  const outlet = outletPhrase(t, k)
  if (outlet) return outlet.end
  let e = t[k]?.lw === 'the' ? k + 1 : k
  if (LISTENERS.has(t[e]?.lw ?? '')) return e + 1
  if (!t[e]?.cap) return k
  while (t[e]?.cap || (t[e]?.w === '.' && t[e + 1]?.cap)) e++
  return e
}

/**
 * An outlet said to be one, starting at `k`: "Canadian broadcaster CTV News", "the independent news site Asia-Plus",
 * "the Kontan newspaper", "SABC News" — its name's tokens [from, to) and where the phrase ends.
 */
export function outletPhrase(t: Token[], k: number): { from: number; to: number; end: number } | null {
  const start = t[k]?.lw === 'the' || t[k]?.lw === 'a' ? k + 1 : k
  // What it is, then its name: "Canadian broadcaster CTV News", "local radio station DZBB".
  let i = start
  let kind = false
  while (
    i < t.length &&
    i < start + 5 &&
    t[i]!.word &&
    !FUNCTION_WORDS.has(t[i]!.lw) &&
    (!t[i]!.cap || (!kind && t[i + 1]?.word === true && (!t[i + 1]!.cap || MEDIA_NOUNS.has(t[i + 1]!.lw))))
  ) {
    kind = MEDIA_NOUNS.has(t[i]!.lw)
    i++
  }
  const named = capitalsEnd(t, i)
  if (kind && named > i) return { from: pastOwner(t, i, named), to: named, end: named }
  // Its name, then what it is, or a name that says it: "the Kontan newspaper", "SABC News", "The Jakarta Post".
  const to = capitalsEnd(t, start)
  if (to === start) return null
  const from = pastOwner(t, start, to)
  if (t[to]?.word && !t[to]!.cap && MEDIA_NOUNS.has(t[to]!.lw)) return { from, to, end: to + 1 }
  // "the Iraqi News Agency": a news agency, not any agency.
  const newsAgency = t[to - 1]!.lw === 'agency' && t[to - 2]?.lw === 'news'
  return to - from >= 2 && (MEDIA_NAME_ENDS.has(t[to - 1]!.lw) || newsAgency) ? { from, to, end: to } : null
}

const OUTLET_PARTICLES = /^(?:de|del|della|da|di|du|van|von|der|la|le|al|el)$/

function capitalsEnd(t: Token[], from: number): number {
  let i = from
  // "Corriere della Sera": a particle inside a name.
  while (i < t.length && i < from + 5 && t[i]!.word && (t[i]!.cap || (i > from && OUTLET_PARTICLES.test(t[i]!.lw) && t[i + 1]?.cap))) i++
  return i
}

/** Past an owner's name that opens an outlet's ("Kenya's Daily Nation", "France's LCI Television"). */
function pastOwner(t: Token[], from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) if (/['’]s$/.test(t[i]!.w)) return i + 1
  return from
}

/** "told reporters the offensive would go on": past a listener ("reporters", "VOA", "the Associated Press") when a clause follows. */
export function listenerEnd(t: Token[], k: number): number {
  let e = pastListener(t, k)
  if (e === k) return k
  if (t[e]?.lw === 'in' && t[e + 1]?.cap) e += 2
  return e > k && e < t.length && t[e]!.word && SUBJECTS.has(t[e]!.lw) ? e : k
}

/** Where lower-case words naming a kind of body ("state news agency", "the rights group") start before a name at `from`. */
export function bodyDescriptionStart(t: Token[], from: number, floor: number): number {
  const noun = t[from - 1]
  if (!noun || noun.cap || !noun.word || !(ORG_NOUNS.has(noun.lw) || COMPANY_NOUNS.has(noun.lw)) || isRoleHead(noun.lw)) return from
  let k = from - 1
  while (
    k - 1 >= floor &&
    from - k < 4 &&
    t[k - 1]!.word &&
    !t[k - 1]!.cap &&
    !FUNCTION_WORDS.has(t[k - 1]!.lw) &&
    !SPEECH_VERBS.has(t[k - 1]!.lw)
  )
    k--
  if (k - 1 >= floor && (t[k - 1]!.lw === 'the' || t[k - 1]!.lw === 'a')) k--
  return k
}

/** "unions" → "union", "authorities" → "authority". */
export function singularOf(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

/** Words from the quotation mark at `open` to the next one, before `limit`. */
export function quotedWords(t: Token[], open: number, limit: number): number {
  let n = 0
  for (let k = open + 1; k < limit && !isQuoteMark(t[k]); k++) if (t[k]!.word) n++
  return n
}

/** Does a proposition follow the verb: "that", a quotation, a colon, a pronoun subject or a finite verb in the same clause. */
export function propositionAfter(t: Token[], k: number): boolean {
  const first = t[k]
  if (!first) return false
  if (first.lw === 'that' || first.w === ':' || isQuoteMark(first) || first.w === ',') return true
  for (let i = k; i < t.length && i < k + 30; i++) {
    const x = t[i]!
    if (x.w === ';' || x.w === '.' || x.w === '?' || x.w === '!') break
    // "told reporters that …", "warned the board that …".
    if (isQuoteMark(x) || x.w === ':' || (x.lw === 'that' && i < k + 8)) return true
    if (!x.word || x.cap) continue
    if (FINITE.has(x.lw)) return true
    if (i > k && (PRONOUNS_PERSON.has(x.lw) || x.lw === 'they' || x.lw === 'it' || x.lw === 'there') && t[i + 1]?.word && !t[i + 1]!.cap)
      return true
    if (i === k && (PRONOUNS_PERSON.has(x.lw) || x.lw === 'they' || x.lw === 'it' || x.lw === 'there' || x.lw === 'we' || x.lw === 'i'))
      return true
    // A past tense after its subject: "confirmed the talks collapsed".
    if (
      i > k + 1 &&
      x.lw.endsWith('ed') &&
      /^\p{Ll}{3,}ed$/u.test(x.lw) &&
      t[i - 1]!.word &&
      !FUNCTION_WORDS.has(t[i - 1]!.lw) &&
      !/(?:ed|ly)$/.test(t[i - 1]!.lw) &&
      t[i - 2]?.lw !== 'to'
    )
      return true
  }
  return false
}

/**
 * The index before "published last month", "released in October", ", seen by dpa," when that phrase ends at `j` and
 * follows a document ("A poll published last month showed"); else `j`.
 */
export function beforeDocumentParticiple(t: Token[], j: number): number {
  const end = t[j]?.w === ',' ? j - 1 : j
  for (let k = end; k > 0 && k >= end - 6; k--) {
    const x = t[k]!
    if (DOCUMENT_PARTICIPLES.has(x.lw)) {
      // "Data released by the statistics office": the author is the speaker phrase's to parse.
      if (t[k + 1]?.lw === 'by') return j
      let before = k - 1
      if (t[before]?.w === ',') before--
      // The document itself, or its author after it: "a CDC report", "a study by the IW" — but not where a speaker
      // said it ("The ministry, in a statement issued late on Sunday, said": the aside is skipped next).
      for (let d = before; d >= 0 && d >= before - 5; d--) {
        if (!DOCUMENT_NOUNS.has(t[d]!.lw)) continue
        const inAside = t[d - 1]?.lw === 'a' && t[d - 2]?.lw === 'in' && t[d - 3]?.w === ','
        return inAside ? j : before
      }
      return j
    }
    if (!x.word || SPEECH_VERBS.has(x.lw)) return j
  }
  return j
}

/**
 * The index before a time phrase that ends at `j` ("on Thursday", "on Monday night", "last week", "earlier this month"),
 * or `j` itself when none does.
 */
export function beforeTimePhrase(t: Token[], j: number): number {
  const w = t[j]
  if (!w?.word) return j
  if (DAYS.has(w.lw) && t[j - 1]?.lw === 'on') return j - 2
  if (
    (w.lw === 'night' || w.lw === 'morning' || w.lw === 'evening' || w.lw === 'afternoon') &&
    DAYS.has(t[j - 1]?.lw ?? '') &&
    t[j - 2]?.lw === 'on'
  )
    return j - 3
  if (TIME_PERIODS.has(w.lw) && (t[j - 1]?.lw === 'last' || t[j - 1]?.lw === 'this'))
    return t[j - 2]?.lw === 'earlier' || t[j - 2]?.lw === 'late' ? j - 3 : j - 2
  return j
}

/**
 * When tokens up to `j` end a "who …" clause with no speech of its own, the index of the last token of the phrase
 * it describes (past a parenthesis such as "(with the rescue centre)"); else -1.
 */
export function beforeRelativeClause(t: Token[], j: number): number {
  for (let k = j; k >= 1 && k >= j - 30; k--) {
    const w = t[k]!
    // A statement of the clause's own ends it — but "for fear of", "the claims" are nouns.
    if (isQuoteMark(w) || w.w === ';' || w.w === ':' || (!w.cap && SPEECH_VERBS.has(w.lw) && !NOUN_MARKERS.has(t[k - 1]?.lw ?? '')))
      return -1
    // ", speaking on condition of anonymity,": a participle clause between commas.
    if (w.w === ',' && k < j - 1 && k >= j - 20 && t[j]!.w === ',' && /^\p{Ll}+ing$/u.test(t[k + 1]!.w)) return t[k - 1]?.word ? k - 1 : -1
    if (w.lw !== 'who' && !(w.lw === 'which' && t[j]!.w === ',')) continue
    let e = k - 1
    if (t[e]?.w === ',') e--
    // "Two EPA scientists who worked on the review, and who spoke on condition of anonymity,": the second of two
    // clauses; the speaker is before the first.
    if (t[e]?.lw === 'and' && t[e - 1]?.w === ',') continue
    if (t[e]?.w === ')') {
      while (e > 0 && t[e]!.w !== '(') e--
      e--
    }
    // Only a clause closed by a comma, or one that says why the source is unnamed: "who cast doubt on his injury
    // claims" ends in a noun, and in "women who he said" the speaker is inside the clause.
    const anonymous = t.slice(k, j + 1).some((x) => x.lw === 'named' || x.lw === 'identified' || x.lw === 'anonymity')
    // "A Hindu woman who entered Bangladesh two days ago said": a short clause about a person the article describes.
    const head = t[e]
    const describesPerson =
      head !== undefined && !head.cap && (PERSON_NOUNS.has(head.lw) || isRoleHead(head.lw) || SOURCE_NOUNS.has(head.lw))
    // Not "his alleged participation": a verb after a possessive is an adjective.
    const aboutThem =
      describesPerson &&
      j - k <= 12 &&
      !PRONOUNS_PERSON.has(t[k + 1]?.lw ?? '') &&
      t[k + 1]?.lw !== 'they' &&
      !POSSESSIVE_DETS.has(t[j]!.lw) &&
      !POSSESSIVE_DETS.has(t[e - 1]?.lw ?? '')
    return e >= 0 && t[e]!.word && k < j && (t[j]!.w === ',' || anonymous || aboutThem) ? e : -1
  }
  return -1
}

/** "data released by", "a survey conducted by": a document, then a participle naming its author, at the "by" `by`. */
export function authoredDocumentAt(t: Token[], by: number): boolean {
  return t[by]?.lw === 'by' && AUTHORING_PARTICIPLES.has(t[by - 1]?.lw ?? '') && DOCUMENT_NOUNS.has(t[by - 2]?.lw ?? '')
}
