import { type ClaimFeatures, normaliseWord } from './features'

/**
 * How two claims relate. `copy`: the same claim in (nearly) the same words, merged automatically.
 * `similar`: possibly the same claim reworded, suggested to a reviewer. `different`: neither.
 */
export type Relation = 'copy' | 'similar' | 'different'

/** Word overlap (Jaccard) at or above which a claim whose guards agree strictly is a copy. */
export const COPY_SIMILARITY = 0.8
/** Word overlap at or above which a claim whose guards agree is suggested as the same claim. */
export const SUGGEST_SIMILARITY = 0.3
/** Words a copy may have that the other lacks, on each side ("told reporters", a synonym): more is new content. */
export const COPY_EXTRA_WORDS = 1

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

/** Whether `values` holds something more often than `other` does ("2003 and 2003" against "2002 and 2003"). */
function moreIn(values: readonly string[], other: readonly string[]): boolean {
  const counts = new Map<string, number>()
  for (const value of other) counts.set(value, (counts.get(value) ?? 0) + 1)
  for (const value of values) {
    const left = counts.get(value) ?? 0
    if (left === 0) return true
    counts.set(value, left - 1)
  }
  return false
}

/**
 * Why two claims cannot have the same truth conditions, or null when nothing rules it out.
 * Quantities must be equal; negation must agree; details (dates, ages, numbers in names) and
 * named entities may be missing on one side (a lead leaves out what the quote says), but when
 * each side has one the other lacks they name different things ("Iran" against "Turkey").
 * `strict` also refuses missing entities.
 */
export function guardRefusal(a: ClaimFeatures, b: ClaimFeatures, strict: boolean): string | null {
  if (a.negated !== b.negated) return 'negation'
  if (a.numbers.join('|') !== b.numbers.join('|')) return 'numbers'
  if (moreIn(a.details, b.details) && moreIn(b.details, a.details)) return 'details'
  // Entities are mentions: "China … China" against "Britain … China" names another country.
  // One side's entity also written as a plain word on the other ("DVD" and "dvd") is matched.
  const framing = new Set([...a.framing, ...b.framing])
  const mentions = (features: ClaimFeatures, other: ClaimFeatures) => {
    const plain = new Set(other.words)
    return features.entities.filter(
      (entity) => !framing.has(entity) && !(plain.has(normaliseWord(entity)) && !other.entities.includes(entity)),
    )
  }
  const entities = [mentions(a, b), mentions(b, a)] as const
  const extra = [moreIn(entities[0], entities[1]), moreIn(entities[1], entities[0])]
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

/** How many words each claim has that the other lacks, framing left out. */
function extraWords(a: ClaimFeatures, b: ClaimFeatures): [number, number] {
  const framing = new Set([...a.framing, ...b.framing])
  const left = without(a.words, framing)
  const right = without(b.words, framing)
  return [[...left].filter((word) => !right.has(word)).length, [...right].filter((word) => !left.has(word)).length]
}

/** The longest run of consecutive words the two claims share: "sent diplomat ≥14 country". */
export function longestSharedRun(a: ClaimFeatures, b: ClaimFeatures): string[] {
  let best: [number, number] = [0, 0]
  let previous = new Array<number>(b.words.length + 1).fill(0)
  a.words.forEach((word, at) => {
    const current = new Array<number>(b.words.length + 1).fill(0)
    b.words.forEach((other, index) => {
      if (other !== word) return
      current[index + 1] = previous[index]! + 1
      if (current[index + 1]! > best[0]) best = [current[index + 1]!, at + 1]
    })
    previous = current
  })
  return a.words.slice(best[1] - best[0], best[1])
}

/** How a new claim relates to a stored one. Symmetric: compare(a, b) and compare(b, a) agree. */
export function compare(a: ClaimFeatures, b: ClaimFeatures): Comparison {
  const similarity = wordSimilarity(a, b)
  const refused = guardRefusal(a, b, false)
  if (refused !== null) return { relation: 'different', similarity, refused }
  if (similarity >= COPY_SIMILARITY && guardRefusal(a, b, true) === null && Math.max(...extraWords(a, b)) <= COPY_EXTRA_WORDS) {
    return { relation: 'copy', similarity, refused: null }
  }
  return { relation: similarity >= SUGGEST_SIMILARITY ? 'similar' : 'different', similarity, refused: null }
}
