// The commonest cue: a speech verb with its speaker before it ("the ministry said") or after it ("…, said X").
import { setsScene } from '../../clauses'
import { sourceInPlace } from '../../source-in-place'
import { isNameToken, joinTokens, runEndingAt, runStartingAt } from '../../entities'
import { DAYS, DOCUMENT_NOUNS, FUNCTION_WORDS, ORG_NOUNS, PASSIVE_AUX, SENTENCE_ADVERBS, SPEECH_VERBS, VERB_PREFIX } from '../../lexicon'
import { isRoleHead } from '../../roles'
import { isQuoteMark, type Token } from '../../tokens'
import { coordinatedSpeaker } from './participles'
import { findVia } from './via'
import { COMPANY_NOUNS } from '../source-words'
import type { Discourse } from '../discourse'
import {
  afterMedium,
  afterObjectParticiple,
  beforeAside,
  beforeDocumentParticiple,
  beforeRelativeClause,
  beforeTimePhrase,
  demandAfter,
  listenerEnd,
  pastListener,
  propositionAfter,
} from '../phrases'
import { finish } from '../resolve'
import { insideQuote, outsideRange, type AttributionResult, type SentenceCtx } from '../sentence'
import { leftSpeaker } from '../speaker-left'
import { isDocumentPhrase, nameNP, type SpeakerNP } from '../speaker-name'
import { rightSpeaker } from '../speaker-right'
import { deniesDoing, takesPlainObject } from './verb-object'
import {
  CONNECTIVES,
  DETERMINERS,
  FINITE,
  INDEFINITE_COUNTS,
  NP_PREPS,
  POSSESSIVE_DETS,
  PRONOUNS_ORG,
  PRONOUNS_PERSON,
  REFLEXIVES,
  RELATIVE_PRONOUNS,
  RELATIVE_WHO,
} from '../grammar-words'
import {
  CONTACT_PARTICIPLES,
  DIRECTIVE_VERBS,
  INVERSION_FOLLOWERS,
  NOUN_LIKE_VERBS,
  READING_PARTICIPLES,
  REBUTTALS,
  TRAILING_PREPS,
} from '../speech-words'

