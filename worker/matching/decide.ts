import { compare } from './compare'
import { type ClaimFeatures, claimFeatures, type Framing } from './features'
import { bucketRank } from './signatures'

/** Appearances a signature bucket keeps: those of lowest rank, so every store keeps the same ones. */
export const BUCKET_SIZE = 16
/** Suggestions kept for a new claim, best first. */
export const MAX_SUGGESTIONS = 3

/** An appearance filed under a signature, with what comparing it needs (its features are recomputed). */
export interface SignatureEntry extends Framing {
  claimId: string
  appearanceId: string
  text: string
}

export interface Candidate {
  claimId: string
  similarity: number
  /** The sentence it was filed with. */
  text: string
}

export interface Decision {
  /** The stored claim this one is a copy of: its sentences become appearances of it. */
  copyOf: Candidate | null
  /** Stored claims it may be, best first, for a reviewer to confirm or reject. */
  suggestions: Candidate[]
}

const best = (a: Candidate, b: Candidate) => b.similarity - a.similarity || a.claimId.localeCompare(b.claimId)
const byRank = (a: SignatureEntry, b: SignatureEntry) =>
  bucketRank(a.appearanceId) - bucketRank(b.appearanceId) || a.appearanceId.localeCompare(b.appearanceId)

/**
 * Which stored claims a new claim copies or may be, from the entries its signatures found: each
 * is compared (compare is symmetric, so it does not matter which claim came first), the best
 * copy is merged into, and the best other matches are suggested. Ties go to the smaller claim id.
 */
export function decide(features: ClaimFeatures, entries: readonly SignatureEntry[]): Decision {
  const scored = new Map<string, { candidate: Candidate; copy: boolean }>()
  const compared = new Set<string>()
  for (const entry of entries) {
    if (compared.has(entry.appearanceId)) continue
    compared.add(entry.appearanceId)
    const result = compare(features, claimFeatures(entry.text, entry))
    if (result.relation === 'different') continue
    const copy = result.relation === 'copy'
    const previous = scored.get(entry.claimId)
    if (
      previous === undefined ||
      Number(copy) > Number(previous.copy) ||
      (copy === previous.copy && result.similarity > previous.candidate.similarity)
    ) {
      scored.set(entry.claimId, { candidate: { claimId: entry.claimId, similarity: result.similarity, text: entry.text }, copy })
    }
  }
  const copyOf =
    [...scored.values()]
      .filter(({ copy }) => copy)
      .map(({ candidate }) => candidate)
      .sort(best)[0] ?? null
  const suggestions = [...scored.values()]
    .map(({ candidate }) => candidate)
    .filter((candidate) => candidate.claimId !== copyOf?.claimId)
    .sort(best)
    .slice(0, MAX_SUGGESTIONS)
  return { copyOf, suggestions }
}

/** A bucket with `entries` filed in: the BUCKET_SIZE of lowest rank, whatever order they came in. */
export function fileInto(bucket: readonly SignatureEntry[], entries: readonly SignatureEntry[]): SignatureEntry[] {
  const ids = new Set(bucket.map((entry) => entry.appearanceId))
  return [...bucket, ...entries.filter((entry) => !ids.has(entry.appearanceId))].sort(byRank).slice(0, BUCKET_SIZE)
}
