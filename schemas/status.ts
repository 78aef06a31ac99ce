import * as v from 'valibot'

/** Every status a claim can have, in the order a review moves through them. */
export const STATUSES = ['unreviewed', 'in_review', 'supported', 'misleading', 'refuted', 'unverifiable'] as const

/** Statuses that conclude a review and publish a verdict. */
export const VERDICTS = ['supported', 'misleading', 'refuted', 'unverifiable'] as const

export const StatusSchema = v.pipe(
  v.picklist(STATUSES, `status must be one of: ${STATUSES.join(', ')}`),
  v.description('Review status of a claim; the last four conclude a review.'),
)
export type Status = v.InferOutput<typeof StatusSchema>

export const VerdictSchema = v.picklist(VERDICTS)
export type Verdict = v.InferOutput<typeof VerdictSchema>

/** Whether a status concludes the review (a published verdict). */
export function isVerdict(status: Status): status is Verdict {
  return (VERDICTS as readonly string[]).includes(status)
}
