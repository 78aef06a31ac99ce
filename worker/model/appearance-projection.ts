// model/: the desk's pure rules, no I/O: ids, what the public sees, how reviews and appearances fold into a claim's
// state. store/ applies them and desk/ decides with them, so both import this folder and neither imports the other's way.
import {
  type Appearance,
  type AppearanceMatch,
  type Claim,
  type ClaimSummary,
  EMBEDDED_APPEARANCES,
  type ExtractedClaim,
  type PriorVerdict,
} from '../../schemas/claim'
import { claimId } from './ids'

// How a claim's record projects its appearances: the earliest few, a count, and whether one
// arrived after its verdict. Pure; the keys themselves are in appearances.ts.

/** The published verdict a claim has now, as an appearance arriving today would be flagged with; null before one. */
export function priorVerdict(claim: Claim): PriorVerdict | null {
  const { publication } = claim
  return publication === null ? null : { status: publication.status, on: publication.publishedAt.slice(0, 10) }
}

/** "Already checked": the claim has a published verdict and a new appearance of it arrived after that verdict. */
export function cameBackAfterVerdict(claim: Claim): ClaimSummary['alreadyChecked'] {
  const verdict = priorVerdict(claim)
  const given = claim.publication?.publishedAt ?? claim.updatedAt
  if (verdict === null || claim.lastAppearanceAt === null || claim.lastAppearanceAt <= given) return null
  return { ...verdict, appearedAt: claim.lastAppearanceAt }
}

/** The appearance a sentence of an article makes. */
export function appearanceOf(
  articleId: string,
  fields: ExtractedClaim,
  source: Claim['source'],
  how: { match: AppearanceMatch; similarity: number; addedAt: string; alreadyChecked?: PriorVerdict | null },
): Appearance {
  const { text, span, kind, offsets, sentenceOffsets, checkworthiness, attribution } = fields
  return {
    id: claimId(articleId, fields.sentenceOffsets.start),
    articleId,
    text,
    span,
    kind,
    offsets,
    sentenceOffsets,
    checkworthiness,
    attribution,
    source,
    match: how.match,
    similarity: Math.round(how.similarity * 1000) / 1000,
    addedAt: how.addedAt,
    alreadyChecked: how.alreadyChecked ?? null,
  }
}

const byPublication = (a: Appearance, b: Appearance) =>
  (a.source.publishedAt ?? '9999').localeCompare(b.source.publishedAt ?? '9999') ||
  a.addedAt.localeCompare(b.addedAt) ||
  a.id.localeCompare(b.id)

/**
 * The claim with `added` among its appearances: an appearance already there is refreshed in
 * place (keeping when and how it first joined), the earliest EMBEDDED_APPEARANCES by publication
 * date are kept in the record, and the count grows by the appearances that are new.
 */
export function withAppearances(claim: Claim, added: readonly Appearance[]): Claim {
  const known = new Map(claim.appearances.map((appearance) => [appearance.id, appearance]))
  let fresh = 0
  for (const appearance of added) {
    const before = known.get(appearance.id)
    if (before === undefined) fresh++
    known.set(
      appearance.id,
      before === undefined
        ? appearance
        : {
            ...appearance,
            match: before.match,
            addedAt: before.addedAt,
            alreadyChecked: before.alreadyChecked,
            similarity: before.similarity,
          },
    )
  }
  const appearances = [...known.values()].sort(byPublication).slice(0, EMBEDDED_APPEARANCES)
  // A record written before appearances existed holds none: its count starts from what it now holds.
  const appearanceCount = claim.appearances.length === 0 ? known.size : claim.appearanceCount + fresh
  return { ...claim, appearances, appearanceCount }
}