export function verbAttribution(discourse: Discourse, s: SentenceCtx, v: number): AttributionResult | null {
  const t = s.tokens
  const verb = t[v]!
  // "member states received", "20 states have passed": "states" says something only before a clause, or closing
  // the sentence after one ("…," the lawsuit states.).
  const afterVerb = t[v + 1]
  if (
    (verb.lw === 'states' || verb.lw === 'state') &&
    !(afterVerb === undefined || afterVerb.lw === 'that' || [':', '.', ','].includes(afterVerb.w) || isQuoteMark(afterVerb))
  )
    return null
  // Skip auxiliaries and adverbs back to the speaker.
  let j = v - 1
  for (let pass = 0; pass < 3; pass++) {
    const j0 = j
    while (j >= 0 && (VERB_PREFIX.has(t[j]!.lw) || REFLEXIVES.has(t[j]!.lw) || (/ly$/.test(t[j]!.lw) && !t[j]!.cap && t[j]!.lw.length > 4)))
      j--
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
    contactVia = joinTokens(discourse.text, t, reachedBy.from, reachedBy.to)
    j = reachedBy.from - 3
  }
  if (j >= 0 && PASSIVE_AUX.has(t[j]!.lw)) return null
  if (j >= 0 && (t[j]!.lw === 'not' || t[j]!.lw === "n't" || t[j]!.lw === 'never')) return null
  // "the Treasury's Barker Review, which said …", "the Finance Ministry, which has warned that …": the relative
  // clause credits the name before it.
  if (
    j >= 2 &&
    (j === v - 1 || (j === v - 2 && /^ha[sdv]e?$/.test(t[j + 1]!.lw) && t[v + 1]?.lw === 'that')) &&
    (t[j]!.lw === 'who' || t[j]!.lw === 'which') &&
    t[j - 1]?.w === ','
  ) {
    // "the Office of Fair Trading (OFT), which concluded": the name before its acronym.
    const nameEnd = t[j - 2]?.w === ')' && t[j - 4]?.w === '(' && j - 4 > 0 ? j - 4 : j - 1
    const run = runEndingAt(t, nameEnd, 0)
    const np = run && !run.possessive ? nameNP(discourse, s, run.from, run.to, 'left') : null
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
      if (k < t.length) return finish(discourse, s, np, { start: t[k]!.start, end: s.end }, v, findVia(discourse, s), 'relative-which-said')
    }
    return null
  }
  if (j >= 0 && (t[j]!.lw === 'to' || t[j]!.lw === 'who' || t[j]!.lw === 'which')) return null
  // "a senior official, who spoke on condition of anonymity, said", "an official who did not want to be named
  // said": the clause describes the speaker, who is the phrase before it.
  const asidesEnd = j
  const described = j >= 0 ? beforeRelativeClause(t, j) : -1
  if (described >= 0) j = described
  // "Dementieva is also angry and says that …", "The ministry gave no breakdown, but said …": the subject of the sentence.
  if (j >= 2 && (t[j]!.lw === 'and' || t[j]!.lw === 'but') && j === v - 1) {
    const r = discourse.attempt(() => coordinatedSpeaker(discourse, s, v))
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
  // What a document shows is its statement, object or clause: "A survey by HCOB showed factory output shrank".
  const document = documentSubject(discourse, s, v)
  if (document === null && takesPlainObject(t, v, j)) return null
  const parsed =
    document ?? (j >= 0 ? leftSpeaker(discourse, s, j + 1, 0) : null) ?? (described >= 0 ? personDescribedBefore(t, described) : null)
  const left = parsed === null || parsed.kind === 'common' ? (personBeforeAsides(discourse, s, asidesEnd) ?? parsed) : parsed
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
  const via = contactVia ?? findVia(discourse, s)
  // "The North East showed the highest rate": only documents show things.
  const showing = verb.lw === 'showed' || verb.lw === 'shows' || verb.lw === 'show'
  // A capitalised "Figures" opening the sentence names no author.
  const authoredDocument = left?.kind === 'name' && isDocumentPhrase(left, t) && !DOCUMENT_NOUNS.has(left.words[0]!.toLowerCase())
  if (
    left &&
    showing &&
    !authoredDocument &&
    !(left.kind === 'common' && (DOCUMENT_NOUNS.has(left.words[left.words.length - 1]!.toLowerCase()) || isDocumentPhrase(left, t)))
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
    // "…, two people familiar with the talks in Doha said": the phrase that places the source is part of it.
    let ls = (left.kind === 'name' ? sourceInPlace(t, left.start)?.start : undefined) ?? left.start
    // "…, the ONS said": the determiner belongs to the speaker.
    const isDeterminer = (x: Token) => x.lw === 'the' || x.lw === 'a' || x.lw === 'an' || POSSESSIVE_DETS.has(x.lw)
    while (ls > 0 && isDeterminer(t[ls - 1]!)) ls--
    // "…, something Mr Sullivan denies", "…, a charge the governments deny": a rebuttal of the statement before it,
    // which is not theirs.
    const rebuttal = t[ls - 1]
    const rebuttalOpens = rebuttal?.lw === 'something' ? ls - 2 : t[ls - 2]?.lw === 'a' || t[ls - 2]?.lw === 'an' ? ls - 3 : -1
    if (REBUTTALS.has(rebuttal?.lw ?? '') && rebuttalOpens > 0 && t[rebuttalOpens]!.w === ',') return null
    // "…, two diplomatic sources familiar with the talks told": the words the phrase opens with, back to its comma.
    let modifiers = ls
    while (
      modifiers > 0 &&
      ls - modifiers < 3 &&
      t[modifiers - 1]!.word &&
      !t[modifiers - 1]!.cap &&
      !FUNCTION_WORDS.has(t[modifiers - 1]!.lw)
    )
      modifiers--
    if (modifiers < ls && t[modifiers - 1]?.w === ',') ls = modifiers
    // "…, the World Health Organization and UNICEF said Thursday": two sources, the statement before the first.
    if (t[ls - 1]?.lw === 'and' && ls > 2) {
      const first = discourse.preview(() => leftSpeaker(discourse, s, ls - 1, 0))
      let fs = first?.start ?? -1
      while (fs > 0 && isDeterminer(t[fs - 1]!)) fs--
      if (fs > 0 && t[fs - 1]!.w === ',') ls = fs
    }
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
      // "said in November that the firm must…", "said at a weekly briefing in Doha that …": the reported clause
      // starts after "that" — not the second "that" of "said a decision was not final and that …".
      if (k === v + 1) {
        // Further after where it was said, which has no verb: "at a weekly briefing in Doha that".
        const placed = TRAILING_PREPS.has(t[v + 1]?.lw ?? '')
        for (let x = v + 1; x < Math.min(t.length - 1, placed ? v + 10 : v + 7); x++) {
          const w = t[x]!
          if (w.lw === 'that') {
            k = x + 1
            break
          }
          if (!w.word || SPEECH_VERBS.has(w.lw) || isQuoteMark(w) || (placed && (FINITE.has(w.lw) || w.lw === 'and'))) break
        }
      }
      // "said Sunday it had repelled …": the day it was said is not what was said.
      if (k === v + 1 && (DAYS.has(t[k]?.lw ?? '') || t[k]?.lw === 'yesterday' || t[k]?.lw === 'today')) {
        k++
        if (t[k]?.lw === 'that') k++
      }
      // "said in a statement it would …", "said on Telegram he had …": where it was said, then the statement.
      if (k === v + 1) k = afterMedium(t, v + 1)
      // "has denied supplying weapons to the RSF": the denial is the statement.
      if (deniesDoing(t, v)) k = v
      // "denied the allegation, telling reporters that …": the object is what is denied; the statement follows.
      if (k === v + 1) k = afterObjectParticiple(t, v + 1)
      content = { start: t[Math.min(k, t.length - 1)]!.start, end: nestedCreditStart(s, k) }
      // "…, Jack Straw said." / "…, the company said on Friday.": the statement precedes the speaker.
      // "…, she told RFE/RL's Tajik Service on February 13.": what follows whom it was told to.
      const told = verb.lw === 'told' || verb.lw === 'tells' ? pastListener(t, v + 1) - 1 : v
      let rest = 0
      for (let x = told + 1; x < t.length; x++) if (t[x]!.word) rest++
      // "…, Oxfam says in a report, Paying the Price.": a trailing source phrase, not a statement.
      // But "…, a spokesman said 40 groups applied", "…, he said it would": a short clause of its own.
      const next = t[told + 1]
      const clauseFollows =
        next !== undefined && (next.numeric || PRONOUNS_PERSON.has(next.lw) || next.lw === 'it' || next.lw === 'they' || next.lw === 'we')
      const trailing =
        (rest <= 4 && !clauseFollows) ||
        (rest <= 9 &&
          TRAILING_PREPS.has(t[told + 1]?.lw ?? '') &&
          !t.slice(v + 1).some((x) => x.word && !x.cap && (FINITE.has(x.lw) || SPEECH_VERBS.has(x.lw))))
      // "Reparations will follow, he said, in another gesture to victims": a parenthetical credit, the statement before it.
      // So is "…, the ministry said on Wednesday, as Berlin prepares …" and "…, the club said in its annual report,
      // more than double …": a time or where it was said, then a comma.
      // "…, two sources told Al Jazeera, with disagreements …": past whom it was told to.
      const closing = creditClose(t, verb.lw === 'told' || verb.lw === 'tells' ? pastListener(t, v + 1) : v + 1)
      // "Meanwhile, talks … have made little progress, two sources told …": a connective first sets no scene.
      let opener = 0
      while (opener < ls && (SENTENCE_ADVERBS.has(t[opener]!.lw) || CONNECTIVES.has(t[opener]!.lw) || t[opener]!.w === ',')) opener++
      const parenthetical = closing !== null && ls >= 6 && !setsScene(t[opener]!) && t.slice(0, ls).filter((x) => x.word).length >= 6
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
      if (content.start > verb.start && DIRECTIVE_VERBS.has(verb.lw) && (!propositionAfter(t, v + 1) || demandAfter(t, v + 1))) return null
    }
    return finish(discourse, s, left, content, v, via, 'speaker-then-verb')
  }
  const before = t[v - 1]
  // "…, said X" inverts; "…, told X" never does: X is whom it was told to.
  const inverts = !(verb.lw === 'told' || verb.lw === 'tells' || verb.lw === 'tell')
  if (inverts && (v === 0 || (before && (before.w === ',' || isQuoteMark(before) || before.w === '—' || before.w === '-')))) {
    const right = rightSpeaker(discourse, s, v + 1)
    // "…, said John Smith." inverts; in "…, believes Britain can win" the name starts the reported clause.
    const after = right ? t[right.end] : undefined
    if (right && after?.word && !after.cap && !INVERSION_FOLLOWERS.has(after.lw)) return null
    // "…, said Spain and Portugal backed it": two names, then their verb — the reported clause, not its speaker.
    const pair = after?.lw === 'and' ? runStartingAt(t, right!.end + 1, t.length) : null
    if (pair && t[pair.to]?.word && !t[pair.to]!.cap && !FUNCTION_WORDS.has(t[pair.to]!.lw) && !INVERSION_FOLLOWERS.has(t[pair.to]!.lw))
      return null
    if (right) {
      const aStart = v > 0 && before && before.w === ',' ? before.start : verb.start
      const aEnd = t[right.end - 1]!.end
      let content = outsideRange(s, aStart, aEnd)
      if (before && isQuoteMark(before)) content = { start: s.start, end: before.start }
      // "…, said Ms Sim, who was speaking at a community event": the clause after the name describes the speaker.
      const describes = t[right.end]?.w === ',' && /^(?:who|whose|which)$/.test(t[right.end + 1]?.lw ?? '')
      if (describes && v > 0 && content.start > aStart) content = { start: s.start, end: aStart }
      return finish(discourse, s, right, content, v, via, 'verb-then-speaker')
    }
  }
  return null
}

