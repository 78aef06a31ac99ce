// The discourse state of one article: the people and organisations it names (the registry) and who spoke or was
// mentioned last (for pronouns and "the company"). mentions.ts fills the registry before attribution; during
// attribution every cue runs as an attempt, and what an attempt that credits nobody noted is undone, so the sentences
// after see only the credit each sentence settled on.
import { isCleanName, isNameToken, isPlaceName, joinTokens, runStartingAt, stripPossessive, type Person } from '../entities'
import { ORG_NOUNS, ORG_NOUN_REFERENTS } from '../lexicon'
import { OrganizationRegistry } from '../organizations'
import { TextWords } from '../text-words'
import type { SentenceCtx } from './sentence'
import { COMPANY_NAME_ENDS, COMPANY_NOUNS, isDemonym } from './source-words'

/**
 * Tracks the people and organisations an article names, so that later references
 * ("Mr Brown", "the spokesperson", "he", "the company") resolve to the fullest name.
 */
type Recency = Pick<
  Discourse,
  | 'lastPersonSpeaker'
  | 'lastPersonMention'
  | 'lastOrgSpeaker'
  | 'lastOrgMention'
  | 'singleNameSpeaker'
  | 'unnamedPersonSpeaker'
  | 'unnamedOrgAt'
>

/** How many sentences back "the people" may refer to the unnamed source it names again. */
const MAX_SOURCE_DISTANCE = 20

export class Discourse {
  readonly persons = new Map<string, Person>()
  readonly surnames = new Map<string, string>()
  /** People named with more than one word, by their first word. */
  readonly byFirstName = new Map<string, Person[]>()
  readonly orgs = new OrganizationRegistry()
  readonly aliases = new Map<string, string>()
  /** Names the article uses as one word on their own, outside quotations ("Brightwater reported …"). */
  readonly loneNames = new Set<string>()
  /** Of those, the ones "he" or "she" soon follows: a person's ("Jamie knew he would walk again"). */
  readonly personalNames = new Set<string>()
  /** Titles of works ("Return of the Mack", "Innocent Man"): never speakers. */
  readonly titles = new Set<string>()
  /** Organisations named with the noun that refers back to them: "his 2 Wikid Records label" → label. */
  readonly nounOrgs = new Map<string, string>()
  lastPersonSpeaker: Person | null = null
  lastOrgSpeaker: string | null = null
  lastPersonMention: Person | null = null
  lastOrgMention: string | null = null
  readonly roleHolders: Person[] = []
  readonly companies = new Set<string>()
  lastCompany: string | null = null
  /** The organisation credited in the sentence before the current one, and in the current one so far. */
  prevOrgSpeaker: string | null = null
  curOrgSpeaker: string | null = null
  /** Sentence number, and the last sentence that credited an organisation it could not name ("the world's biggest insurer"). */
  sentenceNo = 0
  cur: SentenceCtx | null = null
  /** The organisation that was the subject of a recent sentence, and when; when an organisation last spoke. */
  orgSubject: string | null = null
  orgSubjectAt = -10
  orgSpeakerAt = -10
  unnamedOrgAt = -10
  /** A one-word speaker that may be a surname, and when the last person spoke. */
  singleNameSpeaker: { name: string; at: number } | null = null
  personSpeakerAt = -10
  /** The last unnamed person credited ("a spokesman for the tribunal"), and its sentence. */
  unnamedPersonSpeaker: { phrase: string; at: number } | null = null
  /** People described in the plural who open a sentence ("French officials were more cautious"), for a "they" after. */
  pluralSubject: { phrase: string; at: number } | null = null
  /** The person who is the grammatical subject of a sentence ("Mr Kennedy is visiting …", "He brushed off …"), and its number. */
  subject: { p: Person; at: number } | null = null

  /** The person the sentence just read is about, when its subject names one outside a quotation. */
  subjectPerson(): Person | null {
    const p = this.subject && this.subject.at === this.sentenceNo ? this.subject.p : null
    return p && isCleanName(p.name) && !this.titles.has(p.name) ? p : null
  }

  /** Unnamed sources credited so far by their head noun ("people" → "two people familiar with the matter"). */
  private readonly unnamedSources = new Map<string, { phrase: string; at: number }>()

  /** Notes an unnamed source that "the people", "the official" may refer back to. */
  noteUnnamedSource(head: string, phrase: string): void {
    const before = this.unnamedSources.get(head)
    this.unnamedSources.set(head, { phrase, at: this.sentenceNo })
    this.onUndo(() => {
      if (before) this.unnamedSources.set(head, before)
      else this.unnamedSources.delete(head)
    })
  }

