import type { ClaimFeatures } from './features'

/**
 * How two claims relate. `copy`: the same claim in (nearly) the same words, merged automatically.
 * `similar`: possibly the same claim reworded, suggested to a reviewer. `different`: neither.
 */
export type Relation = 'copy' | 'similar' | 'different'

/** Word overlap (Jaccard) at or above which a claim whose guards agree strictly is a copy. */
export const COPY_SIMILARITY = 0.8
/** Word overlap at or above which a claim whose guards agree is suggested as the same claim. */
export const SUGGEST_SIMILARITY = 0.3

export interface Comparison {
  relation: Relation
  /** Jaccard overlap of the two claims' words, framing left out, 0–1. */
  similarity: number
  /** Why the claims cannot be the same, when a guard refused them. */
  refused: string | null
}

function without(values: readonly string[], drop: ReadonlySet<string>): Set<string> {
  return new Set(values.filter((value) => !drop.has(value)))
}

function onlyIn(values: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  for (const value of values) if (!other.has(value)) return true
  return false
}

/**
 * Why two claims cannot have the same truth conditions, or null when nothing rules it out.
 * Quantities must be equal; negation must agree; dates and named entities may be missing on
 * one side (a lead leaves out what the quote says), but when each side has one the other lacks
 * they name different things ("Iran" against "Turkey"). `strict` also refuses missing entities.
 */
export function guardRefusal(a: ClaimFeatures, b: ClaimFeatures, strict: boolean): string | null {
  if (a.negated !== b.negated) return 'negation'
  if (a.numbers.join('|') !== b.numbers.join('|')) return 'numbers'
  const dates = [new Set(a.dates), new Set(b.dates)] as const
  if (onlyIn(dates[0], dates[1]) && onlyIn(dates[1], dates[0])) return 'dates'
  const framing = new Set([...a.framing, ...b.framing])
  const entities = [without(a.entities, framing), without(b.entities, framing)] as const
  const extra = [onlyIn(entities[0], entities[1]), onlyIn(entities[1], entities[0])]
  if (extra[0] && extra[1]) return 'entities'
  if (strict && (extra[0] || extra[1])) return 'entities'
  return null
}

/** Jaccard overlap of the claims' words, with the framing of either side left out of both. */
export function wordSimilarity(a: ClaimFeatures, b: ClaimFeatures): number {
  const framing = new Set([...a.framing, ...b.framing])
  const left = without(a.words, framing)
  const right = without(b.words, framing)
  let shared = 0
  for (const word of left) if (right.has(word)) shared++
  const union = left.size + right.size - shared
  return union === 0 ? 0 : shared / union
}

/** The longest run of consecutive words the two claims share: "sent diplomat ≥14 country". */
export function longestSharedRun(a: ClaimFeatures, b: ClaimFeatures): number {
  let best = 0
  let previous = new Array<number>(b.words.length + 1).fill(0)
  for (const word of a.words) {
    const current = new Array<number>(b.words.length + 1).fill(0)
    b.words.forEach((other, index) => {
      if (other === word) {
        current[index + 1] = previous[index]! + 1
        best = Math.max(best, current[index + 1]!)
      }
    })
    previous = current
  }
  return best
}

/** How a new claim relates to a stored one. Symmetric: compare(a, b) and compare(b, a) agree. */
export function compare(a: ClaimFeatures, b: ClaimFeatures): Comparison {
  const similarity = wordSimilarity(a, b)
  const refused = guardRefusal(a, b, false)
  if (refused !== null) return { relation: 'different', similarity, refused }
  if (similarity >= COPY_SIMILARITY && guardRefusal(a, b, true) === null) return { relation: 'copy', similarity, refused: null }
  return { relation: similarity >= SUGGEST_SIMILARITY ? 'similar' : 'different', similarity, refused: null }
}
