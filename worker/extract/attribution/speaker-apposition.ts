// Speaker phrases set off by commas before the verb: "Bilal Karimi, the deputy spokesperson of the Taliban, said".
import { closesAbbreviation } from '../clauses'
import { isNameToken, joinTokens, looksLikeOrg, runEndingAt, runStartingAt, stripPossessive } from '../entities'
import { DOCUMENT_NOUNS, FUNCTION_WORDS, ORG_NOUNS, PERSON_NOUNS, SPEECH_VERBS } from '../lexicon'
import { isRoleHead, splitDescriptor } from '../roles'
import { isQuoteMark, type Token } from '../tokens'
import type { Discourse } from './discourse'
import type { SentenceCtx } from './sentence'
import { CONNECTIVES, CONTRASTIVE, DETERMINERS, FINITE, POSSESSIVE_DETS } from './grammar-words'
import { leftSpeaker } from './speaker-left'
import { nameNP, type SpeakerNP } from './speaker-name'
import { COMPANY_NOUNS, SPOKES_RE } from './source-words'

export function appositionSpeaker(discourse: Discourse, s: SentenceCtx, comma: number, floor: number): SpeakerNP | null {
  const t = s.tokens
  // Find the opening comma of the apposition.
  let k = comma - 1
  while (k > floor && t[k]!.w !== ',' && comma - k < 16) k--
  if (k <= floor || t[k]!.w !== ',') return null
  // "Mr Brown, 54, said": an age between commas.
  if (comma - k === 2 && /^\d{1,3}$/.test(t[k + 1]!.w)) {
    const run = runEndingAt(t, k, floor)
    const np = run && !run.possessive ? nameNP(discourse, s, run.from, run.to, 'left') : null
    if (np) np.end = comma + 1
    return np
  }
  const appo = parseApposition(discourse.text, t, k)
  // "Tim Henman, who announced his retirement earlier this year, believes": a relative clause, not the speaker —
  // perhaps the second of two ("Two scientists who worked on the review, and who spoke on condition of anonymity,").
  const relative = t[k + 1]?.lw === 'and' ? t[k + 2] : t[k + 1]
  if (relative?.lw === 'who' || relative?.lw === 'which' || relative?.lw === 'whose') {
    // "The Parents Television Council (PTC), which monitors …, said".
    const nameEnd = t[k - 1]?.w === ')' && t[k - 3]?.w === '(' && k - 3 > floor ? k - 3 : k
    const run = runEndingAt(t, nameEnd, floor)
    if (run && !run.possessive) {
      const np = nameNP(discourse, s, run.from, run.to, 'left')
      if (np && (np.person || (relative.lw !== 'who' && np.org))) {
        np.end = comma + 1
        return np
      }
    }
    // "The 32-year-old, who has won 12 caps, insisted", "The company, which employs 12,000 people, said": a
    // described source before the relative clause.
    return run ? null : describedBefore(discourse, s, k, comma, floor, false)
  }
  // "Mohamed Adan, a herder in Wajir, says": a person described by any noun after "a".
  if (!appo && (t[k + 1]?.lw === 'a' || t[k + 1]?.lw === 'an') && t[k + 2]?.word && !t[k + 2]!.cap && !FUNCTION_WORDS.has(t[k + 2]!.lw)) {
    const named = runEndingAt(t, k, floor)
    const np =
      named && !named.possessive && named.to - named.from >= 2 && !looksLikeOrg(joinTokens(discourse.text, t, named.from, named.to))
        ? nameNP(discourse, s, named.from, named.to, 'left')
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
    const personName = run && run.to - run.from >= 2 && !looksLikeOrg(joinTokens(discourse.text, t, run.from, run.to))
    // "a spokesman for the prosecutor, Comptroller Alan Hevesi,": the name is the prosecutor's, not the speaker's.
    const forSomeone =
      isRoleHead(t[k - 1]!.lw) && !t[k - 1]!.cap && t.slice(floor, k).some((x, i) => SPOKES_RE.test(x.lw) && t[floor + i + 1]?.lw === 'for')
    if (
      run &&
      run.to === comma &&
      k > floor &&
      !forSomeone &&
      ((isRoleHead(t[k - 1]!.lw) && !t[k - 1]!.cap) ||
        (ORG_NOUNS.has(t[k - 1]!.lw) && !t[k - 1]!.cap) ||
        (personName && t[k - 1]!.word && !t[k - 1]!.cap) ||
        (personName && roleOfBodyBefore(t, k, floor)))
    ) {
      // "Castillo's party, Peru Libre, said": a body named after the kind of body it is.
      const body = ORG_NOUNS.has(t[k - 1]!.lw) && !t[k - 1]!.cap && !isRoleHead(t[k - 1]!.lw)
      const np = body ? null : nameNP(discourse, s, run.from, run.to, 'left')
      if (np?.person) {
        np.start = Math.min(np.start, descriptionStart(t, k, floor))
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
          org: discourse.orgCanon(joinTokens(discourse.text, t, run.from, run.to)),
        }
    }
    // "The senator, a Democrat from Ohio, said": a described source, then what else it is.
    if (!runEndingAt(t, k, floor)) return describedBefore(discourse, s, k, comma, floor, true)
    // "A spokeswoman for Maersk, the world's second-largest container line, said": the phrase before the description.
    // A noun phrase, not a clause: "Currently, an entire DVD project can take three months, says Mr Dean".
    // "Residents of Sobral Gordo, one of the villages evacuated, told": one of many is a noun phrase too.
    const partitive = t[k + 1]?.lw === 'one' && t[k + 2]?.lw === 'of'
    if ((!['the', 'a', 'an'].includes(t[k + 1]?.lw ?? '') && !partitive) || t.slice(k + 1, comma).some((x) => FINITE.has(x.lw))) return null
    const described = leftSpeaker(discourse, s, k, floor)
    if (!described || (described.kind === 'name' && !described.person && !described.org)) return null
    // "The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith, told": the person the apposition names.
    const named = described.person ? null : nameInApposition(discourse, s, k, comma, true)
    if (named?.person) return { ...named, end: comma + 1 }
    // An unnamed source's phrase ends before the description ("A spokeswoman for Maersk"); a name's reaches past it.
    if (described.kind !== 'common') described.end = comma + 1
    return described
  }
  const run = runEndingAt(t, k, floor)
  if (!run) {
    // "The study's lead author, cardiologist Jonas Berg, said": the person named in the apposition.
    const named = runEndingAt(t, comma, k + 1)
    const person =
      named && !named.possessive && named.to - named.from >= 2 && isRoleHead(t[named.from - 1]?.lw ?? '')
        ? nameNP(discourse, s, named.from, named.to, 'left')
        : null
    if (person?.person) {
      person.end = comma + 1
      return person
    }
    // "The Swedish firm, the world's largest maker of home appliances, said": the noun phrase before the apposition.
    return describedBefore(discourse, s, k, comma, floor, true)
  }
  const np = nameNP(discourse, s, run.from, run.to, 'left')
  // "Pory Vanna, a representative from Koh Pdao, a dolphin ecotourism site, told": a place or body described in
  // a second apposition; the person is named before the first.
  if (np && !np.person && (t[run.from - 1]?.lw === 'from' || t[run.from - 1]?.lw === 'of' || t[run.from - 1]?.lw === 'at')) {
    let c = run.from - 2
    while (c > floor && t[c]!.w !== ',' && run.from - c < 8) c--
    const who = t[c]?.w === ',' ? runEndingAt(t, c, floor) : null
    const person = who && !who.possessive ? nameNP(discourse, s, who.from, who.to, 'left') : null
    if (person?.person) {
      person.end = comma + 1
      return person
    }
  }
  if (np) np.end = comma + 1
  return np
}