/**
 * "One senior Labour backbencher, who asked not to be named, said", "Two EPA scientists who worked on the reviews
 * said": someone the article describes by a noun of no list, ending at `head`, that a clause with "who" describes.
 */
function personDescribedBefore(t: Token[], head: number): SpeakerNP | null {
  if (!RELATIVE_WHO.has(t[head + 1]?.lw ?? '') && !(t[head + 1]?.w === ',' && RELATIVE_WHO.has(t[head + 2]?.lw ?? ''))) return null
  const noun = t[head]
  if (!noun?.word || noun.cap || FUNCTION_WORDS.has(noun.lw)) return null
  let start = head
  while (start > 0 && head - start < 5 && t[start - 1]!.word && !FUNCTION_WORDS.has(t[start - 1]!.lw)) start--
  const opener = t[start - 1]
  const counted = opener !== undefined && (INDEFINITE_COUNTS.has(opener.lw) || opener.numeric)
  if (counted) start--
  else if (!(t[start]!.numeric || INDEFINITE_COUNTS.has(t[start]!.lw))) return null
  if (start > 0 && !CONNECTIVES.has(t[start - 1]!.lw) && t[start - 1]!.w !== ',') return null
  return { kind: 'common', start, end: head + 1, words: t.slice(start, head + 1).map((x) => x.w), source: true }
}

