// The speaker phrase after an inverted speech verb: "…, said Ahmad Zia, a spokesman for the ministry."
import { isDescriptorToken, isNameToken, joinTokens, looksLikeOrg, runStartingAt, stripPossessive } from '../entities'
import { DAYS, DOCUMENT_NOUNS, FUNCTION_WORDS, ORG_NOUNS, PERSON_NOUNS, SOURCE_MODIFIERS, SOURCE_NOUNS, SPEECH_VERBS } from '../lexicon'
import { isRoleHead } from '../roles'
import type { Token } from '../tokens'
import type { Discourse } from './discourse'
import { nameAfterDescriptor } from './mentions'
import type { SentenceCtx } from './sentence'
import { nameNP, type SpeakerNP } from './speaker-name'
import { DETERMINERS, PRONOUNS_ORG, PRONOUNS_PERSON } from './grammar-words'
import { COMPANY_NOUNS, isDemonym, SPOKES_RE } from './source-words'
import { AUTHORING_PARTICIPLES, DOCUMENT_PARTICIPLES, TRAILING_PREPS } from './speech-words'

/** What a source is familiar with, close to, briefed on or involved in. */
const KNOWING_PREPS = new Set(['with', 'to', 'on', 'in', 'about'])

/**
 * "said senior advocate Farhan Qureshi, who …": a full name of two words or more that the speaker phrase closes on,
 * after a few words of description whatever their noun.
 */
function fullNameAt(t: Token[], at: number): boolean {
  const run = runStartingAt(t, at, t.length)
  return run !== null && run.to - run.from >= 2 && !run.possessive && (t[run.to] === undefined || !t[run.to]!.word)
}

/**
 * The title word closing a portfolio of one-word subjects listed with commas and "and" from `start` ("Tourism, Arts
 * and Culture Minister"), or `start` — not "David Frost, Director General", a name and then a title.
 */
function portfolioTitleAt(t: Token[], start: number): number {
  let i = start
  let commas = 0
  while (t[i]?.cap && t[i]!.word && t[i + 1]?.w === ',' && !isRoleHead(t[i]!.lw)) {
    commas++
    i += 2
  }
  if (commas === 0) return start
  if (!t[i]?.cap || t[i + 1]?.lw !== 'and') return start
  for (let k = i + 2; k < i + 5 && k < t.length; k++) {
    if (!t[k]!.cap || !t[k]!.word) return start
    if (isRoleHead(t[k]!.lw) && t[k + 1]?.cap) return k
  }
  return start
}

/** Parses the speaker noun phrase that starts at token `start` (after an inverted verb). */
/** After a nationality's run, the end of the lower-case kind of body or document it qualifies ("customs data"), or -1. */
function kindAfterDemonym(discourse: Discourse, t: Token[], run: { from: number; to: number; possessive?: boolean }): number {
  if (run.possessive || !isDemonym(joinTokens(discourse.text, t, run.from, run.to))) return -1
  let k = run.to
  while (k < t.length && k < run.to + 3 && t[k]!.word && !t[k]!.cap && !FUNCTION_WORDS.has(t[k]!.lw) && !SPEECH_VERBS.has(t[k]!.lw)) k++
  const head = t[k - 1]!
  // "Russian newspaper Vedomosti": the kind describes the name after it.
  if (t[k]?.cap && isNameToken(t[k], false)) return -1
  return k > run.to && (ORG_NOUNS.has(head.lw) || DOCUMENT_NOUNS.has(head.lw)) ? k : -1
}

