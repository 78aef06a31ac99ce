import type { Claim, ClaimSummary } from '../../schemas/claim'
import type { Status } from '../../schemas/status'

/**
 * Who is looking: a desk member (signed in, or with a token) sees the internal record; the
 * public sees the claim, its attribution, whether it is being checked and, once an editor has
 * published it, the verdict with its explanation, sources and corrections. Notes, reviewers'
 * names and proposed verdicts stay inside the desk.
 */
export type Audience = 'member' | 'public'

/** The status the public sees: the published verdict, else only whether anyone has started on it. */
export function publicStatus(status: Status, published: boolean): Status {
  if (published || status === 'unreviewed') return status
  return 'in_review'
}

/** Who did something, as the public is told: the desk, not the member. */
export const PUBLIC_ACTOR = 'the desk'

/** A claim as the audience may see it. */
export function claimFor(audience: Audience, claim: Claim): Claim {
  if (audience === 'member') return claim
  const anonymous = <T extends { by: string }>(act: T | null): T | null => (act === null ? null : { ...act, by: PUBLIC_ACTOR })
  return {
    ...claim,
    status: publicStatus(claim.status, claim.publication !== null),
    notes: [],
    reviewCount: 0,
    proposal: null,
    assignee: null,
    edited: anonymous(claim.edited),
    added: anonymous(claim.added),
    dismissed: anonymous(claim.dismissed),
  }
}

/** A list entry as the audience may see it. */
export function summaryFor(audience: Audience, summary: ClaimSummary): ClaimSummary {
  if (audience === 'member') return summary
  return { ...summary, status: publicStatus(summary.status, summary.published), assignee: null }
}
