import type { Claim, Publication } from '../../schemas/claim'
import type { Review } from '../../schemas/review'
import { isVerdict } from '../../schemas/status'

/** What the projection needs of a claim's reviews: read from the desk ledger by index, never all of them. */
export interface ReviewHistory {
  /** The latest RECENT_REVIEWS (schemas/claim.ts) reviews, oldest first. */
  recent: readonly Review[]
  count: number
  /** The latest review (not a publication or correction) that set a status: the verdict an editor would publish. */
  proposal: Review | null
  /** Every publication and correction, oldest first (a handful per claim). */
  publicationEntries: readonly Review[]
}

/** Oldest first; reviews written in one millisecond are ordered by id. */
export const chronologically = (a: Review, b: Review) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

/** A review that sets the status members see: a review (not a publication or correction) with a status. */
export const setsStatus = (review: Review) => review.kind === 'review' && review.status !== undefined

/**
 * The published verdict the history amounts to: set by the first `publish` entry, then changed
 * by each `correction` (its note public, what it changed recorded with what was there before).
 */
export function publicationOf(entries: readonly Review[]): Publication | null {
  let publication: Publication | null = null
  for (const review of entries) {
    if (
      review.kind === 'publish' &&
      publication === null &&
      review.status !== undefined &&
      isVerdict(review.status) &&
      review.explanation !== undefined &&
      review.sources !== undefined
    ) {
      publication = {
        status: review.status,
        explanation: review.explanation,
        sources: review.sources,
        publishedAt: review.createdAt,
        dateModified: null,
        corrections: [],
      }
    } else if (review.kind === 'correction' && publication !== null) {
      const current: Publication = publication
      const before = { status: current.status, explanation: current.explanation }
      const status = review.status !== undefined && isVerdict(review.status) ? review.status : current.status
      publication = {
        ...current,
        status,
        explanation: review.explanation ?? current.explanation,
        sources: review.sources ?? current.sources,
        dateModified: review.createdAt,
        corrections: [...current.corrections, { note: review.note ?? '', at: review.createdAt, before }],
      }
    }
  }
  return publication
}

/**
 * The claim as its reviews make it: the latest notes, the count, the proposal, the publication,
 * the status and updatedAt. A published verdict is locked: the status is the publication's,
 * whatever a later review proposes; before, the status of the latest review that set one.
 */
export function projectReviews(claim: Claim, history: ReviewHistory): Claim {
  const publication = publicationOf(history.publicationEntries)
  const latest = history.recent.at(-1)
  return {
    ...claim,
    notes: [...history.recent],
    reviewCount: history.count,
    proposal: history.proposal,
    publication,
    status: publication?.status ?? history.proposal?.status ?? 'unreviewed',
    updatedAt: latest !== undefined && latest.createdAt > claim.updatedAt ? latest.createdAt : claim.updatedAt,
  }
}
