// The speaker phrase that ends just before a speech verb: a name, a pronoun, an unnamed source or a document.
import { isAcronym, isNameToken, isPlaceName, joinTokens, runEndingAt, runStartingAt, stripPossessive } from '../entities'
import {
  COLLECTIVE_ROLES,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PERSON_NOUNS,
  SOURCE_MODIFIERS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
} from '../lexicon'
import { isRoleHead } from '../roles'
import { sourceInPlace } from '../source-in-place'
import type { Discourse } from './discourse'
import { authoredDocumentAt, bodyDescriptionStart, singularOf } from './phrases'
import type { SentenceCtx } from './sentence'
import { appositionSpeaker } from './speaker-apposition'
import { capitalPrefix, nameNP, personBeforePlace, type SpeakerNP } from './speaker-name'
import { DETERMINERS, FINITE, NP_PREPS, POSSESSIVE_DETS, PRONOUNS_ORG, PRONOUNS_PERSON, QUANTIFIERS } from './grammar-words'
import type { Token } from '../tokens'
import { AGE_RE, COMPANY_NOUNS, SPOKES_RE } from './source-words'
import { PLURAL_SOURCES, REPORTING_VERBS, SAYING_VERBS } from './speech-words'
import { NUMBER_WORDS } from '../checkworthy/words'

/** Parses the speaker noun phrase that ends just before token index `end`. */
export function leftSpeaker(discourse: Discourse, s: SentenceCtx, end: number, floor: number): SpeakerNP | null {
  const np = speakerPhrase(discourse, s, end, floor)
  // "Four of the seven commissioners", "Many of the residents": how many of the source speak.
  const t = s.tokens
  const count = np?.kind === 'common' ? t[np.start - 2] : undefined
  if (
    np &&
    count &&
    t[np.start - 1]?.lw === 'of' &&
    np.start - 2 >= floor &&
    (count.numeric || QUANTIFIERS.has(count.lw) || NUMBER_WORDS.has(count.lw))
  )
    return { ...np, start: np.start - 2, words: t.slice(np.start - 2, np.end).map((x) => x.w) }
  return np
}

