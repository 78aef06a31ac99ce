// Spans that follow a sentence's structure: a list of items, a list of nouns, the clause around a fact.
import { isNameToken, runStartingAt } from '../entities'
import { DAYS, FUNCTION_WORDS, SENTENCE_OPENERS, SPEECH_VERBS } from '../lexicon'
import { isQuoteMark, type Token } from '../tokens'
import { INTRO_OPENERS, LIST_STOP, MONTHS, PERIODS } from './words'

/** A name in a list, with a subtitle ("Resident Evil: Apocalypse") or a lower-case article inside ("Once Upon a Time"). */
function itemRun(tokens: Token[], k: number, to: number): { from: number; to: number } | null {
  const run = runStartingAt(tokens, k, to)
  if (!run) return null
  let end = run.to
  for (;;) {
    const sep = tokens[end]
    const next = tokens[end + 1]
    if (!sep || end + 1 >= to || !isNameToken(next, false)) break
    if (!(sep.w === ':' || sep.lw === 'a' || sep.lw === 'an' || sep.lw === 'in' || sep.lw === 'on' || sep.lw === 'at')) break
    const more = runStartingAt(tokens, end + 1, to)
    if (!more) break
    end = more.to
  }
  return { from: k, to: end }
}

/** A list of three or more names: "Iran, Turkey, Pakistan, Russia, China, Kazakhstan, and other Arab…". */
export function listSpan(tokens: Token[], from: number, to: number): { from: number; to: number } | null {
  for (let i = from; i < to; i++) {
    let k = i
    if (tokens[k]?.lw === 'the') k++
    if (!isNameToken(tokens[k], k === 0)) continue
    const first = itemRun(tokens, k, to)
    if (!first) continue
    let items = 1
    let commas = 0
    let end = first.to
    let p = first.to
    let closed = false
    while (p < to && items < 30) {
      const sep = tokens[p]!
      let q = p
      if (sep.w === ',') {
        q++
        commas++
      }
      let conj = false
      if (tokens[q]?.lw === 'and' || tokens[q]?.lw === 'or') {
        q++
        conj = true
      } else if (sep.w !== ',') break
      if (tokens[q]?.lw === 'the') q++
      if (isNameToken(tokens[q], false)) {
        const run = itemRun(tokens, q, to)
        if (!run) break
        items++
        end = p = run.to
      } else if (conj && tokens[q]?.word) {
        // "and other Arab and African countries": a lower-case tail closes the list.
        let r = q
        while (r < to && r < q + 6 && tokens[r]!.word) r++
        items++
        end = r
        closed = true
        break
      } else break
      if (conj) {
        closed = true
        break
      }
    }
    if (items >= 3 && closed && commas >= 1) return { from: i, to: end }
    i = Math.max(i, end - 1)
  }
  return null
}

/** How many words (at most three) of a list item start at `k`. */
function listItemLength(tokens: Token[], k: number, to: number): number {
  let n = 0
  while (k + n < to && n < 3) {
    const x = tokens[k + n]!
    // Gerunds and adverbs make a list of actions or manners, not of things.
    if (!x.word || FUNCTION_WORDS.has(x.lw) || LIST_STOP.has(x.lw) || SPEECH_VERBS.has(x.lw) || x.lw.endsWith('ly') || x.lw.endsWith('ing'))
      break
    n++
  }
  return n
}

/**
 * A list of three or more things named by common nouns: "cars, chemicals and electronic goods",
 * "better pensions, child care provision and decent wages". Items are one to three words, with no verb or function word.
 */
