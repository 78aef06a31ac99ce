import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon'

/** A sentence as offsets into the article text (end exclusive). */
export interface SentenceSpan {
  start: number
  end: number
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»'])
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«'])

function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() || /\p{Lu}|\p{Lo}|\p{N}/u.test(ch)
}

function isWs(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch)
}

/** The word immediately before index `i` (letters and inner dots), for abbreviation checks. */
function wordBefore(text: string, i: number, floor: number): string {
  let j = i
  while (j > floor && /[\p{L}\p{N}.]/u.test(text[j - 1]!)) j--
  return text.slice(j, i)
}

/**
 * Splits `text[start, end)` (one paragraph) into sentences. Handles abbreviations
 * (Mr., U.S., Inc.), initials, decimals, ellipses and closing quotes after the full stop.
 */
export function splitSentences(text: string, start: number, end: number): SentenceSpan[] {
  const out: SentenceSpan[] = []
  let sStart = start
  let i = start
  while (i < end) {
    const ch = text[i]!
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') {
      i++
      continue
    }
    let j = i + 1
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++
    const ellipsis = j - i > 1 || ch === '…'
    while (j < end && CLOSERS.has(text[j]!)) j++
    if (j < end && !isWs(text[j])) {
      i = j
      continue
    }
    let k = j
    while (k < end && isWs(text[k])) k++
    if (k >= end) break
    const next = text[k]!
    let boundary = isUpperStart(next) || OPENERS.has(next)
    if (boundary && ch === '.' && !ellipsis && j === i + 1) {
      const word = wordBefore(text, i, sStart)
      const lw = word.toLowerCase()
      if (ABBREVIATIONS.has(lw) || TITLE_ABBREVIATIONS.has(lw)) boundary = false
      else if (/^(?:\p{L}\.)+\p{L}?$/u.test(word))
        boundary = false // U.S., e.g., a.m.
      else if (/^\p{Lu}$/u.test(word))
        boundary = false // an initial: J. K. Rowling
      else if (lw === 'no' && /\p{N}/u.test(next)) boundary = false
    }
    if (boundary) {
      out.push({ start: sStart, end: j })
      sStart = k
    }
    i = j
  }
  let e = end
  while (e > sStart && isWs(text[e - 1])) e--
  if (e > sStart) out.push({ start: sStart, end: e })
  return out
}
