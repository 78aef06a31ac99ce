/**
 * The short statement of a claim that ClaimReview's `claimReviewed` carries. Google asks for a
 * short summary (under about 75 characters shows without wrapping); a claim's sentence runs to
 * 268 characters. The span is already the asserted clause without its attribution, so the
 * statement is the span, cut to STATEMENT_TARGET characters when longer.
 */

/** Longest statement aimed for. */
export const STATEMENT_TARGET = 110

/**
 * Where a long clause may be cut: before a conjunction that starts another clause, not one
 * inside a phrase ("its Mangala and Aishwariya fields", "between 80,000 and 100,000").
 */
const CLAUSE_JOIN = /(?<=[\p{Ll}%)”"’]) (?:and|but|while|after|because|although|though|whereas|which) (?=\p{Ll})/gu

/** Where a long clause may also be cut: before a phrase set off by a comma (", currently held by …"). */
const PHRASE_JOIN = /(?<=[\p{L}\p{N}%)”"’]), (?=\p{Ll})/gu

/** Shortest statement a cut at a conjunction or comma may leave: shorter, and it says too little. */
const MIN_STATEMENT = 40

/** A quotation the cut left open (`…not a "true democracy`) is closed. */
function closeQuotes(statement: string): string {
  const straight = statement.split('"').length - 1
  const curlyOpen = statement.split('“').length - statement.split('”').length
  return `${statement}${straight % 2 === 1 ? '"' : ''}${curlyOpen > 0 ? '”' : ''}`
}

/**
 * The claim's short statement: its span, capitalised; when longer than STATEMENT_TARGET, cut
 * before the last conjunction or comma phrase that leaves it short enough, else at a word
 * boundary marked with ….
 */
export function claimStatement(span: string): string {
  let statement = span.trim()
  let ellipsis = ''
  if (statement.length > STATEMENT_TARGET) {
    const joins = [...statement.matchAll(CLAUSE_JOIN), ...statement.matchAll(PHRASE_JOIN)]
      .map((match) => match.index)
      .filter((at) => at >= MIN_STATEMENT && at <= STATEMENT_TARGET)
    if (joins.length > 0) statement = statement.slice(0, Math.max(...joins))
    else {
      statement = statement.slice(0, statement.lastIndexOf(' ', STATEMENT_TARGET - 1))
      ellipsis = '…'
    }
  }
  statement = closeQuotes(statement.replace(/[\s,;:.]+$/, ''))
  return `${statement.charAt(0).toUpperCase()}${statement.slice(1)}${ellipsis}`
}