function speakerPhrase(discourse: Discourse, s: SentenceCtx, end: number, floor: number): SpeakerNP | null {
  const t = s.tokens
  const last = t[end - 1]
  if (!last) return null
  const authored = authoredSubject(discourse, s, end, floor)
  if (authored) return authored
  if (PRONOUNS_PERSON.has(last.lw) || PRONOUNS_ORG.has(last.lw)) {
    return { kind: 'pronoun', start: end - 1, end, words: [last.lw] }
  }
  // "One of them said": one of the people credited before, in the plural.
  const count = t[end - 3]
  if (
    last.lw === 'them' &&
    t[end - 2]?.lw === 'of' &&
    count &&
    end - 3 >= floor &&
    (NUMBER_WORDS.has(count.lw) || QUANTIFIERS.has(count.lw))
  )
    return { kind: 'common', start: end - 3, end, words: t.slice(end - 3, end).map((x) => x.w), source: true }
  if (isNameToken(last, end - 1 === floor)) {
    const run = runEndingAt(t, end, floor)
    if (!run) return null
    // "A spokesperson for Aldergate said", "A spokeswoman for the Economy Ministry said": an unnamed person of the
    // body named, who is the source.
    const theBody = t[run.from - 1]?.lw === 'the' ? 1 : 0
    const spokes = t[run.from - 2 - theBody]
    if (
      t[run.from - 1 - theBody]?.lw === 'for' &&
      spokes !== undefined &&
      SPOKES_RE.test(spokes.lw) &&
      (t[run.from - 3 - theBody]?.lw === 'a' || t[run.from - 3 - theBody]?.lw === 'an') &&
      run.from - 3 - theBody >= floor &&
      !run.possessive
    )
      return {
        kind: 'common',
        start: run.from - 3 - theBody,
        end,
        words: t.slice(run.from - 3 - theBody, end).map((x) => x.w),
        source: true,
        role: spokes.lw,
        org: stripPossessive(joinTokens(discourse.text, t, run.from, run.to)),
      }
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
    // "Alan Ashley, Chief of Sport Performance for the U.S. Olympic Committee says": a title in capitals after the
    // person, with no closing comma.
    if (t[run.from - 1]?.w === ',' && run.to - run.from >= 2 && isRoleHead(t[run.from]!.lw) && run.from - 1 > floor) {
      const who = runEndingAt(t, run.from - 1, floor)
      const np = who && !who.possessive ? nameNP(discourse, s, who.from, who.to, 'left') : null
      if (np?.person) return { ...np, end, role: np.role ?? joinTokens(discourse.text, t, run.from, run.to) }
    }
    // "Chris Panayis, managing director of ISP Freedom2surf said": the person before the apposition.
    const theBefore = t[run.from - 1]?.lw === 'the' && run.from - 1 > floor ? 1 : 0
    const prep = t[run.from - 1 - theBefore]
    if (prep && (prep.lw === 'of' || prep.lw === 'at' || prep.lw === 'for') && !prep.cap) {
      let c = run.from - 2 - theBefore
      while (c > floor && c >= run.from - 6 && t[c]!.word && !t[c]!.cap && !FUNCTION_WORDS.has(t[c]!.lw)) c--
      // "Nadia Karim, a hydrologist at the University of Basra (who …) said".
      if ((t[c]?.lw === 'a' || t[c]?.lw === 'an') && c - 1 > floor) c--
      if (t[c]?.w === ',' && c + 1 < run.from - 1 - theBefore && isRoleHead(t[run.from - 2 - theBefore]!.lw) && c > floor) {
        const who = runEndingAt(t, c, floor)
        if (who && !who.possessive) {
          const np = nameNP(discourse, s, who.from, who.to, 'left')
          if (np?.person)
            return {
              ...np,
              end,
              role: np.role ?? joinTokens(discourse.text, t, c + 1, run.from - 1 - theBefore),
              org: np.org ?? stripPossessive(joinTokens(discourse.text, t, run.from, run.to)),
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
    // "Data from the IOM's Missing Migrants Project": past the owner of the name.
    const owner = t[by]?.cap && /['’]s$/.test(t[by]!.w) ? runEndingAt(t, by + 1, floor) : null
    if (owner) by = owner.from - 1
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
    // "data compiled by Bloomberg show": the participle that names the author between them.
    const authoredBy = by - 2 >= floor && authoredDocumentAt(t, by)
    if ((t[by]?.lw === 'by' || t[by]?.lw === 'from') && by - 1 >= floor && (DOCUMENT_NOUNS.has(t[by - 1]!.lw) || authoredBy)) {
      const np = nameNP(discourse, s, run.from, run.to, 'left')
      if (np && !np.person) {
        let st = authoredBy ? by - 2 : by - 1
        while (st - 1 >= floor && st > by - 5 && t[st - 1]!.word && !t[st - 1]!.cap && !FUNCTION_WORDS.has(t[st - 1]!.lw)) st--
        if (st - 1 >= floor && DETERMINERS.has(t[st - 1]!.lw)) st--
        return { ...np, start: st }
      }
    }
    // "Economists, however, forecast": a capitalised common noun at the start of a sentence.
    const plainPlural = /s$/.test(last.lw) && !discourse.isOrgName(last.w) && discourse.words.hasWord(last.lw)
    if (
      run.to - run.from === 1 &&
      run.from === 0 &&
      (isRoleHead(last.lw) ||
        PERSON_NOUNS.has(last.lw) ||
        plainPlural ||
        SOURCE_NOUNS.has(last.lw) ||
        /^(?:analysts|experts|economists|officials|critics|researchers|campaigners|investors|traders|dealers|lawmakers)$/.test(last.lw))
    ) {
      return {
        kind: 'common',
        start: 0,
        end,
        words: [last.w.toLowerCase()],
        source: SOURCE_NOUNS.has(last.lw) || PLURAL_SOURCES.has(last.lw),
      }
    }
    // "Carl Russell of West Midlands Police's Force CID said": the person before a body named by its parent.
    if (t[run.from - 1] && /['’]s$/.test(t[run.from - 1]!.w) && isNameToken(t[run.from - 1], false)) {
      // The name run reaches back over "of" to the person: "Carl Russell of West Midlands Police's".
      const parent = runEndingAt(t, run.from, floor)
      let of = parent ? run.from - 1 : -1
      while (parent && of > parent.from && t[of]!.lw !== 'of' && t[of]!.lw !== 'at') of--
      if (parent && of > parent.from) {
        const who = runEndingAt(t, of, floor)
        const np = who && !who.possessive ? nameNP(discourse, s, who.from, who.to, 'left') : null
        if (np?.person) return { ...np, end, org: np.org ?? stripPossessive(joinTokens(discourse.text, t, of + 1, run.from)) }
      }
    }
    // "The leader of a Hindu community in Bangladesh told VOA", "A close friend of Khalid's said": a person described,
    // ending in the place or the person the description names.
    // "Sources at the Labor Ministry told VOA": unnamed sources, and where they work.
    // "An official at Indonesia's Ministry of Investment": a possessive before the body stands for "the".
    const ownerBefore = t[run.from - 1]?.cap === true && /['’]s$/.test(t[run.from - 1]!.w) && t[run.from - 2]?.lw === 'at'
    const the = t[run.from - 1]?.lw === 'the' || ownerBefore ? 1 : 0
    const placeOrOwner = t[run.from - 1 - the]
    if (placeOrOwner && run.from - 1 - the > floor && ['in', 'from', 'of', 'at'].includes(placeOrOwner.lw)) {
      const place =
        (placeOrOwner.lw === 'in' || placeOrOwner.lw === 'from') && !the && isPlaceName(joinTokens(discourse.text, t, run.from, run.to))
      const owner = (placeOrOwner.lw === 'of' && !the && run.possessive) || ownerBefore
      const described = leftSpeaker(discourse, s, run.from - 1 - the, floor)
      const head = described?.kind === 'common' ? headOf(described.words) : ''
      if (described && (SOURCE_NOUNS.has(head) || ((place || owner) && (isRoleHead(head) || PERSON_NOUNS.has(head)))))
        return { ...described, end, words: t.slice(described.start, end).map((x) => x.w), source: true }
      // "the press service of the Ministry of Energy": the body speaks through its own office.
      if (
        described &&
        placeOrOwner.lw === 'of' &&
        (head === 'service' || head === 'office') &&
        described.words.some((w) => /^(?:press|media)$/i.test(w))
      ) {
        const body = nameNP(discourse, s, run.from, run.to, 'left')
        if (body && !body.person) return { ...body, start: described.start }
      }
    }
    const np = nameNP(discourse, s, run.from, run.to, 'left')
    // "state news agency TASS", "the rights group Adhoc": what kind of body it is belongs to the phrase.
    if (np && !np.person) np.start = Math.min(np.start, bodyDescriptionStart(t, run.from, floor))
    return np
  }
  if (!last.word || last.cap) {
    // "Bilal Karimi, the deputy spokesperson of the Taliban, said": an apposition before the verb.
    if (last.w === ',') return appositionSpeaker(discourse, s, end - 1, floor)
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
    // "security and local sources": two kinds of the same unnamed source — not "has been recorded and organisers".
    if (
      w.lw === 'and' &&
      i > floor &&
      t[i - 1]?.word &&
      !t[i - 1]!.cap &&
      !FUNCTION_WORDS.has(t[i - 1]!.lw) &&
      !/ed$/.test(t[i - 1]!.lw) &&
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
  // "Two people familiar with the talks", "sources close to the president", "three people with knowledge of the
  // plans", "two equipment suppliers to the site": the source before what it knows or whom it serves.
  const window = Math.max(floor, from - 6)
  const modifier = t.slice(window, end).findIndex((x, i) => SOURCE_MODIFIERS.has(x.lw) || knowsThrough(t, window + i, end))
  if (modifier >= 0) {
    const m = window + modifier
    let h = m - 1
    if (t[h] && (SOURCE_NOUNS.has(t[h]!.lw) || isRoleHead(t[h]!.lw) || countedPlural(t, h, floor))) {
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
      const np = nameNP(discourse, s, run.from, run.to, 'left')
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
    // "The utility said", "The hospital says": a body or person named by a noun of no list, as the subject of
    // a verb of saying.
    if (
      p < 0 &&
      words.length === 2 &&
      words[0]!.lw === 'the' &&
      from === floor &&
      (SAYING_VERBS.has(t[end]?.lw ?? '') || thatFollows(t, end + 1)) &&
      // Not "is said to be", nor "The name says it all".
      t[end + 1]?.lw !== 'to' &&
      !(t[end + 1]?.lw === 'it' && t[end + 2]?.lw === 'all') &&
      /^\p{Ll}+$/u.test(words[1]!.w) &&
      !FUNCTION_WORDS.has(head) &&
      !/(?:ing|ed|ly)$/.test(head)
    )
      return { kind: 'common', start: from, end, words: words.map((w) => w.w), source: true }
    // "a resident of Moung Ruessei district": an unnamed source, then where they are from.
    if (SOURCE_NOUNS.has(h) && p > 0) return { kind: 'common', start: from, end, words: words.map((w) => w.w), source: true }
    // "the ministry of health" names a body; "the G8 group of industrialised states" does not end before a verb.
    const body = ORG_NOUNS.has(h) && !/(?:ed|ing)$/.test(head)
    // "The General Staff of Ukraine's armed forces says": a body's name, then whose body it is.
    const named = p > 0 && words[p]!.lw === 'of' && DETERMINERS.has(words[0]!.lw) ? runStartingAt(t, from + 1, from + p) : null
    if (named && named.to === from + p && (ORG_NOUNS.has(words[p - 1]!.lw) || ORG_SUFFIXES.has(words[p - 1]!.lw)) && !named.possessive)
      return {
        kind: 'name',
        start: from,
        end,
        words: words.slice(1).map((w) => w.w),
        person: null,
        org: joinTokens(discourse.text, t, named.from, end),
      }
    if (!(isRoleHead(h) || DOCUMENT_NOUNS.has(h) || body)) {
      // "Local officials in Apayao province": a source placed by a place it names with a common noun.
      const placed = sourceInPlace(t, from)
      if (placed !== null && placed.start >= floor)
        return { kind: 'common', start: placed.start, end, words: t.slice(placed.start, end).map((w) => w.w), source: true }
      return personBeforePlace(discourse, s, from, end, floor)
    }
  }
  return { kind: 'common', start: from, end, words: words.map((w) => w.w) }
}

/** "estimated that", "warned in September that": the verb at `from - 1` takes a reported clause. */
function thatFollows(t: Token[], from: number): boolean {
  for (let k = from; k < t.length && k < from + 4; k++) {
    if (t[k]!.lw === 'that') return true
    if (!t[k]!.word || FINITE.has(t[k]!.lw)) return false
  }
  return false
}

/** "Data released by the statistics office showed": a document and its author, who is the source. */
function authoredSubject(discourse: Discourse, s: SentenceCtx, end: number, floor: number): SpeakerNP | null {
  const t = s.tokens
  let by = end - 2
  while (by > floor && by >= end - 10 && !authoredDocumentAt(t, by)) by--
  if (by <= floor || by < end - 10) return null
  const head = by - 2
  if (t[head]!.cap && head !== floor) return null
  // The document opens the speaker phrase: "(The) data released by …".
  const start = head - 1 >= floor && DETERMINERS.has(t[head - 1]!.lw) ? head - 1 : head
  if (start !== floor && t[start - 1]?.word) return null
  const from = t[by + 1]?.lw === 'the' ? by + 2 : by + 1
  const run = runStartingAt(t, from, end)
  if (run && run.to === end) {
    const np = nameNP(discourse, s, run.from, run.to, 'left')
    if (np && (np.org || np.person)) return { ...np, start, end }
  }
  // "data released by the statistics office": an author the article describes, in a few lower-case words.
  const described = t.slice(from, end)
  if (described.length === 0 || described.length > 4 || described.some((x) => !x.word || x.cap || FUNCTION_WORDS.has(x.lw))) return null
  return { kind: 'common', start, end, words: t.slice(start, end).map((x) => x.w) }
}

/** The head noun of a common noun phrase: the word before its first preposition, or its last word. */
function headOf(words: string[]): string {
  const lower = words.map((w) => w.toLowerCase())
  const preposition = lower.findIndex((w, i) => i > 0 && NP_PREPS.has(w))
  return lower[preposition > 0 ? preposition - 1 : lower.length - 1] ?? ''
}

/**
 * "with knowledge of", "with direct knowledge of", "suppliers to the site": what a source knows or whom it serves,
 * said with a preposition, in one phrase up to the verb (not "the three months to September, figures show").
 */
function knowsThrough(t: Token[], m: number, end: number): boolean {
  const lw = t[m]!.lw
  if (t.slice(m, end).some((x) => !x.word)) return false
  if (lw === 'with') return t[m + 1]?.lw === 'knowledge' || t[m + 2]?.lw === 'knowledge'
  return (lw === 'to' || lw === 'inside' || lw === 'within') && countedPlural(t, m - 1, 0)
}

/** "Two equipment suppliers", "three senior diplomats": people counted, whatever their noun. */
function countedPlural(t: Token[], h: number, floor: number): boolean {
  const head = t[h]
  if (!head?.word || head.cap || !/[^s]s$/.test(head.lw)) return false
  for (let k = h - 1; k >= floor && k >= h - 3; k--) {
    if (/^(?:\p{N}+|two|three|four|five|six|seven|eight|nine|ten|several)$/iu.test(t[k]!.w)) return true
    if (!t[k]!.word || t[k]!.cap) return false
  }
  return false
}