export function nounListSpan(tokens: Token[], from: number, to: number): { from: number; to: number } | null {
  for (let i = from; i < to; i++) {
    // "to combat, cure and eradicate": infinitives, not things.
    if (i > from && ((tokens[i - 1]!.word && !FUNCTION_WORDS.has(tokens[i - 1]!.lw)) || tokens[i - 1]!.lw === 'to')) continue
    const n0 = listItemLength(tokens, i, to)
    if (n0 === 0) continue
    let p = i + n0
    let items = 1
    while (tokens[p]?.w === ',' && p + 1 < to) {
      const n = listItemLength(tokens, p + 1, to)
      if (n === 0) break
      items++
      p = p + 1 + n
    }
    if (
      items >= 2 &&
      (tokens[p]?.lw === 'and' ||
        tokens[p]?.lw === 'or' ||
        (tokens[p]?.w === ',' && (tokens[p + 1]?.lw === 'and' || tokens[p + 1]?.lw === 'or')))
    ) {
      const c = tokens[p]!.w === ',' ? p + 2 : p + 1
      const n = listItemLength(tokens, c, to)
      // The last item ends the list: at a clause boundary, not inside a longer phrase.
      const after = tokens[c + n]
      if (n > 0 && (!after?.word || FUNCTION_WORDS.has(after.lw))) return { from: i, to: c + n }
    }
    i = Math.max(i, p - 1)
  }
  return null
}

/** Does a quotation of at most three words open at `at` and close before `to`, with the clause going on after it? */
function shortQuoteAt(tokens: Token[], at: number, to: number): boolean {
  for (let k = at + 1; k < to && k <= at + 4; k++) if (isQuoteMark(tokens[k])) return k > at + 1 && tokens[k + 1]?.word === true
  return false
}

/** The first clause of a region, at most `max` words: the reported clause or the main clause. */
export function clauseSpan(tokens: Token[], from: number, to: number, max = 12): { from: number; to: number } | null {
  let a = from
  while (a < to && (!tokens[a]!.word || tokens[a]!.lw === 'that')) a++
  // Skip a short introductory phrase: "Last month, …", "However, …".
  if (a >= to) return null
  const opener = tokens[a]!
  // Only a phrase that cannot be the subject: "Last month,", "However,", "In London," — not "This has left Londoners,".
  const introOpener =
    (INTRO_OPENERS.has(opener.lw) &&
      !(
        (opener.lw === 'this' || opener.lw === 'last' || opener.lw === 'next') &&
        !PERIODS.has(tokens[a + 1]?.lw ?? '') &&
        !DAYS.has(tokens[a + 1]?.lw ?? '') &&
        !MONTHS.has(tokens[a + 1]?.lw ?? '')
      )) ||
    /ly$/.test(opener.lw)
  for (let k = a; k < Math.min(to, a + 9) && introOpener && (!opener.cap || SENTENCE_OPENERS.has(opener.lw)); k++) {
    if (tokens[k]!.w === ',') {
      if (k - a <= (introOpener ? 8 : 5) && k + 1 < to) a = k + 1
      break
    }
  }
  while (a < to && (!tokens[a]!.word || tokens[a]!.lw === 'that')) a++
  // "Bilal Karimi, the deputy spokesperson of the Taliban, was unable…": the predicate is the checkable part.
  if (a < to && tokens[a]!.cap && isNameToken(tokens[a], a === 0)) {
    const run = runStartingAt(tokens, a, to)
    if (run && tokens[run.to]?.w === ',') {
      for (let k = run.to + 1; k < Math.min(to, run.to + 14); k++) {
        if (tokens[k]!.w === ',') {
          if (k + 3 < to) a = k + 1
          break
        }
      }
    }
  }
  if (a >= to) return null
  let b = a
  let words = 0
  while (b < to && words < max) {
    const x = tokens[b]!
    if ((x.w === ',' || x.w === ';' || x.w === ':' || x.w === '—' || x.w === '–' || (x.w === '-' && x.start > 0)) && words >= 4) break
    // A quotation closes the clause, but not a short one inside it ('there was a "strong likelihood" that …').
    if (isQuoteMark(x) && words >= 3 && !shortQuoteAt(tokens, b, to)) break
    if (x.word) words++
    b++
  }
  while (b > a && ((!tokens[b - 1]!.word && tokens[b - 1]!.w !== '%' && tokens[b - 1]!.w !== ')') || FUNCTION_WORDS.has(tokens[b - 1]!.lw)))
    b--
  if (b <= a) return null
  return { from: a, to: b }
}
