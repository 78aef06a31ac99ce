import type { ClaimFeatures } from './features'

/**
 * Signatures are the keys a claim is filed under, so that a copy or a paraphrase of it finds it
 * with a fixed number of reads however large the store is:
 *   text:<hash>     the sentence's words exactly (every copy, whatever its attribution)
 *   band<i>:<hash>  MinHash LSH: BANDS bands of ROWS minimum hashes over the claim's words
 *   anchor:<hash>   its quantities and lowest-hashed entity, or its two lowest-hashed entities
 * Candidates found under any of them are then compared word by word (see compare.ts).
 */
export const BANDS = 3
export const ROWS = 2

/** 32-bit FNV-1a of `text` mixed with `seed`: cheap, deterministic, the same in Node and workerd. */
function hash32(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  // Final avalanche (from MurmurHash3) so similar words spread over the whole range.
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b) >>> 0
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0
  return (hash ^ (hash >>> 16)) >>> 0
}

/** A short stable hex digest of a string. */
export function digest(text: string): string {
  return `${hash32(text, 1).toString(16).padStart(8, '0')}${hash32(text, 2).toString(16).padStart(8, '0')}`
}

function minHash(values: readonly string[], seed: number): string {
  let best = ''
  let bestHash = Number.POSITIVE_INFINITY
  for (const value of values) {
    const hash = hash32(value, seed)
    if (hash < bestHash || (hash === bestHash && value < best)) {
      bestHash = hash
      best = value
    }
  }
  return best
}

/** The sentence's words as a reader sees them: lower case, no punctuation, single spaces. */
export function normalisedText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'%£$€]+/gu, ' ')
    .trim()
}

/** The signatures a claim is filed under and looked up by, at most BANDS + 2. */
export function signatures(text: string, features: ClaimFeatures): string[] {
  const out = [`text:${digest(normalisedText(text))}`]
  const words = [...new Set(features.words)]
  if (words.length >= ROWS) {
    for (let band = 0; band < BANDS; band++) {
      const rows = Array.from({ length: ROWS }, (_, row) => minHash(words, 100 + band * ROWS + row))
      out.push(`band${band}:${digest(rows.join('\u0000'))}`)
    }
  }
  const framing = new Set(features.framing)
  const entities = features.entities
    .filter((entity) => !framing.has(entity))
    .sort((a, b) => hash32(a, 7) - hash32(b, 7) || a.localeCompare(b))
  if (features.numbers.length > 0) out.push(`anchor:${digest([...features.numbers, entities[0] ?? ''].join('\u0000'))}`)
  else if (entities.length >= 2) out.push(`anchor:${digest(entities.slice(0, 2).sort().join('\u0000'))}`)
  return [...new Set(out)]
}

/** Orders bucket entries so every store keeps the same few, whichever article arrived first. */
export function bucketRank(appearanceId: string): number {
  return hash32(appearanceId, 11)
}
