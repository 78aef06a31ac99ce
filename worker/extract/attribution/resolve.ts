// Turns the speaker phrase a cue found into the claim's attribution (name, role, organisation, type, rule,
// confidence), resolving pronouns and references, and notes the speaker for the sentences after.
import type { Attribution, SpeakerType } from '../../../schemas/claim'
import {
  isAcronym,
  isCleanName,
  isNameToken,
  isPlaceName,
  joinTokens,
  looksLikeOrg,
  runStartingAt,
  stripPossessive,
  type Person,
} from '../entities'
import {
  COLLECTIVE_ROLES,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PERSON_NOUNS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
} from '../lexicon'
import { quotedLength } from '../quotes'
import { isHonorific, isRoleHead, splitTitle } from '../roles'
import { ruleConfidence, type RuleName } from '../rules'
import { sourceInPlace } from '../source-in-place'
import { agencyRe } from './cues/via'
import type { Discourse } from './discourse'
import { isDemonym } from './source-words'
import { resolveCommon } from './resolve-common'
import { tokenize, type Token } from '../tokens'
import { insideQuote, spanText, type AttributionResult, type SentenceCtx } from './sentence'
import { documentHead, isDocumentPhrase, type SpeakerNP } from './speaker-name'
import { NP_PREPS, PRONOUNS_PERSON } from './grammar-words'
import { ANONYMITY_WORDS, SPOKES_RE, WIRES } from './source-words'

export function roleHeadOf(role: string | null): string | null {
  if (!role) return null
  const words = role.toLowerCase().split(/[\s]+/)
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!
    if (SPOKES_RE.test(w)) return 'spokesperson'
    if (isRoleHead(w)) return w
  }
  return words[words.length - 1] ?? null
}

/**
 * "Rowling revealed …. She also said …": a one-word speaker read as an organisation is a person when "he" or "she"
 * follows it and the article also gives it a first name or initials ("JK Rowling").
 */
function singleNamePerson(discourse: Discourse): Person | null {
  const single = discourse.singleNameSpeaker
  if (!single || single.at < discourse.sentenceNo - 3 || single.at <= discourse.personSpeakerAt) return null
  const full = discourse.orgs.latestEndingWith(single.name, discourse.cur?.end ?? discourse.text.length, (o) => {
    const w = o.split(/\s+/)
    // Initials or a first name before the surname.
    return (
      w.length === 2 && w[1] === single.name && /^(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}+)$/u.test(w[0]!) && !ORG_SUFFIXES.has(w[0]!.toLowerCase())
    )
  })
  if (!full) return null
  const p = discourse.addPerson(full, null, null)
  discourse.singleNameSpeaker = null
  return p
}

const MAX_QUOTE_SCAN = 2000

/** Does a quotation of the sentence (all of it, in the sentences before too) name the person by first name or surname? */
function namedInQuote(text: string, s: SentenceCtx, p: Person): boolean {
  const names = p.name.split(/\s+/)
  if (names.length < 2) return false
  const first = names[0]!
  const last = names[names.length - 1]!
  // A quotation of a paragraph's length at most, so the check stays bounded however long the article.
  return s.quotes.some(
    (q) =>
      q.end - q.start <= MAX_QUOTE_SCAN &&
      tokenize(text, q.start, q.end).some((t) => t.cap && (t.w === first || stripPossessive(t.w) === last)),
  )
}