/**
 * The common noun phrase ("the company", "the 32-year-old") that ends at the apposition's opening comma `k`, or the
 * name an apposition gives it ("His mother, Giselle, said", "Manufacturers' organisation, the EEF, said").
 */
function describedBefore(
  discourse: Discourse,
  s: SentenceCtx,
  k: number,
  comma: number,
  floor: number,
  apposition: boolean,
): SpeakerNP | null {
  const t = s.tokens
  const before = t[k - 1]
  if (!before?.word || before.cap) return null
  const np = leftSpeaker(discourse, s, k, floor)
  if (np?.kind !== 'common') return null
  // The phrase opens its clause: not "staff within the department, which had …, said the committee", nor the middle
  // of a chain of appositions ("Dr John Kelly, IBM senior vice president, Technology and IP, said").
  const opener = t[np.start - 1]
  if (np.start > floor && (!opener?.word ? opener?.w === ',' : !CONNECTIVES.has(opener.lw) && !CONTRASTIVE.has(opener.lw))) return null
  const author = apposition && DOCUMENT_NOUNS.has(before.lw) ? authorInApposition(discourse, s, k, comma) : null
  if (author) return { ...author, start: np.start, end: comma + 1 }
  const named = apposition ? nameInApposition(discourse, s, k, comma, PERSON_NOUNS.has(before.lw) || isRoleHead(before.lw)) : null
  if (named) return { ...named, start: np.start, end: comma + 1 }
  np.end = comma + 1
  return np
}

