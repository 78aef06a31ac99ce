// What a stretch's verbs state: a past action, a rule, a schedule, any finite verb at all.
import { isNameToken } from '../entities'
import { EVENT_VERBS, FINITE_AUX, FUNCTION_WORDS, OPINION_WORDS, SPEECH_VERBS } from '../lexicon'
import { isQuoteMark, type Token } from '../tokens'
import { ADVERBS, AUX_PERFECT, MODALS, NOT_PAST, NOT_VERB_S, RULE_NOUNS, SCHEDULED_VERBS, STATE_VERBS, SUBJECT_PRONOUNS } from './words'

/** A finite verb with a concrete subject: "the Liberal Democrats backed", "has defended", "the Act bans". */
export function actionIn(tokens: Token[], from: number, to: number): boolean {
  for (let v = from + 1; v < to; v++) {
    const t = tokens[v]!
    if (!t.word || t.cap) continue
    const lw = t.lw
    let j = v - 1
    while (j > from && ADVERBS.has(tokens[j]!.lw)) j--
    const prev = tokens[j]!
    // "might have influenced", "would have ended": a possibility, not an action.
    const perfect = AUX_PERFECT.has(prev.lw) && !MODALS.has(tokens[j - 1]?.lw ?? '') && tokens[j - 1]?.lw !== 'to'
    const pastForm =
      lw.endsWith('ed') && /^\p{Ll}{3,}ed$/u.test(lw) && !NOT_PAST.test(lw) && !SPEECH_VERBS.has(lw) && !OPINION_WORDS.has(lw)
    if (perfect && (pastForm || EVENT_VERBS.has(lw))) return true
    // "The new law will allow…", "will control": what a rule or body will do.
    if (prev.lw === 'will' && STATE_VERBS.has(`${lw}s`)) return true
    if (!(pastForm || STATE_VERBS.has(lw))) continue
    // The subject: a name, a pronoun, or a noun after a determiner or in the plural ("the committee", "people").
    if (prev.cap && isNameToken(prev, j === from)) return true
    if (SUBJECT_PRONOUNS.has(prev.lw)) return true
    if (prev.word && !prev.cap && !FUNCTION_WORDS.has(prev.lw) && !MODALS.has(prev.lw) && !/(?:ed|ing|ly)$/.test(prev.lw)) {
      const det = tokens[j - 1]?.lw ?? ''
      if (
        det === 'the' ||
        det === 'its' ||
        det === 'their' ||
        det === 'his' ||
        det === 'her' ||
        (/(?:[^s]s|ople)$/.test(prev.lw) && STATE_VERBS.has(lw) === false)
      )
        return true
    }
  }
  return false
}

/** A rule or decision ("the new law will allow", "the vote is due to be taken on Wednesday"). */
export function ruleIn(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if ((RULE_NOUNS.has(tokens[i]!.lw) && !tokens[i]!.cap) || (tokens[i]!.cap && /^(?:Act|Bill)$/.test(tokens[i]!.w))) return true
  return false
}

/** A schedule: "is due to be taken", "is scheduled for", "comes into force". */
export function scheduleIn(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const lw = tokens[i]!.lw
    const next = tokens[i + 1]!.lw
    // "is due to be taken", "due to open", "scheduled for 27 February" — not the causal "due to falling costs".
    if (lw === 'due' && next === 'to' && (tokens[i + 2]?.lw === 'be' || SCHEDULED_VERBS.has(tokens[i + 2]?.lw ?? ''))) return true
    if (lw === 'due' && (next === 'on' || next === 'in' || next === 'next' || next === 'this' || next === 'by')) return true
    if (
      (lw === 'scheduled' || lw === 'timetabled') &&
      (next === 'to' || next === 'on' || next === 'for' || next === 'in' || next === 'next' || next === 'this')
    )
      return true
    if (lw === 'into' && (next === 'force' || next === 'effect')) return true
    if ((lw === 'takes' || lw === 'take' || lw === 'took') && next === 'effect') return true
  }
  return false
}

/**
 * A declarative clause: a finite verb ("is", "has", "will", a past tense, a third-person present after its subject).
 * Most sentences that state something verifiable have one; fragments, captions and headlines do not.
 */
export function finiteIn(tokens: Token[], from: number, to: number): boolean {
  let inQuote = false
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    if (isQuoteMark(t)) inQuote = !inQuote
    if (!t.word || (t.cap && i > from)) continue
    const lw = t.lw
    if (FINITE_AUX.has(lw) && i + 1 < to) return true
    if (EVENT_VERBS.has(lw) && i > from) return true
    if (lw.endsWith('ed') && i > from && /^\p{Ll}{3,}ed$/u.test(lw) && !NOT_PAST.test(lw) && !FUNCTION_WORDS.has(tokens[i - 1]!.lw))
      return true
    if (i > from && lw.endsWith('s') && /^\p{Ll}{3,}s$/u.test(lw) && !NOT_VERB_S.test(lw)) {
      const prev = tokens[i - 1]!
      if (
        SUBJECT_PRONOUNS.has(prev.lw) ||
        prev.lw === 'that' ||
        (prev.cap && isNameToken(prev, i - 1 === from)) ||
        (ADVERBS.has(prev.lw) && i - 1 > from)
      )
        return true
    }
  }
  return false
}
