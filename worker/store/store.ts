// store/: Workers KV: the key layout, timeouts, record checks, metadata fitting and paged listing (here).
import * as v from 'valibot'
import { IdSchema } from '../../schemas/common'
import { type Article, ArticleSchema, type ArticleSummary, ArticleSummarySchema } from '../../schemas/article'
import {
  type Appearance,
  AppearanceSchema,
  type Claim,
  ClaimSchema,
  type ClaimSummary,
  ClaimSummarySchema,
  type ExtractedClaim,
  LOW_CONFIDENCE,
  type Publication,
} from '../../schemas/claim'
import { type Review, type ReviewInput, type ReviewKind, ReviewSchema } from '../../schemas/review'
import { isVerdict, STATUSES, type Status } from '../../schemas/status'
import { reviewContent, useIdempotencyKey } from '../auth/idempotency'
import type { IdempotencyLedger } from '../auth/idempotency-ledger'
import { articleOfClaim, claimId, reviewId } from '../desk/ids'
import { type Audience, summaryFor } from '../desk/visibility'
import { appearanceOf, cameBackAfterVerdict, withAppearances } from '../desk/appearance-projection'
import { applyEdits, freshClaim } from '../desk/claim-edits'
import { wordSimilarity } from '../matching/compare'
import { claimFeatures } from '../matching/features'

/**
 * Key layout (version 1):
 *   v1:article:<articleId>                          Article; metadata ArticleSummary
 *   v1:claim:<articleId>-<sentenceOffset>            Claim with every review; metadata ClaimSummary
 *   v1:review:<claimId>:<reviewId>                   Review, written once, never rewritten
 *   v1:session-ended:<sessionId>                     A signed-out session; expires when the session would have
 *   v1:appearance:<claimId>:<appearanceId>           Appearance of a claim with more than one (see appearances.ts)
 *   v1:link:<appearanceId>                           the claim a sentence belongs to when it is not its own claim;
 *                                                    metadata { claimId }, listed by article (ids start with it)
 *   v1:sig:<signature>                               SignatureBucket: a few appearances filed under one signature
 *   v1:suggestion:<claimId>:<otherClaimId>           Suggestion: a possible match for a reviewer to decide
 *   v1:event:<claimId>:<eventId>                     CurationEvent (merge, split, confirm, reject); metadata: the event
 * Reviews are the record; a claim's status and notes are a projection of them, rewritten
 * after each review. Claim keys sort by article, then reading order; reviews are ordered by
 * their createdAt. A retried review has the same id (from its Idempotency-Key), so the same key.
 * An appearance id is the id its sentence would have as a claim (`<articleId>-<sentenceOffset>`).
 */
export const KEY_PREFIX = 'v1:'
const articleKey = (id: string) => `${KEY_PREFIX}article:${id}`
const claimKey = (id: string) => `${KEY_PREFIX}claim:${id}`
const claimPrefix = (article?: string) => `${KEY_PREFIX}claim:${article === undefined ? '' : `${article}-`}`
const reviewPrefix = (claim: string) => `${KEY_PREFIX}review:${claim}:`
const reviewKey = (claim: string, review: string) => `${reviewPrefix(claim)}${review}`
/** Reviews of every claim of an article: claim ids start with the article id. */
const articleReviewsPrefix = (article: string) => `${KEY_PREFIX}review:${article}-`
const claimOfReviewKey = (key: string) => key.slice(`${KEY_PREFIX}review:`.length, key.lastIndexOf(':'))
const chronologically = (a: Review, b: Review) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
const sessionEndedKey = (session: string) => `${KEY_PREFIX}session-ended:${session}`
const idFromKey = (key: string, prefix: string) => key.slice(prefix.length)
export const appearancePrefix = (claim: string) => `${KEY_PREFIX}appearance:${claim}:`
export const appearanceKey = (claim: string, appearance: string) => `${appearancePrefix(claim)}${appearance}`
/** Links of every sentence of an article: appearance ids start with the article id. */
export const linkPrefix = (article?: string) => `${KEY_PREFIX}link:${article === undefined ? '' : `${article}-`}`
export const linkKey = (appearance: string) => `${KEY_PREFIX}link:${appearance}`
export const signatureKey = (signature: string) => `${KEY_PREFIX}sig:${signature}`
export const suggestionPrefix = (claim: string) => `${KEY_PREFIX}suggestion:${claim}:`
export const suggestionKey = (claim: string, other: string) => `${suggestionPrefix(claim)}${other}`
export const eventPrefix = (claim: string) => `${KEY_PREFIX}event:${claim}:`