/** Resolves a speaker phrase against the discourse and records it for later references. */
export function finish(
  discourse: Discourse,
  s: SentenceCtx,
  sp: SpeakerNP,
  content: { start: number; end: number } | null,
  v: number,
  via: string | null,
  rule: RuleName,
  forceMode?: 'reported',
): AttributionResult | null {
  let speaker: string | null = null
  // Set where the phrase says what kind of source it is; otherwise read from the phrase at the end.
  let type: SpeakerType | null = null
  let role: string | null = null
  let organization: string | null = null
  if (sp.kind === 'name') {
    if (sp.person) {
      speaker = sp.person.name
      type = 'person'
      role = sp.role ?? sp.person.role
      organization = sp.org ? discourse.orgCanon(sp.org) : sp.person.organization
      if (!sp.person.role && role) discourse.describe(sp.person, { role })
      discourse.lastPersonSpeaker = sp.person
      discourse.lastPersonMention = sp.person
      if (role) discourse.roleHolders.push(sp.person)
      // An analyst's or economist's employer comments on the news; it is not "the company" of later sentences.
      if (organization && !/^(?:analyst|economist|strategist|broker)s?$/.test(roleHeadOf(role) ?? ''))
        discourse.lastOrgSpeaker = organization
    } else if (sp.org) {
      // An outlet that carries the news is `via`; but "…, the BBC has said" makes it the source of a statement,
      // and a news organisation that reports a fact ("with the BBC reporting …", "Reuters reported …") is its source.
      const verb = s.tokens[v]?.lw ?? ''
      const states = /^report(?:s|ed|ing)$/.test(verb) || (SPEECH_VERBS.has(verb) && !WIRES.has(sp.org))
      // "data compiled by Bloomberg show": the agency's document is a source like any other.
      if (sp.org && agencyRe.test(sp.org) && agencyRe.exec(sp.org)?.[1] === sp.org && !states && !isDocumentPhrase(sp, s.tokens)) {
        return null
      }
      speaker = discourse.orgCanon(sp.org)
      type = 'organization'
      role = sp.role ?? null
      organization = null
      discourse.lastOrgSpeaker = speaker
      discourse.lastOrgMention = speaker
      if (sp.words.length === 1 && !isAcronym(speaker)) discourse.singleNameSpeaker = { name: speaker, at: discourse.sentenceNo }
    }
  } else if (sp.kind === 'pronoun') {
    const w = sp.words[0]!
    if (PRONOUNS_PERSON.has(w)) {
      // "A spokesman for the tribunal says …. Reparations will follow, he said.": the unnamed source just credited.
      const unnamed = discourse.unnamedPersonSpeaker
      if (
        unnamed !== null &&
        unnamed.at > discourse.personSpeakerAt &&
        unnamed.at >= discourse.sentenceNo - 2 &&
        (w === 'he' || w === 'she')
      ) {
        speaker = unnamed.phrase
        type = 'unnamed'
      } else {
        let p =
          personBefore(discourse, s, sp.start) ?? singleNamePerson(discourse) ?? discourse.pronounAntecedent ?? discourse.pronounPerson()
        // ""I've had more than a quiet word with Olof," he told the club's website": whoever the quotation names by
        // name is spoken about, not speaking — the person credited before is.
        const other = discourse.lastPersonSpeaker
        if (p && other && other !== p && namedInQuote(discourse.text, s, p) && !namedInQuote(discourse.text, s, other)) p = other
        if (!p) return null
        speaker = p.name
        type = 'person'
        role = p.role
        organization = p.organization
        discourse.lastPersonSpeaker = p
      }
    } else {
      // "The world's biggest insurer said …. It said …": still the organisation nobody named.
      // "they" is as often people ("Business leaders … they said") as a firm: only the firm credited just before.
      // "The British Chambers of Commerce welcomed the proposal. "…," it said.": the newer subject wins.
      const subject =
        discourse.orgSubject && discourse.orgSubjectAt > discourse.orgSpeakerAt && discourse.orgSubjectAt >= discourse.sentenceNo - 1
          ? discourse.orgSubject
          : null
      const opener = w === 'it' ? bodyOpening(discourse, s, sp.start) : null
      const o =
        opener ??
        (discourse.unnamedOrgAt >= discourse.sentenceNo - 1
          ? null
          : w === 'they'
            ? (discourse.prevOrgSpeaker ?? subject)
            : (subject ?? discourse.lastOrgSpeaker ?? discourse.lastOrgMention))
      // "French officials were more cautious. They said …": the people the sentence before opened with.
      const plural = w === 'they' && !o ? discourse.pluralSubject : null
      if (plural && plural.at === discourse.sentenceNo - 1) {
        speaker = plural.phrase
        type = 'unnamed'
      } else {
        if (!o) return null
        speaker = o
        type = 'organization'
        discourse.lastOrgSpeaker = o
      }
    }
  } else if (sp.words.at(-1)?.toLowerCase() === 'them') {
    // "Two EU diplomats said …. One of them said": one of those people, named with them.
    const plural = discourse.pluralSubject && discourse.pluralSubject.at >= discourse.sentenceNo - 2 ? discourse.pluralSubject.phrase : null
    const those = discourse.lastPluralSource() ?? plural
    const phrase = spanText(discourse.text, s.tokens, sp.start, sp.end)
    speaker = those ? `${phrase} (${those})` : phrase
    type = 'unnamed'
  } else {
    const r = resolveCommon(discourse, sp)
    if (!r) return null
    ;({ speaker, role, organization } = r)
    type = r.type ?? (r.speaker !== null && discourse.persons.has(r.speaker) ? 'person' : null)
  }
  // A phrase that is not a name names nobody in particular; a work's title never speaks; nor does a continent,
  // region or city ("traders in Asia said"). A country that is the subject of a speech verb stands for its
  // government ("The US has also announced …"), as the labels credit it.
  const namesake = type === 'unnamed' ? namedElsewhere(discourse, s, sp) : null
  if (namesake !== null) {
    ;({ name: speaker, role, organization } = namesake)
    type = 'person'
    rule = 'description-named-elsewhere'
    discourse.lastPersonSpeaker = namesake
  }
  let described = type === 'unnamed' || type === 'document'
  const placed = !described && sp.kind === 'name' ? sourceInPlace(s.tokens, sp.start) : null
  if (placed !== null) {
    speaker = spanText(discourse.text, s.tokens, placed.start, sp.end)
    type = placed.organization ? 'organization' : 'unnamed'
    described = true
  }
  if (
    !described &&
    speaker !== null &&
    (!isCleanName(speaker) || discourse.titles.has(speaker) || isDemonym(speaker) || isPlaceName(speaker, false))
  ) {
    // Still a source, but one the article does not name: "Swedish officials", "traders in Asia"; a pronoun keeps
    // the description it refers to ("the government department for planning said. But it also found").
    const t = s.tokens
    let from = sp.start
    if (t[from - 1]?.lw === 'in' && t[from - 2]?.word && !t[from - 2]!.cap && !FUNCTION_WORDS.has(t[from - 2]!.lw)) from -= 2
    // A pronoun resolved to a work's title or a nationality found no referent: the pronoun is all the article gives.
    if (sp.kind !== 'pronoun' || discourse.titles.has(speaker) || isDemonym(speaker)) speaker = spanText(discourse.text, t, from, sp.end)
    type = 'unnamed'
    described = true
  }
  // A source the article describes has no role or body of its own — unless its phrase names the body it speaks for.
  if (speaker === null || (described && !(sp.kind === 'common' && sp.org))) {
    role = null
    organization = null
  }
  // An unnamed person ("a spokesman for the tribunal") whom "he" or "she" may refer back to.
  if (described && type === 'unnamed' && speaker !== null && sp.kind !== 'pronoun') {
    const head = unnamedHead(speaker)
    discourse.unnamedPersonSpeaker =
      head !== null && (isRoleHead(head) || PERSON_NOUNS.has(head)) && !head.endsWith('s')
        ? { phrase: speaker, at: discourse.sentenceNo }
        : null
  }
  const quoted = content ? quotedLength(s.quotes, content.start, content.end) : 0
  const mode = forceMode ?? (content && quoted > (content.end - content.start) * 0.5 ? 'direct' : 'reported')
  const quoteIds = content ? s.quotes.filter((q) => q.start < content.end && q.end > content.start).map((q) => q.id) : []
  const speakerType: SpeakerType =
    speaker === null ? 'outlet' : described && type ? type : isDocumentPhrase(sp, s.tokens) ? 'document' : (type ?? 'organization')
  // Only a document whose phrase names its author, not the phrase itself ("the report") nor a "the report" resolved
  // to whoever spoke last, which may be wrong.
  const document = speaker === null ? null : documentHead(sp, s.tokens)
  if (
    document !== null &&
    speaker !== null &&
    !speaker.toLowerCase().includes(document) &&
    namesAuthor(discourse.text, s.tokens, sp, speaker)
  )
    discourse.noteDocument(speaker)
  // "Portugal's Judiciary Police said in a statement that …": the statement "the statement said" refers to is theirs.
  else if (speaker !== null && type !== 'unnamed' && madeIn(s.tokens, v)) discourse.noteDocument(speaker)
  const attribution: Attribution = {
    speaker,
    role,
    organization,
    via,
    mode,
    speakerType,
    rule,
    confidence: ruleConfidence(rule, speakerType, sp.kind),
  }
  return { attribution, content, quoteIds, cueStart: s.tokens[sp.start]?.start ?? s.start }
}

