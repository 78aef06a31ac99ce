// Fitting a claim's and an article's list entry into KV metadata (1 KiB of JSON).
import * as v from 'valibot'
import { type Article, ArticleSummarySchema } from '../../schemas/article'
import { type Claim, type ClaimSummary, ClaimSummarySchema, LOW_CONFIDENCE } from '../../schemas/claim'
import { cameBackAfterVerdict } from '../model/appearance-projection'

/** KV list metadata is capped at 1024 bytes of JSON. */
const METADATA_BYTES = 1024

export const ClaimMetadataSchema = v.omit(ClaimSummarySchema, ['id', 'articleId'])
export const ArticleMetadataSchema = v.omit(ArticleSummarySchema, ['id'])
export type ClaimMetadata = v.InferOutput<typeof ClaimMetadataSchema>
export type ArticleMetadata = v.InferOutput<typeof ArticleMetadataSchema>

function byteLength(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length
}

/** The list entry of a claim, its text shortened around the span until it fits KV metadata. */
export function summarize(claim: Claim): ClaimSummary {
  const base: ClaimMetadata = {
    text: claim.text,
    span: claim.span,
    offsets: claim.offsets,
    kind: claim.kind,
    speaker: claim.attribution.speaker,
    speakerUncertain: claim.attribution.confidence < LOW_CONFIDENCE,
    status: claim.status,
    published: claim.publication !== null,
    updatedAt: claim.updatedAt,
    appearanceCount: claim.appearanceCount,
    lastAppearanceAt: claim.lastAppearanceAt,
    alreadyChecked: cameBackAfterVerdict(claim),
    assignee: claim.assignee,
    dismissed: claim.dismissed !== null,
  }
  let metadata = base
  const spanAt = Math.max(0, claim.text.indexOf(claim.span))
  for (let keep = 400; byteLength(metadata) > METADATA_BYTES && keep > 0; keep -= 40) {
    const from = Math.max(0, Math.min(spanAt - 60, claim.text.length - keep))
    const cut = claim.text.slice(from, from + keep)
    metadata = {
      ...base,
      text: `${from > 0 ? '…' : ''}${cut}${from + keep < claim.text.length ? '…' : ''}`,
      span: claim.span.slice(0, 200),
      speaker: base.speaker?.slice(0, 120) ?? null,
    }
  }
  // Long spans or names in multi-byte scripts can still overflow: shorten them by characters.
  for (let keep = 200; byteLength(metadata) > METADATA_BYTES && keep > 0; keep -= 20) {
    metadata = {
      ...metadata,
      text: '…',
      span: Array.from(claim.span).slice(0, keep).join(''),
      speaker:
        base.speaker === null
          ? null
          : Array.from(base.speaker)
              .slice(0, keep / 2)
              .join(''),
    }
  }
  return { id: claim.id, articleId: claim.articleId, ...metadata }
}

/** An article's list entry; a title or outlet too long for KV metadata (multi-byte scripts) is shortened by characters. */
export function articleMetadata(article: Article, claimCount: number): ArticleMetadata {
  const full: ArticleMetadata = { title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, claimCount }
  let metadata = full
  const shorten = (value: string, keep: number) => {
    const characters = Array.from(value)
    return characters.length <= keep ? value : `${characters.slice(0, keep).join('')}…`
  }
  for (let keep = 300; byteLength(metadata) > METADATA_BYTES && keep > 0; keep -= 20) {
    metadata = { ...full, title: shorten(full.title, keep), outlet: shorten(full.outlet, Math.ceil(keep / 3)) }
  }
  return metadata
}

export function summaryMetadata(summary: ClaimSummary): ClaimMetadata {
  const { id: _id, articleId: _articleId, ...metadata } = summary
  return metadata
}