/** KV list metadata is capped at 1024 bytes of JSON. */
const METADATA_BYTES = 1024
/** A filtered page scans at most this many list calls (1,000 keys each) before it returns a cursor. */
const MAX_LIST_CALLS_PER_PAGE = 5
/** KV calls slower than this are treated as an outage. */
const KV_TIMEOUT_MS = 5000
/** How long a background retry waits for KV's one-write-per-second-per-key limit. */
const RATE_LIMIT_BACKOFF_MS = 1100
const MAX_PROJECTION_RETRIES = 8

const ClaimMetadataSchema = v.omit(ClaimSummarySchema, ['id', 'articleId'])
/** A sentence's pointer to the claim it is an appearance of. */
export const LinkSchema = v.object({ claimId: IdSchema })
const ArticleMetadataSchema = v.omit(ArticleSummarySchema, ['id'])
type ClaimMetadata = v.InferOutput<typeof ClaimMetadataSchema>
type ArticleMetadata = v.InferOutput<typeof ArticleMetadataSchema>

/** KV failed or timed out: the request may be retried. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError'
  /** KV refused a second write to one key within a second (429). */
  readonly rateLimited: boolean
  constructor(message: string, options: { cause?: unknown; rateLimited?: boolean } = {}) {
    super(message, { cause: options.cause })
    this.rateLimited = options.rateLimited ?? false
  }
}

/** A stored record does not match its schema: written by an older version or by hand. */
export class CorruptRecordError extends Error {
  override name = 'CorruptRecordError'
  constructor(
    readonly key: string,
    readonly issues: string[],
  ) {
    super(`stored record ${key} failed validation: ${issues.join('; ')}`)
  }
}

/** An Idempotency-Key was reused for a different review. */
export class IdempotencyConflictError extends Error {
  override name = 'IdempotencyConflictError'
}

export interface ClaimFilter {
  /** Whose view the statuses are matched in: the public does not see proposed verdicts. */
  audience: Audience
  statuses?: readonly Status[]
  articleId?: string
  q?: string
  /** Only claims that came back after their verdict (a new appearance arrived since). */
  alreadyChecked?: boolean
  /** Only claims with an appearance attached at or after this ISO date or timestamp. */
  since?: string
  /** Only dismissed claims (true) or only those in the queue (false); both when undefined. */
  dismissed?: boolean
  /** Only claims assigned to this member. */
  assignee?: string
}

/** Where a claim list resumes: a KV cursor and how many keys of that page were already served. */
export interface ListPosition {
  kvCursor: string | null
  skip: number
}

export interface ClaimPage {
  claims: ClaimSummary[]
  next: ListPosition | null
}

export interface StoreOptions {
  /** Keeps background work (a retried claim write) alive after the response: `ctx.waitUntil`. */
  waitUntil?: (promise: Promise<unknown>) => void
}

function isRateLimited(error: unknown): boolean {
  return error instanceof Error && /\b429\b|too many requests/i.test(error.message)
}

export async function withTimeout<T>(operation: () => Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageUnavailableError(`${what} timed out after ${KV_TIMEOUT_MS} ms`)), KV_TIMEOUT_MS)
  })
  try {
    return await Promise.race([operation(), timeout])
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw error
    throw new StorageUnavailableError(`${what} failed`, { cause: error, rateLimited: isRateLimited(error) })
  } finally {
    if (timer !== undefined) clearTimeout(timer)
  }
}