/** "said in a statement", "told in its annual report": the verb at `v` says where the statement was made. */
function madeIn(t: Token[], v: number): boolean {
  if (t[v + 1]?.lw !== 'in') return false
  for (let k = v + 2; k < v + 5 && t[k]?.word; k++) if (DOCUMENT_NOUNS.has(t[k]!.lw)) return true
  return false
}

/** Whether `author` is written in the speaker phrase or the words a possessive in it owns ("the WMO's annual report"). */
function namesAuthor(text: string, t: Token[], sp: SpeakerNP, author: string): boolean {
  const end = t[Math.min(sp.end + 10, t.length) - 1]?.end ?? t[sp.end - 1]!.end
  return text.slice(t[sp.start]!.start, end).includes(author)
}

/**
 * "The bank expects inflation to ease, it said.": a closing "it" is the body the sentence opened with, as the
 * company or ministry it names would be resolved there.
 */
function bodyOpening(discourse: Discourse, s: SentenceCtx, pronoun: number): string | null {
  const t = s.tokens
  if (t[pronoun - 1]?.w !== ',') return null
  // "The World Bank cut its forecast to 3.2%, it said", "Shell cut …, it said": the body the sentence opens with by name.
  const a = t[0]?.lw === 'the' ? 1 : 0
  const run = isNameToken(t[a], a === 0) ? runStartingAt(t, a, pronoun) : null
  if (run && !run.possessive && t[run.to]?.word && !t[run.to]!.cap) {
    const words = t.slice(run.from, run.to).map((x) => x.w)
    const name = joinTokens(discourse.text, t, run.from, run.to)
    const body = discourse.isOrgName(name) || (words.length > 1 && looksLikeOrg(name))
    if (body && !isPlaceName(name) && !discourse.personCanon(words)) return discourse.orgCanon(name)
  }
  if (t[0]?.lw !== 'the') return null
  const head = t[1]?.word && !t[1].cap && ORG_NOUNS.has(t[1].lw) ? 1 : t[2]?.word && !t[2].cap && ORG_NOUNS.has(t[2].lw) ? 2 : 0
  if (head === 0 || t[head + 1]?.cap || !t[head + 1]?.word || isRoleHead(t[head]!.lw)) return null
  const body: SpeakerNP = { kind: 'common', start: 0, end: head + 1, words: t.slice(0, head + 1).map((x) => x.w) }
  const resolved = resolveCommon(discourse, body)
  return resolved?.type === undefined ? (resolved?.speaker ?? null) : null
}

