// attribution/: who asserts each sentence. The pipeline inside: the registry of names (mentions.ts, discourse.ts) →
// the cue that credits a statement (cues/, tried in the order of the tables below, each as an attempt the discourse
// undoes if it credits nobody) → the phrase naming the speaker (speaker-*.ts) → whom that phrase refers to
// (resolve.ts, resolve-common.ts). Word lists by category in *-words.ts; each rule's description and confidence in
// ../rules.ts, its worked examples in ../rule-examples.ts.
import { COLLECTIVE_ROLES, SOURCE_NOUNS, SPEECH_VERBS, SUBORDINATORS } from '../lexicon'
import { quotedLength } from '../quotes'
import { isQuoteMark, type Token } from '../tokens'
import { according, inDocument } from './cues/according'
import { nameColonQuote } from './cues/name-colon-quote'
import { absoluteAttribution, participleAttribution } from './cues/participles'
import { quotedAsSaying } from './cues/quoted-as-saying'
import { relayed } from './cues/relayed'
import { thereAreReports } from './cues/reports'
import { trailingCredit } from './cues/trailing-credit'
import { verbAttribution } from './cues/verb'
import type { Discourse } from './discourse'
import { insideQuote, opensQuote, type AttributionResult, type SentenceCtx } from './sentence'
import { CONNECTIVES, CONTRASTIVE, FINITE, PRONOUNS_PERSON } from './grammar-words'
import { PLURAL_SOURCES, SPEECH_PARTICIPLES } from './speech-words'

/** Finds who asserts sentence `s`. */
export function attribute(discourse: Discourse, s: SentenceCtx): AttributionResult | null {
  discourse.prevOrgSpeaker = discourse.curOrgSpeaker
  discourse.curOrgSpeaker = null
  discourse.sentenceNo++
  discourse.cur = s
  discourse.pronounAntecedent = discourse.pronounPerson()
  const r = attributeSentence(discourse, s)
  if (quotedLength(s.quotes, s.start, s.end) < 0.9 * (s.end - s.start)) discourse.narrativeAt = discourse.sentenceNo
  const plural = pluralSubjectOf(s.tokens)
  if (plural) discourse.pluralSubject = { phrase: discourse.text.slice(plural.start, plural.end), at: discourse.sentenceNo }
  if (r?.attribution.speaker && r.attribution.speaker === discourse.lastPersonSpeaker?.name)
    discourse.personSpeakerAt = discourse.sentenceNo
  // "said the report", resolved to "Jupiter Research report": its author spoke, for an "It said" after.
  const org = discourse.lastOrgSpeaker
  const speaker = r?.attribution.speaker
  if (speaker && org && (speaker === org || (r.attribution.speakerType === 'document' && speaker.startsWith(`${org} `)))) {
    discourse.curOrgSpeaker = org
    discourse.orgSpeakerAt = discourse.sentenceNo
  }
  return r
}

/** "officials", "residents", "analysts": people in the plural, named by what they are. */
function isPluralSource(lw: string): boolean {
  return COLLECTIVE_ROLES.has(lw) || PLURAL_SOURCES.has(lw) || (SOURCE_NOUNS.has(lw) && lw.endsWith('s'))
}

/** People a sentence opens with, described in the plural: "French officials were more cautious" → "French officials". */
function pluralSubjectOf(t: Token[]): { start: number; end: number } | null {
  let a = 0
  while (a < t.length && (CONNECTIVES.has(t[a]!.lw) || t[a]!.w === ',')) a++
  let k = a
  if (t[k]?.lw === 'the' || t[k]?.lw === 'some' || t[k]?.lw === 'many') k++
  while (k < a + 4 && t[k]?.word && !isPluralSource(t[k]!.lw)) k++
  const head = t[k]
  const verb = t[k + 1]
  if (!head || !isPluralSource(head.lw) || !verb?.word || verb.cap || !FINITE.has(verb.lw)) return null
  return { start: t[a]!.start, end: head.end }
}

