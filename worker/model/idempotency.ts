import type { ReviewInput } from '../../schemas/review'

/** The part of a review its Idempotency-Key stands for: what the reviewer wrote. */
export function reviewContent(review: Partial<ReviewInput>): string {
  return JSON.stringify([review.status ?? null, review.note ?? null, review.explanation ?? null, review.sources ?? null])
}
