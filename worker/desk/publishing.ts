import type { Claim } from '../../schemas/claim'
import type { CorrectionInput, Review } from '../../schemas/review'
import { isVerdict } from '../../schemas/status'
import { ActivityLog } from './activity'
import type { ClaimStore } from '../store/store'

/** Publishing or correcting is refused in the claim's present state (409). */
export class PublishingConflictError extends Error {
  override name = 'PublishingConflictError'
}

type Outcome = { review: Review; claim: Claim; replayed: boolean } | null

/**
 * An editor publishes the claim's latest proposed verdict, with the explanation and sources it
 * was proposed with: the IFCN asks for both, so a proposal without either is refused. A
 * published verdict is locked; it changes only by a correction. Null when the claim is unknown.
 */
export async function publishVerdict(store: ClaimStore, id: string, editor: string, idempotencyKey?: string): Promise<Outcome> {
  const claim = await store.getClaim(id)
  if (claim === null) return null
  // A second publication is refused by the ledger (ReviewConflictError), which answers a retry of
  // this very publication (same editor, same Idempotency-Key) as the first time.
  const proposal = claim.proposal
  if (proposal === null || proposal.status === undefined || !isVerdict(proposal.status)) {
    throw new PublishingConflictError(
      'there is no proposed verdict: a reviewer proposes supported, misleading, refuted or unverifiable first',
    )
  }
  const missing = [
    proposal.explanation === undefined ? 'an explanation' : null,
    (proposal.sources ?? []).length === 0 ? 'a source' : null,
  ].filter((item) => item !== null)
  if (missing.length > 0) throw new PublishingConflictError(`the proposed verdict needs ${missing.join(' and ')} before it is published`)
  const input = { status: proposal.status, explanation: proposal.explanation, sources: proposal.sources }
  const result = await store.addReview(id, editor, input, idempotencyKey, 'publish')
  if (result !== null && !result.replayed)
    await new ActivityLog(store.kv).record('publish', id, editor, `published ${proposal.status}, proposed by ${proposal.reviewer}`)
  return result
}

/** An editor corrects a published verdict; the note is public, and the history keeps what was there before. */
export async function correctVerdict(
  store: ClaimStore,
  id: string,
  editor: string,
  input: CorrectionInput,
  idempotencyKey?: string,
): Promise<Outcome> {
  const claim = await store.getClaim(id)
  if (claim === null) return null
  if (claim.publication === null) throw new PublishingConflictError('there is no published verdict to correct: publish one first')
  const result = await store.addReview(id, editor, input, idempotencyKey, 'correction')
  if (result !== null && !result.replayed) {
    const before = claim.publication.status
    const after = input.status ?? before
    const log = new ActivityLog(store.kv)
    await log.record('correction', id, editor, `corrected: ${after !== before ? `${before} → ${after}: ` : ''}${input.note}`)
    await log.publishCorrection({ claimId: id, note: input.note, at: result.review.createdAt, status: after, before })
  }
  return result
}