  /** The unnamed source with that head noun credited in the last few sentences. */
  /** The unnamed source in the plural credited last, within three sentences ("two EU diplomats"), for "one of them". */
  lastPluralSource(): string | null {
    let best: { phrase: string; at: number } | null = null
    for (const [head, source] of this.unnamedSources)
      if (head.endsWith('s') && source.at >= this.sentenceNo - 3 && (!best || source.at > best.at)) best = source
    return best?.phrase ?? null
  }

  unnamedSourceFor(head: string): string | null {
    const source = this.unnamedSources.get(head)
    return source && source.at >= this.sentenceNo - MAX_SOURCE_DISTANCE ? source.phrase : null
  }

  /** The last document credited whose phrase named its author ("a report by the WMO" → "World Meteorological Organization"). */
  private lastDocument: { author: string; at: number } | null = null

  /** Notes a credited document whose author its phrase names, for "the report", "the data" to refer back to. */
  noteDocument(author: string): void {
    const before = this.lastDocument
    this.lastDocument = { author, at: this.sentenceNo }
    this.onUndo(() => {
      this.lastDocument = before
    })
  }

  /** The author of the document credited last, within the last few sentences. */
  lastDocumentAuthor(): string | null {
    const doc = this.lastDocument
    return doc && doc.at >= this.sentenceNo - MAX_SOURCE_DISTANCE ? doc.author : null
  }

  /** The latest sentence not wholly inside a quotation. */
  narrativeAt = 0

  /** "He" most often continues the subject of the sentence before; else the person last quoted or named. */
  pronounPerson(): Person | null {
    // "Prietz rejected the accusation. "There were no irregularities. Every vote was counted twice," she told NDR":
    // the subject just before a quotation is still the one "she" refers to once the quotation ends.
    const subjectAt = this.subject?.at ?? -1
    const justBefore = subjectAt === this.sentenceNo - 1 || (subjectAt === this.narrativeAt && subjectAt >= this.sentenceNo - 3)
    const prevSubject = this.subject && justBefore ? this.subject.p : null
    // "X ordered troops in, his spokeswoman Y told reporters. She said …": the person just credited, over the subject.
    const prevSpeaker = this.personSpeakerAt === this.sentenceNo - 1 ? this.lastPersonSpeaker : null
    return prevSpeaker ?? prevSubject ?? this.lastPersonSpeaker ?? this.lastPersonMention
  }
  pronounAntecedent: Person | null = null

  readonly words: TextWords
  /** The organisation a role noun names in this article ("government" → "Taliban government"), by noun. */
  readonly roleNounOrgs = new Map<string, string | null>()

  constructor(readonly text: string) {
    this.words = new TextWords(text)
  }

  // ---------------------------------------------------------------- registry

  /** Registers an organisation the sentence at offset `at` names. */
  addOrg(name: string, at: number): string {
    // A name joined from its words keeps its commas: "Environment, Urbanization and Climate Change Ministry".
    const clean = stripPossessive(name.replace(/^the\s+/i, '').trim()).replaceAll(' ,', ',')
    // "Swedish" in "Swedish trades union official": a nationality describes, it names nobody.
    if (!clean || isDemonym(clean)) return clean
    this.orgs.add(clean, at)
    return clean
  }

  addPerson(name: string, role: string | null, organization: string | null): Person {
    let p = this.persons.get(name)
    if (!p) {
      const person: Person = { name, role: null, organization: null }
      p = person
      this.persons.set(name, person)
      const [first, ...rest] = name.split(/\s+/)
      const namesakes = first !== undefined && rest.length > 0 ? this.byFirstName.get(first) : undefined
      if (first !== undefined && rest.length > 0) this.byFirstName.set(first, [...(namesakes ?? []), person])
      const last = name.split(/\s+/).pop()!.toLowerCase()
      const surnameTaken = this.surnames.has(last)
      if (!surnameTaken) this.surnames.set(last, name)
      this.onUndo(() => {
        this.persons.delete(name)
        if (first !== undefined && rest.length > 0) {
          if (namesakes) this.byFirstName.set(first, namesakes)
          else this.byFirstName.delete(first)
        }
        if (!surnameTaken) this.surnames.delete(last)
      })
    }
    if (role && !p.role) this.describe(p, { role })
    if (organization && !p.organization) this.describe(p, { organization: this.orgCanon(organization) })
    if (p.role && !p.organization) this.describe(p, { organization: this.orgFromRole(p.role) })
    return p
  }

