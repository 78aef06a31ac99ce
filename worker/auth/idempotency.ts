import type { ReviewInput } from '../../schemas/review'
import type { IdempotencyLedger } from './idempotency-ledger'
import { sha256Hex } from '../desk/ids'

/** The part of a review its Idempotency-Key stands for: what the reviewer wrote. */
export function reviewContent(review: Partial<ReviewInput>): string {
  return JSON.stringify([review.status ?? null, review.note ?? null, review.explanation ?? null, review.sources ?? null])
}

/** What a ledger answers when a review's Idempotency-Key is presented. */
export type KeyUse = 'first' | 'repeat' | 'conflict'

/** Records that `reviewer` used `key` for `input` on the claim; `conflict` when the key already named another review. */
export async function useIdempotencyKey(
  ledgers: DurableObjectNamespace<IdempotencyLedger>,
  claimId: string,
  reviewer: string,
  key: string,
  input: ReviewInput,
): Promise<KeyUse> {
  const ledger = ledgers.get(ledgers.idFromName(claimId))
  return ledger.use(`${reviewer}\n${key}`, await sha256Hex(reviewContent(input), 32))
}
