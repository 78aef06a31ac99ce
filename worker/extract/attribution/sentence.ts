// A sentence as attribution reads it, what attribution returns, and helpers over its quotations.
import type { Attribution } from '../../../schemas/claim'
import { joinTokens } from '../entities'
import type { Quote } from '../quotes'
import type { Token } from '../tokens'

/** A sentence prepared for attribution. */
export interface SentenceCtx {
  start: number
  end: number
  tokens: Token[]
  quotes: Quote[]
}

/** Who asserts a sentence, and which part of it they assert. */
export interface AttributionResult {
  attribution: Attribution
  /** The part of the sentence the speaker asserts; outside it the outlet speaks. */
  content: { start: number; end: number } | null
  /** The quote id when the speaker is credited with a quotation. */
  quoteIds: number[]
  /**
   * "X has backed the orders, saying …": the outlet reports X's action and X asserts what follows;
   * the claim is whichever part is check-worthy, the speaker's first.
   */
  participle?: { start: number }
  /** Where the phrase naming the speaker starts; the outlet's own words can only come before it. */
  cueStart?: number
}

export function opensQuote(s: SentenceCtx, q: Token): boolean {
  return s.quotes.some((x) => x.start === q.end)
}

export function insideQuote(s: SentenceCtx, tok: Token): boolean {
  return s.quotes.some((q) => tok.start >= q.start && tok.end <= q.end)
}

export function outsideRange(s: SentenceCtx, aStart: number, aEnd: number): { start: number; end: number } {
  const before = aStart - s.start
  const after = s.end - aEnd
  return before > after ? { start: s.start, end: aStart } : { start: aEnd, end: s.end }
}

/** The text of tokens `[from, to)`, without a leading "the" that only introduces a name. */
export function spanText(text: string, t: Token[], from: number, to: number): string {
  return joinTokens(text, t, from, Math.max(from + 1, to))
    .replace(/[,:]$/, '')
    .trim()
}
