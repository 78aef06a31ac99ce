import type * as v from 'valibot'
import type { ClaimSearchQuerySchema } from '../../schemas/query'
import type { Audience } from '../model/visibility'
import type { ClaimFilter } from '../store/store'

/** The filters of a claim list's query, as named on the wire (the list API, its CSV export, the list page). */
export type ClaimFilterQuery = Partial<Omit<v.InferOutput<typeof ClaimSearchQuerySchema>, 'limit' | 'cursor'>>

/**
 * The claims a list query asks for, in `audience`'s view. Dismissed claims are left out unless the
 * query asks for them (`dismissed=true`), so every list, export and feed pages on an index that
 * starts with the dismissed flag.
 */
export function claimFilter(audience: Audience, query: ClaimFilterQuery): ClaimFilter {
  const { status, article, q, speaker, from, to, order, checked, since, dismissed, assignee } = query
  return {
    audience,
    statuses: status && [status],
    articleId: article,
    q,
    speaker,
    from,
    to,
    order,
    alreadyChecked: checked,
    since,
    dismissed: dismissed ?? false,
    assignee,
  }
}