/** A cue read from the whole sentence: tried first, in this order. */
type SentenceCue = (discourse: Discourse, s: SentenceCtx) => AttributionResult | null

/**
 * A cue carried by one word: `at` says whether the word at `v` can carry it (`scene` is where an opening subordinate
 * clause ends); the first cue a word can carry is the only one tried there.
 */
interface WordCue {
  at(s: SentenceCtx, v: number, scene: number): boolean
  match(discourse: Discourse, s: SentenceCtx, v: number): AttributionResult | null
}

const SENTENCE_CUES: SentenceCue[] = [thereAreReports, relayed, trailingCredit]

/**
 * "While some critics warn …, others say …", "Hours after the army declared …, there are few details": a statement
 * inside the opening subordinate clause only sets the scene — but "As the minister said, …" credits.
 */
function setsTheScene(t: Token[], v: number, scene: number): boolean {
  return v < scene && !(t[scene - 1] === t[v] || t[v + 1]?.w === ',')
}

const WORD_CUES: WordCue[] = [
  { at: (s, v) => s.tokens[v]!.lw === 'according' && s.tokens[v + 1]?.lw === 'to', match: according },
  { at: (s, v) => v === 0 && s.tokens[v]!.lw === 'in' && /^(?:a|an|its|their|the)$/.test(s.tokens[v + 1]?.lw ?? ''), match: inDocument },
  {
    at: (s, v) => (s.tokens[v]!.w === ',' || s.tokens[v]!.w === ':') && isQuoteMark(s.tokens[v + 1]) && opensQuote(s, s.tokens[v + 1]!),
    match: nameColonQuote,
  },
  {
    at: (s, v, scene) =>
      SPEECH_PARTICIPLES.has(s.tokens[v]!.lw) && v > 1 && !insideQuote(s, s.tokens[v]!) && !setsTheScene(s.tokens, v, scene),
    match: (discourse, s, v) => discourse.attempt(() => absoluteAttribution(discourse, s, v)) ?? participleAttribution(discourse, s, v),
  },
  { at: (s, v) => s.tokens[v]!.lw === 'quoted' && !insideQuote(s, s.tokens[v]!), match: quotedAsSaying },
  {
    // "The United States": a capitalised word is part of a name, not a speech verb.
    at: (s, v, scene) =>
      SPEECH_VERBS.has(s.tokens[v]!.lw) && !s.tokens[v]!.cap && !insideQuote(s, s.tokens[v]!) && !setsTheScene(s.tokens, v, scene),
    match: verbAttribution,
  },
]

function attributeSentence(discourse: Discourse, s: SentenceCtx): AttributionResult | null {
  for (const cue of SENTENCE_CUES) {
    const r = discourse.attempt(() => cue(discourse, s))
    if (r) return r
  }
  const scene = sceneEnd(s.tokens)
  // "The Cabinet declared an emergency on Aug. 14, she noted, two weeks after …": a credit set off by commas is
  // for all the sentence says before it, a speech verb in it included.
  const aside = parentheticalCredit(s)
  if (aside >= 0) {
    const r = discourse.attempt(() => verbAttribution(discourse, s, aside))
    if (r) return r
  }
  for (let v = 0; v < s.tokens.length; v++) {
    for (const cue of WORD_CUES) {
      if (!cue.at(s, v, scene)) continue
      const r = discourse.attempt(() => cue.match(discourse, s, v))
      if (r) return r
      break
    }
  }
  return null
}

/** The verb of ", she noted," or ", he said." after a statement of five words or more, or -1. */
function parentheticalCredit(s: SentenceCtx): number {
  const t = s.tokens
  for (let v = 6; v < t.length; v++) {
    if (!SPEECH_VERBS.has(t[v]!.lw) || !PRONOUNS_PERSON.has(t[v - 1]!.lw) || t[v - 2]?.w !== ',' || insideQuote(s, t[v]!)) continue
    const after = t[v + 1]
    if (after === undefined || after.w === ',' || after.w === '.') return v
  }
  return -1
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