/**
 * "Gloria Esparza, 71, who has lived there for 38 years, said", "Chief Executive Martin Havelock, a former HSBC
 * executive who took over in February, told": the person who opens the sentence, then up to two asides (an age, a
 * description, a relative clause) closed by the comma at `close`, before the verb.
 */
function personBeforeAsides(discourse: Discourse, s: SentenceCtx, close: number): SpeakerNP | null {
  const t = s.tokens
  if (t[close]?.w !== ',') return null
  let end = close
  for (let asides = 0; asides < 2; asides++) {
    let open = end - 1
    while (open > 0 && t[open]!.w !== ',' && end - open < 20) {
      if (isQuoteMark(t[open]) || (!t[open]!.cap && SPEECH_VERBS.has(t[open]!.lw))) return null
      open--
    }
    if (open <= 0 || t[open]!.w !== ',') return null
    // An aside describes; one with a verb of its own outside a relative clause is the sentence's clause
    // ("Begg, Mubanga and Belmar were held for three years, accused of …").
    let relative = false
    for (let k = open + 1; k < end; k++) {
      if (RELATIVE_PRONOUNS.has(t[k]!.lw)) relative = true
      else if (FINITE.has(t[k]!.lw) && !relative) return null
    }
    const run = runEndingAt(t, open, 0)
    const opens = run !== null && (run.from === 0 || CONNECTIVES.has(t[run.from - 1]!.lw))
    if (run && opens && !run.possessive) {
      // "Scottish Finance Minister, Tom McCabe MSP, said": a title first, and the aside is the name.
      const titled = isRoleHead(t[run.to - 1]!.lw) ? runStartingAt(t, open + 1, end) : null
      const name = titled && titled.to === end ? titled : run
      const np = nameNP(discourse, s, name.from, name.to, 'left')
      // "Libertad VCF, a supporters' group that has organised marches, said": a body the aside says is one.
      const body = t.slice(open + 1, Math.min(end, open + 6)).some((x) => !x.cap && (ORG_NOUNS.has(x.lw) || COMPANY_NOUNS.has(x.lw)))
      if (np?.person || (np?.org && body && INDEFINITE_COUNTS.has(t[open + 1]?.lw ?? ''))) {
        np.end = close + 1
        return np
      }
    }
    end = open
  }
  return null
}

