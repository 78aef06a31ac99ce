// A source relayed by an outlet: "Quoting X, the agency reported that …", "…, citing two officials, that …".
import { joinTokens, runStartingAt, stripPossessive } from '../../entities'
import { SPEECH_VERBS } from '../../lexicon'
import type { Discourse } from '../discourse'
import { beforeTimePhrase } from '../phrases'
import { finish } from '../resolve'
import { insideQuote, type AttributionResult, type SentenceCtx } from '../sentence'
import { leftSpeaker } from '../speaker-left'
import { relayedSource, type SpeakerNP } from '../speaker-name'
import { CONNECTIVES } from '../grammar-words'
import { RELAY_WORDS } from '../speech-words'
import { agencyRe } from './via'

/**
 * "Quoting the district head, Ivan Petrov, the news agency Tass reported that …", "The Times reported on Monday,
 * citing two officials, that …": the source quoted speaks; the outlet that quoted them carried it (`via`).
 */
export function relayed(discourse: Discourse, s: SentenceCtx): AttributionResult | null {
  const t = s.tokens
  const learned = learnedFrom(discourse, s)
  if (learned) return learned
  let a = 0
  while (a < t.length && (CONNECTIVES.has(t[a]!.lw) || t[a]!.w === ',')) a++
  let source: [number, number] | null = null
  let verb = -1
  // The outlet named before ", citing X," and its verb after.
  let outletBefore = false
  if (RELAY_WORDS.has(t[a]?.lw ?? '')) {
    // The quoted source runs to the comma before the outlet's own phrase and verb.
    for (let v = a + 2; v < t.length; v++) {
      if (!SPEECH_VERBS.has(t[v]!.lw) || t[v]!.cap || insideQuote(s, t[v]!)) continue
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
      while (c < t.length && t[c]!.w !== ',' && t[c]!.w !== '.' && c < k + 12) c++
      // "…, the Journal reported on Monday, citing people familiar with the matter.": the source closes the sentence.
      const closing = c >= t.length || t[c]!.w === '.'
      let v = k - 2
      while (v > 0 && v > k - 6 && !(SPEECH_VERBS.has(t[v]!.lw) && !t[v]!.cap)) v--
      if ((t[c]?.w === ',' || closing) && v > 0 && SPEECH_VERBS.has(t[v]!.lw)) {
        source = [k + 1, c]
        verb = v
      } else if (t[c]?.w === ',' && SPEECH_VERBS.has(t[c + 1]?.lw ?? '') && !t[c + 1]!.cap) {
        // "Israel's public broadcaster Kan, citing an Israeli official, reported that …".
        source = [k + 1, c]
        verb = c + 1
        outletBefore = true
      }
      break
    }
  }
  if (!source || verb < 0) return null
  const [from, to] = source
  const sourceFirst = source[0] === a + 1
  const outletEnd = outletBefore ? from - 3 : beforeTimePhrase(t, verb - 1)
  const outlet = leftSpeaker(discourse, s, outletEnd + 1, sourceFirst ? to + 1 : 0)
  const via = outlet ? outletName(discourse, s, outlet) : null
  if (!outlet || via === null) return null
  // What follows the verb or the relayed source, after "that" — or, when both close the sentence, what precedes them.
  let c = Math.max(verb, to) + 1
  if (t[c]?.w === ',') c++
  if (t[c]?.lw === 'that') c++
  const before = t[t[outlet.start - 1]?.lw === 'the' ? outlet.start - 2 : outlet.start - 1]
  const content =
    c < t.length && t[c]!.word
      ? { start: t[c]!.start, end: s.end }
      : before?.w === ',' && outlet.start > 3
        ? { start: s.start, end: before.start }
        : null
  if (content === null) return null
  return finish(discourse, s, relayedSource(discourse, s, from, to), content, verb, via, 'quoting-source', 'reported')
}

/**
 * "…, Anadolu learned from security sources.": the sources speak; the agency that learned it from them carried it.
 */
function learnedFrom(discourse: Discourse, s: SentenceCtx): AttributionResult | null {
  const t = s.tokens
  const v = t.findIndex((x, i) => x.lw === 'learned' && t[i + 1]?.lw === 'from' && i > 3 && !insideQuote(s, x))
  if (v < 0) return null
  const outletEnd = t[v - 1]!.lw === 'has' || t[v - 1]!.lw === 'had' ? v - 1 : v
  const outlet = leftSpeaker(discourse, s, outletEnd, 0)
  const via = outlet ? outletName(discourse, s, outlet) : null
  if (!outlet || via === null || !agencyRe.test(via) || t[outlet.start - 1]?.w !== ',') return null
  let to = v + 2
  while (to < t.length && t[to]!.word) to++
  if (to === v + 2 || (t[to] !== undefined && t[to]!.w !== '.')) return null
  return finish(
    discourse,
    s,
    relayedSource(discourse, s, v + 2, to),
    { start: s.start, end: t[outlet.start - 1]!.start },
    v,
    via,
    'quoting-source',
    'reported',
  )
}

/** The name of the outlet in a phrase such as "the state news agency RIA Novosti" or "the Nikkei business daily". */
function outletName(discourse: Discourse, s: SentenceCtx, np: SpeakerNP): string | null {
  const t = s.tokens
  for (let k = np.start; k < np.end; k++) {
    const run = runStartingAt(t, k, np.end)
    if (run) return stripPossessive(joinTokens(discourse.text, t, run.from, run.to))
  }
  return null
}