export function rightSpeaker(discourse: Discourse, s: SentenceCtx, start: number): SpeakerNP | null {
  const t = s.tokens
  const first = t[start]
  if (!first) return null
  // "said Tourism, Arts and Culture Minister Datuk Seri Dr Rosli Kamarudin": a portfolio listed with commas.
  const office = portfolioTitleAt(t, start)
  if (office > start) {
    const np = rightSpeaker(discourse, s, office)
    if (np?.kind === 'name' && np.person) return { ...np, start, role: joinTokens(discourse.text, t, start, office + 1) }
  }
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
      (i === descStart ||
        isRoleHead(t[i - 1]!.lw) ||
        ORG_NOUNS.has(t[i - 1]!.lw) ||
        COMPANY_NOUNS.has(t[i - 1]!.lw) ||
        (i - descStart <= 3 && !t[i - 1]!.cap && fullNameAt(t, i)))
    )
  ) {
    if (t[i]!.cap && !isDescriptorToken(t[i]!.w) && !isNameToken(t[i], false)) break
    i++
  }
  const headOk =
    i === start ||
    (i > descStart && (isRoleHead(t[i - 1]!.lw) || ORG_NOUNS.has(t[i - 1]!.lw) || COMPANY_NOUNS.has(t[i - 1]!.lw))) ||
    (i > descStart && fullNameAt(t, i))
  if (i < t.length && t[i]!.cap && isNameToken(t[i], false) && headOk && (i === start || descStart === start || i > descStart)) {
    const run = runStartingAt(t, i, t.length)
    // "according to Chinese customs data", "said Kenyan police": a nationality, then the kind of document or body.
    const kindEnd = run && i === descStart ? kindAfterDemonym(discourse, t, run) : -1
    if (kindEnd > 0) return { kind: 'common', start, end: kindEnd, words: t.slice(start, kindEnd).map((x) => x.w) }
    // "said Amazon's Robin Terrell": the person, who works for the possessor.
    const owned = run?.possessive && i === start ? runStartingAt(t, run.to, t.length) : null
    if (run && owned && !owned.possessive) {
      const np = nameNP(discourse, s, owned.from, owned.to, 'right')
      if (np?.person) {
        np.start = start
        np.org = np.org ?? stripPossessive(joinTokens(discourse.text, t, run.from, run.to))
        return np
      }
      // "according to Türkiye's Communications Directorate": the body, which belongs to the place.
      if (np?.org && looksLikeOrg(joinTokens(discourse.text, t, owned.from, owned.to))) {
        np.start = start
        return np
      }
    }
    // "said Electrolux chief executive Hans Straberg", "UK think-tank Demos": the name after the description.
    const later = run ? nameAfterDescriptor(t, run.to) : null
    if (run && later) {
      const np = nameNP(discourse, s, later.from, later.to, 'right')
      if (np) {
        np.start = start
        if (np.person) {
          np.role = np.role ?? joinTokens(discourse.text, t, run.to, later.from)
          np.org = np.org ?? stripPossessive(joinTokens(discourse.text, t, run.from, run.to))
        } else np.role = null
        return np
      }
    }
    if (run) {
      const np = nameNP(discourse, s, run.from, run.to, 'right', i > descStart ? descStart : undefined)
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
  // "according to the state's Economic Survey": a document or body named after whose it is.
  if (t[i]?.cap && !t[i - 1]!.cap && /['’]s?$/.test(t[i - 1]!.w)) {
    const owned = runStartingAt(t, i, t.length)
    const head = owned ? t[owned.to - 1]!.lw : ''
    if (owned && !owned.possessive && (DOCUMENT_NOUNS.has(head) || ORG_NOUNS.has(head)))
      return { kind: 'common', start, end: owned.to, words: t.slice(start, owned.to).map((x) => x.w) }
  }
  // A capitalised phrase after "the": "the Treasury", "the Office for National Statistics".
  if (t[from]!.cap) {
    const run = runStartingAt(t, from, t.length)
    // "according to the Paris transport authority RATP": the name after the description is the source.
    const described = run && !run.possessive ? nameAfterDescriptor(t, run.to) : null
    if (described) {
      const np = nameNP(discourse, s, described.from, described.to, 'right')
      if (np && !np.person) {
        np.start = start
        np.role = null
        return np
      }
    }
    // "according to the Mayor's office", "said the President's spokesman": a body or person named after whose it is.
    const whose = run?.possessive ? t[run.to] : undefined
    if (run && whose?.word && !whose.cap && (ORG_NOUNS.has(whose.lw) || SPOKES_RE.test(whose.lw)))
      return { kind: 'common', start, end: run.to + 1, words: t.slice(start, run.to + 1).map((x) => x.w) }
    // "according to the Congolese government", "said the Kenyan police", "according to Chinese customs data": a
    // nationality, then the kind of body or document.
    const last = t[i - 1]!
    const kind = ORG_NOUNS.has(last.lw) || DOCUMENT_NOUNS.has(last.lw)
    if (run && i > run.to && isDemonym(joinTokens(discourse.text, t, run.from, run.to)) && !last.cap && kind)
      return { kind: 'common', start, end: i, words: t.slice(start, i).map((x) => x.w) }
    if (run) {
      // "said a Fifa spokesman": the body the spokesman speaks for.
      let k = run.to
      while (k < t.length && k < run.to + 3 && t[k]!.word && !t[k]!.cap && (SPOKES_RE.test(t[k]!.lw) || isRoleHead(t[k]!.lw))) k++
      // "said the Old Trafford boss": a person described by where they work, not a person named "Old Trafford".
      if (k > run.to && !SPOKES_RE.test(t[k - 1]!.lw) && !run.possessive && from > start && DETERMINERS.has(t[start]!.lw)) {
        return { kind: 'common', start, end: k, words: t.slice(start, k).map((x) => x.w) }
      }
      const np = nameNP(discourse, s, run.from, run.to, 'right', from > start && !DETERMINERS.has(t[from - 1]!.lw) ? start : undefined)
      if (np && k > run.to && !np.person && SPOKES_RE.test(t[k - 1]!.lw)) {
        np.role = joinTokens(discourse.text, t, run.to, k)
        np.end = k
      }
      if (np) return np
    }
    return null
  }
  // "a poll conducted by Kyodo News", "data compiled by the Housing and Land Rights Network": the document, then who
  // made it.
  // "according to a joint statement released after the talks", "preliminary results published on Monday": the
  // document, whenever it was made.
  for (let j = from; j + 1 < i; j++) {
    const participle = t[j + 1]!.lw
    if (DOCUMENT_NOUNS.has(t[j]!.lw) && (AUTHORING_PARTICIPLES.has(participle) || DOCUMENT_PARTICIPLES.has(participle))) {
      i = j + 1
      break
    }
  }
  const words = t.slice(start, i)
  const head = t[i - 1]!.lw
  // "according to people familiar with the talks", "said sources close to the president": the source and what it knows.
  if (SOURCE_MODIFIERS.has(head) && i - 2 >= from && (SOURCE_NOUNS.has(t[i - 2]!.lw) || isRoleHead(t[i - 2]!.lw))) {
    let e = i
    if (KNOWING_PREPS.has(t[e]?.lw ?? '')) {
      e++
      while (e < t.length && e < i + 6 && t[e]!.word && t[e]!.lw !== 'that' && !SPEECH_VERBS.has(t[e]!.lw)) e++
    }
    return { kind: 'common', start, end: e, words: t.slice(start, e).map((w) => w.w), source: true }
  }
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
  // "a report released Tuesday by the Competition Bureau": when it appeared may come between.
  const dated = DAYS.has(t[i + 1]?.lw ?? '') || t[i + 1]?.lw === 'today' || t[i + 1]?.lw === 'yesterday' ? 1 : 0
  const authored = AUTHORING_PARTICIPLES.has(t[i]?.lw ?? '') && t[i + 1 + dated]?.lw === 'by'
  if (t[i]?.lw === 'by' || authored || (t[i]?.lw === 'from' && DOCUMENT_NOUNS.has(head))) {
    const by = authored ? i + 1 + dated : i
    let k = by + 1
    while (k < t.length && k < by + 6 && !t[k]!.cap) k++
    let run: { from: number; to: number } | null = t[k]?.cap ? runStartingAt(t, k, t.length) : null
    if (run) run = nameAfterDescriptor(t, run.to) ?? run
    // "figures released by the UK gaming industry's trade body": the name only describes the author.
    const plain = (x: Token | undefined) =>
      x?.word === true &&
      !x.cap &&
      !FUNCTION_WORDS.has(x.lw) &&
      !TRAILING_PREPS.has(x.lw) &&
      !AUTHORING_PARTICIPLES.has(x.lw) &&
      !DOCUMENT_PARTICIPLES.has(x.lw) &&
      !ORG_NOUNS.has(x.lw) &&
      !COMPANY_NOUNS.has(x.lw)
    const describes = run !== null && !/['’]s?$/.test(t[run.to - 1]!.w) && plain(t[run.to]) && plain(t[run.to + 1])
    if (run && describes && DOCUMENT_NOUNS.has(head)) {
      let e = run.to
      while (e < t.length && e < run.to + 4 && t[e]!.word && !t[e]!.cap && !FUNCTION_WORDS.has(t[e]!.lw)) e++
      return { kind: 'common', start, end: e, words: t.slice(start, e).map((w) => w.w) }
    }
    if (run) {
      const np = nameNP(discourse, s, run.from, run.to, 'right')
      if (np) {
        np.start = start
        // "the research by the Licensed Taxi Drivers Association": the author, not a role.
        if (!np.person) np.role = null
        return np
      }
      return { kind: 'common', start, end: i, words: words.map((w) => w.w), source: SOURCE_NOUNS.has(head) }
    }
    // "estimates by humanitarian organisations": an author the article does not name is part of the phrase.
    if (DOCUMENT_NOUNS.has(head) && k > by + 1 && !t[k]?.cap) {
      let e = by + 1
      while (e < t.length && e < by + 5 && t[e]!.word && !t[e]!.cap) e++
      return { kind: 'common', start, end: e, words: t.slice(start, e).map((w) => w.w) }
    }
  }
  // "…," wrote the spokesman, Innocent Rwabukamba, adding …": the role, then the person's name between commas.
  const named = t[i]?.w === ',' && isRoleHead(head) && fullNameAt(t, i + 1) ? runStartingAt(t, i + 1, t.length) : null
  if (named) {
    const np = nameNP(discourse, s, named.from, named.to, 'right')
    if (np?.person) return { ...np, start, role: np.role ?? joinTokens(discourse.text, t, from, i) }
  }
  return { kind: 'common', start, end: i, words: words.map((w) => w.w), source: SOURCE_NOUNS.has(head) }
}
