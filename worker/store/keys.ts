/**
 * KV key layout (version 1). KV is the store served at the edge; every claim and review write
 * goes through the DeskLedger Durable Object (ledger.ts), which holds the authoritative copy and
 * the desk's index, and writes these keys from one place in order.
 *   v1:article:<articleId>                          Article; metadata ArticleSummary
 *   v1:claim:<articleId>-<sentenceOffset>            Claim: its latest state, counts and its 20 latest reviews
 *   v1:review:<claimId>:<reviewId>                   Review, written once, never rewritten
 *   v1:session-ended:<sessionId>                     A signed-out session; expires when the session would have
 *   v1:appearance:<claimId>:<appearanceId>           Appearance of a claim with more than one (see appearances.ts)
 *   v1:link:<appearanceId>                           the claim a sentence belongs to when it is not its own claim;
 *                                                    metadata { claimId }, listed by article (ids start with it)
 *   v1:sig:<signature>                               SignatureBucket: a few appearances filed under one signature
 *   v1:suggestion:<claimId>:<otherClaimId>           Suggestion: a possible match for a reviewer to decide
 *   v1:event:<claimId>:<eventId>                     CurationEvent (merge, split, confirm, reject); metadata: the event
 * A retried review has the same id (from its Idempotency-Key), so the same key. An appearance id
 * is the id its sentence would have as a claim (`<articleId>-<sentenceOffset>`).
 */
export const KEY_PREFIX = 'v1:'
export const articleKey = (id: string) => `${KEY_PREFIX}article:${id}`
export const claimKey = (id: string) => `${KEY_PREFIX}claim:${id}`
export const reviewKey = (claim: string, review: string) => `${KEY_PREFIX}review:${claim}:${review}`
export const sessionEndedKey = (session: string) => `${KEY_PREFIX}session-ended:${session}`
export const appearancePrefix = (claim: string) => `${KEY_PREFIX}appearance:${claim}:`
export const appearanceKey = (claim: string, appearance: string) => `${appearancePrefix(claim)}${appearance}`
/** Links of every sentence of an article: appearance ids start with the article id. */
export const linkPrefix = (article?: string) => `${KEY_PREFIX}link:${article === undefined ? '' : `${article}-`}`
export const linkKey = (appearance: string) => `${KEY_PREFIX}link:${appearance}`
export const signatureKey = (signature: string) => `${KEY_PREFIX}sig:${signature}`
export const suggestionPrefix = (claim: string) => `${KEY_PREFIX}suggestion:${claim}:`
export const suggestionKey = (claim: string, other: string) => `${suggestionPrefix(claim)}${other}`
export const eventPrefix = (claim: string) => `${KEY_PREFIX}event:${claim}:`
