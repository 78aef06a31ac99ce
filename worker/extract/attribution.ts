import { sourceInPlace } from './source-in-place'
import { TextWords } from './text-words'
import { OrganizationRegistry } from './organizations'
import type { Attribution, SpeakerType } from '../../schemas/claim'
import {
  AGENCIES,
  WIRE_AGENCIES,
  ORG_NOUN_REFERENTS,
  SERVICE_LANGUAGES,
  SOURCE_MODIFIERS,
  SOURCE_NOUNS,
  CLAUSE_STARTERS,
  CLAUSE_VERBS,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PASSIVE_AUX,
  PERSON_NOUNS,
  SPEECH_VERBS,
  VERB_PREFIX,
  WORK_NOUNS,
  COLLECTIVE_ROLES,
  ROLE_HEADS,
  SENTENCE_ADVERBS,
  DAYS,
  TIME_PERIODS,
  VERDICT_WORDS,
  SUBORDINATORS,
} from './lexicon'
import {
  isAcronym,
  isCleanName,
  isPlaceName,
  isDescriptorToken,
  isNameToken,
  joinTokens,
  looksLikeOrg,
  runEndingAt,
  runStartingAt,
  stripPossessive,
  type Person,
} from './entities'
import { isHonorific, isRoleHead, splitDescriptor, splitTitle } from './roles'
import { closesAbbreviation, setsScene } from './clauses'
import { quotedLength, type Quote } from './quotes'
import { ruleConfidence, type RuleName, type SpeakerForm } from './rules'
import { isQuoteMark, type Token } from './tokens'

/** A sentence prepared for attribution. */
export interface SentenceCtx {
  start: number
  end: number
  tokens: Token[]
  quotes: Quote[]
}

/** Who asserts a sentence, and which part of it they assert. */
export interface AttributionResult {
  attribution: Attribution
  /** The part of the sentence the speaker asserts; outside it the outlet speaks. */
  content: { start: number; end: number } | null
  /** The quote id when the speaker is credited with a quotation. */
  quoteIds: number[]
  /**
   * "X has backed the orders, saying …": the outlet reports X's action and X asserts what follows;
   * the claim is whichever part is check-worthy, the speaker's first.
   */
  participle?: { start: number }
  /** Where the phrase naming the speaker starts; the outlet's own words can only come before it. */
  cueStart?: number
}

const COMPANY_NOUNS = new Set(
  `company firm group business bookmaker giant maker manufacturer retailer carrier airline
  operator corporation bank insurer lender supermarket chain broadcaster network publisher studio label developer
  provider site website conglomerate`
    .trim()
    .split(/\s+/),
)
const PRONOUNS_PERSON = new Set(['he', 'she'])
const PRONOUNS_ORG = new Set(['it', 'they'])
/** What unnamed reports are called: "There are reports that …". */
const REPORT_NOUNS = new Set(['reports', 'claims', 'suggestions', 'indications', 'rumours', 'rumors', 'allegations'])

/** Verbs that only report what someone says or thinks: a bare plural before one is a source. */
const REPORTING_VERBS = new Set([
  'said',
  'say',
  'says',
  'saying',
  'told',
  'tell',
  'telling',
  'added',
  'adding',
  'warned',
  'warning',
  'concluded',
  'concluding',
  'believe',
  'believed',
  'fear',
  'feared',
  'estimated',
  'estimate',
  'reported',
  'reporting',
  'claimed',
  'claiming',
  'argue',
  'argued',
  'insist',
  'insisted',
])

/** A source that asked not to be named stays unnamed, whoever else the article names. */
const ANONYMITY_WORDS = new Set(['anonymity', 'anonymously', 'unnamed', 'unauthorized', 'unauthorised'])
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that'])
const NP_PREPS = new Set(['for', 'of', 'at', 'by', 'from'])
const SPOKES_RE = /^spokes(?:man|woman|person|people|men)$/
const PARTICIPLE_BLOCKERS = new Set([
  'as',
  'after',
  'before',
  'by',
  'without',
  'of',
  'from',
  'while',
  'when',
  'for',
  'on',
  'about',
  'against',
  'despite',
  'than',
  'in',
  'some',
  'others',
  'many',
  'most',
  'few',
  'all',
  'both',
])
// News agencies only carry news; a broadcaster or paper that "has said" something speaks for itself.
const WIRES = new Set(WIRE_AGENCIES)
// Participles that report speech: "…, saying …", "with analysts warning that …".
const SPEECH_PARTICIPLES = new Set([
  'saying',
  'claiming',
  'arguing',
  'warning',
  'insisting',
  'reporting',
  'suggesting',
  'predicting',
  'estimating',
  'adding',
  'stating',
  'revealing',
  'confirming',
  'noting',
  'concluding',
  'explaining',
  'stressing',
  'announcing',
  'denying',
  'acknowledging',
  'alleging',
  'asserting',
  'declaring',
  'telling',
  'urging',
])
const AGE_RE = /^\d+-year-old$|^(?:\p{Ll}+-)+year-old$/u
const TRAILING_PREPS = new Set([
  'in',
  'on',
  'at',
  'during',
  'yesterday',
  'today',
  'last',
  'this',
  'earlier',
  'after',
  'before',
  'when',
  'while',
  'via',
  'through',
])
const CONNECTIVES = new Set(['but', 'and', 'however', 'meanwhile', 'now', 'so', 'yet', 'also', 'still'])

const agencyRe = new RegExp(
  `(?:^|[^\\p{L}])(${[...AGENCIES]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}])`,
  'u',
)

