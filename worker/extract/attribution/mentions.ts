// Reads every name in the article before attribution (people with their roles, organisations, acronyms, titles of
// works), and, after each sentence, who it mentioned: what later references resolve against.
import { isAcronym, isNameToken, isPlaceName, joinTokens, looksLikeOrg, runStartingAt, stripPossessive } from '../entities'
import { FUNCTION_WORDS, ORG_NOUNS, SCENE_OPENERS, SENTENCE_ADVERBS, SPEECH_VERBS, WORK_NOUNS } from '../lexicon'
import { isHonorific, isRoleHead, splitDescriptor, splitTitle } from '../roles'
import { isQuoteMark, type Token } from '../tokens'
import type { Discourse } from './discourse'
import { insideQuote, type SentenceCtx } from './sentence'
import { descriptorBefore, parseApposition } from './speaker-apposition'
import { bodyThenPerson, officeHolderAfter } from './speaker-name'
import { CONNECTIVES, PRONOUNS_PERSON } from './grammar-words'
import { COMPANY_NOUNS, isDemonym, SPOKES_RE } from './source-words'

/**
 * Where the subject of the sentence can start: after opening connectives, and after a phrase that says where or when
 * ("In an exclusive interview with VOA, Mahmoud Sangawi, commander of …, describes …").
 */
function subjectStart(t: Token[]): number {
  let a = 0
  while (a < t.length && a < 4 && (CONNECTIVES.has(t[a]!.lw) || SENTENCE_ADVERBS.has(t[a]!.lw) || t[a]!.w === ',')) a++
  if (SCENE_OPENERS.has(t[a]?.lw ?? '')) {
    for (let k = a + 1; k < t.length && k <= a + 10; k++) {
      if (t[k]!.w === ',') return isNameToken(t[k + 1], false) ? k + 1 : a
      if (!t[k]!.word || isQuoteMark(t[k])) break
    }
  }
  return a
}

/** Offices only a company has, first word: "vice president", "chief executive", "chairman", "founder". */
const CORPORATE_OFFICES = new Set(['vice', 'chief', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'founder', 'co-founder', 'cofounder'])

/** Finds the person who is the subject of sentence `s`: a name or "he"/"she" at token `a`, outside quotes. */
function noteSubject(discourse: Discourse, s: SentenceCtx, a: number): void {
  const t = s.tokens
  const first = t[a]
  if (!first || s.quotes.some((q) => first.start >= q.start && first.end <= q.end)) return
  // "Voltrail has sold 210,000 e-bikes. It does not make its own cells. … the company said": "It" goes on with the
  // body the sentence before was about.
  if ((first.lw === 'it' || first.lw === 'its') && discourse.orgSubject !== null && discourse.orgSubjectAt === discourse.sentenceNo - 1) {
    discourse.orgSubjectAt = discourse.sentenceNo
    return
  }
  if (PRONOUNS_PERSON.has(first.lw)) {
    // Resolved before this sentence's own names are noted.
    const p = discourse.pronounAntecedent
    if (p) discourse.subject = { p, at: discourse.sentenceNo }
    return
  }
  if (!isNameToken(first, a === 0)) return
  let run = runStartingAt(t, a, t.length)
  if (!run) return
  // "Manchester United's Alex Ferguson has praised", "Arsenal manager Arsene Wenger praised": the person, not the club.
  if (run.possessive) run = runStartingAt(t, run.to, t.length)
  else {
    const later = nameAfterDescriptor(t, run.to)
    if (later) run = runStartingAt(t, later.from, t.length)
  }
  if (!run || run.possessive) return
  // "Leader of Opposition in the Delhi Assembly Harpreet Kaur Sandhu slammed": an office, where it is held, its holder.
  run = officeHolderAfter(discourse, t, run, t.length) ?? run
  const next = t[run.to]
  // "Mr Kennedy is visiting", "Ferguson also hailed": a verb follows the name, not "'s" or a noun.
  if (!next || (next.w !== ',' && (!next.word || next.cap || next.lw === 'and'))) return
  const words = t.slice(run.from, run.to).map((x) => x.w)
  const honorific = words.length > 1 && isHonorific(words[0]!.toLowerCase())
  const { name } = splitTitle(honorific ? words.slice(1) : words)
  const holder = name.length && !honorific ? bodyThenPerson(discourse, name, t, run.from) : null
  // "Mr Jones" is a person even when nothing else names him.
  const p = holder
    ? discourse.personCanon(holder.person)
    : !name.length
      ? null
      : (discourse.personCanon(name) ?? (honorific ? discourse.addPerson(name.join(' '), null, null) : null))
  if (p && (holder || !discourse.isOrgName(name.join(' ')))) discourse.subject = { p, at: discourse.sentenceNo }
}