export function parseRecord<const TSchema extends v.GenericSchema>(schema: TSchema, key: string, value: unknown): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value)
  if (!result.success) {
    throw new CorruptRecordError(key, result.issues.map((issue) => `${v.getDotPath(issue) ?? '(record)'}: ${issue.message}`))
  }
  return result.output
}

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
    metadata = { ...metadata, text: '…', span: Array.from(claim.span).slice(0, keep).join(''), speaker: base.speaker === null ? null : Array.from(base.speaker).slice(0, keep / 2).join('') }
  }
  return { id: claim.id, articleId: claim.articleId, ...metadata }
}

/** An article's list entry; a title or outlet too long for KV metadata (multi-byte scripts) is shortened by characters. */
function articleMetadata(article: Article, claimCount: number): ArticleMetadata {
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

function summaryMetadata(summary: ClaimSummary): ClaimMetadata {
  const { id: _id, articleId: _articleId, ...metadata } = summary
  return metadata
}

function matches(summary: ClaimSummary, filter: ClaimFilter): boolean {
  if (filter.statuses !== undefined && !filter.statuses.includes(summaryFor(filter.audience, summary).status)) return false
  if (filter.alreadyChecked === true && summary.alreadyChecked === null) return false
  const appearedAt = filter.alreadyChecked === true ? summary.alreadyChecked?.appearedAt : summary.lastAppearanceAt
  if (filter.since !== undefined && (appearedAt ?? '') < filter.since) return false
  if (filter.dismissed !== undefined && summary.dismissed !== filter.dismissed) return false
  if (filter.assignee !== undefined && summary.assignee !== filter.assignee) return false
  if (filter.q === undefined) return true
  const needle = filter.q.toLocaleLowerCase()
  return [summary.text, summary.span, summary.speaker ?? ''].some((field) => field.toLocaleLowerCase().includes(needle))
}

/** The status members' reviews amount to: that of the latest review that set one (a proposed verdict included). */
export function deriveStatus(reviews: readonly Review[]): Status {
  return latestStatusReview(reviews)?.status ?? 'unreviewed'
}

/** The latest review (not a publication or correction) that set a status: the verdict an editor would publish. */
export function latestStatusReview(reviews: readonly Review[]): Review | null {
  return reviews.findLast((review) => review.kind === 'review' && review.status !== undefined) ?? null
}

/**
 * The published verdict the history amounts to: set by the first `publish` entry, then changed
 * by each `correction` (its note public, what it changed recorded with what was there before).
 */
export function publicationOf(reviews: readonly Review[]): Publication | null {
  let publication: Publication | null = null
  for (const review of reviews) {
    if (review.kind === 'publish' && publication === null && review.status !== undefined && isVerdict(review.status) && review.explanation !== undefined && review.sources !== undefined) {
      publication = { status: review.status, explanation: review.explanation, sources: review.sources, publishedAt: review.createdAt, dateModified: null, corrections: [] }
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
 * The claim as its reviews make it: notes, publication, status and updatedAt. A published
 * verdict is locked: the status is the publication's, whatever a later review proposes.
 * The same object when nothing changes.
 */
function project(claim: Claim, reviews: readonly Review[]): Claim {
  const unchanged = reviews.length === claim.notes.length && reviews.every((review, index) => review.id === claim.notes[index]?.id)
  if (unchanged) return claim
  const latest = reviews.at(-1)
  const publication = publicationOf(reviews)
  return {
    ...claim,
    notes: [...reviews],
    publication,
    status: publication?.status ?? deriveStatus(reviews),
    updatedAt: latest !== undefined && latest.createdAt > claim.updatedAt ? latest.createdAt : claim.updatedAt,
  }
}

function sameReview(review: Review, input: ReviewInput): boolean {
  return reviewContent(review) === reviewContent(input)
}

/** Claims, articles and reviews in Workers KV. Owns the key layout; takes the binding as a parameter. */
export class ClaimStore {
  constructor(
    readonly kv: KVNamespace,
    private readonly ledgers: DurableObjectNamespace<IdempotencyLedger>,
    readonly options: StoreOptions = {},
  ) {}

  /**
   * Records a signed-out session until it would have expired. KV may serve the old answer for
   * up to 60 s at other locations, so a copied cookie can outlive sign-out by that much there.
   */
  async endSession(id: string, expiresAt: number): Promise<void> {
    // KV expirations must be at least 60 seconds in the future.
    const expiration = Math.max(expiresAt, Math.ceil(Date.now() / 1000) + 60)
    await withTimeout(() => this.kv.put(sessionEndedKey(id), '1', { expiration }), 'ending a session')
  }

  async isSessionEnded(id: string): Promise<boolean> {
    return (await withTimeout(() => this.kv.get(sessionEndedKey(id)), 'reading a session')) !== null
  }

  /** A claim with its reviews, or null when the id is unknown. */
  async getClaim(id: string): Promise<Claim | null> {
    const key = claimKey(id)
    const value = await withTimeout(() => this.kv.get(key, 'json'), 'reading a claim')
    return value === null ? null : parseRecord(ClaimSchema, key, value)
  }

  /** An article with the claim count of its list entry, or null when the id is unknown. */
  async getArticleEntry(id: string): Promise<{ article: Article; claimCount: number } | null> {
    const key = articleKey(id)
    const { value, metadata } = await withTimeout(() => this.kv.getWithMetadata(key, 'json'), 'reading an article')
    if (value === null) return null
    const entry = v.safeParse(ArticleMetadataSchema, metadata)
    return { article: parseRecord(ArticleSchema, key, value), claimCount: entry.success ? entry.output.claimCount : 0 }
  }

  /** Rewrites an article's record and list entry (a claim added to it by hand changes its count). */
  async putArticle(article: Article, claimCount: number): Promise<void> {
    await withTimeout(() => this.kv.put(articleKey(article.id), JSON.stringify(article), { metadata: articleMetadata(article, claimCount) }), 'writing an article')
  }

  async getArticle(id: string): Promise<Article | null> {
    const key = articleKey(id)
    const value = await withTimeout(() => this.kv.get(key, 'json'), 'reading an article')
    return value === null ? null : parseRecord(ArticleSchema, key, value)
  }

  /**
   * One page of claim summaries, from list metadata alone. Filters scan at most
   * MAX_LIST_CALLS_PER_PAGE list calls, so a filtered page may hold fewer than `limit`
   * claims and still return a position to resume from.
   */
  async listClaims(filter: ClaimFilter, limit: number, from: ListPosition = { kvCursor: null, skip: 0 }): Promise<ClaimPage> {
    const prefix = claimPrefix(filter.articleId)
    // Leaving dismissed claims out drops few, so it is not sized as a filter; the others match rarely.
    const filtered =
      filter.statuses !== undefined || filter.q !== undefined || filter.alreadyChecked !== undefined || filter.since !== undefined || filter.dismissed === true || filter.assignee !== undefined
    const claims: ClaimSummary[] = []
    let { kvCursor, skip } = from
    for (let calls = 0; calls < MAX_LIST_CALLS_PER_PAGE; calls++) {
      // The first call asks for about what the page needs; a filter that matches rarely then scans in full pages.
      const size = filtered && calls > 0 ? 1000 : Math.min(1000, skip + (filtered ? 2 * limit : limit))
      const page = await withTimeout(() => this.kv.list<ClaimMetadata>({ prefix, cursor: kvCursor, limit: size }), 'listing claims')
      for (let index = skip; index < page.keys.length; index++) {
        const key = page.keys[index]
        if (key === undefined) continue
        const summary = this.summaryFromKey(key)
        if (summary === null || !matches(summary, filter)) continue
        claims.push(summary)
        if (claims.length === limit) {
          const pageDone = index + 1 === page.keys.length
          if (!pageDone) return { claims, next: { kvCursor, skip: index + 1 } }
          return { claims, next: page.list_complete ? null : { kvCursor: page.cursor, skip: 0 } }
        }
      }
      if (page.list_complete) return { claims, next: null }
      kvCursor = page.cursor
      skip = 0
    }
    return { claims, next: { kvCursor, skip: 0 } }
  }

  private summaryFromKey(key: KVNamespaceListKey<ClaimMetadata>): ClaimSummary | null {
    const id = idFromKey(key.name, claimPrefix())
    const result = v.safeParse(ClaimSummarySchema, { ...key.metadata, id, articleId: articleOfClaim(id) })
    if (result.success) return result.output
    console.error(JSON.stringify({ event: 'corrupt-list-metadata', key: key.name, issues: result.issues.map((i) => i.message) }))
    return null
  }

  /** How many claims have each status: one list call per 1,000 claims, metadata only. */
  async countByStatus(audience: Audience): Promise<Record<Status, number>> {
    const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>
    for await (const keys of this.pages<ClaimMetadata>(claimPrefix(), 'counting claims')) {
      for (const key of keys) {
        const summary = this.summaryFromKey(key)
        // Dismissed claims are out of the queue, so out of its progress too.
        if (summary !== null && !summary.dismissed) counts[summaryFor(audience, summary).status]++
      }
    }
    return counts
  }

  /** Every article, newest first by publication date. */
  async listArticles(): Promise<ArticleSummary[]> {
    const articles: ArticleSummary[] = []
    for await (const keys of this.pages(articleKey(''), 'listing articles')) {
      for (const key of keys) {
        const result = v.safeParse(ArticleMetadataSchema, key.metadata)
        if (result.success) articles.push({ id: idFromKey(key.name, articleKey('')), ...result.output })
        else console.error(JSON.stringify({ event: 'corrupt-list-metadata', key: key.name }))
      }
    }
    return articles.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
  }

  /** Full claims for summaries, read in parallel (for exports that need every field). */
  async getClaims(summaries: readonly ClaimSummary[]): Promise<Claim[]> {
    const claims = await Promise.all(summaries.map((summary) => this.getClaim(summary.id)))
    return claims.filter((claim) => claim !== null)
  }

  /** The claims found in one article, in reading order (not those it shares with articles before it). */
  async listOwnClaims(articleId: string): Promise<ClaimSummary[]> {
    const claims: ClaimSummary[] = []
    let position: ListPosition | null = { kvCursor: null, skip: 0 }
    while (position !== null) {
      const page: ClaimPage = await this.listClaims({ audience: 'member', articleId }, 1000, position)
      claims.push(...page.claims)
      position = page.next
    }
    return claims
  }

  /**
   * Every claim that appears in one article, in reading order: its own claims, and claims first
   * found elsewhere that it repeats, each shown as it appears here (this article's sentence, span,
   * offsets and speaker; the claim's id, article and status). Reads one claim per repeated claim,
   * so the cost grows with the article, never with the store.
   */
  async listArticleClaims(articleId: string): Promise<ClaimSummary[]> {
    const [own, links] = await Promise.all([this.listOwnClaims(articleId), this.listLinks(articleId)])
    const linked = new Map<string, string[]>()
    for (const [appearance, target] of links) {
      if (articleOfClaim(target) !== articleId) linked.set(target, [...(linked.get(target) ?? []), appearance])
    }
    const repeated = await Promise.all(
      [...linked].map(async ([target, appearances]) => {
        const claim = await this.getClaim(target)
        if (claim === null) return null
        const here = claim.appearances.find((appearance) => appearances.includes(appearance.id)) ?? (await this.readAppearance(target, appearances[0]!))
        return here === null ? null : summarize({ ...claim, text: here.text, span: here.span, offsets: here.offsets, attribution: here.attribution })
      }),
    )
    return [...own, ...repeated.filter((summary) => summary !== null)].sort((a, b) => a.offsets.start - b.offsets.start)
  }

  private async readAppearance(claim: string, appearance: string): Promise<Appearance | null> {
    const key = appearanceKey(claim, appearance)
    const value = await withTimeout(() => this.kv.get(key, 'json'), 'reading an appearance')
    return value === null ? null : parseRecord(AppearanceSchema, key, value)
  }

  /** The sentences of an article that belong to another claim: appearance id → claim id, from list metadata. */
  async listLinks(articleId: string): Promise<Map<string, string>> {
    const links = new Map<string, string>()
    for await (const keys of this.pages(linkPrefix(articleId), 'listing links')) {
      for (const key of keys) {
        const result = v.safeParse(LinkSchema, key.metadata)
        if (result.success) links.set(idFromKey(key.name, linkPrefix()), result.output.claimId)
        else console.error(JSON.stringify({ event: 'corrupt-list-metadata', key: key.name }))
      }
    }
    return links
  }

  /** The claim a sentence belongs to when it is an appearance of another claim, else null. */
  async linkTarget(appearance: string): Promise<string | null> {
    const key = linkKey(appearance)
    const value = await withTimeout(() => this.kv.get(key, 'json'), 'reading a link')
    return value === null ? null : parseRecord(LinkSchema, key, value).claimId
  }

  /** Every review of a claim, oldest first, read from the review keys (the record). */
  async listReviews(claim: Claim): Promise<Review[]> {
    return this.collectReviews(claim, await this.listReviewKeys(claim.id))
  }

  /**
   * Records a review as its own key, then rewrites the claim's projection. With an
   * idempotency key, a retry of a review that was already stored returns it instead
   * of storing it twice. Returns null when the claim does not exist.
   */
  async addReview(
    id: string,
    reviewer: string,
    input: ReviewInput,
    idempotencyKey?: string,
    kind: ReviewKind = 'review',
  ): Promise<{ review: Review; claim: Claim; replayed: boolean } | null> {
    const claim = await this.getClaim(id)
    if (claim === null) return null
    const newId = await reviewId(id, reviewer, idempotencyKey)
    if (idempotencyKey !== undefined) {
      const use = await withTimeout(() => useIdempotencyKey(this.ledgers, id, reviewer, idempotencyKey, input), 'checking an Idempotency-Key')
      if (use === 'conflict') {
        throw new IdempotencyConflictError('this Idempotency-Key was used for a different review')
      }
      const stored = claim.notes.find((review) => review.id === newId) ?? (await this.getReview(id, newId))
      if (stored !== null) return this.replay(claim, stored, input)
    }
    const review = parseRecord(ReviewSchema, 'new review', {
      id: newId,
      claimId: id,
      reviewer,
      kind,
      ...input,
      createdAt: new Date().toISOString(),
    })
    try {
      await withTimeout(() => this.kv.put(reviewKey(id, newId), JSON.stringify(review)), 'writing a review')
    } catch (error) {
      // The same Idempotency-Key sent twice at once (a double click): the other request wrote this key.
      const concurrent = idempotencyKey !== undefined && error instanceof StorageUnavailableError && error.rateLimited
      const stored = concurrent ? await this.getReview(id, newId) : null
      if (stored === null) throw error
      return this.replay(claim, stored, input)
    }
    const reviews = await this.collectReviews(claim, await this.listReviewKeys(id), [review])
    return { review, claim: await this.updateProjection(claim, reviews), replayed: false }
  }

  /** A retried review: the stored one, after making sure the claim's projection includes it. */
  private async replay(claim: Claim, stored: Review, input: ReviewInput): Promise<{ review: Review; claim: Claim; replayed: boolean }> {
    if (!sameReview(stored, input)) throw new IdempotencyConflictError('this Idempotency-Key was used for a different review')
    const reviews = await this.collectReviews(claim, await this.listReviewKeys(claim.id), [stored])
    return { review: stored, claim: await this.updateProjection(claim, reviews), replayed: true }
  }

  private async getReview(claim: string, review: string): Promise<Review | null> {
    const key = reviewKey(claim, review)
    const value = await withTimeout(() => this.kv.get(key, 'json'), 'reading a review')
    return value === null ? null : parseRecord(ReviewSchema, key, value)
  }

  /**
   * Stores an article and its extracted claims. Claims already stored keep their reviews,
   * status and notes; their extracted fields are refreshed. Claims no longer extracted are
   * kept, since they may carry reviews. The article is written first, so a save interrupted
   * half-way is finished by saving again. Each claim's restatements (other sentences of the
   * article with the same truth conditions) become its appearances. `linkedClaims` counts the
   * article's sentences that are appearances of claims found in other articles. Returns whether
   * the article is new, its claims, and those written. `ownClaims`, when the caller has listed
   * them, saves listing the article's stored claims again.
   */
  async saveArticle(
    article: Article,
    extracted: readonly (ExtractedClaim & { restatements?: readonly ExtractedClaim[] })[],
    existing: Article | null,
    options: { linkedClaims?: number; ownClaims?: readonly string[] } = {},
  ): Promise<{ created: boolean; claims: Claim[]; written: Claim[] }> {
    const linkedClaims = options.linkedClaims ?? 0
    const ids = extracted.map((fields) => claimId(article.id, fields.sentenceOffsets.start))
    // One list finds every review of the article, so no claim is ever written without its reviews,
    // even when a stale read says the article or a claim does not exist yet.
    const reviewKeys = Map.groupBy(await this.listKeys(articleReviewsPrefix(article.id), 'listing reviews'), claimOfReviewKey)
    const kept = existing === null ? [] : (options.ownClaims ?? (await this.listOwnClaims(article.id)).map((summary) => summary.id))
    const claimCount = new Set([...kept, ...ids]).size + linkedClaims
    if (existing === null || JSON.stringify(existing) !== JSON.stringify(article) || claimCount !== kept.length + linkedClaims) {
      const metadata = articleMetadata(article, claimCount)
      await withTimeout(() => this.kv.put(articleKey(article.id), JSON.stringify(article), { metadata }), 'writing an article')
    }
    const source = { outlet: article.outlet, title: article.title, publishedAt: article.publishedAt, url: article.url }
    const now = new Date().toISOString()
    const written: Claim[] = []
    const claims = await Promise.all(
      extracted.map(async ({ restatements = [], ...fields }, index) => {
        const id = ids[index] as string
        const keys = reviewKeys.get(id) ?? []
        const stored = existing === null && keys.length === 0 ? null : await this.getClaim(id)
        const base: Claim = stored ?? freshClaim(id, article.id, fields, source, now, [])
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
        const refreshed = applyEdits(withAppearances({ ...base, ...fields, source }, own))
        const next = project(refreshed, await this.collectReviews(refreshed, keys))
        if (stored !== null && JSON.stringify(next) === JSON.stringify(stored)) return stored
        await this.putClaim(next)
        written.push(next)
        return next
      }),
    )
    return { created: existing === null, claims, written }
  }

  /**
   * Rewrites a stored claim through `change`, with its notes projected from a fresh list of its
   * reviews so that no review is dropped. Writes only when something changed; null when the
   * claim does not exist.
   */
  async updateClaim(id: string, change: (claim: Claim) => Claim): Promise<Claim | null> {
    const claim = await this.getClaim(id)
    if (claim === null) return null
    const next = change(project(claim, await this.collectReviews(claim, await this.listReviewKeys(id))))
    if (JSON.stringify(next) === JSON.stringify(claim)) return next
    try {
      await this.putClaim(next)
    } catch (error) {
      // Another write (a review) took the claim's one write a second: the change is retried from a
      // fresh read in the background; what it projects (appearance keys, reviews) is already stored.
      if (!(error instanceof StorageUnavailableError && error.rateLimited)) throw error
      this.options.waitUntil?.(this.retryUpdate(id, change))
    }
    return next
  }

  private async retryUpdate(id: string, change: (claim: Claim) => Claim): Promise<void> {
    for (let attempt = 0; attempt < MAX_PROJECTION_RETRIES; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, RATE_LIMIT_BACKOFF_MS + Math.random() * 500))
      const claim = await this.getClaim(id)
      if (claim === null) return
      const next = change(project(claim, await this.collectReviews(claim, await this.listReviewKeys(id))))
      if (JSON.stringify(next) === JSON.stringify(claim)) return
      try {
        await this.putClaim(next)
        return
      } catch (error) {
        if (!(error instanceof StorageUnavailableError && error.rateLimited)) throw error
      }
    }
    console.error(JSON.stringify({ event: 'claim-update-not-written', claimId: id }))
  }

  /** Writes a claim that does not exist yet (a claim split off another), its reviews, if any, projected. */
  async createClaim(claim: Claim): Promise<Claim> {
    const next = project(claim, await this.collectReviews(claim, await this.listReviewKeys(claim.id)))
    await this.putClaim(next)
    return next
  }

  /** Removes a claim's record (merged into another); its review keys stay, so no review is lost. */
  async deleteClaim(id: string): Promise<void> {
    await withTimeout(() => this.kv.delete(claimKey(id)), 'deleting a claim')
  }

  /** Stores reviews under another claim (the one they were merged into), as the same events. */
  async copyReviews(reviews: readonly Review[], to: string): Promise<void> {
    await Promise.all(
      reviews.map((review) => withTimeout(() => this.kv.put(reviewKey(to, review.id), JSON.stringify({ ...review, claimId: to })), 'writing a review')),
    )
  }

  private listReviewKeys(claim: string): Promise<string[]> {
    return this.listKeys(reviewPrefix(claim), 'listing reviews')
  }

  private async listKeys(prefix: string, what: string): Promise<string[]> {
    const names: string[] = []
    for await (const keys of this.pages(prefix, what)) names.push(...keys.map((key) => key.name))
    return names
  }

  /** Every key under a prefix with its metadata, a list call (up to 1,000 keys) at a time. */
  private async *pages<Metadata = unknown>(prefix: string, what: string): AsyncGenerator<KVNamespaceListKey<Metadata>[]> {
    let cursor: string | null = null
    for (;;) {
      const page: KVNamespaceListResult<Metadata, string> = await withTimeout(() => this.kv.list<Metadata>({ prefix, cursor }), what)
      yield page.keys
      if (page.list_complete) return
      cursor = page.cursor
    }
  }

  /**
   * Every review of a claim: those its projection holds, those just written, and those the
   * keys name (read from KV when the projection lacks them). Reviews are never deleted, so a
   * review missing from a stale list is still kept.
   */
  private async collectReviews(claim: Claim, keys: readonly string[], fresh: readonly Review[] = []): Promise<Review[]> {
    const known = new Map([...claim.notes, ...fresh].map((review) => [reviewKey(review.claimId, review.id), review]))
    const read = await Promise.all(
      keys.filter((key) => !known.has(key)).map(async (key) => {
        const value = await withTimeout(() => this.kv.get(key, 'json'), 'reading a review')
        return value === null ? null : parseRecord(ReviewSchema, key, value)
      }),
    )
    return [...known.values(), ...read.filter((review) => review !== null)].sort(chronologically)
  }

  /**
   * Rewrites the claim's projection when its reviews changed. KV allows one write per second
   * per key: when a concurrent review got there first, the write is retried in the background
   * from a fresh list, so the projection converges on every review.
   */
  private async updateProjection(claim: Claim, reviews: readonly Review[]): Promise<Claim> {
    const next = project(claim, reviews)
    if (next === claim) return claim
    try {
      await this.putClaim(next)
    } catch (error) {
      if (!(error instanceof StorageUnavailableError && error.rateLimited)) throw error
      this.options.waitUntil?.(this.converge(claim.id))
    }
    return next
  }

  private async converge(id: string): Promise<void> {
    for (let attempt = 0; attempt < MAX_PROJECTION_RETRIES; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, RATE_LIMIT_BACKOFF_MS + Math.random() * 500))
      const claim = await this.getClaim(id)
      if (claim === null) return
      const next = project(claim, await this.collectReviews(claim, await this.listReviewKeys(id)))
      if (next === claim) return
      try {
        await this.putClaim(next)
        return
      } catch (error) {
        if (!(error instanceof StorageUnavailableError && error.rateLimited)) throw error
      }
    }
    console.error(JSON.stringify({ event: 'projection-not-converged', claimId: id }))
  }

  private async putClaim(claim: Claim): Promise<void> {
    const metadata = summaryMetadata(summarize(claim))
    await withTimeout(() => this.kv.put(claimKey(claim.id), JSON.stringify(claim), { metadata }), 'writing a claim')
  }
}
