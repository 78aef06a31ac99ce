// Credits carried by a participle ("…, saying …", "with analysts warning that …") and a second verb of the
// sentence's subject ("X is angry and says that …").
import { isNameToken, runStartingAt } from '../../entities'
import { CLAUSE_STARTERS, CLAUSE_VERBS, FUNCTION_WORDS, ORG_NOUNS, PASSIVE_AUX, SPEECH_VERBS, VERB_PREFIX } from '../../lexicon'
import { isRoleHead } from '../../roles'
import { isQuoteMark } from '../../tokens'
import { findVia } from './via'
import type { Discourse } from '../discourse'
import { afterMedium, pastListener, quotedWords } from '../phrases'
import { finish } from '../resolve'
import type { AttributionResult, SentenceCtx } from '../sentence'
import { nameAfterDescriptor } from '../mentions'
import { officeHolderAfter } from '../speaker-name'
import { leftSpeaker } from '../speaker-left'
import { CONNECTIVES, DETERMINERS, PRONOUNS_ORG, PRONOUNS_PERSON, QUANTIFIERS } from '../grammar-words'
import { PARTICIPLE_BLOCKERS } from '../speech-words'
import { NUMBER_WORDS } from '../../checkworthy/words'

/**
 * "…, with the firm saying that …", "…, the label saying it …", "with analysts predicting …": the noun phrase
 * right before the participle says what follows it.
 */
export function absoluteAttribution(discourse: Discourse, s: SentenceCtx, v: number): AttributionResult | null {
  const t = s.tokens
  let k = v - 1
  while (k >= 0 && v - k <= 8 && t[k]!.word && t[k]!.lw !== 'with') k--
  if (k < 0 || v - k > 8) return null
  const opener = t[k]!
  // "with X saying" or ", the label saying" — not the subject form "X has backed …, saying".
  if (!(opener.lw === 'with' || (opener.w === ',' && (t[k + 1]?.lw === 'the' || t[k + 1]?.lw === 'its' || t[k + 1]?.cap)))) return null
  if (k + 1 >= v) return null
  const sp = leftSpeaker(discourse, s, v, k + 1)
  if (!sp || (sp.start !== k + 1 && !(sp.start === k + 2 && DETERMINERS.has(t[k + 1]!.lw)))) return null
  if (sp.kind === 'pronoun') return null
  let c = v + 1
  if (t[c]?.lw === 'that' || t[c]?.w === ':') c++
  if (c >= t.length) return null
  return finish(discourse, s, sp, { start: t[c]!.start, end: s.end }, v, findVia(discourse, s), 'with-source-saying')
}

/** "Prime Minister Tony Blair has defended the Act, saying it is wrong…": the subject of the sentence says what follows. */
export function participleAttribution(discourse: Discourse, s: SentenceCtx, v: number): AttributionResult | null {
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
  // "The commissioners disowned", "Four of the seven commissioners disowned": a past tense is the verb before a
  // plural noun is; "The firm denies" has only the -s.
  const verbAfter = (from: number, plural = true) => {
    const at = (pattern: RegExp) => {
      for (let k = from; k < Math.min(v, from + 7); k++) {
        if (!t[k]!.word) return -1
        if (!t[k]!.cap && (VERB_PREFIX.has(t[k]!.lw) || pattern.test(t[k]!.lw))) return k
      }
      return -1
    }
    const past = at(/^\p{Ll}{3,}ed$/u)
    return past >= 0 || !plural ? past : at(/^\p{Ll}{3,}s$/u)
  }
  let end = -1
  if (PRONOUNS_PERSON.has(first.lw) || PRONOUNS_ORG.has(first.lw)) end = a + 1
  else if (isNameToken(t[n], n === 0)) {
    let run = runStartingAt(t, n, v)
    // "Qwest chairman Richard Notebaert sent …": the person after the firm and the role.
    if (run && t[run.to] && !t[run.to]!.cap && isRoleHead(t[run.to]!.lw) && isNameToken(t[run.to + 1], false))
      run = runStartingAt(t, run.to + 1, v)
    if (run && !run.possessive) end = run.to
    // "Kazakhstan's health ministry denied …": the body the place owns.
    else if (run && t[run.to]?.word && !t[run.to]!.cap) end = verbAfter(run.to + 1, false)
  } else if (DETERMINERS.has(first.lw) || first.numeric || QUANTIFIERS.has(first.lw) || NUMBER_WORDS.has(first.lw)) end = verbAfter(a + 1)
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
  const sp = leftSpeaker(discourse, s, end, a)
  if (!sp || sp.start > n + 1) return null
  // "saying in a statement that …": where it was said is not what was said.
  let c = afterMedium(t, v + 1)
  if (t[c]?.lw === 'that' || t[c]?.w === ':') c++
  if (c >= t.length) return null
  const r = finish(discourse, s, sp, { start: t[c]!.start, end: s.end }, v, findVia(discourse, s), 'subject-then-saying')
  if (r) r.participle = { start: t[v]!.start }
  return r
}

/** The sentence's subject for a speech verb joined by "and": "Dementieva is also angry and says that …". */
export function coordinatedSpeaker(discourse: Discourse, s: SentenceCtx, v: number): AttributionResult | null {
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
    // "Opposition leader Meera Sharma, however, termed …": the name after the description.
    const named = run && !run.possessive ? nameAfterDescriptor(t, run.to) : null
    // "Leader of the Opposition in the state Legislative Assembly Vijay Thorat demanded …": the office's holder.
    const holder = run && !run.possessive ? officeHolderAfter(discourse, t, run, v) : null
    if (holder) end = holder.to
    else if (named) end = named.to
    else if (run && !run.possessive) end = run.to
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
  const sp = leftSpeaker(discourse, s, end, a)
  if (!sp || (sp.kind === 'name' && !sp.person)) return null
  // "… and told reporters that …": past whom it was told to.
  let k = t[v]!.lw === 'told' || t[v]!.lw === 'tells' ? pastListener(t, v + 1) : v + 1
  if (t[k]?.lw === 'that') k++
  if (k >= t.length) return null
  return finish(discourse, s, sp, { start: t[k]!.start, end: s.end }, v, findVia(discourse, s), 'subject-and-says')
}
