// A name read as a speaker phrase (person or organisation, with the title around it), and the shape of a speaker
// phrase that every parser returns.
import { isPlaceName, joinTokens, looksLikeOrg, runEndingAt, runStartingAt, stripPossessive, type Person, type Run } from '../entities'
import { DOCUMENT_NOUNS, FUNCTION_WORDS, ORG_NOUNS, ORG_SUFFIXES, ROLE_HEADS, SOURCE_MODIFIERS, SOURCE_NOUNS } from '../lexicon'
import { isHonorific, isRoleHead, splitDescriptor, splitTitle } from '../roles'
import type { SpeakerForm } from '../rules'
import type { Token } from '../tokens'
import type { Discourse } from './discourse'
import type { SentenceCtx } from './sentence'
import { descriptorBefore, parseApposition } from './speaker-apposition'
import { NP_PREPS, QUANTIFIERS } from './grammar-words'
import { COMPANY_NOUNS, NAME_PARTICLES } from './source-words'

/** The speaker phrase of a relayed source: "the district head, Ivan Petrov" → the person; "a doctor at the hospital" → as written. */
export function relayedSource(discourse: Discourse, s: SentenceCtx, from: number, to: number): SpeakerNP {
  const t = s.tokens
  const named = runEndingAt(t, to, from)
  if (
    named &&
    !named.possessive &&
    (named.from === from || t[named.from - 1]?.w === ',' || (t[named.from - 1]?.lw === 'the' && named.from - 1 === from))
  ) {
    const np = nameNP(discourse, s, named.from, named.to, 'left')
    if (np) return np
  }
  let end = to
  // "a doctor at the city hospital": the source is the person, placed by what follows.
  for (let k = from + 1; k < to; k++)
    if (NP_PREPS.has(t[k]!.lw) || t[k]!.lw === 'in') {
      end = k
      break
    }
  const head = t[end - 1]!.lw
  return {
    kind: 'common',
    start: from,
    end: to,
    words: t.slice(from, end).map((x) => x.w),
    // "people familiar with the matter", "sources close to the talks": the source, then what it knows.
    source:
      SOURCE_NOUNS.has(head) ||
      (SOURCE_NOUNS.has(t[from]!.lw) && SOURCE_MODIFIERS.has(t[from + 1]?.lw ?? '')) ||
      QUANTIFIERS.has(t[from]!.lw) ||
      t[from]!.lw === 'a' ||
      t[from]!.lw === 'an',
  }
}

/** "Governor Vyacheslav Gladkov of the Belgorod region": a person, then where they serve. */
export function personBeforePlace(discourse: Discourse, s: SentenceCtx, from: number, end: number, floor: number): SpeakerNP | null {
  const t = s.tokens
  const prep = t[from - 1]
  if (!prep || !['of', 'from', 'in', 'at'].includes(prep.lw) || from - 1 <= floor) return null
  const run = runEndingAt(t, from - 1, floor)
  const np = run && !run.possessive ? nameNP(discourse, s, run.from, run.to, 'left') : null
  return np?.person ? { ...np, end } : null
}