/** Reads one sentence for names, titles and appositions, before attribution runs. */
export function register(discourse: Discourse, s: SentenceCtx): void {
  const t = s.tokens
  for (let i = 0; i < t.length; i++) {
    if (!isNameToken(t[i], i === 0)) continue
    const run = runStartingAt(t, i, t.length)
    if (!run) continue
    noteLoneName(discourse, s, run.from, run.to)
    registerRun(discourse, s, run.from, run.to)
    i = run.to - 1
  }
}

/**
 * "Brightwater reported …", "Mr Brown said": a name used as one word on its own — not inside a quotation, and not as
 * a possessive, which first names take as often as bodies ("Jamie's back").
 */
function noteLoneName(discourse: Discourse, s: SentenceCtx, from: number, to: number): void {
  const t = s.tokens
  const honorific = to - from === 2 && isHonorific(t[from]!.lw)
  if ((to - from !== 1 && !honorific) || insideQuote(s, t[from]!)) return
  const word = t[to - 1]!.w
  if (honorific || stripPossessive(word) === word) discourse.loneNames.add(word)
  // "Jamie knew he would walk again": a name "he" or "she" refers back to is a person's.
  if (!honorific && t.slice(to, to + 12).some((x) => PERSONAL_PRONOUNS.has(x.lw))) discourse.personalNames.add(stripPossessive(word))
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him'])

function registerRun(discourse: Discourse, s: SentenceCtx, from: number, to: number): void {
  const t = s.tokens
  // "Sales of Mercedes' brands fell": a capitalised first word that is an ordinary noun is not part of a name.
  if (from === 0 && to - from > 2 && t[1]!.lw === 'of' && discourse.words.hasWord(t[0]!.lw)) {
    if (isNameToken(t[2], false)) registerRun(discourse, s, 2, to)
    return
  }
  const words = t.slice(from, to).map((x) => x.w)
  words[words.length - 1] = stripPossessive(words[words.length - 1]!)
  const possessive = /['’]s?$/.test(t[to - 1]!.w)
  // "(IFS)" after a name is its acronym.
  if (t[to]?.w === '(' && t[to + 2]?.w === ')' && isAcronym(t[to + 1]!.w)) {
    const full = discourse.addOrg(joinTokens(discourse.text, t, from, to), s.start)
    discourse.aliases.set(t[to + 1]!.w, full)
    return
  }
  if (words.length > 1 && isHonorific(words[0]!.toLowerCase())) return
  // "the 1996 single Return of the Mack", "his album Innocent Man", "the film "Ray"": a title, not a name.
  if (isWorkTitle(t, from, to)) {
    discourse.titles.add(words.join(' '))
    return
  }
  const lead = words[0]!.toLowerCase()
  if (words.length === 2 && (ORG_NOUNS.has(lead) || COMPANY_NOUNS.has(lead)) && from === 0) {
    discourse.addOrg(words.slice(1).join(' '), s.start)
    return
  }
  const before = t[from - 1]
  if (before && !before.cap && (COMPANY_NOUNS.has(before.lw) || (ORG_NOUNS.has(before.lw) && !isRoleHead(before.lw)))) {
    const org = discourse.addOrg(words.join(' '), s.start)
    discourse.companies.add(org)
    discourse.nounOrgs.set(before.lw, org)
    return
  }
  // "his fledgling 2 Wikid Records label": the name before the noun that will refer back to it.
  // "Germany's EVG rail union", "Danish drugmaker Halvorsen": one word may describe the kind of body first.
  const nounAt =
    t[to]?.word && !t[to]!.cap && !COMPANY_NOUNS.has(t[to]!.lw) && !ORG_NOUNS.has(t[to]!.lw) && !FUNCTION_WORDS.has(t[to]!.lw) ? to + 1 : to
  const after = t[nounAt]
  const kind =
    after?.word && !after.cap && (COMPANY_NOUNS.has(after.lw) || (ORG_NOUNS.has(after.lw) && !isRoleHead(after.lw) && nounAt > to))
  if (
    !possessive &&
    (looksLikeOrg(words.join(' ')) || isAcronym(words.join(' '))) &&
    // "an Asian food conglomerate", "the U.S. packaged-food maker": where the body is from, not its name.
    !isDemonym(words.join(' ')) &&
    !isPlaceName(words.join(' ').replaceAll('.', '')) &&
    kind &&
    !/s$/.test(after.lw) &&
    (!t[nounAt + 1] || !t[nounAt + 1]!.word || FUNCTION_WORDS.has(t[nounAt + 1]!.lw))
  ) {
    const org = discourse.addOrg(words.join(' '), s.start)
    discourse.companies.add(org)
    discourse.nounOrgs.set(after.lw, org)
    return
  }
  const next = t[to]
  if (
    (possessive && next && (isRoleHead(next.lw) || CORPORATE_OFFICES.has(next.lw))) ||
    (next && !next.cap && next.word && SPOKES_RE.test(next.lw))
  ) {
    const org = discourse.addOrg(words.join(' '), s.start)
    // "Voltrail's vice president", "Halvorsen's chief executive": a company's officer.
    if (possessive && CORPORATE_OFFICES.has(next.lw)) discourse.companies.add(org)
    return
  }
  const { title, name } = splitTitle(words)
  const appo = parseApposition(discourse.text, t, to)
  if (appo?.orgNoun) {
    discourse.companies.add(discourse.addOrg(name.join(' '), s.start))
    discourse.lastCompany ??= name.join(' ')
    return
  }
  const desc = descriptorBefore(t, from)
  let role: string | null = null
  let organization: string | null = null
  if (title.length) ({ role, organization } = splitDescriptor(title))
  if (desc) {
    role = role ? `${desc.role ?? ''} ${role}`.trim() : desc.role
    organization = organization ?? desc.organization
  }
  if (appo) {
    role = role ?? appo.role
    organization = organization ?? appo.organization
  }
  if (organization) discourse.addOrg(organization, s.start)
  const nameStr = name.join(' ')
  const single = name.length === 1
  // "Time Warner" is the same firm as "TimeWarner".
  if (!single && !title.length && !desc && discourse.words.hasSolidWord(name.join('').replace(/[^\p{L}\p{N}]/gu, ''))) {
    discourse.addOrg(nameStr, s.start)
    return
  }
  if (single && !title.length && !desc && !appo) return
  const plural = role ? /s$/.test(role.split(' ').pop()!) && !SPOKES_RE.test(role.split(' ').pop()!) : false
  if (looksLikeOrg(nameStr) && !(single && (role || discourse.surnames.has(nameStr.toLowerCase())) && !plural)) {
    // "Leader of Opposition in the Delhi Assembly Harpreet Kaur Sandhu": the office's body, then its holder.
    const joined = title.length ? null : bodyThenPerson(discourse, name, t, from)
    if (joined) {
      discourse.addOrg(joined.body, s.start)
      discourse.addPerson(joined.person.join(' '), role ?? joined.office?.role ?? null, organization ?? joined.body)
      return
    }
    if (!single || !discourse.surnames.has(nameStr.toLowerCase())) discourse.addOrg(nameStr, s.start)
    return
  }
  if (single && !role) return
  discourse.addPerson(nameStr, role, organization)
}

// ---------------------------------------------------------------- attribution

/** Notes the people and organisations a sentence mentions, for later pronouns. */
export function noteMentions(discourse: Discourse, s: SentenceCtx): void {
  const t = s.tokens
  const subject = subjectStart(t)
  noteSubject(discourse, s, subject)
  for (let i = 0; i < t.length; i++) {
    if (!isNameToken(t[i], i === 0)) continue
    const run = runStartingAt(t, i, t.length)
    if (!run) continue
    const words = t.slice(run.from, run.to).map((x) => x.w)
    words[words.length - 1] = stripPossessive(words[words.length - 1]!)
    const { name } = splitTitle(isHonorific(words[0]!.toLowerCase()) ? words.slice(1) : words)
    const holder = name.length && !discourse.personCanon(name) ? bodyThenPerson(discourse, name, t, run.from) : null
    const p = holder ? discourse.personCanon(holder.person) : name.length ? discourse.personCanon(name) : null
    if (p) {
      // The subject of a sentence is a better antecedent than a later object.
      if (run.from <= Math.max(3, subject) || !discourse.lastPersonMention) discourse.lastPersonMention = p
    } else {
      const n = name.join(' ')
      // "The RSF" after "the Rapid Support Forces": an acronym of a body named before.
      const known =
        discourse.orgs.has(n) ||
        discourse.aliases.has(n) ||
        (isAcronym(n) && discourse.orgCanon(n) !== n && !isPlaceName(discourse.orgCanon(n)))
      if (known && !discourse.titles.has(n)) {
        discourse.lastOrgMention = discourse.orgCanon(n)
        if (run.from <= 3) {
          discourse.orgSubject = discourse.lastOrgMention
          discourse.orgSubjectAt = discourse.sentenceNo
        }
        if (discourse.companies.has(discourse.lastOrgMention)) discourse.lastCompany = discourse.lastOrgMention
      }
    }
    i = run.to - 1
  }
}

/** Is the name run `[from, to)` the title of a work: after "album"/"single"/"film"…, or alone between quotation marks? */
function isWorkTitle(t: Token[], from: number, to: number): boolean {
  const before = t[from - 1]
  if (before?.word && !before.cap && WORK_NOUNS.has(before.lw)) return true
  // "the film "Ray"", "Spielberg's film Saving Private Ryan".
  if (before && isQuoteMark(before) && isQuoteMark(t[to]) && t[from - 2] && WORK_NOUNS.has(t[from - 2]!.lw)) return true
  return false
}

/**
 * "Electrolux chief executive Hans Straberg", "UK think-tank Demos": after a name at `at`, one to three lower-case
 * words ending in a role or a kind of organisation, then the name the phrase is about.
 */
export function nameAfterDescriptor(t: Token[], at: number): { from: number; to: number } | null {
  let k = at
  while (k < t.length && k < at + 3 && t[k]!.word && !t[k]!.cap && !FUNCTION_WORDS.has(t[k]!.lw) && !SPEECH_VERBS.has(t[k]!.lw)) k++
  if (k === at) return null
  const head = t[k - 1]!.lw
  if (!(isRoleHead(head) || ORG_NOUNS.has(head) || COMPANY_NOUNS.has(head) || /^think-?tanks?$/.test(head))) return null
  if (!isNameToken(t[k], false)) return null
  const run = runStartingAt(t, k, t.length)
  return run && !run.possessive ? { from: run.from, to: run.to } : null
}
