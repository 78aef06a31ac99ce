import type { Article } from '../../schemas/article'
import type { Claim, ExtractedClaim } from '../../schemas/claim'
import { wordSimilarity } from '../matching/compare'
import { claimFeatures } from '../matching/features'
import { type ClaimStore, MAX_WRITE_ATTEMPTS, WriteConflictError } from '../store/store'
import type { VersionedClaim } from '../store/ledger'
import { appearanceOf, withAppearances } from '../model/appearance-projection'
import { applyEdits, freshClaim } from './claim-edits'
import { claimId } from '../model/ids'

/**
 * Stores an article and its extracted claims. Claims already stored keep their reviews,
 * status, notes and members' corrections; their extracted fields are refreshed. Claims no
 * longer extracted are kept, since they may carry reviews. Each claim's restatements (other
 * sentences of the article with the same truth conditions) become its appearances.
 * `linkedClaims` counts the article's sentences that are appearances of claims found in other
 * articles. Returns whether the article is new, its claims, and those written.
 */
export async function saveArticleClaims(
  store: ClaimStore,
  article: Article,
  extracted: readonly (ExtractedClaim & { restatements?: readonly ExtractedClaim[] })[],
  existing: Article | null,
  options: { linkedClaims?: number; ownClaims?: readonly string[] } = {},
): Promise<{ created: boolean; claims: Claim[]; written: Claim[] }> {
  const ids = extracted.map((fields) => claimId(article.id, fields.sentenceOffsets.start))
  const kept = existing === null ? [] : (options.ownClaims ?? (await store.listOwnClaims(article.id)).map((summary) => summary.id))
  const claimCount = new Set([...kept, ...ids]).size + (options.linkedClaims ?? 0)
  if (
    existing === null ||
    JSON.stringify(existing) !== JSON.stringify(article) ||
    claimCount !== kept.length + (options.linkedClaims ?? 0)
  ) {
    await store.putArticle(article, claimCount)
  }
  const source = { outlet: article.outlet, title: article.title, publishedAt: article.publishedAt, url: article.url }
  const now = new Date().toISOString()
  const refresh = (stored: Claim | null, index: number): Claim => {
    const { restatements = [], ...fields } = extracted[index] as ExtractedClaim & { restatements?: readonly ExtractedClaim[] }
    const base = stored ?? freshClaim(ids[index] as string, article.id, fields, source, now, [])
    const features = claimFeatures(fields.text, fields.attribution)
    const own = [
      appearanceOf(article.id, fields, source, { match: 'extracted', similarity: 1, addedAt: now }),
      ...restatements.map((restatement) =>
        appearanceOf(article.id, restatement, source, {
          match: 'restatement',
          similarity: wordSimilarity(features, claimFeatures(restatement.text, restatement.attribution)),
          addedAt: now,
        }),
      ),
    ]
    // A member's corrections hold over whatever the extractor finds this time.
    return applyEdits(withAppearances({ ...base, ...fields, source }, own))
  }
  const claims = new Map<string, Claim>()
  const written: Claim[] = []
  let pending = ids.map((_, index) => index)
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === MAX_WRITE_ATTEMPTS) throw new WriteConflictError("the article's claims kept changing while it was saved: save it again")
    const stored = new Map((await store.versioned(pending.map((index) => ids[index] as string))).map((entry) => [entry.claim.id, entry]))
    const writes: VersionedClaim[] = []
    for (const index of pending) {
      const id = ids[index] as string
      const current = stored.get(id)
      const next = refresh(current?.claim ?? null, index)
      // Re-posting an article unchanged writes nothing.
      if (current !== undefined && JSON.stringify(current.claim) === JSON.stringify(next)) claims.set(id, current.claim)
      else writes.push({ claim: next, version: current?.version ?? 0 })
    }
    const result = await store.writeVersioned(writes)
    for (const claim of result.written) claims.set(claim.id, claim)
    written.push(...result.written)
    pending = pending.filter((index) => result.conflicts.includes(ids[index] as string))
  }
  return { created: existing === null, claims: ids.map((id) => claims.get(id) as Claim), written }
}
