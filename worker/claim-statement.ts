/**
 * The short statement of a claim that ClaimReview's `claimReviewed` carries. Google asks for a
 * short summary (under about 75 characters shows without wrapping); a claim's sentence runs to
 * 268, and its span alone ("at least 14 countries", "5%") says nothing. So: the span in its
 * clause, without the attribution around it, cut to STATEMENT_TARGET characters.
 */

/** Longest statement aimed for; a span longer than this is the statement by itself. */
export const STATEMENT_TARGET = 110

/**
 * Where a clause starts, looking left from the span: clause punctuation, a spaced dash, or a
 * reporting cue (`said`, `told Reuters`, `that`), whose content is the claim.
 */
const CLAUSE_START =
  /(?:[;:]\s+|\s[-–—]\s+|\b(?:said|says|say|added|adds|insisted|argued|warned|claimed|stated|announced|reported|noted|explained|told\s+[A-Z][\w.]*|that)\s+)/g

/** Where a clause ends, looking right from the span. */
const CLAUSE_END = /,\s|;|:\s|\s[-–—]\s|\s\(|[.!?](?=["”’]?\s*$)|[!?]\s/

/** Where a long clause may be cut after the span: before a conjunction that starts another clause. */
const CLAUSE_JOIN = /\s(?:and|but|while|after|because|although|though|whereas|which)\s/

const QUOTES = /["“”]/g

/** Whether the span sits inside a quotation, and where that quotation opens and closes. */
function enclosingQuote(sentence: string, start: number, end: number): { open: number; close: number } | null {
  const marks = [...sentence.matchAll(QUOTES)].map((match) => ({ at: match.index, mark: match[0] }))
  const before = marks.filter((mark) => mark.at < start)
  const last = before.at(-1)
  const straightCount = before.filter((mark) => mark.mark === '"').length
  const opens = last !== undefined && (last.mark === '“' || (last.mark === '"' && straightCount % 2 === 1))
  if (!opens) return null
  const close = marks.find((mark) => mark.at >= end && mark.mark !== '“')
  return { open: last.at + 1, close: close?.at ?? sentence.length }
}

function clauseStart(sentence: string, spanStart: number): number {
  let start = 0
  for (const match of sentence.slice(0, spanStart).matchAll(CLAUSE_START)) start = match.index + match[0].length
  return start
}

function clauseEnd(sentence: string, spanEnd: number): number {
  const match = CLAUSE_END.exec(sentence.slice(spanEnd))
  return match === null ? sentence.length : spanEnd + match.index
}

/** A quotation the cut left open (`…not a "true democracy` when the sentence ends `."`) is closed. */
function closeQuotes(statement: string): string {
  const straight = statement.split('"').length - 1
  const curlyOpen = statement.split('“').length - statement.split('”').length
  return `${statement}${straight % 2 === 1 ? '"' : ''}${curlyOpen > 0 ? '”' : ''}`
}

/**
 * The claim's short statement: its span extended to the clause around it (the quotation it is
 * in, or the reported content after a cue), then, when longer than STATEMENT_TARGET, cut before
 * a following conjunction and finally at word boundaries marked with ….
 */
export function claimStatement(sentence: string, span: string, spanStartInSentence: number): string {
  const at = sentence.slice(spanStartInSentence, spanStartInSentence + span.length) === span ? spanStartInSentence : sentence.indexOf(span)
  if (at === -1 || span.length >= STATEMENT_TARGET) return span
  const spanEnd = at + span.length
  const quote = enclosingQuote(sentence, at, spanEnd)
  let start = quote?.open ?? clauseStart(sentence, at)
  let end = Math.min(quote?.close ?? sentence.length, clauseEnd(sentence, spanEnd))
  if (end - start > STATEMENT_TARGET) {
    const join = CLAUSE_JOIN.exec(sentence.slice(spanEnd, end))
    if (join !== null) end = spanEnd + join.index
  }
  let leading = ''
  let trailing = ''
  if (end - start > STATEMENT_TARGET) {
    // Drop words from the left, never into the span.
    const space = sentence.indexOf(' ', end - STATEMENT_TARGET - 1)
    const cut = space === -1 || space + 1 > at ? at : space + 1
    if (cut > start) (start = cut), (leading = '…')
  }
  if (end - start > STATEMENT_TARGET) {
    // Then from the right, never into the span.
    const space = sentence.lastIndexOf(' ', start + STATEMENT_TARGET)
    end = space < spanEnd ? spanEnd : space
    trailing = '…'
  }
  const statement = closeQuotes(sentence.slice(start, end).trim().replace(/[\s,;:.]+$/, ''))
  const capitalised = leading === '' ? statement.charAt(0).toUpperCase() + statement.slice(1) : statement
  return `${leading}${capitalised}${trailing}`
}