/** Builds a speaker from a run of name tokens plus the descriptor around it. */
export function nameNP(
  discourse: Discourse,
  s: SentenceCtx,
  from: number,
  to: number,
  side: 'left' | 'right',
  descFrom?: number,
): SpeakerNP | null {
  const t = s.tokens
  const text = discourse.text
  let words = t.slice(from, to).map((x) => x.w)
  words[words.length - 1] = stripPossessive(words[words.length - 1]!)
  const possessive = /['’]s?$/.test(t[to - 1]!.w)
  let start = from
  let end = to
  let honorific = false
  if (words.length > 1 && isHonorific(words[0]!.toLowerCase())) {
    honorific = true
    words = words.slice(1)
  }
  const split = honorific ? { title: [], name: words } : splitTitle(words)
  const title = split.title
  let name = split.name
  let role: string | null = null
  let org: string | null = null
  if (title.length) ({ role, organization: org } = splitDescriptor(title))
  // "Ray Rae Marshall of the James Marshall Hendrix Foundation": a person, then where they work.
  const of = name.findIndex((w, k) => k >= 2 && (w === 'of' || w === 'at'))
  if (of > 0) {
    const who = name.slice(0, of)
    let rest = name.slice(of + 1)
    if (rest[0]?.toLowerCase() === 'the') rest = rest.slice(1)
    if (rest.length && !looksLikeOrg(who.join(' ')) && looksLikeOrg(rest.join(' '))) {
      name = who
      org = org ?? rest.join(' ')
    }
  }
  const joined = !title.length && !honorific ? bodyThenPerson(discourse, name, t, from) : null
  if (joined) {
    name = joined.person
    org = org ?? joined.body
    if (joined.office) ({ start, role } = joined.office)
  }
  const desc =
    side === 'left'
      ? descriptorBefore(t, from)
      : descFrom !== undefined && descFrom < from
        ? { role: joinTokens(text, t, descFrom, from), organization: null, from: descFrom }
        : null
  if (desc) {
    role = role ? `${desc.role ?? ''} ${role}`.trim() : desc.role
    org = org ?? desc.organization
    start = desc.from
  }
  if (side === 'right') {
    const appo = parseApposition(text, t, to)
    if (appo && !appo.orgNoun) {
      role = role ?? appo.role
      org = org ?? appo.organization
      end = appo.end
    } else if ((t[to]?.lw === 'at' || t[to]?.lw === 'of') && t[to + 1]?.cap) {
      const run = runStartingAt(t, to + 1, t.length)
      if (run) {
        org = org ?? joinTokens(text, t, run.from, run.to)
        end = run.to
      }
    }
  }
  const nameStr = name.join(' ')
  // "William Hill spokesman Rupert Adams" has the person; "Big Brother's spokeswoman" is handled as a common NP.
  if (possessive && side === 'left') return null
  // "the outgoing European Commissioner", "the Home Secretary": a capitalised office, not a person's name —
  // the person holding it.
  if (
    !honorific &&
    !title.length &&
    name.length <= 3 &&
    ROLE_HEADS.has(name[name.length - 1]!.toLowerCase()) &&
    !/s$/.test(name[name.length - 1]!) &&
    !discourse.isOrgName(nameStr)
  ) {
    let d = from - 1
    while (d >= 0 && from - d <= 3 && t[d]!.word && !t[d]!.cap && !FUNCTION_WORDS.has(t[d]!.lw)) d--
    if (t[d]?.lw === 'the') return { kind: 'common', start: d, end, words: ['the', ...name.map((w) => w.toLowerCase())] }
  }
  // "Lyu said" after "Lyu Daliang": a family name written first is the first word of the one name that has it.
  const person =
    honorific || name.length > 1 || discourse.surnames.has(nameStr.toLowerCase()) || discourse.familyNameFirst(nameStr)
      ? discourse.personCanon(name)
      : null
  if (person && !discourse.isOrgName(nameStr)) {
    return { kind: 'name', start, end, words: name, person, role: role ?? person.role, org: org ?? person.organization }
  }
  if (honorific) return { kind: 'name', start, end, words: name, person: discourse.addPerson(nameStr, role, org), role, org }
  const lead = name[0]!.toLowerCase()
  // "the American", "the Spaniard": a person described by nationality.
  if (name.length === 1 && t[from - 1]?.lw === 'the' && /(?:ian|ean|can|ese|ard|ish)$/.test(lead) && !discourse.orgs.has(nameStr)) {
    return { kind: 'common', start: from - 1, end, words: ['the', nameStr] }
  }
  const descriptive = name.length === 2 && from === 0 && (ORG_NOUNS.has(lead) || COMPANY_NOUNS.has(lead))
  if (looksLikeOrg(nameStr) || discourse.isOrgName(nameStr) || descriptive) {
    const orgName = descriptive ? name[1]! : nameStr
    return { kind: 'name', start, end, words: name, person: null, role, org: discourse.orgCanon(orgName) }
  }
  // An unknown two-word name reads as a person.
  return { kind: 'name', start, end, words: name, person: discourse.addPerson(nameStr, role, org), role, org }
}

/**
 * "Kharkiv Regional Military Administration Roman Savchuk", "head of national power company Ukrenergo Oleksandr
 * Hrytsenko": a body's name run straight into a person's, split after the body's last body word — or after its one
 * word when a lower-case noun says it is a body. A one-word body only after the office its head holds ("leader of the
 * Commons Oliver Heald"): "the League Against Cruel Sports", "newspaper Nihon Keizai Shimbun" are one name.
 */
export function bodyThenPerson(
  discourse: Discourse,
  words: string[],
  t: Token[],
  from: number,
): { body: string; person: string[]; office: { start: number; role: string } | null } | null {
  if (words.length < 3) return null
  let last = -1
  for (let i = 0; i < words.length - 2; i++) {
    const lw = words[i]!.toLowerCase()
    if (ORG_SUFFIXES.has(lw) || ORG_NOUNS.has(lw)) last = i
  }
  const before = t[from - 1]
  const kindBefore = before !== undefined && !before.cap && (COMPANY_NOUNS.has(before.lw) || ORG_NOUNS.has(before.lw))
  if (last < 0 && words.length === 3 && kindBefore) last = 0
  const person = words.slice(last + 1)
  // A name's words are not the article's common words: "Civil Service Pension Scheme" beside "the pension scheme".
  const nameLike = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && !isPlaceName(w) && !discourse.words.hasWord(w.toLowerCase())
  if (last < 0 || person.length > 3 || looksLikeOrg(person.join(' ')) || !person.every(nameLike)) return null
  const office = officeBefore(t, from)
  return last > 0 || office ? { body: words.slice(0, last + 1).join(' '), person, office } : null
}

/**
 * "Leader of the Opposition in the state Legislative Assembly Vijay Thorat": after a name run `office` that starts
 * with a role, where the office is held ("in"/"of", perhaps "the" and a lower-case kind of body) and a run, up to
 * `limit`, that names a body and then its holder; that run, or null.
 */
export function officeHolderAfter(discourse: Discourse, t: Token[], office: Run, limit: number): Run | null {
  if (!isRoleHead(t[office.from]!.lw) || (t[office.to]?.lw !== 'in' && t[office.to]?.lw !== 'of')) return null
  let where = office.to + (t[office.to + 1]?.lw === 'the' ? 2 : 1)
  while (where < limit && where - office.to < 4 && t[where]!.word && !t[where]!.cap && !FUNCTION_WORDS.has(t[where]!.lw)) where++
  const held = runStartingAt(t, where, limit)
  return held &&
    bodyThenPerson(
      discourse,
      t.slice(held.from, held.to).map((x) => x.w),
      t,
      held.from,
    )
    ? held
    : null
}

/** "head of the", "Chairman of the Board of national power company" before a body's name: the office its head holds. */
function officeBefore(t: Token[], from: number): { start: number; role: string } | null {
  let d = from - 1
  while (d >= 0 && from - d <= 3 && t[d]!.word && !t[d]!.cap && !FUNCTION_WORDS.has(t[d]!.lw)) d--
  if (t[d]?.lw === 'the') d--
  if (t[d]?.lw !== 'of') return null
  for (let r = d - 1; r >= 0 && r >= d - 4; r--) {
    if (!t[r]!.word) return null
    if (isRoleHead(t[r]!.lw)) return { start: t[r - 1]?.lw === 'the' ? r - 1 : r, role: t[r]!.lw }
  }
  return null
}

/** How many leading words form a capitalised name ("Ministry of Defence" in "Ministry of Defence lawyers"), up to a possessive. */
export function capitalPrefix(words: string[]): number {
  let n = 0
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (/^\p{Lu}/u.test(w)) {
      n = i + 1
      if (/['’]s?$/.test(w)) break
      continue
    }
    if ((NAME_PARTICLES.has(w.toLowerCase()) || w === ',') && i > 0 && words[i + 1] && /^\p{Lu}/u.test(words[i + 1]!)) continue
    break
  }
  return n
}

/** "The report said", "a study by X found": the phrase names a document. */
export function isDocumentPhrase(sp: SpeakerNP, tokens: Token[]): boolean {
  return sp.kind === 'document' || phraseDocument(sp, tokens) !== null
}

/** The document noun the phrase itself heads ("report" in "a report by X"), or null. */
function phraseDocument(sp: SpeakerNP, tokens: Token[]): string | null {
  // Up to any apposition: "The study, conducted by the Pew Research Center," is a study.
  const comma = tokens.findIndex((w, i) => i > sp.start && i < sp.end && w.w === ',')
  const words = tokens.slice(sp.start, comma > 0 ? comma : sp.end).map((w) => w.lw)
  const prep = words.findIndex((w) => w === 'by' || w === 'from' || w === 'of')
  const head = prep > 0 ? words[prep - 1]! : (words[words.length - 1] ?? '')
  if (DOCUMENT_NOUNS.has(head)) return head
  // "data released by the statistics office": the document before the participle.
  const authored = prep > 1 && /(?:ed|en)$/.test(head) ? words[prep - 2]! : ''
  if (DOCUMENT_NOUNS.has(authored)) return authored
  // "A survey published on Sunday by the newspaper El Deber": the document opens the phrase.
  return prep > 0 ? (words.slice(0, Math.min(prep, 4)).find((w) => DOCUMENT_NOUNS.has(w)) ?? null) : null
}

/**
 * The document a credited phrase names, by its head noun, for "the report" to refer back to: the phrase's own
 * ("a report by X") or the one a possessive name owns ("the WMO's annual State of the Climate in Africa report").
 */
export function documentHead(sp: SpeakerNP, tokens: Token[]): string | null {
  const own = phraseDocument(sp, tokens)
  if (own !== null || !/['’]s?$/.test(tokens[sp.end - 1]?.w ?? '')) return own
  for (let k = sp.end; k < sp.end + 10 && tokens[k]?.word; k++) {
    if (DOCUMENT_NOUNS.has(tokens[k]!.lw) && !tokens[k + 1]?.word) return tokens[k]!.lw
  }
  return null
}

export interface SpeakerNP {
  kind: SpeakerForm
  /** A source the article describes without naming ("a local source", "witnesses"). */
  source?: boolean
  start: number
  end: number
  words: string[]
  person?: Person | null
  role?: string | null
  org?: string | null
}
