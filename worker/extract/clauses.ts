import { FINITE_AUX, FUNCTION_WORDS, PARTICLE_VERBS, SENTENCE_ADVERBS, SUBORDINATORS, VERB_PARTICLES } from './lexicon'
import type { Token } from './tokens'

/** Longest span, in words: past this a clause is cut at a phrase boundary around its checkable core. */
export const MAX_SPAN_WORDS = 32

/** Words that open a clause or phrase: a cut just before one of them does not split a phrase. */
const PHRASE_OPENERS = new Set(
  `and but or that which who whom whose while whereas after before because as when where since
  although though if so until unless than in on at for from with by to into over under about during against between
  among without within through across including amid despite`
    .trim()
    .split(/\s+/),
)

/** Words after a comma that carry the phrase on rather than start a clause: "…, including X", "…, mostly women". */
const CONTINUATIONS = new Set([
  'including',
  'particularly',
  'especially',
  'notably',
  'mostly',
  'mainly',
  'chiefly',
  'such',
  'like',
  'excluding',
  'plus',
])

/** Particles that end a phrasal verb: "dried up", "called off", "ruled out". */
const PARTICLES = new Set(['up', 'out', 'off', 'down'])

/** A clause begins after these when they open it: "and has sent …", "that the border …". */
const CLAUSE_LEADS = new Set(['and', 'but', 'or', 'that', 'so', 'yet'])

/** Words that end the assertion when they follow it: "… grew 3% according to the ministry". */
const FRAME_WORDS = new Set(['according', 'said', 'says', 'told', 'added', 'stated', 'reported', 'announced'])

/** The full stop of "the U.S.-based group", "Aug. 25", "Rep. Brian Fitzpatrick": a short word's abbreviation, not a sentence's end. */
export function closesAbbreviation(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (!before || !after || before.end !== tokens[index]!.start) return false
  // "U.S.", "Gov.", and in lower case "a.m." and "p.m.", which wire copy gives every time.
  return before.w.includes('.') || (before.cap && before.w.length <= 4)
}

/** The first word of a phrase that sets the scene for a statement rather than asserting it: "As …,", "Asked …,", "Meanwhile,". */
export function setsScene(first: Token): boolean {
  return SUBORDINATORS.has(first.lw) || SENTENCE_ADVERBS.has(first.lw) || first.lw === 'asked' || /^\p{Ll}{3,}(?:ing|ly)$/u.test(first.lw)
}

function isDash(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (token.w === '—' || token.w === '–') return true
  const before = tokens[index - 1]
  return token.w === '-' && before !== undefined && before.end < token.start
}

/** Punctuation that closes a clause. Quotation marks do not: the content region already ends at a quotation's edge. */
function endsClause(tokens: Token[], index: number): boolean {
  const w = tokens[index]!.w
  if (w === '.') return !closesAbbreviation(tokens, index)
  return w === ',' || w === ';' || w === ':' || w === '!' || w === '?' || isDash(tokens, index)
}

/** A stretch between commas this short is a phrase of a clause ("with its two million people"), not a clause. */
const MIN_CLAUSE_WORDS = 6
/** Longest apposition between a subject and its verb: "Shares in Cairn Energy, a UK oil firm, have closed". */
const MAX_APPOSITION_WORDS = 8
/** Modal verbs that, like a finite auxiliary, begin a predicate. */
const MODALS = new Set(['would', 'could', 'should', 'may', 'might', 'shall'])

function wordCount(tokens: Token[], from: number, to: number): number {
  let words = 0
  for (let index = from; index < to; index++) if (tokens[index]!.word) words++
  return words
}

/** Drops what cannot end a phrase (punctuation, "the", "of", "and") from the end of [from, to), down to `floor`. */
function trimEnd(tokens: Token[], from: number, to: number, floor: number): number {
  let end = to
  while (end > floor) {
    const last = tokens[end - 1]!
    // "in May", "the US": a capitalised word ends a phrase even when it spells a function word; so does the particle
    // of a phrasal verb ("have dried up", "was called off").
    const before = end - 2 >= from ? tokens[end - 2] : undefined
    const particle =
      before?.word === true &&
      !FUNCTION_WORDS.has(before.lw) &&
      (PARTICLES.has(last.lw) || (VERB_PARTICLES.has(last.lw) && (/(?:ed|en|ing)$/.test(before.lw) || PARTICLE_VERBS.has(before.lw))))
    if (
      last.word
        ? last.cap || particle || !FUNCTION_WORDS.has(last.lw)
        : last.w === '%' || (last.w === ')' && tokens.slice(from, end - 1).some((token) => token.w === '('))
    )
      break
    end--
  }
  return end
}

/** Where the clause holding token `index` starts, at or after `from`. */
function clauseStart(tokens: Token[], from: number, index: number): number {
  let start = index
  while (start > from && !endsClause(tokens, start - 1)) start--
  return start
}

/** Where the clause holding token `index` ends, before `to` and before an attribution after the core ("… according to"). */
function clauseEnd(tokens: Token[], to: number, index: number, coreEnd: number): number {
  let end = index
  while (end < to && !endsClause(tokens, end) && !(FRAME_WORDS.has(tokens[end]!.lw) && end > coreEnd)) end++
  return end
}