/**
 * "A survey of purchasing managers by HCOB showed", "A survey published on Sunday by the newspaper El Deber showed",
 * "Figures from the Office for National Statistics published last month showed": a document opens the clause and its
 * author follows "by" or "from", with no verb of its own before the speech verb at `v`. The author is the source.
 */
function documentSubject(discourse: Discourse, s: SentenceCtx, v: number): SpeakerNP | null {
  const t = s.tokens
  let a = 0
  while (a < v && (CONNECTIVES.has(t[a]!.lw) || SENTENCE_ADVERBS.has(t[a]!.lw) || t[a]!.w === ',')) a++
  let n = DETERMINERS.has(t[a]?.lw ?? '') ? a + 1 : a
  // Up to three words describing it: "a nationwide telephone poll".
  for (let taken = 0; taken < 3 && n < v && !DOCUMENT_NOUNS.has(t[n]!.lw); taken++) {
    if (!t[n]!.word || (t[n]!.cap && n > a) || FUNCTION_WORDS.has(t[n]!.lw)) return null
    n++
  }
  if (n >= v || !DOCUMENT_NOUNS.has(t[n]!.lw) || v - n > 20) return null
  // The document heads its phrase: "a survey of", "figures from", "data gathered by", not "the research team".
  const after = t[n + 1]
  const participle = after !== undefined && !after.cap && /(?:ed|en)$/.test(after.lw)
  if (!after || !(after.w === ',' || NP_PREPS.has(after.lw) || participle)) return null
  let by = -1
  for (let k = n + 1; k < v; k++) {
    const w = t[k]!
    if (isQuoteMark(w) || (!w.cap && (FINITE.has(w.lw) || SPEECH_VERBS.has(w.lw)))) return null
    // The first author named: not who saw it ("a report by U.N. experts, seen by the AP").
    if (by < 0 && (w.lw === 'by' || w.lw === 'from') && !READING_PARTICIPLES.has(t[k - 1]!.lw)) by = k
  }
  if (by < 0) return null
  // "by the newspaper El Deber", "by pollster Ipsos Peru": words saying what the author is, then its name.
  let k = by + 1
  while (k < v && k < by + 4 && t[k]!.word && !t[k]!.cap) k++
  const run = isNameToken(t[k], false) ? runStartingAt(t, k, v) : null
  if (!run || run.possessive) return null
  const np = nameNP(discourse, s, run.from, run.to, 'left')
  return np && (np.org || np.person) ? { ...np, start: a, end: v } : null
}

/**
 * The comma that closes a credit after its verb at `from`: at once ("…, he said, in another gesture"), or after when or
 * where it was said ("said on Wednesday,", "said in its annual report,", "said Thursday,"); null when a clause follows.
 */
function creditClose(t: Token[], from: number): number | null {
  if (t[from]?.w === ',') return from
  if (!TRAILING_PREPS.has(t[from]?.lw ?? '') && !DAYS.has(t[from]?.lw ?? '')) return null
  for (let x = from + 1; x < t.length && x <= from + 6; x++) {
    const w = t[x]!
    if (w.w === ',') return x
    if (!w.word || (!w.cap && (FINITE.has(w.lw) || SPEECH_VERBS.has(w.lw) || w.lw === 'that'))) return null
  }
  return null
}

/** Words that open a clause of its own after the statement: "…, after Hamas said it had been told …". */
const LATER_CLAUSE_OPENERS = new Set(['after', 'before', 'as', 'while', 'when', 'since', 'hours', 'days'])
/** Verbs that only report speech there: not "after receiving 312 reports". */
const LATER_SPEECH = new Set(['said', 'says', 'say', 'told', 'announced', 'claimed', 'warned', 'insisted', 'denied', 'stated'])

/**
 * Where the statement starting at token `from` ends: the sentence's end, or the comma before a clause in which
 * someone else speaks ("Israel said it had struck 50 targets, after Hamas said …"), which is not this speaker's.
 */
function nestedCreditStart(s: SentenceCtx, from: number): number {
  const t = s.tokens
  for (let x = from + 1; x < t.length - 2; x++) {
    if (t[x]!.w !== ',' || !LATER_CLAUSE_OPENERS.has(t[x + 1]!.lw) || insideQuote(s, t[x]!)) continue
    for (let y = x + 2; y < Math.min(t.length, x + 9); y++) {
      const w = t[y]!
      if (!w.word) break
      if (!w.cap && LATER_SPEECH.has(w.lw) && t[y - 1]!.word && !t[y - 1]!.numeric) return t[x]!.start
    }
  }
  return s.end
}