/**
 * "A court spokesman said" or "Cambodia's opposition party leader says", when the article names
 * exactly one person with that role whose role or organisation shares the description's words
 * ("court spokesman Huy Vannak"): that person. Never a source that asked not to be named.
 */
function namedElsewhere(discourse: Discourse, s: SentenceCtx, sp: SpeakerNP): Person | null {
  const words = sp.words.map((word) => word.toLowerCase().replace(/['’]s?$/, ''))
  // The role heads the phrase, before any preposition: "a spokesman for the UN-backed tribunal".
  const preposition = words.findIndex((word, index) => index > 0 && NP_PREPS.has(word))
  const headAt = preposition > 0 ? preposition - 1 : words.length - 1
  const head = words[headAt]
  if (head === undefined || !isRoleHead(head) || head.endsWith('s') || (!['a', 'an'].includes(words[0]!) && !/['’]s?$/.test(sp.words[0]!)))
    return null
  if (s.tokens.some((token) => ANONYMITY_WORDS.has(token.lw))) return null
  const describing = words.slice(1).filter((word, index) => index + 1 !== headAt && !FUNCTION_WORDS.has(word) && !NP_PREPS.has(word))
  if (describing.length === 0) return null
  const holders = [...discourse.persons.values()].filter((person) => {
    if (roleHeadOf(person.role) !== roleHeadOf(head)) return false
    const known = `${person.role ?? ''} ${person.organization ?? ''}`.toLowerCase()
    return describing.some((word) => known.includes(word))
  })
  return holders.length === 1 ? holders[0]! : null
}

/**
 * "Embassy spokesman Tom Hale declined to comment on the meeting, but he said …": the person the sentence opened with,
 * named before the pronoun and outside any quotation.
 */
function personBefore(discourse: Discourse, s: SentenceCtx, end: number): Person | null {
  const t = s.tokens
  // Only the sentence's subject: a name near its start, not one met later in an object.
  for (let i = 0; i < Math.min(end - 2, 7); i++) {
    if (!isNameToken(t[i], i === 0) || insideQuote(s, t[i]!)) continue
    const run = runStartingAt(t, i, end)
    if (!run) continue
    const words = t.slice(run.from, run.to).map((x) => x.w)
    words[words.length - 1] = stripPossessive(words[words.length - 1]!)
    const { name } = splitTitle(isHonorific(words[0]!.toLowerCase()) ? words.slice(1) : words)
    const p = name.length && !run.possessive ? discourse.personCanon(name) : null
    if (p) return p
    i = run.to - 1
  }
  return null
}

/** The noun an unnamed source's phrase is headed by: "spokesman" in "a spokesman for the tribunal". */
export function unnamedHead(phrase: string): string | null {
  return roleHeadOf(phrase.replace(/\s+(?:for|of|at|from|in|who)\s.*$/i, ''))
}

/** The noun that says what an unnamed source is: "people" in "two people familiar with the matter". */
function sourceHead(t: Token[], start: number, end: number): string | null {
  for (let i = start; i < end && i < start + 5; i++) {
    const lw = t[i]!.lw
    if (SOURCE_NOUNS.has(lw) || COLLECTIVE_ROLES.has(lw) || (!t[i]!.cap && isRoleHead(lw))) return lw
  }
  return null
}

export function unnamed(discourse: Discourse, sp: SpeakerNP, type: 'unnamed' | 'document'): ResolvedSpeaker {
  const t = discourse.cur?.tokens ?? []
  // "A spokesperson for Aldergate": the body the source speaks for, which "the company" may refer to next.
  const organization = sp.kind === 'common' && sp.org ? discourse.orgCanon(sp.org) : null
  if (organization) discourse.lastOrgSpeaker = organization
  let speaker = spanText(discourse.text, t, sp.start, sp.end)
  if (type === 'unnamed') {
    const head = sourceHead(t, sp.start, sp.end)
    // "…, two people familiar with the matter told Reuters. … the people said": the same source again.
    const again = head !== null && sp.end - sp.start === 2 && t[sp.start]!.lw === 'the' ? discourse.unnamedSourceFor(head) : null
    if (again !== null) speaker = again
    else if (head !== null) discourse.noteUnnamedSource(head, speaker)
  }
  return {
    speaker,
    role: sp.kind === 'common' ? (sp.role ?? null) : null,
    organization,
    type,
  }
}

/** A speaker phrase resolved to a name; `type` is set when the phrase describes a source it does not name. */
export interface ResolvedSpeaker {
  speaker: string | null
  role: string | null
  organization: string | null
  type?: 'unnamed' | 'document'
}