/**
 * The clause a checkable core belongs to, within [from, to) (the asserted content, without the
 * speaker and speech verb): from the clause's start to its end, so a span reads as a statement
 * ("Quarterly profits jumped 76% to $1.13bn") and never stops mid-phrase, joined by the phrases and
 * `checkable` clauses around it that the sentence also asserts. Over MAX_SPAN_WORDS, it is cut at phrase
 * openers around the core.
 */
export function clauseAround(
  tokens: Token[],
  from: number,
  to: number,
  core: { from: number; to: number },
  checkable: (from: number, to: number) => boolean,
): { from: number; to: number } {
  let start = clauseStart(tokens, from, core.from)
  let end = clauseEnd(tokens, to, core.to, core.to)
  // A phrase set off by commas belongs to the clause around it: "…and Mogadishu, with its two million people".
  while (wordCount(tokens, start, end) < MIN_CLAUSE_WORDS) {
    if (start > from + 1 && tokens[start - 1]!.w === ',') start = clauseStart(tokens, from, start - 1)
    else if (end + 1 < to && tokens[end]!.w === ',') end = clauseEnd(tokens, to, end + 1, core.to)
    else break
  }
  // The statement goes on across commas ("met A, B and C", "…, including X", "…, up from 29"): one claim per
  // sentence, so its span holds every clause the sentence asserts — but not a phrase that sets the scene
  // ("As the talks resumed,", "Asked about the delay,") nor the attribution after it.
  while (end + 1 < to && tokens[end]!.w === ',' && !FRAME_WORDS.has(tokens[end + 1]!.lw)) {
    const after = clauseEnd(tokens, to, end + 1, core.to)
    // "…, including hijacking or a mid-air crash", "…, particularly in the abdomen": the phrase goes on; so does the
    // statement in "can't strike the army, but now only targets villages".
    const continues = CONTINUATIONS.has(tokens[end + 1]!.lw) || tokens[end + 1]!.lw === 'but'
    if (!continues && wordCount(tokens, end + 1, after) >= MIN_CLAUSE_WORDS && !checkable(end + 1, after)) break
    end = after
  }
  while (start > from + 1 && tokens[start - 1]!.w === ',') {
    const before = clauseStart(tokens, from, start - 1)
    if (setsScene(tokens[before]!) || (wordCount(tokens, before, start - 1) >= MIN_CLAUSE_WORDS && !checkable(before, start - 1))) break
    start = before
  }
  // A predicate after a comma has its subject before an apposition: "Cairn, which also operates in Nepal, was catapulted",
  // "The verdict in the first phase, completed last year, is expected".
  const lead = tokens[start]
  const participle =
    lead !== undefined &&
    !lead.cap &&
    lead.lw.endsWith('ed') &&
    tokens.slice(start, core.from).some((x) => FINITE_AUX.has(x.lw) || MODALS.has(x.lw))
  if (
    lead !== undefined &&
    start > from + 1 &&
    tokens[start - 1]!.w === ',' &&
    (FINITE_AUX.has(lead.lw) || MODALS.has(lead.lw) || participle)
  ) {
    start = clauseStart(tokens, from, start - 1)
    if (start > from + 1 && tokens[start - 1]!.w === ',' && wordCount(tokens, start, core.from) <= MAX_APPOSITION_WORDS)
      start = clauseStart(tokens, from, start - 1)
  }
  while (start < core.from && (!tokens[start]!.word || CLAUSE_LEADS.has(tokens[start]!.lw))) start++
  if (wordCount(tokens, start, end) > MAX_SPAN_WORDS) {
    // Keep the core and what follows it first (the predicate's objects), then what leads to it.
    const coreWords = wordCount(tokens, core.from, core.to)
    // A cut falls at the last clause boundary within the limit, else before the last phrase opener.
    let phraseEnd = core.to
    let clauseEnd = -1
    for (let index = core.to, words = coreWords; index < end && words < MAX_SPAN_WORDS; index++) {
      if (tokens[index]!.word) words++
      if (index + 1 === end || (index + 1 < end && endsClause(tokens, index + 1))) clauseEnd = index + 1
      if (PHRASE_OPENERS.has(tokens[index + 1]?.lw ?? '') || index + 1 === end) phraseEnd = index + 1
    }
    end = clauseEnd > core.to ? clauseEnd : phraseEnd
    const room = MAX_SPAN_WORDS - wordCount(tokens, core.from, end)
    // Before the core, only at a phrase opener: a comma there may part a subject from its apposition.
    let phraseStart = core.from
    for (let index = core.from - 1, words = 0; index >= start && words < room; index--) {
      if (tokens[index]!.word) words++
      if (index === start || PHRASE_OPENERS.has(tokens[index - 1]?.lw ?? '')) phraseStart = index
    }
    start = phraseStart
    while (start < core.from && CLAUSE_LEADS.has(tokens[start]!.lw)) start++
  }
  end = trimEnd(tokens, start, end, core.to)
  return { from: start, to: Math.max(end, core.to) }
}