  /**
   * Once every sentence is registered: a name with no role that the article shortens to its first word but never to
   * its last ("Brightwater Brands … Brightwater reported") names a body, not a person, whom news would call by surname.
   */
  settleNames(): void {
    for (const [name, p] of this.persons) {
      const words = name.split(/\s+/)
      const first = words[0]!
      const last = words[words.length - 1]!
      if (p.role || words.length < 2 || !this.loneNames.has(first) || this.loneNames.has(last)) continue
      if (this.personalNames.has(first) || isDemonym(first)) continue
      this.persons.delete(name)
      if (this.surnames.get(last.toLowerCase()) === name) this.surnames.delete(last.toLowerCase())
      const namesakes = (this.byFirstName.get(first) ?? []).filter((other) => other !== p)
      if (namesakes.length) this.byFirstName.set(first, namesakes)
      else this.byFirstName.delete(first)
      if (!isPlaceName(name) && !this.titles.has(name)) this.addOrg(name, Math.max(0, this.text.indexOf(name)))
    }
    // "Voltrail's vice president" made "Voltrail" a company; "Voltrail Mobility" is the name it is known by (but
    // "Windows" is no "Windows XP Counterfeit Project").
    for (const company of [...this.companies]) {
      const known = this.orgCanon(company)
      const added = known.startsWith(`${company} `) ? known.slice(company.length + 1).split(' ') : []
      if (added.length && added.every((w) => COMPANY_NAME_ENDS.has(w.toLowerCase()))) this.companies.add(known)
    }
  }

  /** Gives a person the role or organisation a later mention adds, undone if that mention is not kept. */
  describe(p: Person, what: Partial<Pick<Person, 'role' | 'organization'>>): void {
    const before = { role: p.role, organization: p.organization }
    Object.assign(p, what)
    this.onUndo(() => Object.assign(p, before))
  }

  // ---------------------------------------------------------------- attempts

  /** Undo steps of the attempts in progress, innermost last; empty outside any attempt. */
  private readonly undoSteps: (() => void)[] = []
  private attempts = 0

  private onUndo(step: () => void): void {
    if (this.attempts > 0) this.undoSteps.push(step)
  }

  /**
   * Runs one attribution attempt (a cue tried on a sentence). Trying a cue may register the speaker it reads and note
   * whom it credits; when the attempt credits nobody, all of it is undone, so only the credit a sentence settles on is
   * remembered by the sentences after.
   */
  attempt<T>(run: () => T | null): T | null {
    return this.tentatively(run, (result) => result !== null)
  }

  /** Runs an attempt only to see what it would credit: whatever it noted is undone. */
  preview<T>(run: () => T | null): T | null {
    return this.tentatively(run, () => false)
  }

  private tentatively<T>(run: () => T | null, keep: (result: T | null) => boolean): T | null {
    const recency = this.recency()
    const roleHolders = this.roleHolders.length
    const mark = this.undoSteps.length
    this.attempts++
    let result: T | null = null
    let kept = false
    try {
      result = run()
      kept = keep(result)
    } finally {
      this.attempts--
      if (!kept) {
        for (let i = this.undoSteps.length - 1; i >= mark; i--) this.undoSteps[i]!()
        this.undoSteps.length = mark
        this.restore(recency)
        this.roleHolders.length = roleHolders
      } else if (this.attempts === 0) this.undoSteps.length = 0
    }
    return result
  }

  /** Who spoke and was mentioned last, as attribution notes it while it tries a cue. */
  private recency(): Recency {
    return {
      lastPersonSpeaker: this.lastPersonSpeaker,
      lastPersonMention: this.lastPersonMention,
      lastOrgSpeaker: this.lastOrgSpeaker,
      lastOrgMention: this.lastOrgMention,
      singleNameSpeaker: this.singleNameSpeaker,
      unnamedPersonSpeaker: this.unnamedPersonSpeaker,
      unnamedOrgAt: this.unnamedOrgAt,
    }
  }

  // Field by field: Object.assign onto the class instance took half of an attempt's own time.
  private restore(recency: Recency): void {
    this.lastPersonSpeaker = recency.lastPersonSpeaker
    this.lastPersonMention = recency.lastPersonMention
    this.lastOrgSpeaker = recency.lastOrgSpeaker
    this.lastOrgMention = recency.lastOrgMention
    this.singleNameSpeaker = recency.singleNameSpeaker
    this.unnamedPersonSpeaker = recency.unnamedPersonSpeaker
    this.unnamedOrgAt = recency.unnamedOrgAt
  }

