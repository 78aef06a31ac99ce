/** Lowercase hex of the SHA-256 of `input`, cut to `length` characters. */
export async function sha256Hex(input: string, length = 64): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(input))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, length)
}

/** An article's id: derived from its (trimmed) text, so posting the same text again finds the same article. */
export function articleId(text: string): Promise<string> {
  return sha256Hex(text, 16)
}

/**
 * A claim's id: its article and the offset of its sentence, zero-padded so keys sort in
 * reading order. Deterministic, so re-extracting an article keeps every claim's reviews.
 */
export function claimId(article: string, sentenceStart: number): string {
  return `${article}-${String(sentenceStart).padStart(6, '0')}`
}

/** The article a claim id belongs to. */
export function articleOfClaim(claim: string): string {
  return claim.slice(0, claim.indexOf('-'))
}

/** A fresh review id, or the same id for the same idempotency key. */
export async function reviewId(claim: string, reviewer: string, idempotencyKey?: string): Promise<string> {
  if (idempotencyKey === undefined) return crypto.randomUUID().replaceAll('-', '').slice(0, 20)
  return sha256Hex(`${claim}\n${reviewer}\n${idempotencyKey}`, 20)
}