/** Where "his sister", "Registrars' spokesman" starts before the comma `k` that opens the name it describes. */
function descriptionStart(t: Token[], k: number, floor: number): number {
  let st = k
  while (st - 1 >= floor && k - st < 5 && t[st - 1]!.word && !t[st - 1]!.cap && !FUNCTION_WORDS.has(t[st - 1]!.lw)) st--
  const det = t[st - 1]
  if (st - 1 >= floor && det && (DETERMINERS.has(det.lw) || POSSESSIVE_DETS.has(det.lw) || /['’]s?$/.test(det.w))) st--
  return st
}

/** "Russia's ambassador to the U.N.,", "the president of the European Commission,", "a civil society leader in Walikale,": a role, then the body or place it serves. */
function roleOfBodyBefore(t: Token[], k: number, floor: number): boolean {
  // "the Supreme Electoral Tribunal (TSE),": the body's name before its abbreviation.
  const end = t[k - 1]?.w === ')' && t[k - 3]?.w === '(' ? k - 3 : k
  let i = end - 1
  // "for Europe and Central Asia", "at the National Institute of Medical Research": capitalised words, perhaps joined.
  while (
    i > floor &&
    end - i <= 7 &&
    (t[i]!.cap || t[i]!.w === '.' || ((t[i]!.lw === 'and' || t[i]!.lw === 'of') && t[i - 1]?.cap && t[i + 1]?.cap))
  )
    i--
  // "the head of national power company Ukrenergo,", "the head of state miner Bumi Nikel,": what kind of body it is,
  // before its name (any words after "of" or "at").
  if (i < end - 1) {
    let d = i
    while (d > floor && i - d < 3 && t[d]!.word && !t[d]!.cap && !FUNCTION_WORDS.has(t[d]!.lw) && !isRoleHead(t[d]!.lw)) d--
    if (d < i && (COMPANY_NOUNS.has(t[i]!.lw) || ORG_NOUNS.has(t[i]!.lw) || ['of', 'at'].includes(t[d]!.lw))) i = d
  }
  if (t[i]?.lw === 'the') i--
  const prep = t[i]
  if (i - 1 < floor || !prep || !['to', 'of', 'for', 'at', 'in'].includes(prep.lw)) return false
  // "the commander of", "Head of developmental genetics at": a role, perhaps with what it heads.
  for (let r = i - 1; r >= floor && r >= i - 4; r--) {
    const role = t[r]!
    if (isRoleHead(role.lw) && (!role.cap || r === floor)) return true
    if (!role.word || role.cap) return false
  }
  return false
}

/** "The study, conducted by the Pew Research Center,": the body a participle names as the document's author. */
function authorInApposition(discourse: Discourse, s: SentenceCtx, k: number, comma: number): SpeakerNP | null {
  const t = s.tokens
  const participle = t[k + 1]
  if (!participle?.word || participle.cap || !/(?:ed|en|out)$/.test(participle.lw)) return null
  let by = k + 2
  if (t[by]?.lw === 'out') by++
  if (t[by]?.lw !== 'by') return null
  const from = t[by + 1]?.lw === 'the' ? by + 2 : by + 1
  const run = runStartingAt(t, from, comma)
  if (!run || run.to < comma - 3) return null
  const np = nameNP(discourse, s, run.from, run.to, 'left')
  return np?.org || np?.person ? np : null
}

/** The name that makes up an apposition after its describing words: ", US playwright Eve Ensler,", ", the EEF,". */
function nameInApposition(discourse: Discourse, s: SentenceCtx, k: number, comma: number, ofPerson: boolean): SpeakerNP | null {
  const t = s.tokens
  // "Oil & Natural Gas Corp (ONGC)": the name before its abbreviation.
  const end = t[comma - 1]?.w === ')' && t[comma - 3]?.w === '(' ? comma - 3 : comma
  const run = runEndingAt(t, end, k + 1)
  if (!run || run.possessive || run.from - k > 4) return null
  // Only describing words before it: not "majority-owned by Japan's Suzuki" or "a Democrat from Ohio".
  for (let i = k + 1; i < run.from; i++) {
    const w = t[i]!
    if (!w.word || (FUNCTION_WORDS.has(w.lw) && !['the', 'a', 'an'].includes(w.lw))) return null
  }
  const np = nameNP(discourse, s, run.from, run.to, 'left')
  // "His mother, Giselle,": one name the article gives a person by.
  if (np?.org && !np.person && ofPerson && run.to - run.from === 1)
    return { ...np, person: discourse.addPerson(np.org, null, null), org: null }
  return np && (np.person || np.org) ? np : null
}

/** Lower-case role words before a name: "government spokesperson", "William Hill spokesman". */
export function descriptorBefore(t: Token[], from: number): { role: string | null; organization: string | null; from: number } | null {
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
export function parseApposition(text: string, t: Token[], at: number): Apposition | null {
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
  // ", General Walter Ríos,": a title before a name, which is what the phrase is (but ", Ambassador Stefan
  // Johannesson of Iceland," reads as a role and where it is held).
  if (headTok.cap && isNameToken(t[head + 1], false)) {
    let n = head + 1
    while (isNameToken(t[n], false)) n++
    if (t[n]?.w === ',' || t[n]?.w === '.') return null
  }
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