  /** For roles like "government spokesperson": the article's "Taliban government". */
  orgFromRole(role: string): string | null {
    for (const w of role.split(/\s+/)) {
      const lw = w.toLowerCase()
      if (!ORG_NOUNS.has(lw)) continue
      const org = this.orgNamedBy(lw)
      if (org !== null) return org
    }
    return null
  }

  /** The first "Taliban government" (capitalised words, then the noun) in the article; searched once per noun. */
  orgNamedBy(noun: string): string | null {
    const known = this.roleNounOrgs.get(noun)
    if (known !== undefined) return known
    const m = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3})${noun}\\b`, 'u').exec(this.text)
    const org = m && !/^(The|A|An)$/.test(m[1]!.trim()) ? `${m[1]!.trim().replace(/^(The|A|An)\s+/, '')} ${noun}` : null
    this.roleNounOrgs.set(noun, org)
    return org
  }

  /** The fullest form of an organisation name used in the article. */
  orgCanon(name: string): string {
    const n = stripPossessive(name.replace(/^the\s+/i, '').trim()).replaceAll(' ,', ',')
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

  /** The first organisation the current sentence names before token `end`. */
  orgBefore(end: number): string | null {
    const t = this.cur?.tokens ?? []
    // Where the sentence's subject starts: past a place that owns it ("Peru's Ombudsman's Office").
    let opening = 0
    for (let i = 0; i < end; i++) {
      if (!isNameToken(t[i], i === 0)) continue
      const run = runStartingAt(t, i, end)
      if (!run) continue
      const name = stripPossessive(joinTokens(this.text, t, run.from, run.to))
      if (this.isOrgName(name)) return this.orgCanon(name)
      // The body the sentence opens with, though nothing marked it as one: "Turkish Red Crescent teams distributed …".
      const words = name.split(' ')
      if (run.from === opening && words.length > 1 && !this.personCanon(words) && !isPlaceName(name) && isCleanName(name)) return name
      if (run.from === opening && run.possessive && isPlaceName(name)) opening = run.to
      else if (run.from === opening && run.possessive && isNameToken(t[run.to], false)) {
        // "the Ombudsman's Office": an office named by whose it is.
        const office = runStartingAt(t, run.to, end)
        const whole = office ? joinTokens(this.text, t, run.from, office.to) : ''
        if (office && !office.possessive && ORG_NOUNS.has(t[office.to - 1]!.lw) && isCleanName(whole)) return whole
      }
      i = run.to - 1
    }
    return null
  }

  /**
   * The organisation that was the subject of the sentence before this one, when it was a firm ("Deutsche Bahn
   * condemned …") or, with `anyBody`, any body.
   */
  recentOrgSubject(anyBody = false): string | null {
    return this.orgSubject !== null &&
      this.orgSubjectAt === this.sentenceNo - 1 &&
      this.orgSubjectAt > this.orgSpeakerAt &&
      (anyBody || this.companies.has(this.orgSubject))
      ? this.orgSubject
      : null
  }

  /** Is `word` the first word of the one person with that first word, whom the article gave a role ("Lyu Daliang, spokesperson")? */
  familyNameFirst(word: string): boolean {
    const namesakes = this.byFirstName.get(word)
    return namesakes?.length === 1 && namesakes[0]!.role !== null
  }

  /**
   * The latest organisation named "… Government" for "the government", or "Ministry of …" for "the ministry" — but
   * not "Bank of England" for "the bank" in a story about a lender: a firm is named by its last word.
   */
  orgEndingWith(head: string): string | null {
    const headed = !COMPANY_NOUNS.has(head)
    return this.orgs.latestEndingWith(head, this.cur?.end ?? this.text.length, (o) => {
      const name = o.toLowerCase()
      return name.endsWith(` ${head}`) || (headed && (` ${name}`.includes(` ${head} of `) || ` ${name}`.includes(` ${head} for `)))
    })
  }

  /** "The force said" after "West Midlands Police": the latest organisation whose name ends in a word the noun refers to. */
  orgReferredToAs(noun: string): string | null {
    for (const word of ORG_NOUN_REFERENTS.get(noun) ?? []) {
      const org = this.orgEndingWith(word)
      if (org !== null) return org
    }
    return null
  }

  isOrgName(n: string): boolean {
    return this.orgs.has(n) || this.aliases.has(n)
  }
}