function roleHeadOf(role: string | null): string | null {
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
 * Tracks the people and organisations an article names, so that later references
 * ("Mr Brown", "the spokesperson", "he", "the company") resolve to the fullest name.
 */
export class Discourse {
  private readonly persons = new Map<string, Person>()
  private readonly surnames = new Map<string, string>()
  /** People named with more than one word, by their first word. */
  private readonly byFirstName = new Map<string, Person[]>()
  private readonly orgs = new OrganizationRegistry()
  private readonly aliases = new Map<string, string>()
  /** Titles of works ("Return of the Mack", "Innocent Man"): never speakers. */
  private readonly titles = new Set<string>()
  /** Organisations named with the noun that refers back to them: "his 2 Wikid Records label" → label. */
  private readonly nounOrgs = new Map<string, string>()
  private lastPersonSpeaker: Person | null = null
  private lastOrgSpeaker: string | null = null
  private lastPersonMention: Person | null = null
  private lastOrgMention: string | null = null
  private readonly roleHolders: Person[] = []
  private readonly companies = new Set<string>()
  private lastCompany: string | null = null
  /** The organisation credited in the sentence before the current one, and in the current one so far. */
  private prevOrgSpeaker: string | null = null
  private curOrgSpeaker: string | null = null
  /** Sentence number, and the last sentence that credited an organisation it could not name ("the world's biggest insurer"). */
  private sentenceNo = 0
  private cur: SentenceCtx | null = null
  /** The organisation that was the subject of a recent sentence, and when; when an organisation last spoke. */
  private orgSubject: string | null = null
  private orgSubjectAt = -10
  private orgSpeakerAt = -10
  private unnamedOrgAt = -10
  /** A one-word speaker that may be a surname, and when the last person spoke. */
  private singleNameSpeaker: { name: string; at: number } | null = null
  private personSpeakerAt = -10
  /** The last unnamed person credited ("a spokesman for the tribunal"), and its sentence. */
  private unnamedPersonSpeaker: { phrase: string; at: number } | null = null
  /** The person who is the grammatical subject of a sentence ("Mr Kennedy is visiting …", "He brushed off …"), and its number. */
  private subject: { p: Person; at: number } | null = null

  /** The person the sentence just read is about, when its subject names one outside a quotation. */
  subjectPerson(): Person | null {
    const p = this.subject && this.subject.at === this.sentenceNo ? this.subject.p : null
    return p && isCleanName(p.name) && !this.titles.has(p.name) ? p : null
  }

  /** "He" most often continues the subject of the sentence before; else the person last quoted or named. */
  private pronounPerson(): Person | null {
    const prevSubject = this.subject && this.subject.at === this.sentenceNo - 1 ? this.subject.p : null
    // "X ordered troops in, his spokeswoman Y told reporters. She said …": the person just credited, over the subject.
    const prevSpeaker = this.personSpeakerAt === this.sentenceNo - 1 ? this.lastPersonSpeaker : null
    return prevSpeaker ?? prevSubject ?? this.lastPersonSpeaker ?? this.lastPersonMention
  }

  /** Finds the person who is the subject of sentence `s`: a name or "he"/"she" at its start, outside quotes. */
  private noteSubject(s: SentenceCtx): void {
    const t = s.tokens
    let a = 0
    while (a < t.length && a < 4 && (CONNECTIVES.has(t[a]!.lw) || SENTENCE_ADVERBS.has(t[a]!.lw) || t[a]!.w === ',')) a++
    const first = t[a]
    if (!first || s.quotes.some((q) => first.start >= q.start && first.end <= q.end)) return
    if (PRONOUNS_PERSON.has(first.lw)) {
      // Resolved before this sentence's own names are noted.
      const p = this.pronounAntecedent
      if (p) this.subject = { p, at: this.sentenceNo }
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
    const next = t[run.to]
    // "Mr Kennedy is visiting", "Ferguson also hailed": a verb follows the name, not "'s" or a noun.
    if (!next || (next.w !== ',' && (!next.word || next.cap || next.lw === 'and'))) return
    const words = t.slice(run.from, run.to).map((x) => x.w)
    const honorific = words.length > 1 && isHonorific(words[0]!.toLowerCase())
    const { name } = splitTitle(honorific ? words.slice(1) : words)
    // "Mr Jones" is a person even when nothing else names him.
    const p = !name.length ? null : (this.personCanon(name) ?? (honorific ? this.addPerson(name.join(' '), null, null) : null))
    if (p && !this.isOrgName(name.join(' '))) this.subject = { p, at: this.sentenceNo }
  }
  private pronounAntecedent: Person | null = null

  private readonly words: TextWords
  /** The organisation a role noun names in this article ("government" → "Taliban government"), by noun. */
  private readonly roleNounOrgs = new Map<string, string | null>()

  constructor(private readonly text: string) {
    this.words = new TextWords(text)
  }

  // ---------------------------------------------------------------- registry

  private addOrg(name: string): string {
    const clean = stripPossessive(name.replace(/^the\s+/i, '').trim())
    // "Swedish" in "Swedish trades union official": a nationality describes, it names nobody.
    if (!clean || isDemonym(clean)) return clean
    this.orgs.add(clean)
    return clean
  }

  private addPerson(name: string, role: string | null, organization: string | null): Person {
    let p = this.persons.get(name)
    if (!p) {
      p = { name, role: null, organization: null }
      this.persons.set(name, p)
      const [first, ...rest] = name.split(/\s+/)
      if (first !== undefined && rest.length > 0) this.byFirstName.set(first, [...(this.byFirstName.get(first) ?? []), p])
      const last = name.split(/\s+/).pop()!.toLowerCase()
      if (!this.surnames.has(last)) this.surnames.set(last, name)
    }
    if (role && !p.role) p.role = role
    if (organization && !p.organization) p.organization = this.orgCanon(organization)
    if (p.role && !p.organization) p.organization = this.orgFromRole(p.role)
    return p
  }

  /** For roles like "government spokesperson": the article's "Taliban government". */
  private orgFromRole(role: string): string | null {
    for (const w of role.split(/\s+/)) {
      const lw = w.toLowerCase()
      if (!ORG_NOUNS.has(lw)) continue
      const org = this.orgNamedBy(lw)
      if (org !== null) return org
    }
    return null
  }

  /** The first "Taliban government" (capitalised words, then the noun) in the article; searched once per noun. */
  private orgNamedBy(noun: string): string | null {
    const known = this.roleNounOrgs.get(noun)
    if (known !== undefined) return known
    const m = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3})${noun}\\b`, 'u').exec(this.text)
    const org = m && !/^(The|A|An)$/.test(m[1]!.trim()) ? `${m[1]!.trim().replace(/^(The|A|An)\s+/, '')} ${noun}` : null
    this.roleNounOrgs.set(noun, org)
    return org
  }

  /** The fullest form of an organisation name used in the article. */
  orgCanon(name: string): string {
    const n = stripPossessive(name.replace(/^the\s+/i, '').trim())
    return this.aliases.get(n) ?? this.orgs.canonical(n)
  }

  /** The fullest form of a person's name ("Mujahid" → "Zabihullah Mujahid"). */
  personCanon(words: string[]): Person | null {
    const name = words.join(' ')
    const p = this.persons.get(name)
    if (p) return p
    const last = words[words.length - 1]?.toLowerCase()
    const full = last ? this.surnames.get(last) : undefined
    if (full) {
      // "Sir Ian Blair" is not "Tony Blair": a different first name is a different person.
      const fw = full.split(/\s+/)
      if (words.length > 1 && fw.length > 1 && fw[0]!.toLowerCase() !== words[0]!.toLowerCase()) return null
      return this.persons.get(full) ?? null
    }
    // "Sir Ian" after "Sir Ian Blair": a first name that only one person has.
    if (words.length === 1) {
      const namesakes = this.byFirstName.get(words[0]!) ?? []
      return namesakes.length === 1 ? namesakes[0]! : null
    }
    return null
  }

  /** Reads one sentence for names, titles and appositions, before attribution runs. */
  register(s: SentenceCtx): void {
    const t = s.tokens
    for (let i = 0; i < t.length; i++) {
      if (!isNameToken(t[i], i === 0)) continue
      const run = runStartingAt(t, i, t.length)
      if (!run) continue
      this.registerRun(s, run.from, run.to)
      i = run.to - 1
    }
  }

  private registerRun(s: SentenceCtx, from: number, to: number): void {
    const t = s.tokens
    // "Sales of Mercedes' brands fell": a capitalised first word that is an ordinary noun is not part of a name.
    if (from === 0 && to - from > 2 && t[1]!.lw === 'of' && this.words.hasWord(t[0]!.lw)) {
      if (isNameToken(t[2], false)) this.registerRun(s, 2, to)
      return
    }
    const words = t.slice(from, to).map((x) => x.w)
    words[words.length - 1] = stripPossessive(words[words.length - 1]!)
    const possessive = /['’]s?$/.test(t[to - 1]!.w)
    // "(IFS)" after a name is its acronym.
    if (t[to]?.w === '(' && t[to + 2]?.w === ')' && isAcronym(t[to + 1]!.w)) {
      const full = this.addOrg(joinTokens(this.text, t, from, to))
      this.aliases.set(t[to + 1]!.w, full)
      return
    }
    if (words.length > 1 && isHonorific(words[0]!.toLowerCase())) return
    // "the 1996 single Return of the Mack", "his album Innocent Man", "the film "Ray"": a title, not a name.
    if (isWorkTitle(t, from, to)) {
      this.titles.add(words.join(' '))
      return
    }
    const lead = words[0]!.toLowerCase()
    if (words.length === 2 && (ORG_NOUNS.has(lead) || COMPANY_NOUNS.has(lead)) && from === 0) {
      this.addOrg(words.slice(1).join(' '))
      return
    }
    const before = t[from - 1]
    if (before && !before.cap && (COMPANY_NOUNS.has(before.lw) || (ORG_NOUNS.has(before.lw) && !isRoleHead(before.lw)))) {
      const org = this.addOrg(words.join(' '))
      this.companies.add(org)
      this.nounOrgs.set(before.lw, org)
      return
    }
    // "his fledgling 2 Wikid Records label": the name before the noun that will refer back to it.
    // "Germany's EVG rail union", "Danish drugmaker Halvorsen": one word may describe the kind of body first.
    const nounAt =
      t[to]?.word && !t[to]!.cap && !COMPANY_NOUNS.has(t[to]!.lw) && !ORG_NOUNS.has(t[to]!.lw) && !FUNCTION_WORDS.has(t[to]!.lw)
        ? to + 1
        : to
    const after = t[nounAt]
    const kind =
      after?.word && !after.cap && (COMPANY_NOUNS.has(after.lw) || (ORG_NOUNS.has(after.lw) && !isRoleHead(after.lw) && nounAt > to))
    if (
      !possessive &&
      (looksLikeOrg(words.join(' ')) || isAcronym(words.join(' '))) &&
      kind &&
      !/s$/.test(after.lw) &&
      (!t[nounAt + 1] || !t[nounAt + 1]!.word || FUNCTION_WORDS.has(t[nounAt + 1]!.lw))
    ) {
      const org = this.addOrg(words.join(' '))
      this.companies.add(org)
      this.nounOrgs.set(after.lw, org)
      return
    }
    const next = t[to]
    if ((possessive && next && isRoleHead(next.lw)) || (next && !next.cap && next.word && SPOKES_RE.test(next.lw))) {
      this.addOrg(words.join(' '))
      return
    }
    const { title, name } = splitTitle(words)
    const appo = parseApposition(this.text, t, to)
    if (appo?.orgNoun) {
      this.companies.add(this.addOrg(name.join(' ')))
      this.lastCompany ??= name.join(' ')
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
    if (organization) this.addOrg(organization)
    const nameStr = name.join(' ')
    const single = name.length === 1
    // "Time Warner" is the same firm as "TimeWarner".
    if (!single && !title.length && !desc && this.words.hasSolidWord(name.join('').replace(/[^\p{L}\p{N}]/gu, ''))) {
      this.addOrg(nameStr)
      return
    }
    if (single && !title.length && !desc && !appo) return
    const plural = role ? /s$/.test(role.split(' ').pop()!) && !SPOKES_RE.test(role.split(' ').pop()!) : false
    if (looksLikeOrg(nameStr) && !(single && (role || this.surnames.has(nameStr.toLowerCase())) && !plural)) {
      if (!single || !this.surnames.has(nameStr.toLowerCase())) this.addOrg(nameStr)
      return
    }
    if (single && !role) return
    this.addPerson(nameStr, role, organization)
  }

  // ---------------------------------------------------------------- attribution

  /** Notes the people and organisations a sentence mentions, for later pronouns. */
  noteMentions(s: SentenceCtx): void {
    const t = s.tokens
    this.noteSubject(s)
    for (let i = 0; i < t.length; i++) {
      if (!isNameToken(t[i], i === 0)) continue
      const run = runStartingAt(t, i, t.length)
      if (!run) continue
      const words = t.slice(run.from, run.to).map((x) => x.w)
      words[words.length - 1] = stripPossessive(words[words.length - 1]!)
      const { name } = splitTitle(isHonorific(words[0]!.toLowerCase()) ? words.slice(1) : words)
      const p = name.length ? this.personCanon(name) : null
      if (p) {
        // The subject of a sentence is a better antecedent than a later object.
        if (run.from <= 3 || !this.lastPersonMention) this.lastPersonMention = p
      } else {
        const n = name.join(' ')
        if ((this.orgs.has(n) || this.aliases.has(n)) && !this.titles.has(n)) {
          this.lastOrgMention = this.orgCanon(n)
          if (run.from <= 3) {
            this.orgSubject = this.lastOrgMention
            this.orgSubjectAt = this.sentenceNo
          }
          if (this.companies.has(this.lastOrgMention)) this.lastCompany = this.lastOrgMention
        }
      }
      i = run.to - 1
    }
  }

  /**
   * "Rowling revealed …. She also said …": a one-word speaker read as an organisation is a person when "he" or "she"
   * follows it and the article also gives it a first name or initials ("JK Rowling").
   */
  private singleNamePerson(): Person | null {
    const single = this.singleNameSpeaker
    if (!single || single.at < this.sentenceNo - 3 || single.at <= this.personSpeakerAt) return null
    const full = this.orgs.latestEndingWith(single.name, (o) => {
      const w = o.split(/\s+/)
      // Initials or a first name before the surname.
      return (
        w.length === 2 && w[1] === single.name && /^(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}+)$/u.test(w[0]!) && !ORG_SUFFIXES.has(w[0]!.toLowerCase())
      )
    })
    if (!full) return null
    const p = this.addPerson(full, null, null)
    this.singleNameSpeaker = null
    return p
  }

  /** Finds who asserts sentence `s`. */
  attribute(s: SentenceCtx): AttributionResult | null {
    this.prevOrgSpeaker = this.curOrgSpeaker
    this.curOrgSpeaker = null
    this.sentenceNo++
    this.cur = s
    this.pronounAntecedent = this.pronounPerson()
    const r = this.attributeSentence(s)
    if (r?.attribution.speaker && r.attribution.speaker === this.lastPersonSpeaker?.name) this.personSpeakerAt = this.sentenceNo
    if (r?.attribution.speaker && r.attribution.speaker === this.lastOrgSpeaker) {
      this.curOrgSpeaker = r.attribution.speaker
      this.orgSpeakerAt = this.sentenceNo
    }
    return r
  }

  private attributeSentence(s: SentenceCtx): AttributionResult | null {
    const t = s.tokens
    const reported = this.thereAreReports(s) ?? this.relayed(s) ?? this.trailingCredit(s)
    if (reported) return reported
    // "X: "quote"" and "X, "quote"" with no verb: the seed's "government spokesperson Zabihullah Mujahid, "The…"".
    const scene = sceneEnd(t)
    for (let v = 0; v < t.length; v++) {
      const tok = t[v]!
      // "While some critics warn …, others say …", "Hours after the army declared …, there are few details": a
      // statement inside the opening subordinate clause only sets the scene — but "As the minister said, …" credits.
      if (v < scene && (SPEECH_VERBS.has(tok.lw) || SPEECH_PARTICIPLES.has(tok.lw)) && !(t[scene - 1] === tok || t[v + 1]?.w === ','))
        continue
      if (tok.lw === 'according' && t[v + 1]?.lw === 'to') {
        const r = this.according(s, v)
        if (r) return r
        continue
      }
      if ((tok.w === ',' || tok.w === ':') && isQuoteMark(t[v + 1]) && this.opensQuote(s, t[v + 1]!)) {
        const sp = this.leftSpeaker(s, v, v)
        if (sp && sp.kind === 'name' && sp.person) {
          const q = s.quotes.find((x) => x.start === t[v + 1]!.end)
          const content = q ? { start: q.start, end: Math.min(q.end, s.end) } : { start: t[v + 1]!.end, end: s.end }
          return this.finish(s, sp, content, v, null, 'name-colon-quote')
        }
      }
      if (SPEECH_PARTICIPLES.has(tok.lw) && v > 1 && !this.insideQuote(s, tok)) {
        const r = this.absoluteAttribution(s, v) ?? this.participleAttribution(s, v)
        if (r) return r
        continue
      }
      // "The United States": a capitalised word is part of a name, not a speech verb.
      if (!SPEECH_VERBS.has(tok.lw) || tok.cap) continue
      if (this.insideQuote(s, tok)) continue
      const r = this.verbAttribution(s, v)
      if (r) return r
    }
    return null
  }

  /**
   * "Quoting the district head, Ivan Petrov, the news agency Tass reported that …", "The Times reported on Monday,
   * citing two officials, that …": the source quoted speaks; the outlet that quoted them carried it (`via`).
   */
  private relayed(s: SentenceCtx): AttributionResult | null {
    const t = s.tokens
    let a = 0
    while (a < t.length && (CONNECTIVES.has(t[a]!.lw) || t[a]!.w === ',')) a++
    let source: [number, number] | null = null
    let verb = -1
    if (RELAY_WORDS.has(t[a]?.lw ?? '')) {
      // The quoted source runs to the comma before the outlet's own phrase and verb.
      for (let v = a + 2; v < t.length; v++) {
        if (!SPEECH_VERBS.has(t[v]!.lw) || t[v]!.cap || this.insideQuote(s, t[v]!)) continue
        let c = v - 1
        while (c > a + 1 && t[c]!.w !== ',') c--
        if (c > a + 1) {
          source = [a + 1, c]
          verb = v
        }
        break
      }
    } else {
      for (let k = 2; k < t.length - 2; k++) {
        if (!RELAY_WORDS.has(t[k]!.lw) || t[k - 1]!.w !== ',') continue
        let c = k + 1
        while (c < t.length && t[c]!.w !== ',' && c < k + 12) c++
        let v = k - 2
        while (v > 0 && v > k - 6 && !(SPEECH_VERBS.has(t[v]!.lw) && !t[v]!.cap)) v--
        if (t[c]?.w === ',' && v > 0 && SPEECH_VERBS.has(t[v]!.lw)) {
          source = [k + 1, c]
          verb = v
        }
        break
      }
    }
    if (!source || verb < 0) return null
    const [from, to] = source
    const outlet = this.leftSpeaker(s, beforeTimePhrase(t, verb - 1) + 1, source[0] === a + 1 ? to + 1 : 0)
    const via = outlet ? this.outletName(s, outlet) : null
    if (!outlet || via === null) return null
    // What follows the verb or the relayed source, after "that".
    let c = Math.max(verb, to) + 1
    if (t[c]?.w === ',') c++
    if (t[c]?.lw === 'that') c++
    if (c >= t.length) return null
    return this.finish(s, this.relayedSource(s, from, to), { start: t[c]!.start, end: s.end }, verb, via, 'quoting-source', 'reported')
  }

  /**
   * "Relief workers fear that disease could spread, a VOA journalist reported.", "The three countries announced a joint
   * force, according to a statement from the presidency.": a credit closing the sentence covers everything before it,
   * including any statement reported inside.
   */
  private trailingCredit(s: SentenceCtx): AttributionResult | null {
    const t = s.tokens
    let comma = t.length - 1
    while (comma > 0 && t[comma]!.w !== ',' && t.length - comma <= 12) comma--
    if (comma <= 3 || t[comma]!.w !== ',' || this.insideQuote(s, t[comma]!)) return null
    // Only when a statement is reported earlier in the sentence; otherwise the main loop finds this credit anyway.
    let inner = false
    for (let k = 1; k < comma; k++)
      if (!t[k]!.cap && (SPEECH_VERBS.has(t[k]!.lw) || (t[k]!.lw === 'according' && t[k + 1]?.lw === 'to')) && !this.insideQuote(s, t[k]!))
        inner = true
    if (!inner) return null
    for (let v = comma + 1; v < t.length; v++) {
      const tok = t[v]!
      // "A spokesperson, Tan Li, noted that …, according to the ministry's figures": the person stays the source.
      if (tok.lw === 'according' && t[v + 1]?.lw === 'to' && v === comma + 1)
        return this.innerPersonBefore(s, comma) ? null : this.according(s, v)
      if (tok.cap || !SPEECH_VERBS.has(tok.lw) || this.insideQuote(s, tok)) continue
      const r = this.verbAttribution(s, v)
      if (!r?.content || r.content.end > t[comma]!.end) return null
      // "The Kremlin said it had no objections, state news agency TASS reported.": the agency relayed the Kremlin.
      const agency =
        r.attribution.speaker !== null && agencyRe.exec(r.attribution.speaker)?.[1] === r.attribution.speaker ? r.attribution.speaker : null
      const relayed = agency !== null ? this.firstStatement(s, comma) : null
      if (relayed?.content)
        return {
          ...relayed,
          content: { start: relayed.content.start, end: t[comma]!.start },
          attribution: { ...relayed.attribution, via: agency },
        }
      return r
    }
    return null
  }

  /** The statement a speech verb before token `end` credits, if any. */
  private firstStatement(s: SentenceCtx, end: number): AttributionResult | null {
    const t = s.tokens
    for (let k = 1; k < end; k++) {
      if (t[k]!.cap || !SPEECH_VERBS.has(t[k]!.lw) || this.insideQuote(s, t[k]!)) continue
      const r = this.verbAttribution(s, k)
      if (r) return r
    }
    return null
  }

  /** Does a person named before token `end` make a statement there ("Tan Li noted that …")? */
  private innerPersonBefore(s: SentenceCtx, end: number): boolean {
    const t = s.tokens
    for (let k = 1; k < end; k++) {
      if (t[k]!.cap || !SPEECH_VERBS.has(t[k]!.lw) || this.insideQuote(s, t[k]!)) continue
      let j = k - 1
      if (t[j]?.w === ',') j--
      const run = runEndingAt(t, j + 1, 0)
      if (run && !run.possessive && this.personCanon(t.slice(run.from, run.to).map((x) => x.w)) !== null) return true
    }
    return false
  }

  /** The speaker phrase of a relayed source: "the district head, Ivan Petrov" → the person; "a doctor at the hospital" → as written. */
  private relayedSource(s: SentenceCtx, from: number, to: number): SpeakerNP {
    const t = s.tokens
    const named = runEndingAt(t, to, from)
    if (
      named &&
      !named.possessive &&
      (named.from === from || t[named.from - 1]?.w === ',' || (t[named.from - 1]?.lw === 'the' && named.from - 1 === from))
    ) {
      const np = this.nameNP(s, named.from, named.to, 'left')
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
      source: SOURCE_NOUNS.has(head) || QUANTIFIERS.has(t[from]!.lw) || t[from]!.lw === 'a' || t[from]!.lw === 'an',
    }
  }

  /** The name of the outlet in a phrase such as "the state news agency RIA Novosti" or "the Nikkei business daily". */
  private outletName(s: SentenceCtx, np: SpeakerNP): string | null {
    const t = s.tokens
    for (let k = np.start; k < np.end; k++) {
      const run = runStartingAt(t, k, np.end)
      if (run) return stripPossessive(joinTokens(this.text, t, run.from, run.to))
    }
    return null
  }

  /** "There are reports that …", "There were unconfirmed claims that …": unnamed reports assert what follows. */
  private thereAreReports(s: SentenceCtx): AttributionResult | null {
    const t = s.tokens
    let a = 0
    while (a < t.length && (CONNECTIVES.has(t[a]!.lw) || t[a]!.w === ',')) a++
    if (t[a]?.lw !== 'there') return null
    let k = a + 1
    if (t[k]?.lw === 'have' || t[k]?.lw === 'had') k++
    if (!['are', 'were', 'been'].includes(t[k]?.lw ?? '')) return null
    const start = k + 1
    let head = start
    while (head < Math.min(t.length, start + 3) && !REPORT_NOUNS.has(t[head]!.lw)) head++
    if (!REPORT_NOUNS.has(t[head]?.lw ?? '') || t[head + 1]?.lw !== 'that' || head + 2 >= t.length) return null
    const sp: SpeakerNP = { kind: 'common', start, end: head + 1, words: t.slice(start, head + 1).map((x) => x.w), source: true }
    return this.finish(s, sp, { start: t[head + 2]!.start, end: s.end }, head, this.findVia(s), 'there-are-reports', 'reported')
  }

  /**
   * "…, with the firm saying that …", "…, the label saying it …", "with analysts predicting …": the noun phrase
   * right before the participle says what follows it.
   */
  private absoluteAttribution(s: SentenceCtx, v: number): AttributionResult | null {
    const t = s.tokens
    let k = v - 1
    while (k >= 0 && v - k <= 8 && t[k]!.word && t[k]!.lw !== 'with') k--
    if (k < 0 || v - k > 8) return null
    const opener = t[k]!
    // "with X saying" or ", the label saying" — not the subject form "X has backed …, saying".
    if (!(opener.lw === 'with' || (opener.w === ',' && (t[k + 1]?.lw === 'the' || t[k + 1]?.lw === 'its' || t[k + 1]?.cap)))) return null
    if (k + 1 >= v) return null
    const sp = this.leftSpeaker(s, v, k + 1)
    if (!sp || (sp.start !== k + 1 && !(sp.start === k + 2 && DETERMINERS.has(t[k + 1]!.lw)))) return null
    if (sp.kind === 'pronoun') return null
    let c = v + 1
    if (t[c]?.lw === 'that' || t[c]?.w === ':') c++
    if (c >= t.length) return null
    return this.finish(s, sp, { start: t[c]!.start, end: s.end }, v, this.findVia(s), 'with-source-saying')
  }

  /** "Prime Minister Tony Blair has defended the Act, saying it is wrong…": the subject of the sentence says what follows. */
  private participleAttribution(s: SentenceCtx, v: number): AttributionResult | null {
    const t = s.tokens
    // "quoted … as saying", "after saying", "with some saying", "with analysts saying": not the subject's words.
    if (PARTICIPLE_BLOCKERS.has(t[v - 1]!.lw)) return null
    // "…, with Minister Kelvin Davis explaining that …": the phrase after "with" speaks, however long.
    for (let k = v - 1; k >= Math.max(0, v - 12) && t[k]!.w !== ','; k--) if (t[k]!.lw === 'with' || t[k]!.lw === 'quoted') return null
    let a = 0
    while (a < v && (CONNECTIVES.has(t[a]!.lw) || t[a]!.w === ',')) a++
    // "novelist Gore Vidal defended …": a lower-case descriptor before the name.
    let n = a
    while (n < Math.min(v, a + 3) && t[n]!.word && !t[n]!.cap && !FUNCTION_WORDS.has(t[n]!.lw)) n++
    const first = t[a]
    if (!first || a >= v) return null
    let end = -1
    if (PRONOUNS_PERSON.has(first.lw) || PRONOUNS_ORG.has(first.lw)) end = a + 1
    else if (isNameToken(t[n], n === 0)) {
      let run = runStartingAt(t, n, v)
      // "Qwest chairman Richard Notebaert sent …": the person after the firm and the role.
      if (run && t[run.to] && !t[run.to]!.cap && isRoleHead(t[run.to]!.lw) && isNameToken(t[run.to + 1], false))
        run = runStartingAt(t, run.to + 1, v)
      if (run && !run.possessive) end = run.to
    } else if (DETERMINERS.has(first.lw)) {
      for (let k = a + 1; k < Math.min(v, a + 6); k++) {
        if (!t[k]!.word) break
        if (!t[k]!.cap && (VERB_PREFIX.has(t[k]!.lw) || /^\p{Ll}{3,}(?:ed|s)$/u.test(t[k]!.lw))) {
          end = k
          break
        }
      }
    }
    if (end < 0 || end >= v) return null
    // The subject's own verb follows it: "Blair has defended", "The firm denied", "Yushchenko was careful".
    const verb = t[end]
    // A speech verb with a bare object ("claimed responsibility for the attack, saying …") is the subject's act too.
    const bareSpeech =
      verb &&
      SPEECH_VERBS.has(verb.lw) &&
      CLAUSE_VERBS.has(verb.lw) &&
      !!t[end + 1] &&
      !CLAUSE_STARTERS.has(t[end + 1]!.lw) &&
      !t[end + 1]!.cap &&
      t[end + 1]!.word
    if (
      !verb?.word ||
      verb.cap ||
      (SPEECH_VERBS.has(verb.lw) && !bareSpeech) ||
      (FUNCTION_WORDS.has(verb.lw) && !VERB_PREFIX.has(verb.lw) && !PASSIVE_AUX.has(verb.lw))
    )
      return null
    const sp = this.leftSpeaker(s, end, a)
    if (!sp || sp.start > n + 1) return null
    let c = v + 1
    if (t[c]?.lw === 'that' || t[c]?.w === ':') c++
    if (c >= t.length) return null
    const r = this.finish(s, sp, { start: t[c]!.start, end: s.end }, v, this.findVia(s), 'subject-then-saying')
    if (r) r.participle = { start: t[v]!.start }
    return r
  }

  /** The sentence's subject for a speech verb joined by "and": "Dementieva is also angry and says that …". */
  private coordinatedSpeaker(s: SentenceCtx, v: number): AttributionResult | null {
    const t = s.tokens
    let a = 0
    while (a < v && CONNECTIVES.has(t[a]!.lw)) a++
    // "the Conservatives warned … and said": a name after "the".
    if (t[a]?.lw === 'the' && isNameToken(t[a + 1], false)) a++
    const first = t[a]
    if (!first) return null
    let end = -1
    if (PRONOUNS_PERSON.has(first.lw) || first.lw === 'it') end = a + 1
    else if (isNameToken(first, a === 0)) {
      const run = runStartingAt(t, a, v)
      if (run && !run.possessive) end = run.to
    } else if (first.lw === 'the' || first.lw === 'a' || first.lw === 'an') {
      // "The spokesman dismissed the claims and said …": a role or a body, then its own verb.
      let k = a + 1
      while (
        k < v &&
        k < a + 5 &&
        t[k]!.word &&
        !t[k]!.cap &&
        !FUNCTION_WORDS.has(t[k]!.lw) &&
        !isRoleHead(t[k]!.lw) &&
        !ORG_NOUNS.has(t[k]!.lw)
      )
        k++
      if (k < v && (isRoleHead(t[k]!.lw) || ORG_NOUNS.has(t[k]!.lw)) && t[k + 1]?.word && !t[k + 1]!.cap) end = k + 1
    }
    if (end < 0) return null
    // One sentence only: no quotation or semicolon between the subject and "and says" — but a few quoted words
    // the subject used ("dismissed the claims as "baseless" and said") belong to the first verb.
    for (let k = end; k < v - 1; k++) {
      if (t[k]!.w === ';') return null
      if (!isQuoteMark(t[k])) continue
      const quote = s.quotes.find((q) => q.start === t[k]!.end)
      if (!quote || quote.end > t[v - 1]!.start || quotedWords(t, k, v) > 6) return null
      // Past the closing mark too.
      while (k < v - 1 && t[k + 1]!.start <= quote.end) k++
    }
    const sp = this.leftSpeaker(s, end, a)
    if (!sp || (sp.kind === 'name' && !sp.person)) return null
    let k = v + 1
    if (t[k]?.lw === 'that') k++
    if (k >= t.length) return null
    return this.finish(s, sp, { start: t[k]!.start, end: s.end }, v, this.findVia(s), 'subject-and-says')
  }

  private opensQuote(s: SentenceCtx, q: Token): boolean {
    return s.quotes.some((x) => x.start === q.end)
  }

  private insideQuote(s: SentenceCtx, tok: Token): boolean {
    return s.quotes.some((q) => tok.start >= q.start && tok.end <= q.end)
  }

  private according(s: SentenceCtx, v: number): AttributionResult | null {
    const t = s.tokens
    const i = v + 2
    let via: string | null = null
    // "according to a report by the news agency Associated Press"
    const np = this.rightSpeaker(s, i)
    const docEnd = np?.end ?? Math.min(t.length, i + 3)
    const segment = joinTokens(this.text, t, v, Math.min(t.length, docEnd + 6))
    const ag = agencyRe.exec(segment)
    if (ag) via = ag[1]!
    // A speaker named before a quote later in the sentence ("…, spokesperson X, "…"").
    for (let k = docEnd; k < t.length - 1; k++) {
      if ((t[k]!.w === ',' || t[k]!.w === ':') && isQuoteMark(t[k + 1]) && this.opensQuote(s, t[k + 1]!)) {
        const sp = this.leftSpeaker(s, k, docEnd)
        if (sp && sp.kind === 'name' && sp.person) {
          const q = s.quotes.find((x) => x.start === t[k + 1]!.end)
          return this.finish(s, sp, q ? { start: q.start, end: Math.min(q.end, s.end) } : null, k, via, 'according-to-then-quote')
        }
      }
    }
    if (!np) return null
    // "The rebels, who are backed by Rwanda according to U.N. experts, have seized …": the credit is for the
    // relative clause alone; the sentence's own statement is the outlet's.
    if (insideRelativeClause(t, v, np.end)) return null
    if (via && np.kind === 'name' && np.org && agencyRe.test(np.org)) {
      // "according to an AFP tally", "according to Reuters calculations": the agency's own work, so the agency is the source.
      if (AGENCY_WORK.has(t[np.end]?.lw ?? '')) {
        const organization = np.org
        return {
          attribution: {
            speaker: organization,
            role: null,
            organization: null,
            via: null,
            mode: 'reported',
            speakerType: 'organization',
            rule: 'according-to',
            confidence: ruleConfidence('according-to', 'organization', 'name'),
          },
          content: this.outsideRange(s, t[v]!.start, t[np.end]!.end),
          quoteIds: [],
        }
      }
      return {
        attribution: {
          speaker: null,
          role: null,
          organization: null,
          via,
          mode: 'reported',
          speakerType: 'outlet',
          rule: 'according-to-agency',
          confidence: ruleConfidence('according-to-agency', 'outlet', 'name'),
        },
        content: this.outsideRange(s, t[v]!.start, t[np.end - 1]!.end),
        quoteIds: [],
      }
    }
    const content = this.outsideRange(s, t[v]!.start, t[Math.max(v, np.end - 1)]!.end)
    return this.finish(s, np, content, v, via, 'according-to', 'reported')
  }

  private outsideRange(s: SentenceCtx, aStart: number, aEnd: number): { start: number; end: number } {
    const before = aStart - s.start
    const after = s.end - aEnd
    return before > after ? { start: s.start, end: aStart } : { start: aEnd, end: s.end }
  }

  private verbAttribution(s: SentenceCtx, v: number): AttributionResult | null {
    const t = s.tokens
    const verb = t[v]!
    // Skip auxiliaries and adverbs back to the speaker.
    let j = v - 1
    for (let pass = 0; pass < 3; pass++) {
      const j0 = j
      while (j >= 0 && (VERB_PREFIX.has(t[j]!.lw) || (/ly$/.test(t[j]!.lw) && !t[j]!.cap && t[j]!.lw.length > 4))) j--
      // "the Institute for Fiscal Studies (IFS) has said": skip the acronym.
      if (t[j]?.w === ')' && t[j - 2]?.w === '(' && j - 3 >= 0) j -= 3
      // "The Halifax, meanwhile, said": skip a parenthetical adverb.
      if (t[j]?.w === ',' && t[j - 2]?.w === ',' && j - 3 >= 0 && SENTENCE_ADVERBS.has(t[j - 1]!.lw)) j -= 3
      // "The government on Thursday announced", "Police last week said": a time between the speaker and the verb.
      j = beforeTimePhrase(t, j)
      // "A poll published last month showed", "The survey, released on Monday, found": when the document appeared.
      j = beforeDocumentParticiple(t, j)
      // "Al-Shabab, in a statement posted online, claimed", "The mission, known as AUSSOM, said": an aside.
      j = beforeAside(t, j)
      if (j === j0) break
    }
    // "Residents reached by VOA said": the people reached speak; the outlet that reached them carried it.
    let contactVia: string | null = null
    const reachedBy = j >= 0 ? runEndingAt(t, j + 1, 0) : null
    if (
      reachedBy &&
      t[reachedBy.from - 1]?.lw === 'by' &&
      CONTACT_PARTICIPLES.has(t[reachedBy.from - 2]?.lw ?? '') &&
      reachedBy.from - 3 >= 0
    ) {
      contactVia = joinTokens(this.text, t, reachedBy.from, reachedBy.to)
      j = reachedBy.from - 3
    }
    if (j >= 0 && PASSIVE_AUX.has(t[j]!.lw)) return null
    if (j >= 0 && (t[j]!.lw === 'not' || t[j]!.lw === "n't" || t[j]!.lw === 'never')) return null
    // "the Treasury's Barker Review, which said …": the relative clause credits the name before it.
    if (j >= 2 && j === v - 1 && (t[j]!.lw === 'who' || t[j]!.lw === 'which') && t[j - 1]?.w === ',') {
      // "the Office of Fair Trading (OFT), which concluded": the name before its acronym.
      const nameEnd = t[j - 2]?.w === ')' && t[j - 4]?.w === '(' && j - 4 > 0 ? j - 4 : j - 1
      const run = runEndingAt(t, nameEnd, 0)
      const np = run && !run.possessive ? this.nameNP(s, run.from, run.to, 'left') : null
      if (np && (np.person || np.org)) {
        let k = v + 1
        // "which concluded in a 2002 report that …": the clause after "that".
        for (let x = v + 1; x < Math.min(t.length - 1, v + 8); x++) {
          if (t[x]!.lw === 'that') {
            k = x
            break
          }
          if (!t[x]!.word || SPEECH_VERBS.has(t[x]!.lw)) break
        }
        if (t[k]?.lw === 'that') k++
        if (k < t.length) return this.finish(s, np, { start: t[k]!.start, end: s.end }, v, this.findVia(s), 'relative-which-said')
      }
      return null
    }
    if (j >= 0 && (t[j]!.lw === 'to' || t[j]!.lw === 'who' || t[j]!.lw === 'which')) return null
    // "a senior official, who spoke on condition of anonymity, said", "an official who did not want to be named
    // said": the clause describes the speaker, who is the phrase before it.
    const described = j >= 0 ? beforeRelativeClause(t, j) : -1
    if (described >= 0) j = described
    // "Dementieva is also angry and says that …": the subject of the sentence.
    if (j >= 2 && t[j]!.lw === 'and' && j === v - 1) {
      const r = this.coordinatedSpeaker(s, v)
      if (r) return r
    }
    // "Mrs Quinn's son - whom he says he fathered -": a relative clause, not the sentence's source.
    // But "women who he said "are most likely to…"": the quotation that follows is his.
    if (
      j >= 1 &&
      (PRONOUNS_PERSON.has(t[j]!.lw) || PRONOUNS_ORG.has(t[j]!.lw)) &&
      (t[j - 1]!.lw === 'whom' || t[j - 1]!.lw === 'which' || t[j - 1]!.lw === 'that' || t[j - 1]!.lw === 'who') &&
      !isQuoteMark(t[v + 1])
    )
      return null
    const after = t[v + 1]
    // "argued against", "denies plying": a bare object is not a reported statement.
    const afterQuote = j >= 0 && (isQuoteMark(t[j - 1]) || isQuoteMark(t[j - 2]) || isQuoteMark(t[j - 3]))
    // "indicated to journalists that …", "confirmed to reporters that …": the listener, then the statement.
    const toListener = after?.lw === 'to' && t.slice(v + 2, v + 8).some((x) => x.lw === 'that')
    // "Analysts expect exports to grow 4%": what is expected, as an infinitive.
    const expectation =
      ['expect', 'expects', 'expected'].includes(verb.lw) && after?.lw !== 'to' && t.slice(v + 2, v + 6).some((x) => x.lw === 'to')
    // "A poll showed support at 38 percent": what a document shows can be a plain object.
    const documentShows =
      ['showed', 'shows', 'show', 'found', 'finds'].includes(verb.lw) &&
      t.slice(Math.max(0, j - 3), j + 1).some((x) => DOCUMENT_NOUNS.has(x.lw))
    if (
      CLAUSE_VERBS.has(verb.lw) &&
      after &&
      !afterQuote &&
      !toListener &&
      !documentShows &&
      !expectation &&
      after.w !== '.' &&
      !(CLAUSE_STARTERS.has(after.lw) || after.cap || isQuoteMark(after) || after.w === ':' || after.w === ',' || after.numeric)
    )
      return null
    // "The court found him guilty": a verdict the outlet reports, not a finding someone states.
    if (
      (verb.lw === 'found' || verb.lw === 'finds') &&
      t.slice(v + 1, v + 7).some((x) => VERDICT_WORDS.has(x.lw)) &&
      !t.slice(v + 1, v + 7).some((x) => x.lw === 'that')
    )
      return null
    // "has agreed a contract", "maintained the momentum": an object, not a statement, unless a clause follows.
    if (OBJECT_VERBS.has(verb.lw) && after && !afterQuote && OBJECT_DETS.has(after.lw) && !propositionAfter(t, v + 1)) return null
    if ((verb.lw === 'pointed' || verb.lw === 'points') && after?.lw !== 'out') return null
    // "have agreed in principle to a truce": an agreement the outlet reports; "agreed that …" states something.
    if (
      (verb.lw === 'agreed' || verb.lw === 'agrees') &&
      after &&
      !(after.lw === 'that' || after.w === ':' || isQuoteMark(after) || after.w === ',' || after.w === '.')
    )
      return null
    // "Adams wrote the screenplay": a work, not a statement; "wrote in the Times that …", "wrote: "…"" are.
    if (
      (verb.lw === 'wrote' || verb.lw === 'writes') &&
      after &&
      !(
        after.lw === 'that' ||
        after.lw === 'in' ||
        after.lw === 'on' ||
        after.lw === 'to' ||
        PRONOUNS_PERSON.has(after.lw) ||
        after.lw === 'they' ||
        after.lw === 'it' ||
        after.w === ':' ||
        after.w === ',' ||
        after.w === '.' ||
        isQuoteMark(after)
      )
    )
      return null
    const left = j >= 0 ? this.leftSpeaker(s, j + 1, 0) : null
    // "to help keep alive their Grand Slam hopes": a noun, not a verb.
    const owner = left ? t[left.start - 1] : undefined
    // But "Kenya's President Uhuru Kenyatta says": a person is not a possession.
    if (
      NOUN_LIKE_VERBS.has(verb.lw) &&
      left &&
      owner &&
      (POSSESSIVE_DETS.has(owner.lw) || (/['’]s?$/.test(owner.w) && owner.word && !left.person))
    )
      return null
    const via = contactVia ?? this.findVia(s)
    // "The North East showed the highest rate": only documents show things.
    const showing = verb.lw === 'showed' || verb.lw === 'shows' || verb.lw === 'show'
    // A capitalised "Figures" opening the sentence names no author.
    const authoredDocument = left?.kind === 'name' && isDocumentPhrase(left, t) && !DOCUMENT_NOUNS.has(left.words[0]!.toLowerCase())
    if (
      left &&
      showing &&
      !authoredDocument &&
      !(left.kind === 'common' && DOCUMENT_NOUNS.has(left.words[left.words.length - 1]!.toLowerCase()))
    )
      return null
    if (
      left &&
      (left.kind !== 'document' ||
        [
          'found',
          'finds',
          'showed',
          'shows',
          'said',
          'says',
          'suggested',
          'suggests',
          'concluded',
          'estimated',
          'estimates',
          'predicts',
          'predicted',
          'revealed',
        ].includes(verb.lw))
    ) {
      let ls = left.start
      // "…, the ONS said": the determiner belongs to the speaker.
      while (ls > 0 && (t[ls - 1]!.lw === 'the' || t[ls - 1]!.lw === 'a' || t[ls - 1]!.lw === 'an' || POSSESSIVE_DETS.has(t[ls - 1]!.lw)))
        ls--
      const npStart = t[ls]!
      const prev = t[ls - 1]
      const prev2 = t[ls - 2]
      let content: { start: number; end: number } | null
      if (prev && (isQuoteMark(prev) || (prev.w === ',' && isQuoteMark(prev2)))) {
        content = { start: s.start, end: npStart.start }
      } else {
        let k = v + 1
        if (verb.lw === 'told' || verb.lw === 'tells' || verb.lw === 'tell') {
          // "told the Associated Press (that)": the listener is not the content.
          while (k < t.length && t[k]!.lw !== 'that' && t[k]!.w !== ':' && !isQuoteMark(t[k]) && k < v + 10) k++
          if (k >= t.length || k >= v + 10) k = listenerEnd(t, v + 1)
        }
        // "said in November that the firm must…": the reported clause starts after "that".
        if (k === v + 1) {
          for (let x = v + 1; x < Math.min(t.length - 1, v + 7); x++) {
            const w = t[x]!
            if (w.lw === 'that') {
              k = x + 1
              break
            }
            if (!w.word || SPEECH_VERBS.has(w.lw) || isQuoteMark(w)) break
          }
        }
        // "said in a statement it would …", "said on Telegram he had …": where it was said, then the statement.
        if (k === v + 1) k = afterMedium(t, v + 1)
        // "denied the allegation, telling reporters that …": the object is what is denied; the statement follows.
        if (k === v + 1) k = afterObjectParticiple(t, v + 1)
        content = { start: t[Math.min(k, t.length - 1)]!.start, end: s.end }
        // "…, Jack Straw said." / "…, the company said on Friday.": the statement precedes the speaker.
        let rest = 0
        for (let x = v + 1; x < t.length; x++) if (t[x]!.word) rest++
        // "…, Oxfam says in a report, Paying the Price.": a trailing source phrase, not a statement.
        // But "…, a spokesman said 40 groups applied", "…, he said it would": a short clause of its own.
        const next = t[v + 1]
        const clauseFollows =
          next !== undefined && (next.numeric || PRONOUNS_PERSON.has(next.lw) || next.lw === 'it' || next.lw === 'they' || next.lw === 'we')
        const trailing =
          (rest <= 4 && !clauseFollows) ||
          (rest <= 9 &&
            TRAILING_PREPS.has(t[v + 1]?.lw ?? '') &&
            !t.slice(v + 1).some((x) => x.word && !x.cap && (FINITE.has(x.lw) || SPEECH_VERBS.has(x.lw))))
        // "Reparations will follow, he said, in another gesture to victims": a parenthetical credit, the statement before it.
        const parenthetical = t[v + 1]?.w === ',' && ls >= 6 && !setsScene(t[0]!) && t.slice(0, ls).filter((x) => x.word).length >= 6
        if (
          prev?.w === ',' &&
          (parenthetical || (trailing && !t.slice(v + 1).some((x) => x.lw === 'that' || isQuoteMark(x) || x.w === ':')))
        ) {
          content = { start: s.start, end: prev.start }
        }
        // Nothing but punctuation after the verb: the statement is what precedes the speaker.
        if (!t.some((x) => x.word && x.start >= content!.start && x.end <= content!.end) && ls > 2)
          content = { start: s.start, end: t[ls - 1]!.start }
        // "urged the board to sign him": a demand the outlet reports, not a statement — unless a proposition
        // follows ("urged that …", "warned the board it would …"). What is announced or estimated stays the speaker's.
        if (content.start > verb.start && DIRECTIVE_VERBS.has(verb.lw) && (!propositionAfter(t, v + 1) || demandAfter(t, v + 1)))
          return null
      }
      return this.finish(s, left, content, v, via, 'speaker-then-verb')
    }
    const before = t[v - 1]
    // "…, said X" inverts; "…, told X" never does: X is whom it was told to.
    const inverts = !(verb.lw === 'told' || verb.lw === 'tells' || verb.lw === 'tell')
    if (inverts && (v === 0 || (before && (before.w === ',' || isQuoteMark(before) || before.w === '—' || before.w === '-')))) {
      const right = this.rightSpeaker(s, v + 1)
      // "…, said John Smith." inverts; in "…, believes Britain can win" the name starts the reported clause.
      const after = right ? t[right.end] : undefined
      if (right && after?.word && !after.cap && !INVERSION_FOLLOWERS.has(after.lw)) return null
      if (right) {
        const aStart = v > 0 && before && before.w === ',' ? before.start : verb.start
        const aEnd = t[right.end - 1]!.end
        let content = this.outsideRange(s, aStart, aEnd)
        if (before && isQuoteMark(before)) content = { start: s.start, end: before.start }
        return this.finish(s, right, content, v, via, 'verb-then-speaker')
      }
    }
    return null
  }

  /** The outlet a sentence says someone spoke to ("He was speaking exclusively to VOA Somali"), or null. */
  outletIn(s: SentenceCtx): string | null {
    return this.findVia(s)
  }

  private findVia(s: SentenceCtx): string | null {
    const t = s.tokens
    for (let i = 0; i < t.length; i++) {
      const lw = t[i]!.lw
      // "spoke to", "speaking exclusively to", "said to".
      const spokeTo =
        lw === 'to' &&
        [t[i - 1]?.lw, t[i - 1]?.lw === 'exclusively' ? t[i - 2]?.lw : undefined].some(
          (w) => w === 'speaking' || w === 'spoke' || w === 'talking' || w === 'talked' || SPEECH_VERBS.has(w ?? ''),
        )
      if (lw === 'told' || lw === 'tells' || spokeTo || lw === 'with' || (lw === 'by' && DOCUMENT_NOUNS.has(t[i - 1]?.lw ?? ''))) {
        const seg = joinTokens(this.text, t, i + 1, Math.min(t.length, i + 9))
        const m = agencyRe.exec(seg)
        if (m && seg.indexOf(m[1]!) < 40) {
          // "told VOA's Khmer service", "VOA Somali": the language service is the outlet that carried it.
          const after = seg.slice(seg.indexOf(m[1]!) + m[1]!.length)
          const service = /^(?:['’]s)?\s+(\p{Lu}\p{Ll}+)\b/u.exec(after)
          return service && SERVICE_LANGUAGES.has(service[1]!.toLowerCase()) ? `${m[1]!} ${service[1]!}` : m[1]!
        }
      }
    }
    return null
  }

  /** Parses the speaker noun phrase that ends just before token index `end`. */
  private leftSpeaker(s: SentenceCtx, end: number, floor: number): SpeakerNP | null {
    const t = s.tokens
    const last = t[end - 1]
    if (!last) return null
    if (PRONOUNS_PERSON.has(last.lw) || PRONOUNS_ORG.has(last.lw)) {
      return { kind: 'pronoun', start: end - 1, end, words: [last.lw] }
    }
    if (isNameToken(last, end - 1 === floor)) {
      const run = runEndingAt(t, end, floor)
      if (!run) return null
      // "a delivery driver surnamed Wang told AFP": a source described, with the only name the article gives.
      if (
        (t[run.from - 1]?.lw === 'surnamed' || t[run.from - 1]?.lw === 'named') &&
        run.from - 2 >= floor &&
        t[run.from - 2]!.word &&
        !t[run.from - 2]!.cap
      ) {
        let st = run.from - 2
        while (
          st - 1 >= floor &&
          run.from - st < 6 &&
          t[st - 1]!.word &&
          !t[st - 1]!.cap &&
          !DETERMINERS.has(t[st - 1]!.lw) &&
          !FUNCTION_WORDS.has(t[st - 1]!.lw)
        )
          st--
        if (st - 1 >= floor && DETERMINERS.has(t[st - 1]!.lw)) st--
        return { kind: 'common', start: st, end, words: t.slice(st, end).map((x) => x.w), source: true }
      }
      // "Chris Panayis, managing director of ISP Freedom2surf said": the person before the apposition.
      const theBefore = t[run.from - 1]?.lw === 'the' && run.from - 1 > floor ? 1 : 0
      const prep = t[run.from - 1 - theBefore]
      if (prep && (prep.lw === 'of' || prep.lw === 'at' || prep.lw === 'for') && !prep.cap) {
        let c = run.from - 2 - theBefore
        while (c > floor && c >= run.from - 6 && t[c]!.word && !t[c]!.cap && !FUNCTION_WORDS.has(t[c]!.lw)) c--
        if (t[c]?.w === ',' && c + 1 < run.from - 1 - theBefore && isRoleHead(t[run.from - 2 - theBefore]!.lw) && c > floor) {
          const who = runEndingAt(t, c, floor)
          if (who && !who.possessive) {
            const np = this.nameNP(s, who.from, who.to, 'left')
            if (np?.person)
              return {
                ...np,
                end,
                role: np.role ?? joinTokens(this.text, t, c + 1, run.from - 1 - theBefore),
                org: np.org ?? stripPossessive(joinTokens(this.text, t, run.from, run.to)),
              }
          }
        }
      }
      // "The president of Somalia says": the holder of an office, named by the body they lead.
      const office = t[run.from - 2]
      if (
        prep &&
        prep.lw === 'of' &&
        !theBefore &&
        office &&
        !office.cap &&
        isRoleHead(office.lw) &&
        !SPOKES_RE.test(office.lw) &&
        !/s$/.test(office.lw) &&
        t[run.from - 3]?.lw === 'the' &&
        run.from - 3 >= floor
      ) {
        return { kind: 'common', start: run.from - 3, end, words: t.slice(run.from - 3, end).map((x) => x.w) }
      }
      // "a study by Computeractive Magazine revealed", "Figures from the national statistics office IBGE showed": the
      // author of the document, and the phrase starts at the document.
      let by = run.from - 1
      while (
        by > floor &&
        by > run.from - 6 &&
        t[by]!.word &&
        !t[by]!.cap &&
        t[by]!.lw !== 'by' &&
        t[by]!.lw !== 'from' &&
        (!FUNCTION_WORDS.has(t[by]!.lw) || t[by]!.lw === 'the')
      )
        by--
      if ((t[by]?.lw === 'by' || t[by]?.lw === 'from') && by - 1 >= floor && DOCUMENT_NOUNS.has(t[by - 1]!.lw)) {
        const np = this.nameNP(s, run.from, run.to, 'left')
        if (np && !np.person) {
          let st = by - 1
          while (st - 1 >= floor && st > by - 5 && t[st - 1]!.word && !t[st - 1]!.cap && !FUNCTION_WORDS.has(t[st - 1]!.lw)) st--
          if (st - 1 >= floor && DETERMINERS.has(t[st - 1]!.lw)) st--
          return { ...np, start: st }
        }
      }
      // "Economists, however, forecast": a capitalised common noun at the start of a sentence.
      const plainPlural = /s$/.test(last.lw) && !this.isOrgName(last.w) && this.words.hasWord(last.lw)
      if (
        run.to - run.from === 1 &&
        run.from === 0 &&
        (isRoleHead(last.lw) ||
          PERSON_NOUNS.has(last.lw) ||
          plainPlural ||
          SOURCE_NOUNS.has(last.lw) ||
          /^(?:analysts|experts|economists|officials|critics|researchers|campaigners|investors|traders|dealers|lawmakers)$/.test(last.lw))
      ) {
        return { kind: 'common', start: 0, end, words: [last.w.toLowerCase()], source: SOURCE_NOUNS.has(last.lw) }
      }
      // "Carl Russell of West Midlands Police's Force CID said": the person before a body named by its parent.
      if (t[run.from - 1] && /['’]s$/.test(t[run.from - 1]!.w) && isNameToken(t[run.from - 1], false)) {
        // The name run reaches back over "of" to the person: "Carl Russell of West Midlands Police's".
        const parent = runEndingAt(t, run.from, floor)
        let of = parent ? run.from - 1 : -1
        while (parent && of > parent.from && t[of]!.lw !== 'of' && t[of]!.lw !== 'at') of--
        if (parent && of > parent.from) {
          const who = runEndingAt(t, of, floor)
          const np = who && !who.possessive ? this.nameNP(s, who.from, who.to, 'left') : null
          if (np?.person) return { ...np, end, org: np.org ?? stripPossessive(joinTokens(this.text, t, of + 1, run.from)) }
        }
      }
      const np = this.nameNP(s, run.from, run.to, 'left')
      // "state news agency TASS", "the rights group Adhoc": what kind of body it is belongs to the phrase.
      if (np && !np.person) np.start = Math.min(np.start, bodyDescriptionStart(t, run.from, floor))
      return np
    }
    if (!last.word || last.cap) {
      // "Bilal Karimi, the deputy spokesperson of the Taliban, said": an apposition before the verb.
      if (last.w === ',') return this.appositionSpeaker(s, end - 1, floor)
      return null
    }
    // Common-noun phrase: "the company", "A spokesman for the firm", "Big Brother's spokeswoman".
    let i = end - 1
    let n = 0
    while (i >= floor && n < 9) {
      const w = t[i]!
      // "A Department for Media, Culture and Sport spokeswoman": a comma or "and" inside a name.
      if (
        ((w.w === ',' && t.slice(i + 1, end).some((x) => x.lw === 'and')) || w.lw === 'and' || w.w === '&') &&
        t[i - 1]?.cap &&
        t[i + 1]?.cap &&
        i > floor
      ) {
        i--
        continue
      }
      // "security and local sources": two kinds of the same unnamed source.
      if (
        w.lw === 'and' &&
        i > floor &&
        t[i - 1]?.word &&
        !t[i - 1]!.cap &&
        !FUNCTION_WORDS.has(t[i - 1]!.lw) &&
        (SOURCE_NOUNS.has(last.lw) || COLLECTIVE_ROLES.has(last.lw)) &&
        n <= 2
      ) {
        i--
        continue
      }
      if (!w.word) break
      if (DETERMINERS.has(w.lw) || w.lw === 'some' || w.lw === 'other') {
        // "A spokesman for the tribunal": the role the phrase is headed by, before "for the".
        const before = t[i - 1]
        if (before && NP_PREPS.has(before.lw) && i - 2 >= floor && !t[i - 2]!.cap && isRoleHead(t[i - 2]!.lw)) {
          i -= 2
          continue
        }
        i--
        break
      }
      // "IS media said": an acronym in capitals is a name, whatever word it spells.
      if (FUNCTION_WORDS.has(w.lw) && !NP_PREPS.has(w.lw) && !isAcronym(w.w)) break
      if (!w.cap && SPEECH_VERBS.has(w.lw)) break
      i--
      n++
    }
    let from = i + 1
    if (from >= end) return null
    // "Two people familiar with the talks", "sources close to the president": the source before what it knows.
    const modifier = t.slice(Math.max(floor, from - 6), end).findIndex((x) => SOURCE_MODIFIERS.has(x.lw))
    if (modifier >= 0) {
      const m = Math.max(floor, from - 6) + modifier
      let h = m - 1
      if (t[h] && (SOURCE_NOUNS.has(t[h]!.lw) || isRoleHead(t[h]!.lw))) {
        while (
          h - 1 >= floor &&
          h > m - 5 &&
          t[h - 1]!.word &&
          !t[h - 1]!.cap &&
          !SPEECH_VERBS.has(t[h - 1]!.lw) &&
          (!FUNCTION_WORDS.has(t[h - 1]!.lw) || DETERMINERS.has(t[h - 1]!.lw))
        )
          h--
        if (h - 1 >= floor && /^(?:\p{N}+|one|two|three|four|five|several|some|many)$/iu.test(t[h - 1]!.w)) h--
        return { kind: 'common', start: h, end, words: t.slice(h, end).map((x) => x.w), source: true }
      }
    }
    // "…, the figures from the statistics office showed": a document, then its author.
    if (t[from - 1] && NP_PREPS.has(t[from - 1]!.lw) && t[from - 2] && DOCUMENT_NOUNS.has(t[from - 2]!.lw) && from - 2 >= floor) {
      from -= 2
      if (from - 1 >= floor && DETERMINERS.has(t[from - 1]!.lw)) from--
    }
    const words = t.slice(from, end)
    const head = words[words.length - 1]!.lw
    // "Andrew Burke, chief of BT's new Entertainment unit told": an apposition with no closing comma.
    if (t[from - 1]?.w === ',' && !words[0]!.cap && isRoleHead(words[0]!.lw) && from - 1 > floor) {
      const run = runEndingAt(t, from - 1, floor)
      if (run && !run.possessive) {
        const np = this.nameNP(s, run.from, run.to, 'left')
        if (np?.person) {
          const p = words.findIndex((w) => NP_PREPS.has(w.lw))
          const roleWords = (p > 0 ? words.slice(0, p) : words).map((w) => w.w)
          let org: string | null = null
          if (p > 0) {
            const rest = words
              .slice(p + 1)
              .map((w) => w.w)
              .filter((w) => !DETERMINERS.has(w.toLowerCase()))
            const n = capitalPrefix(rest)
            if (n > 0) org = stripPossessive(rest.slice(0, n).join(' '))
          }
          return { ...np, end, role: np.role ?? roleWords.join(' '), org: np.org ?? org }
        }
      }
    }
    if (SOURCE_NOUNS.has(head)) return { kind: 'common', start: from, end, words: words.map((w) => w.w), source: true }
    // "…, unions said", "the authorities said": bodies of one kind, none named.
    if (words.length <= 3 && ORG_NOUNS.has(singularOf(head)) && singularOf(head) !== head && t[from - 1]?.lw !== 'and')
      return { kind: 'common', start: from, end, words: words.map((w) => w.w), source: true }
    if (
      !(
        isRoleHead(head) ||
        ORG_NOUNS.has(head) ||
        PERSON_NOUNS.has(head) ||
        DOCUMENT_NOUNS.has(head) ||
        COMPANY_NOUNS.has(head) ||
        AGE_RE.test(head)
      )
    ) {
      // "A spokesman for the firm": the head is before the preposition.
      const p = words.findIndex((w) => NP_PREPS.has(w.lw))
      const h = p > 0 ? words[p - 1]!.lw : ''
      // "The Hindu refugees said", "Some villagers told VOA": people the article describes by what they are.
      // Or bare, opening its clause, before a verb that only reports: "Investigators said", "with investigators
      // concluding that" — not "United fans had declared Saturday as Cantona Day", an act.
      // "Abortion providers, who sued the state, argue": the same when a clause describing them comes first.
      const bare =
        from === floor && words.length <= 3 && (REPORTING_VERBS.has(t[end]?.lw ?? '') || (t[end]?.w === ',' && t[end + 1]?.lw === 'who'))
      const described =
        (DETERMINERS.has(words[0]!.lw) && !POSSESSIVE_DETS.has(words[0]!.lw)) || QUANTIFIERS.has(words[0]!.lw) || words[0]!.numeric || bare
      if (p < 0 && described && words.length <= 5 && /[^s]s$/.test(head) && !FUNCTION_WORDS.has(head)) {
        // "The International Organization for Migration and other aid groups have told VOA": the named one leads.
        const named = t[from - 1]?.lw === 'and' ? runEndingAt(t, from - 1, floor) : null
        const start = named && !named.possessive ? named.from : from
        return { kind: 'common', start, end, words: t.slice(start, end).map((w) => w.w), source: true }
      }
      // "a resident of Moung Ruessei district": an unnamed source, then where they are from.
      if (SOURCE_NOUNS.has(h) && p > 0) return { kind: 'common', start: from, end, words: words.map((w) => w.w), source: true }
      if (!(isRoleHead(h) || DOCUMENT_NOUNS.has(h))) {
        // "Local officials in Apayao province": a source placed by a place it names with a common noun.
        const placed = sourceInPlace(t, from)
        if (placed !== null && placed.start >= floor)
          return { kind: 'common', start: placed.start, end, words: t.slice(placed.start, end).map((w) => w.w), source: true }
        return this.personBeforePlace(s, from, end, floor)
      }
    }
    return { kind: 'common', start: from, end, words: words.map((w) => w.w) }
  }

  /** "Governor Vyacheslav Gladkov of the Belgorod region": a person, then where they serve. */
  private personBeforePlace(s: SentenceCtx, from: number, end: number, floor: number): SpeakerNP | null {
    const t = s.tokens
    const prep = t[from - 1]
    if (!prep || !['of', 'from', 'in', 'at'].includes(prep.lw) || from - 1 <= floor) return null
    const run = runEndingAt(t, from - 1, floor)
    const np = run && !run.possessive ? this.nameNP(s, run.from, run.to, 'left') : null
    return np?.person ? { ...np, end } : null
  }

  private appositionSpeaker(s: SentenceCtx, comma: number, floor: number): SpeakerNP | null {
    const t = s.tokens
    // Find the opening comma of the apposition.
    let k = comma - 1
    while (k > floor && t[k]!.w !== ',' && comma - k < 16) k--
    if (k <= floor || t[k]!.w !== ',') return null
    // "Mr Brown, 54, said": an age between commas.
    if (comma - k === 2 && /^\d{1,3}$/.test(t[k + 1]!.w)) {
      const run = runEndingAt(t, k, floor)
      const np = run && !run.possessive ? this.nameNP(s, run.from, run.to, 'left') : null
      if (np) np.end = comma + 1
      return np
    }
    const appo = parseApposition(this.text, t, k)
    // "Tim Henman, who announced his retirement earlier this year, believes": a relative clause, not the speaker.
    if (t[k + 1]?.lw === 'who' || t[k + 1]?.lw === 'which' || t[k + 1]?.lw === 'whose') {
      // "The Parents Television Council (PTC), which monitors …, said".
      const nameEnd = t[k - 1]?.w === ')' && t[k - 3]?.w === '(' && k - 3 > floor ? k - 3 : k
      const run = runEndingAt(t, nameEnd, floor)
      if (run && !run.possessive) {
        const np = this.nameNP(s, run.from, run.to, 'left')
        if (np && (np.person || (t[k + 1]!.lw !== 'who' && np.org))) {
          np.end = comma + 1
          return np
        }
      }
      // "The 32-year-old, who has won 12 caps, insisted": a description of a person before the relative clause.
      if (!run && t[k + 1]!.lw === 'who' && AGE_RE.test(t[k - 1]?.lw ?? '')) {
        const np = this.leftSpeaker(s, k, floor)
        if (np && np.kind === 'common') {
          np.end = comma + 1
          return np
        }
      }
      return null
    }
    // "Mohamed Adan, a herder in Wajir, says": a person described by any noun after "a".
    if (!appo && (t[k + 1]?.lw === 'a' || t[k + 1]?.lw === 'an') && t[k + 2]?.word && !t[k + 2]!.cap && !FUNCTION_WORDS.has(t[k + 2]!.lw)) {
      const named = runEndingAt(t, k, floor)
      const np =
        named && !named.possessive && named.to - named.from >= 2 && !looksLikeOrg(joinTokens(this.text, t, named.from, named.to))
          ? this.nameNP(s, named.from, named.to, 'left')
          : null
      if (np?.person) {
        np.end = comma + 1
        return np
      }
    }
    if (!appo || appo.end !== comma + 1) {
      // "Registrars' spokesman, Mark Rimmer, said": the role first, then the name between commas — perhaps after
      // what the person is ("The study's lead author, cardiologist Jonas Ekdahl, told").
      let n = k + 1
      while (n < Math.min(comma, k + 4) && t[n]!.word && !t[n]!.cap && !FUNCTION_WORDS.has(t[n]!.lw)) n++
      const run = runStartingAt(t, n, comma)
      // "The chief of a fishing community near the site, Sek Sophal, says": any description, then the person's name.
      const personName = run && run.to - run.from >= 2 && !looksLikeOrg(joinTokens(this.text, t, run.from, run.to))
      if (
        run &&
        run.to === comma &&
        k > floor &&
        ((isRoleHead(t[k - 1]!.lw) && !t[k - 1]!.cap) ||
          (ORG_NOUNS.has(t[k - 1]!.lw) && !t[k - 1]!.cap) ||
          (personName && t[k - 1]!.word && !t[k - 1]!.cap))
      ) {
        // "Castillo's party, Peru Libre, said": a body named after the kind of body it is.
        const body = ORG_NOUNS.has(t[k - 1]!.lw) && !isRoleHead(t[k - 1]!.lw)
        const np = body ? null : this.nameNP(s, run.from, run.to, 'left')
        if (np?.person) {
          np.end = comma + 1
          return np
        }
        if (body)
          return {
            kind: 'name',
            start: run.from,
            end: comma + 1,
            words: t.slice(run.from, run.to).map((x) => x.w),
            person: null,
            org: this.orgCanon(joinTokens(this.text, t, run.from, run.to)),
          }
      }
      return null
    }
    const run = runEndingAt(t, k, floor)
    if (!run) {
      // "The study's lead author, cardiologist Jonas Berg, said": the person named in the apposition.
      const named = runEndingAt(t, comma, k + 1)
      const person =
        named && !named.possessive && named.to - named.from >= 2 && isRoleHead(t[named.from - 1]?.lw ?? '')
          ? this.nameNP(s, named.from, named.to, 'left')
          : null
      if (person?.person) {
        person.end = comma + 1
        return person
      }
      // "The Swedish firm, the world's largest maker of home appliances, said": the noun phrase before the apposition.
      const np = t[k - 1]?.word ? this.leftSpeaker(s, k, floor) : null
      if (np && np.kind === 'common') {
        np.end = comma + 1
        return np
      }
      return null
    }
    const np = this.nameNP(s, run.from, run.to, 'left')
    // "Pory Vanna, a representative from Koh Pdao, a dolphin ecotourism site, told": a place or body described in
    // a second apposition; the person is named before the first.
    if (np && !np.person && (t[run.from - 1]?.lw === 'from' || t[run.from - 1]?.lw === 'of' || t[run.from - 1]?.lw === 'at')) {
      let c = run.from - 2
      while (c > floor && t[c]!.w !== ',' && run.from - c < 8) c--
      const who = t[c]?.w === ',' ? runEndingAt(t, c, floor) : null
      const person = who && !who.possessive ? this.nameNP(s, who.from, who.to, 'left') : null
      if (person?.person) {
        person.end = comma + 1
        return person
      }
    }
    if (np) np.end = comma + 1
    return np
  }

  /** Parses the speaker noun phrase that starts at token `start` (after an inverted verb). */
  private rightSpeaker(s: SentenceCtx, start: number): SpeakerNP | null {
    const t = s.tokens
    const first = t[start]
    if (!first) return null
    if (PRONOUNS_PERSON.has(first.lw) || PRONOUNS_ORG.has(first.lw)) {
      // "…, said he." inverts; in "…, said they welcomed it" the pronoun starts the reported clause.
      const next = t[start + 1]
      if (next?.word) return null
      return { kind: 'pronoun', start, end: start + 1, words: [first.lw] }
    }
    // Descriptor words before a name: "said analyst Jason Kenney", "said Moscow-based US lawyer Jamie Firestone",
    // "according to the UK-based journal Screen Digest".
    let i = start
    if (i === start && t[i] && (t[i]!.lw === 'the' || t[i]!.lw === 'a' || t[i]!.lw === 'an')) i++
    const descStart = i
    while (
      i < t.length &&
      i < descStart + 6 &&
      t[i]!.word &&
      !FUNCTION_WORDS.has(t[i]!.lw) &&
      !(
        t[i]!.cap &&
        isNameToken(t[i], false) &&
        (i === descStart || isRoleHead(t[i - 1]!.lw) || ORG_NOUNS.has(t[i - 1]!.lw) || COMPANY_NOUNS.has(t[i - 1]!.lw))
      )
    ) {
      if (t[i]!.cap && !isDescriptorToken(t[i]!.w) && !isNameToken(t[i], false)) break
      i++
    }
    const headOk =
      i === start || (i > descStart && (isRoleHead(t[i - 1]!.lw) || ORG_NOUNS.has(t[i - 1]!.lw) || COMPANY_NOUNS.has(t[i - 1]!.lw)))
    if (i < t.length && t[i]!.cap && isNameToken(t[i], false) && headOk && (i === start || descStart === start || i > descStart)) {
      const run = runStartingAt(t, i, t.length)
      // "said Amazon's Robin Terrell": the person, who works for the possessor.
      const owned = run?.possessive && i === start ? runStartingAt(t, run.to, t.length) : null
      if (run && owned && !owned.possessive) {
        const np = this.nameNP(s, owned.from, owned.to, 'right')
        if (np?.person) {
          np.start = start
          np.org = np.org ?? stripPossessive(joinTokens(this.text, t, run.from, run.to))
          return np
        }
        // "according to Türkiye's Communications Directorate": the body, which belongs to the place.
        if (np?.org && looksLikeOrg(joinTokens(this.text, t, owned.from, owned.to))) {
          np.start = start
          return np
        }
      }
      // "said Electrolux chief executive Hans Straberg", "UK think-tank Demos": the name after the description.
      const later = run ? nameAfterDescriptor(t, run.to) : null
      if (run && later) {
        const np = this.nameNP(s, later.from, later.to, 'right')
        if (np) {
          np.start = start
          if (np.person) {
            np.role = np.role ?? joinTokens(this.text, t, run.to, later.from)
            np.org = np.org ?? stripPossessive(joinTokens(this.text, t, run.from, run.to))
          } else np.role = null
          return np
        }
      }
      if (run) {
        const np = this.nameNP(s, run.from, run.to, 'right', i > descStart ? descStart : undefined)
        if (np) {
          if (i > descStart) np.start = start
          if (np.person === null && i > descStart && !isRoleHead(t[i - 1]!.lw)) np.role = null
          return np
        }
      }
    }
    // "said the American", "says the assembly government", "according to reports" — not "forecast that ODPM figures".
    i = start
    if (DETERMINERS.has(t[i]!.lw) && t[i]!.lw !== 'that' && t[i]!.lw !== 'this') i++
    const from = i
    while (
      i < t.length &&
      i < from + 5 &&
      t[i]!.word &&
      !FUNCTION_WORDS.has(t[i]!.lw) &&
      (!SPEECH_VERBS.has(t[i]!.lw) || DOCUMENT_NOUNS.has(t[i]!.lw))
    ) {
      if (t[i]!.cap && i > from) break
      i++
    }
    if (i === from) return null
    // A capitalised phrase after "the": "the Treasury", "the Office for National Statistics".
    if (t[from]!.cap) {
      const run = runStartingAt(t, from, t.length)
      // "according to the Paris transport authority RATP": the name after the description is the source.
      const described = run && !run.possessive ? nameAfterDescriptor(t, run.to) : null
      if (described) {
        const np = this.nameNP(s, described.from, described.to, 'right')
        if (np && !np.person) {
          np.start = start
          np.role = null
          return np
        }
      }
      if (run) {
        // "said a Fifa spokesman": the body the spokesman speaks for.
        let k = run.to
        while (k < t.length && k < run.to + 3 && t[k]!.word && !t[k]!.cap && (SPOKES_RE.test(t[k]!.lw) || isRoleHead(t[k]!.lw))) k++
        // "said the Old Trafford boss": a person described by where they work, not a person named "Old Trafford".
        if (k > run.to && !SPOKES_RE.test(t[k - 1]!.lw) && !run.possessive && from > start && DETERMINERS.has(t[start]!.lw)) {
          return { kind: 'common', start, end: k, words: t.slice(start, k).map((x) => x.w) }
        }
        const np = this.nameNP(s, run.from, run.to, 'right', from > start && !DETERMINERS.has(t[from - 1]!.lw) ? start : undefined)
        if (np && k > run.to && !np.person && SPOKES_RE.test(t[k - 1]!.lw)) {
          np.role = joinTokens(this.text, t, run.to, k)
          np.end = k
        }
        if (np) return np
      }
      return null
    }
    const words = t.slice(start, i)
    const head = t[i - 1]!.lw
    if (
      !(
        isRoleHead(head) ||
        ORG_NOUNS.has(head) ||
        PERSON_NOUNS.has(head) ||
        DOCUMENT_NOUNS.has(head) ||
        COMPANY_NOUNS.has(head) ||
        SOURCE_NOUNS.has(head) ||
        head === 'reports'
      )
    )
      return null
    // "by X" after a document: "a report by the news agency Associated Press".
    // "figures from the European Defence Agency", "estimates by investment bank Morgan Stanley": its author.
    if (t[i]?.lw === 'by' || (t[i]?.lw === 'from' && DOCUMENT_NOUNS.has(head))) {
      let k = i + 1
      while (k < t.length && k < i + 6 && !t[k]!.cap) k++
      let run: { from: number; to: number } | null = t[k]?.cap ? runStartingAt(t, k, t.length) : null
      if (run) run = nameAfterDescriptor(t, run.to) ?? run
      if (run) {
        const np = this.nameNP(s, run.from, run.to, 'right')
        if (np) {
          np.start = start
          // "the research by the Licensed Taxi Drivers Association": the author, not a role.
          if (!np.person) np.role = null
          return np
        }
        return { kind: 'common', start, end: i, words: words.map((w) => w.w), source: SOURCE_NOUNS.has(head) }
      }
      // "estimates by humanitarian organisations": an author the article does not name is part of the phrase.
      if (DOCUMENT_NOUNS.has(head) && k > i + 1 && !t[k]?.cap) {
        let e = i + 1
        while (e < t.length && e < i + 5 && t[e]!.word && !t[e]!.cap) e++
        return { kind: 'common', start, end: e, words: t.slice(start, e).map((w) => w.w) }
      }
    }
    return { kind: 'common', start, end: i, words: words.map((w) => w.w), source: SOURCE_NOUNS.has(head) }
  }

  /** Builds a speaker from a run of name tokens plus the descriptor around it. */
  private nameNP(s: SentenceCtx, from: number, to: number, side: 'left' | 'right', descFrom?: number): SpeakerNP | null {
    const t = s.tokens
    const text = this.text
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
      !this.isOrgName(nameStr)
    ) {
      let d = from - 1
      while (d >= 0 && from - d <= 3 && t[d]!.word && !t[d]!.cap && !FUNCTION_WORDS.has(t[d]!.lw)) d--
      if (t[d]?.lw === 'the') return { kind: 'common', start: d, end, words: ['the', ...name.map((w) => w.toLowerCase())] }
    }
    // "Lyu said" after "Lyu Daliang": a family name written first is the first word of the one name that has it.
    const person =
      honorific || name.length > 1 || this.surnames.has(nameStr.toLowerCase()) || this.familyNameFirst(nameStr)
        ? this.personCanon(name)
        : null
    if (person && !this.isOrgName(nameStr)) {
      return { kind: 'name', start, end, words: name, person, role: role ?? person.role, org: org ?? person.organization }
    }
    if (honorific) return { kind: 'name', start, end, words: name, person: this.addPerson(nameStr, role, org), role, org }
    const lead = name[0]!.toLowerCase()
    // "the American", "the Spaniard": a person described by nationality.
    if (name.length === 1 && t[from - 1]?.lw === 'the' && /(?:ian|ean|can|ese|ard|ish)$/.test(lead) && !this.orgs.has(nameStr)) {
      return { kind: 'common', start: from - 1, end, words: ['the', nameStr] }
    }
    const descriptive = name.length === 2 && from === 0 && (ORG_NOUNS.has(lead) || COMPANY_NOUNS.has(lead))
    if (looksLikeOrg(nameStr) || this.isOrgName(nameStr) || descriptive) {
      const orgName = descriptive ? name[1]! : nameStr
      return { kind: 'name', start, end, words: name, person: null, role, org: this.orgCanon(orgName) }
    }
    // An unknown two-word name reads as a person.
    return { kind: 'name', start, end, words: name, person: this.addPerson(nameStr, role, org), role, org }
  }

  /** The first organisation the current sentence names before token `end`. */
  private orgBefore(end: number): string | null {
    const t = this.cur?.tokens ?? []
    for (let i = 0; i < end; i++) {
      if (!isNameToken(t[i], i === 0)) continue
      const run = runStartingAt(t, i, end)
      if (!run) continue
      const name = stripPossessive(joinTokens(this.text, t, run.from, run.to))
      if (this.isOrgName(name)) return this.orgCanon(name)
      // The body the sentence opens with, though nothing marked it as one: "Turkish Red Crescent teams distributed …".
      const words = name.split(' ')
      if (run.from === 0 && words.length > 1 && !this.personCanon(words) && !isPlaceName(name) && isCleanName(name)) return name
      i = run.to - 1
    }
    return null
  }

  /** The organisation that was the subject of the sentence before this one, when it was a firm ("Deutsche Bahn condemned …"). */
  private recentOrgSubject(): string | null {
    return this.orgSubject !== null &&
      this.orgSubjectAt === this.sentenceNo - 1 &&
      this.orgSubjectAt > this.orgSpeakerAt &&
      this.companies.has(this.orgSubject)
      ? this.orgSubject
      : null
  }

  /** Is `word` the first word of the one person with that first word, whom the article gave a role ("Lyu Daliang, spokesperson")? */
  private familyNameFirst(word: string): boolean {
    const namesakes = this.byFirstName.get(word)
    return namesakes?.length === 1 && namesakes[0]!.role !== null
  }

  /** The latest organisation named "… Government" for "the government". */
  private orgEndingWith(head: string): string | null {
    return this.orgs.latestEndingWith(head, (o) => o.toLowerCase().endsWith(` ${head}`))
  }

  /** "The force said" after "West Midlands Police": the latest organisation whose name ends in a word the noun refers to. */
  private orgReferredToAs(noun: string): string | null {
    for (const word of ORG_NOUN_REFERENTS.get(noun) ?? []) {
      const org = this.orgEndingWith(word)
      if (org !== null) return org
    }
    return null
  }

  private isOrgName(n: string): boolean {
    return this.orgs.has(n) || this.aliases.has(n)
  }

  /** Resolves a speaker phrase against the discourse and records it for later references. */
  private finish(
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
        organization = sp.org ? this.orgCanon(sp.org) : sp.person.organization
        if (!sp.person.role && role) sp.person.role = role
        this.lastPersonSpeaker = sp.person
        this.lastPersonMention = sp.person
        if (role) this.roleHolders.push(sp.person)
        // An analyst's or economist's employer comments on the news; it is not "the company" of later sentences.
        if (organization && !/^(?:analyst|economist|strategist|broker)s?$/.test(roleHeadOf(role) ?? '')) this.lastOrgSpeaker = organization
      } else if (sp.org) {
        // An outlet that carries the news is `via`; but "…, the BBC has said" makes it the source of a statement,
        // and a news organisation that reports a fact ("with the BBC reporting …", "Reuters reported …") is its source.
        const verb = s.tokens[v]?.lw ?? ''
        const states = /^report(?:s|ed|ing)$/.test(verb) || (SPEECH_VERBS.has(verb) && !WIRES.has(sp.org))
        if (sp.org && agencyRe.test(sp.org) && agencyRe.exec(sp.org)?.[1] === sp.org && !states) {
          return null
        }
        speaker = this.orgCanon(sp.org)
        type = 'organization'
        role = sp.role ?? null
        organization = null
        this.lastOrgSpeaker = speaker
        this.lastOrgMention = speaker
        if (sp.words.length === 1 && !isAcronym(speaker)) this.singleNameSpeaker = { name: speaker, at: this.sentenceNo }
      }
    } else if (sp.kind === 'pronoun') {
      const w = sp.words[0]!
      if (PRONOUNS_PERSON.has(w)) {
        // "A spokesman for the tribunal says …. Reparations will follow, he said.": the unnamed source just credited.
        const unnamed = this.unnamedPersonSpeaker
        if (unnamed !== null && unnamed.at > this.personSpeakerAt && unnamed.at >= this.sentenceNo - 2 && (w === 'he' || w === 'she')) {
          speaker = unnamed.phrase
          type = 'unnamed'
        } else {
          const p = this.personBefore(s, sp.start) ?? this.singleNamePerson() ?? this.pronounAntecedent ?? this.pronounPerson()
          if (!p) return null
          speaker = p.name
          type = 'person'
          role = p.role
          organization = p.organization
          this.lastPersonSpeaker = p
        }
      } else {
        // "The world's biggest insurer said …. It said …": still the organisation nobody named.
        // "they" is as often people ("Business leaders … they said") as a firm: only the firm credited just before.
        // "The British Chambers of Commerce welcomed the proposal. "…," it said.": the newer subject wins.
        const subject =
          this.orgSubject && this.orgSubjectAt > this.orgSpeakerAt && this.orgSubjectAt >= this.sentenceNo - 1 ? this.orgSubject : null
        const o =
          this.unnamedOrgAt >= this.sentenceNo - 1
            ? null
            : w === 'they'
              ? (this.prevOrgSpeaker ?? subject)
              : (subject ?? this.lastOrgSpeaker ?? this.lastOrgMention)
        if (!o) return null
        speaker = o
        type = 'organization'
        this.lastOrgSpeaker = o
      }
    } else {
      const r = this.resolveCommon(sp)
      if (!r) return null
      ;({ speaker, role, organization } = r)
      type = r.type ?? (r.speaker !== null && this.persons.has(r.speaker) ? 'person' : null)
    }
    // A phrase that is not a name names nobody in particular; a work's title never speaks; nor does a continent,
    // region or city ("traders in Asia said"). A country that is the subject of a speech verb stands for its
    // government ("The US has also announced …"), as the labels credit it.
    const namesake = type === 'unnamed' ? this.namedElsewhere(s, sp) : null
    if (namesake !== null) {
      ;({ name: speaker, role, organization } = namesake)
      type = 'person'
      rule = 'description-named-elsewhere'
      this.lastPersonSpeaker = namesake
    }
    let described = type === 'unnamed' || type === 'document'
    const placed = !described && sp.kind === 'name' ? sourceInPlace(s.tokens, sp.start) : null
    if (placed !== null) {
      speaker = spanText(this.text, s.tokens, placed.start, sp.end)
      type = placed.organization ? 'organization' : 'unnamed'
      described = true
    }
    if (
      !described &&
      speaker !== null &&
      (!isCleanName(speaker) || this.titles.has(speaker) || isDemonym(speaker) || isPlaceName(speaker, false))
    ) {
      // Still a source, but one the article does not name: "Swedish officials", "traders in Asia".
      const t = s.tokens
      let from = sp.start
      if (t[from - 1]?.lw === 'in' && t[from - 2]?.word && !t[from - 2]!.cap && !FUNCTION_WORDS.has(t[from - 2]!.lw)) from -= 2
      speaker = spanText(this.text, t, from, sp.end)
      type = 'unnamed'
      described = true
    }
    if (speaker === null || described) {
      role = null
      organization = null
    }
    // An unnamed person ("a spokesman for the tribunal") whom "he" or "she" may refer back to.
    if (described && type === 'unnamed' && speaker !== null && sp.kind !== 'pronoun') {
      const head = roleHeadOf(speaker.replace(/\s+(?:for|of|at|from|who)\s.*$/i, ''))
      this.unnamedPersonSpeaker =
        head !== null && (isRoleHead(head) || PERSON_NOUNS.has(head)) && !head.endsWith('s')
          ? { phrase: speaker, at: this.sentenceNo }
          : null
    }
    const quoted = content ? quotedLength(s.quotes, content.start, content.end) : 0
    const mode = forceMode ?? (content && quoted > (content.end - content.start) * 0.5 ? 'direct' : 'reported')
    const quoteIds = content ? s.quotes.filter((q) => q.start < content.end && q.end > content.start).map((q) => q.id) : []
    const speakerType: SpeakerType =
      speaker === null ? 'outlet' : described && type ? type : isDocumentPhrase(sp, s.tokens) ? 'document' : (type ?? 'organization')
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

  /**
   * "A court spokesman said" or "Cambodia's opposition party leader says", when the article names
   * exactly one person with that role whose role or organisation shares the description's words
   * ("court spokesman Huy Vannak"): that person. Never a source that asked not to be named.
   */
  private namedElsewhere(s: SentenceCtx, sp: SpeakerNP): Person | null {
    const words = sp.words.map((word) => word.toLowerCase().replace(/['’]s?$/, ''))
    // The role heads the phrase, before any preposition: "a spokesman for the UN-backed tribunal".
    const preposition = words.findIndex((word, index) => index > 0 && NP_PREPS.has(word))
    const headAt = preposition > 0 ? preposition - 1 : words.length - 1
    const head = words[headAt]
    if (
      head === undefined ||
      !isRoleHead(head) ||
      head.endsWith('s') ||
      (!['a', 'an'].includes(words[0]!) && !/['’]s?$/.test(sp.words[0]!))
    )
      return null
    if (s.tokens.some((token) => ANONYMITY_WORDS.has(token.lw))) return null
    const describing = words.slice(1).filter((word, index) => index + 1 !== headAt && !FUNCTION_WORDS.has(word) && !NP_PREPS.has(word))
    if (describing.length === 0) return null
    const holders = [...this.persons.values()].filter((person) => {
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
  private personBefore(s: SentenceCtx, end: number): Person | null {
    const t = s.tokens
    // Only the sentence's subject: a name near its start, not one met later in an object.
    for (let i = 0; i < Math.min(end - 2, 7); i++) {
      if (!isNameToken(t[i], i === 0) || this.insideQuote(s, t[i]!)) continue
      const run = runStartingAt(t, i, end)
      if (!run) continue
      const words = t.slice(run.from, run.to).map((x) => x.w)
      words[words.length - 1] = stripPossessive(words[words.length - 1]!)
      const { name } = splitTitle(isHonorific(words[0]!.toLowerCase()) ? words.slice(1) : words)
      const p = name.length && !run.possessive ? this.personCanon(name) : null
      if (p) return p
      i = run.to - 1
    }
    return null
  }

  /** A source the article describes but does not name: "a senior official", "the report". */
  private unnamed(sp: SpeakerNP, type: 'unnamed' | 'document'): ResolvedSpeaker {
    const t = this.cur?.tokens ?? []
    return { speaker: spanText(this.text, t, sp.start, sp.end), role: null, organization: null, type }
  }

  private resolveCommon(sp: SpeakerNP): ResolvedSpeaker | null {
    // "Some economists", "Other analysts", "Many experts", "a local source": unnamed people.
    if (sp.source || QUANTIFIERS.has(sp.words[0]!.toLowerCase())) return this.unnamed(sp, 'unnamed')
    const words = sp.words.filter((w) => !DETERMINERS.has(w.toLowerCase()))
    if (words.length === 0) return null
    const lws = words.map((w) => w.toLowerCase())
    const det = sp.words[0]!.toLowerCase()
    const p = lws.findIndex((w) => NP_PREPS.has(w))
    // "A spokesman for the firm" / "a study by the Society for Consumer Research" — but not
    // "Ministry of Defence lawyers", where the preposition is inside a name.
    if (p > 0 && !/^\p{Lu}/u.test(words[p - 1]!)) {
      const office = lws[p - 1]!
      if (det === 'the' && lws[p] === 'of' && isRoleHead(office) && !SPOKES_RE.test(office) && !/s$/.test(office)) {
        const holder = [...this.persons.values()].find((h) => roleHeadOf(h.role) === office)
        if (holder) {
          this.lastPersonSpeaker = holder
          return { speaker: holder.name, role: holder.role, organization: holder.organization }
        }
      }
      const headWords = words.slice(0, p)
      const rest = words.slice(p + 1).filter((w) => !DETERMINERS.has(w.toLowerCase()))
      const roleStr = headWords.join(' ')
      const headLw = headWords[headWords.length - 1]!.toLowerCase()
      let org: string | null = null
      // Only the name itself: "GMIPoll" in "a survey by GMIPoll last week".
      const n = capitalPrefix(rest)
      if (n > 0) {
        const nameWords = rest.slice(0, n)
        // "a motion by Mr Jackson's lawyers": unnamed people working for someone.
        if (/['’]s?$/.test(nameWords[n - 1]!) && n < rest.length) return this.unnamed(sp, 'unnamed')
        org = this.orgCanon(stripPossessive(nameWords.join(' ')))
      } else if (rest.length === 1 && (COMPANY_NOUNS.has(rest[0]!.toLowerCase()) || ORG_NOUNS.has(rest[0]!.toLowerCase()))) {
        // "A spokeswoman for his ministry": a body of the person discussed, which the article does not name.
        const det = sp.words.map((w) => w.toLowerCase())[sp.words.findIndex((w, k) => k > 0 && NP_PREPS.has(w.toLowerCase())) + 1] ?? ''
        if (POSSESSIVE_DETS.has(det) && det !== 'its') return this.unnamed(sp, 'unnamed')
        // "Red Crescent teams handed out meals, according to a statement from the organization": the body this sentence names.
        org = this.orgBefore(sp.start) ?? this.lastOrgSpeaker ?? this.lastOrgMention
      }
      // "a poll of US pundits", "a survey of manufacturers": those asked, not the author.
      if ((headLw === 'poll' || headLw === 'survey' || headLw === 'study') && lws[p] === 'of') org = null
      if (DOCUMENT_NOUNS.has(headLw)) {
        if (org) this.lastOrgSpeaker = org
        // "estimates by humanitarian organisations": an author the article does not name; the document is the source.
        return org ? { speaker: org, role: null, organization: null } : this.unnamed(sp, 'document')
      }
      if (org) this.lastOrgSpeaker = org
      // "A spokesman for the tribunal", with no name for the tribunal: a source the article does not name.
      if (org === null && isRoleHead(headLw)) return this.unnamed(sp, 'unnamed')
      return { speaker: org, role: roleStr, organization: org }
    }
    const head = lws[lws.length - 1]!
    // "the 32-year-old": the person the article is about.
    if (AGE_RE.test(head) && det === 'the') {
      const person = this.lastPersonMention ?? this.lastPersonSpeaker
      if (!person) return this.unnamed(sp, 'unnamed')
      this.lastPersonSpeaker = person
      return { speaker: person.name, role: person.role, organization: person.organization }
    }
    const capWords = words.filter((w) => /^\p{Lu}/u.test(w))
    // "the American": the person last mentioned.
    if (capWords.length === 1 && words.length === 1 && det === 'the') {
      const person = this.lastPersonMention ?? this.lastPersonSpeaker
      if (!person) return null
      this.lastPersonSpeaker = person
      return { speaker: person.name, role: person.role, organization: person.organization }
    }
    // "a Big Brother spokeswoman", "Big Brother's spokeswoman".
    if (isRoleHead(head) && capWords.length > 0 && /^\p{Lu}/u.test(words[0]!)) {
      const n = capitalPrefix(words)
      if (n === 0 || n >= words.length) return null
      // "Scotland's first minister", "Nike's chief executive": one person, not the place or the firm —
      // unless the role speaks for the body ("Big Brother's spokeswoman") or is plural ("Ministry of Defence lawyers").
      const speaksFor = SPOKES_RE.test(head) || (/s$/.test(head) && head !== 'boss')
      if (!speaksFor) {
        const orgName = stripPossessive(words.slice(0, n).join(' '))
        for (let i = this.roleHolders.length - 1; i >= 0; i--) {
          const h = this.roleHolders[i]!
          if (roleHeadOf(h.role) === head && h.organization && this.orgCanon(orgName) === this.orgCanon(h.organization)) {
            this.lastPersonSpeaker = h
            return { speaker: h.name, role: h.role, organization: h.organization }
          }
        }
        // "the Old Trafford boss" after "Manchester United's Alex Ferguson": the person the story is about,
        // when nothing gives them another role.
        const person = det === 'the' ? (this.lastPersonMention ?? this.lastPersonSpeaker) : null
        if (person && (!person.role || roleHeadOf(person.role) === head)) {
          this.lastPersonSpeaker = person
          return { speaker: person.name, role: person.role ?? words.join(' '), organization: person.organization }
        }
        return this.unnamed(sp, 'unnamed')
      }
      const orgWords = words.slice(0, n).map(stripPossessive)
      // "Government officials", "Legal experts": people of a body the article does not name.
      const generic =
        ORG_NOUNS.has(orgWords[0]!.toLowerCase()) || (sp.start === 0 && !this.isOrgName(orgWords[0]!) && !isDemonym(orgWords[0]!))
      if (n === 1 && generic && /s$/.test(head)) return this.unnamed(sp, 'unnamed')
      // "Scottish ministers", "American officials": the body is the people themselves.
      if (n === 1 && isDemonym(orgWords[0]!) && COLLECTIVE_ROLES.has(head)) {
        const body = `${orgWords[0]!} ${head}`
        this.lastOrgSpeaker = body
        return { speaker: body, role: null, organization: null }
      }
      const org = this.orgCanon(orgWords.join(' ').replace(/ ,/g, ','))
      const roleStr = words.slice(n).join(' ') || head
      this.lastOrgSpeaker = org
      return { speaker: org, role: roleStr, organization: org }
    }
    if (isRoleHead(head) || PERSON_NOUNS.has(head)) {
      const plural = /s$/.test(head) && !SPOKES_RE.test(head)
      // "his lawyer", "her doctor": someone speaking about the person discussed, not that person — but "her spokesman"
      // speaks for her.
      const someonesOwn = (det === 'his' || det === 'her' || det === 'their') && !SPOKES_RE.test(head)
      if (plural || det === 'a' || det === 'an' || someonesOwn || !sp.words.some((w) => DETERMINERS.has(w.toLowerCase()))) {
        // Unnamed people ("economists", "a spokesman"): credited, but not to a name.
        return this.unnamed(sp, 'unnamed')
      }
      const want = SPOKES_RE.test(head) ? 'spokesperson' : head
      for (let i = this.roleHolders.length - 1; i >= 0; i--) {
        const h = this.roleHolders[i]!
        if (roleHeadOf(h.role) === want) {
          this.lastPersonSpeaker = h
          return { speaker: h.name, role: h.role, organization: h.organization }
        }
      }
      for (const h of this.persons.values()) {
        if (roleHeadOf(h.role) === want) {
          this.lastPersonSpeaker = h
          return { speaker: h.name, role: h.role, organization: h.organization }
        }
      }
      // "the prime minister" is not whoever spoke last when that person has another role.
      const person = this.lastPersonSpeaker ?? this.lastPersonMention
      if (!person || (person.role && roleHeadOf(person.role) !== want)) return this.unnamed(sp, 'unnamed')
      if (!person.role) person.role = words.join(' ')
      this.lastPersonSpeaker = person
      return { speaker: person.name, role: person.role, organization: person.organization }
    }
    if (DOCUMENT_NOUNS.has(head) || head === 'reports' || head === 'sources') {
      // "The ODPM data showed", "a British Retail Consortium survey found": the body that published it.
      const n = capitalPrefix(words)
      // "Early figures show": a capitalised first word of a sentence is not a body unless the article names one so.
      const bodyNamed = n > 1 || sp.start > 0 || this.isOrgName(stripPossessive(words[0]!))
      if (DOCUMENT_NOUNS.has(head) && n > 0 && n < words.length && n >= words.length - 2 && bodyNamed) {
        const org = this.orgCanon(stripPossessive(words.slice(0, n).join(' ')))
        if (looksLikeOrg(org) || this.isOrgName(org)) {
          this.lastOrgSpeaker = org
          return { speaker: org, role: null, organization: null }
        }
      }
      // "Compiled by Central Banking Publications …, the survey found": the body named with "by" wrote it.
      const t = this.cur?.tokens ?? []
      const d = DETERMINERS.has(det) ? det : (t[sp.start - 1]?.lw ?? '')
      if ((d === 'the' || d === 'its' || d === 'this') && n === 0 && words.length <= 2) {
        for (let k = 0; k < sp.start - 1; k++) {
          if (t[k]!.lw !== 'by' || !isNameToken(t[k + 1], false)) continue
          const run = runStartingAt(t, k + 1, sp.start)
          if (!run) continue
          const name = this.orgCanon(joinTokens(this.text, t, run.from, run.to))
          if (isCleanName(name) && !isPlaceName(name) && (looksLikeOrg(name) || this.isOrgName(name) || name.split(/\s+/).length > 1)) {
            this.lastOrgSpeaker = name
            return { speaker: name, role: null, organization: null }
          }
        }
      }
      // "Its mid-year review forecasts …" right after "the Indian Government said …": that body's document.
      if (d === 'its' && DOCUMENT_NOUNS.has(head) && this.lastOrgSpeaker && this.orgSpeakerAt >= this.sentenceNo - 2) {
        return { speaker: this.lastOrgSpeaker, role: null, organization: null }
      }
      // "The report said …" after "…, the Environmental Audit Committee said": the body last quoted wrote it.
      // Not "the electoral law" or "court records", which no body in the news wrote.
      if (
        det === 'the' &&
        DOCUMENT_NOUNS.has(head) &&
        !PUBLIC_RECORDS.has(head) &&
        words.length <= 2 &&
        n === 0 &&
        this.lastOrgSpeaker &&
        this.orgSpeakerAt >= this.sentenceNo - 6
      ) {
        return { speaker: this.lastOrgSpeaker, role: null, organization: null }
      }
      return this.unnamed(sp, 'document')
    }
    if (ORG_NOUNS.has(head) || COMPANY_NOUNS.has(head)) {
      // "Indonesia's government", "Japan's finance ministry": the place's own body speaks.
      if (
        words.length >= 2 &&
        words.length <= 3 &&
        /^\p{Lu}/u.test(words[0]!) &&
        /['’]s?$/.test(words[0]!) &&
        isPlaceName(stripPossessive(words[0]!)) &&
        ORG_NOUNS.has(head)
      ) {
        const org = `${stripPossessive(words[0]!)} ${words.slice(1).join(' ')}`
        this.lastOrgSpeaker = org
        return { speaker: org, role: null, organization: null }
      }
      if (det !== 'the' && det !== 'its') return this.unnamed(sp, 'unnamed')
      if (words.length > 1) {
        // "the Reporters Without Borders group": the name without its description.
        const n = capitalPrefix(words)
        if (n > 0 && n < words.length && !/['’]s?$/.test(words[n - 1]!) && this.isOrgName(words.slice(0, n).join(' '))) {
          const org = this.orgCanon(words.slice(0, n).join(' '))
          this.lastOrgSpeaker = org
          return { speaker: org, role: null, organization: null }
        }
        // "the UK's biggest mortgage lender", "the global sports giant": another way to name the firm in the news.
        const descriptive = words.some((w) => /['’]s?$/.test(w) || /-/.test(w) || /(?:est|ier)$/.test(w.toLowerCase()))
        if (COMPANY_NOUNS.has(head) || descriptive) {
          // Only when the firm in the news is also the organisation last mentioned; "the net telephony firm's website"
          // (a possessive before the head) describes something else.
          const innerPossessive = words.slice(1).some((w) => /['’]s?$/.test(w))
          const o = !COMPANY_NOUNS.has(head)
            ? this.orgEndingWith(head)
            : innerPossessive
              ? null
              : (this.recentOrgSubject() ??
                this.prevOrgSpeaker ??
                (this.lastCompany && this.lastCompany === (this.lastOrgMention ?? this.lastCompany) ? this.lastCompany : null))
          if (o) {
            this.lastOrgSpeaker = o
            return { speaker: o, role: null, organization: null }
          }
          // "The central bank said" with no bank named before: a body the article describes, not nobody.
          this.unnamedOrgAt = this.sentenceNo
          return this.unnamed(sp, 'unnamed')
        }
        if (words.length > 3) return this.unnamed(sp, 'unnamed')
        // "the assembly government", "the local government watchdog".
        const org = words.join(' ')
        this.lastOrgSpeaker = org
        return { speaker: org, role: null, organization: null }
      }
      const named = this.nounOrgs.get(head) ?? this.orgEndingWith(head) ?? this.orgReferredToAs(head)
      if (named) {
        this.lastOrgSpeaker = named
        return { speaker: named, role: null, organization: null }
      }
      // "Deutsche Bahn condemned the strike. The company said …": the body the sentence before was about.
      const o = this.recentOrgSubject() ?? this.lastOrgSpeaker ?? this.lastCompany ?? this.lastOrgMention
      if (o && COMPANY_NOUNS.has(head)) {
        this.lastOrgSpeaker = o
        return { speaker: o, role: null, organization: null }
      }
      if (COMPANY_NOUNS.has(head)) return this.unnamed(sp, 'unnamed')
      return { speaker: words.join(' '), role: null, organization: null }
    }
    return null
  }
}

const DEMONYMS = new Set(
  `thai swiss greek iraqi israeli pakistani saudi kuwaiti qatari yemeni omani bangladeshi nepali
  afghan german korean cuban chilean mexican moroccan scots welsh czech slovak serb croat dutch french belgian kenyan
  ugandan`
    .trim()
    .split(/\s+/),
)

/** "Swedish", "Japanese", "American": a nationality or regional adjective, not a name. */
export function isDemonym(name: string): boolean {
  if (/\s/.test(name)) return false
  const lw = name.toLowerCase()
  return DEMONYMS.has(lw) || /^\p{Lu}\p{Ll}{2,}(?:ish|ese|ian|ean)$/u.test(name)
}

/** Is the name run `[from, to)` the title of a work: after "album"/"single"/"film"…, or alone between quotation marks? */
function isWorkTitle(t: Token[], from: number, to: number): boolean {
  const before = t[from - 1]
  if (before?.word && !before.cap && WORK_NOUNS.has(before.lw)) return true
  // "the film "Ray"", "Spielberg's film Saving Private Ryan".
  if (before && isQuoteMark(before) && isQuoteMark(t[to]) && t[from - 2] && WORK_NOUNS.has(t[from - 2]!.lw)) return true
  return false
}

// Speech verbs that also take a bare demand: "urged the board to sign him".
// Verbs of speech that more often take a plain object: "agreed a deal", "maintained his form", "recalled the car".
const OBJECT_VERBS = new Set([
  'agreed',
  'agrees',
  'maintained',
  'maintains',
  'continued',
  'recalled',
  'recalls',
  'observed',
  'projected',
  'reported',
  'reports',
])
const OBJECT_DETS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our'])
const DIRECTIVE_VERBS = new Set(['urged', 'urges', 'urge', 'warned', 'warns', 'warn', 'told', 'tells', 'tell'])
const FINITE = new Set(
  `is are was were has have had will would could can may might must should shall does did do isn't aren't
  wasn't weren't hasn't haven't hadn't won't wouldn't couldn't can't cannot doesn't didn't don't needs remains`
    .trim()
    .split(/\s+/),
)

/** "urged the government to negotiate", "told residents to leave": whom, then an infinitive — a demand, not a statement. */
function demandAfter(t: Token[], k: number): boolean {
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
function afterMedium(t: Token[], k: number): number {
  if (!['in', 'on', 'at'].includes(t[k]?.lw ?? '')) return k
  let medium = false
  for (let x = k + 1; x < t.length && x <= k + 7; x++) {
    const w = t[x]!
    if (MEDIUM_NOUNS.has(w.lw) || (w.cap && x === k + 1)) medium = true
    if (medium && SUBJECTS.has(w.lw) && x > k + 1 && t[x + 1]?.word && !t[x + 1]!.cap) return x
    if (!w.word) return k
  }
  return k
}

/** Do tokens [from, to) sit inside ", who …," or ", which …," with the sentence going on after it? */
function insideRelativeClause(t: Token[], from: number, to: number): boolean {
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
function beforeAside(t: Token[], j: number): number {
  if (t[j]?.w !== ',') return j
  let open = j - 1
  while (open > 0 && j - open <= 16 && t[open]!.w !== ',' && !isQuoteMark(t[open])) open--
  if (open <= 0 || t[open]!.w !== ',') return j
  const first = t[open + 1]!
  const aside =
    ['in', 'on', 'at', 'during', 'speaking', 'for'].includes(first.lw) ||
    (first.lw === 'known' && t[open + 2]?.lw === 'as') ||
    (first.lw === 'also' && t[open + 2]?.lw === 'known')
  return aside && t[open - 1]?.word ? open - 1 : j
}

/**
 * "denied the allegation, telling reporters that all centres were open": past a short object and the speech participle
 * after it (and whom it was told to) when a statement follows; else `k`.
 */
function afterObjectParticiple(t: Token[], k: number): number {
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

/** "told reporters the offensive would go on": past a listener ("reporters", "VOA", "the Associated Press") when a clause follows. */
function listenerEnd(t: Token[], k: number): number {
  let e = k
  if (t[e]?.lw === 'the') e++
  if (LISTENERS.has(t[e]?.lw ?? '')) e++
  else if (t[e]?.cap) while (t[e]?.cap || (t[e]?.w === '.' && t[e + 1]?.cap)) e++
  else return k
  if (t[e]?.lw === 'in' && t[e + 1]?.cap) e += 2
  return e > k && e < t.length && t[e]!.word && SUBJECTS.has(t[e]!.lw) ? e : k
}

/** Where lower-case words naming a kind of body ("state news agency", "the rights group") start before a name at `from`. */
function bodyDescriptionStart(t: Token[], from: number, floor: number): number {
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
function singularOf(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

/** Words from the quotation mark at `open` to the next one, before `limit`. */
function quotedWords(t: Token[], open: number, limit: number): number {
  let n = 0
  for (let k = open + 1; k < limit && !isQuoteMark(t[k]); k++) if (t[k]!.word) n++
  return n
}

/** Does a proposition follow the verb: "that", a quotation, a colon, a pronoun subject or a finite verb in the same clause. */
function propositionAfter(t: Token[], k: number): boolean {
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

const NOUN_LIKE_VERBS = new Set([
  'hopes',
  'fears',
  'claims',
  'reports',
  'notes',
  'estimates',
  'forecasts',
  'projects',
  'comments',
  'states',
  'shows',
  'finds',
  'warns',
  'concludes',
  'says',
  'predicts',
])
/** Words that relay a source through an outlet: "Quoting X, the agency reported", "…, citing officials, that". */
const RELAY_WORDS = new Set(['quoting', 'citing'])
/** Participles that say an outlet reached a source: "Residents reached by VOA said". */
const CONTACT_PARTICIPLES = new Set(['reached', 'contacted', 'interviewed', 'quoted', 'cited', 'surveyed', 'polled'])
/** Whom something is told to: "told reporters the talks had failed". */
const LISTENERS = new Set([
  'reporters',
  'journalists',
  'lawmakers',
  'parliament',
  'supporters',
  'residents',
  'delegates',
  'investors',
  'analysts',
  'legislators',
  'senators',
  'students',
  'crowds',
  'mourners',
])
/** Words before which a speech verb's form is a noun: "for fear of", "the claims". */
const NOUN_MARKERS = new Set(['for', 'of', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our'])
/** Where something is said: "in a statement", "at a news conference", "in an interview". */
const MEDIUM_NOUNS = new Set([
  'statement',
  'interview',
  'post',
  'conference',
  'briefing',
  'message',
  'video',
  'speech',
  'letter',
  'broadcast',
  'address',
  'tweet',
])
/** Subjects that open a reported clause without "that". */
const SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'the', 'its', 'his', 'her', 'their'])
/** Documents of public record, written by no source the article quotes. */
const PUBLIC_RECORDS = new Set(['law', 'records'])
/** What a news agency makes of its own: "according to an AFP tally", "Reuters calculations", "dpa information". */
const AGENCY_WORK = new Set([
  'tally',
  'count',
  'calculations',
  'calculation',
  'information',
  'analysis',
  'estimates',
  'estimate',
  'survey',
  'poll',
  'data',
  'reporting',
  'review',
  'figures',
])
/** Participles that say when or how a document appeared: "a poll published last month". */
const DOCUMENT_PARTICIPLES = new Set(['published', 'released', 'issued', 'compiled', 'seen', 'obtained', 'presented', 'unveiled'])
const CONTRASTIVE = new Set(['while', 'whereas', 'although', 'though'])
const POSSESSIVE_DETS = new Set(['their', 'his', 'her', 'its', 'our', 'my', 'your'])
const INVERSION_FOLLOWERS = new Set([
  'in',
  'on',
  'at',
  'during',
  'yesterday',
  'today',
  'last',
  'this',
  'earlier',
  'later',
  'after',
  'before',
  'when',
  'while',
  'adding',
  'who',
  'whose',
  'which',
  'from',
  'of',
  'for',
  'to',
  'with',
  'as',
  'and',
  'but',
  'recently',
  'previously',
  'via',
  'by',
  'told',
])
const QUANTIFIERS = new Set(['some', 'other', 'others', 'many', 'most', 'several', 'few', 'both', 'all', 'two', 'three', 'four', 'more'])
const NAME_PARTICLES = new Set([
  'of',
  'for',
  'and',
  'the',
  'de',
  'del',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  '&',
  'on',
])

/** How many leading words form a capitalised name ("Ministry of Defence" in "Ministry of Defence lawyers"), up to a possessive. */
function capitalPrefix(words: string[]): number {
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

/**
 * "Electrolux chief executive Hans Straberg", "UK think-tank Demos": after a name at `at`, one to three lower-case
 * words ending in a role or a kind of organisation, then the name the phrase is about.
 */
function nameAfterDescriptor(t: Token[], at: number): { from: number; to: number } | null {
  let k = at
  while (k < t.length && k < at + 3 && t[k]!.word && !t[k]!.cap && !FUNCTION_WORDS.has(t[k]!.lw) && !SPEECH_VERBS.has(t[k]!.lw)) k++
  if (k === at) return null
  const head = t[k - 1]!.lw
  if (!(isRoleHead(head) || ORG_NOUNS.has(head) || COMPANY_NOUNS.has(head) || /^think-?tanks?$/.test(head))) return null
  if (!isNameToken(t[k], false)) return null
  const run = runStartingAt(t, k, t.length)
  return run && !run.possessive ? { from: run.from, to: run.to } : null
}

/**
 * The index before "published last month", "released in October", ", seen by dpa," when that phrase ends at `j` and
 * follows a document ("A poll published last month showed"); else `j`.
 */
function beforeDocumentParticiple(t: Token[], j: number): number {
  const end = t[j]?.w === ',' ? j - 1 : j
  for (let k = end; k > 0 && k >= end - 6; k--) {
    const x = t[k]!
    if (DOCUMENT_PARTICIPLES.has(x.lw)) {
      let before = k - 1
      if (t[before]?.w === ',') before--
      // The document itself, or its author after it: "a CDC report", "a study by the IW".
      for (let d = before; d >= 0 && d >= before - 5; d--) if (DOCUMENT_NOUNS.has(t[d]!.lw)) return before
      return j
    }
    if (!x.word || SPEECH_VERBS.has(x.lw)) return j
  }
  return j
}

/**
 * Where an opening subordinate clause ends (its comma: "While critics warn it could fail, …", "Hours after the
 * vote, …"), or -1 when the sentence does not open with one.
 */
function sceneEnd(t: Token[]): number {
  let a = 0
  while (a < t.length && (CONNECTIVES.has(t[a]!.lw) || t[a]!.w === ',')) a++
  let k = a
  while (k < a + 3 && k < t.length && !SUBORDINATORS.has(t[k]!.lw)) k++
  // "While critics warn X, others say Y" contrasts two statements; a time or cause only sets the scene.
  if (!SUBORDINATORS.has(t[k]?.lw ?? '') || CONTRASTIVE.has(t[k]!.lw)) return -1
  // "Hours after", "Shortly before", "Even as": a word or two may lead in, but not a subject ("Police said after …").
  if (k > a && t.slice(a, k).some((x) => !x.word || SPEECH_VERBS.has(x.lw))) return -1
  for (let c = k + 1; c < t.length && c < k + 30; c++) {
    if (isQuoteMark(t[c])) return -1
    if (t[c]!.w === ',') return c
  }
  return -1
}

/**
 * The index before a time phrase that ends at `j` ("on Thursday", "on Monday night", "last week", "earlier this month"),
 * or `j` itself when none does.
 */
function beforeTimePhrase(t: Token[], j: number): number {
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
function beforeRelativeClause(t: Token[], j: number): number {
  for (let k = j; k >= 1 && k >= j - 20; k--) {
    const w = t[k]!
    // A statement of the clause's own ends it — but "for fear of", "the claims" are nouns.
    if (isQuoteMark(w) || w.w === ';' || w.w === ':' || (!w.cap && SPEECH_VERBS.has(w.lw) && !NOUN_MARKERS.has(t[k - 1]?.lw ?? '')))
      return -1
    // ", speaking on condition of anonymity,": a participle clause between commas.
    if (w.w === ',' && k < j - 1 && t[j]!.w === ',' && /^\p{Ll}+ing$/u.test(t[k + 1]!.w)) return t[k - 1]?.word ? k - 1 : -1
    if (w.lw !== 'who' && !(w.lw === 'which' && t[j]!.w === ',')) continue
    let e = k - 1
    if (t[e]?.w === ',') e--
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

/** A speaker phrase resolved to a name; `type` is set when the phrase describes a source it does not name. */
interface ResolvedSpeaker {
  speaker: string | null
  role: string | null
  organization: string | null
  type?: 'unnamed' | 'document'
}

/** The text of tokens `[from, to)`, without a leading "the" that only introduces a name. */
function spanText(text: string, t: Token[], from: number, to: number): string {
  return joinTokens(text, t, from, Math.max(from + 1, to))
    .replace(/[,:]$/, '')
    .trim()
}

/** "The report said", "a study by X found": the phrase names a document. */
function isDocumentPhrase(sp: SpeakerNP, tokens: Token[]): boolean {
  const words = tokens.slice(sp.start, sp.end).map((w) => w.lw)
  const prep = words.findIndex((w) => w === 'by' || w === 'from' || w === 'of')
  const head = prep > 0 ? words[prep - 1]! : (words[words.length - 1] ?? '')
  return sp.kind === 'document' || DOCUMENT_NOUNS.has(head)
}

interface SpeakerNP {
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

/** Lower-case role words before a name: "government spokesperson", "William Hill spokesman". */
function descriptorBefore(t: Token[], from: number): { role: string | null; organization: string | null; from: number } | null {
  const prev = t[from - 1]
  if (!prev?.word || prev.cap || !isRoleHead(prev.lw)) {
    return null
  }
  let i = from - 1
  let n = 0
  while (i >= 0 && n < 8) {
    const w = t[i]!
    if (!w.word) break
    if (!w.cap && FUNCTION_WORDS.has(w.lw) && !(w.lw === 'and' && t[i - 1] && isRoleHead(t[i - 1]!.lw))) break
    if (!w.cap && SPEECH_VERBS.has(w.lw)) break
    if (w.cap && i === 0 && FUNCTION_WORDS.has(w.lw)) break
    i--
    n++
  }
  const words = t.slice(i + 1, from).map((x) => x.w)
  while (words.length && FUNCTION_WORDS.has(words[0]!.toLowerCase())) words.shift()
  if (!words.length) return null
  const { role, organization } = splitDescriptor(words)
  return { role, organization, from: from - words.length }
}

interface Apposition {
  role: string | null
  organization: string | null
  orgNoun: boolean
  /** Token index just after the apposition (past its closing comma when present). */
  end: number
}

/** Parses ", the deputy spokesperson of the Taliban," starting at the comma at token `at`. */
function parseApposition(text: string, t: Token[], at: number): Apposition | null {
  if (t[at]?.w !== ',') return null
  let i = at + 1
  if (t[i] && (t[i]!.lw === 'the' || t[i]!.lw === 'a' || t[i]!.lw === 'an')) i++
  const roleFrom = i
  let head = -1
  while (i < t.length && i < roleFrom + 7) {
    const w = t[i]!
    if (!w.word) break
    if (FUNCTION_WORDS.has(w.lw) && w.lw !== 'and') break
    if (!w.cap && SPEECH_VERBS.has(w.lw)) break
    if (isRoleHead(w.lw) || ORG_NOUNS.has(w.lw)) head = i
    i++
  }
  if (head < 0) return null
  const headTok = t[head]!
  const orgNoun = ORG_NOUNS.has(headTok.lw) && !isRoleHead(headTok.lw)
  const role = joinTokens(text, t, roleFrom, head + 1)
  let organization: string | null = null
  let end = head + 1
  const prep = t[end]
  if (prep && (prep.lw === 'of' || prep.lw === 'at' || prep.lw === 'for' || prep.lw === 'from' || prep.lw === 'with')) {
    let k = end + 1
    if (t[k]?.lw === 'the') k++
    const run = runStartingAt(t, k, t.length)
    if (run) {
      organization = stripPossessive(joinTokens(text, t, run.from, run.to))
      end = run.to
    }
  }
  // Skip trailing qualifiers ("until last year", "in the assembly") up to the closing comma.
  let k = end
  while (k < t.length && k < end + 10 && t[k]!.w !== ',' && (t[k]!.w !== '.' || closesAbbreviation(t, k)) && !isQuoteMark(t[k])) {
    // "…and Sanliurfa, an Anadolu correspondent reported": the phrase is the subject of a speech verb, not an apposition.
    if (!t[k]!.cap && SPEECH_VERBS.has(t[k]!.lw)) return null
    k++
  }
  if (t[k]?.w === ',') end = k + 1
  else if (k >= t.length || t[k]!.w === '.') end = k
  else return null
  return { role: role.replace(/^(?:the|a|an)\s+/i, ''), organization, orgNoun, end }
}
