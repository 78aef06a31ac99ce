// store/: claims, reviews and articles in Workers KV (served at the edge) and the DeskLedger Durable
// Object (writes, lists, counts, search). keys.ts is the KV layout, kv.ts KV access with timeouts,
// metadata.ts what list entries hold, cursor.ts page cursors; ledger.ts is the Durable Object,
// ledger-tables.ts and ledger-sql.ts its tables and queries. The desk's rules live in desk/; the
// store applies the two a write needs (ids and the review projection) and decides nothing else.
import * as v from 'valibot'
import { type Article, ArticleSchema, type ArticleSummary } from '../../schemas/article'
import { type Appearance, AppearanceSchema, type Claim, ClaimSchema, type ClaimSummary } from '../../schemas/claim'
import { IdSchema } from '../../schemas/common'
import { type Review, type ReviewInput, type ReviewKind, ReviewSchema } from '../../schemas/review'
import { articleOfClaim, reviewId } from '../model/ids'
import { appearanceKey, articleKey, claimKey, linkKey, linkPrefix, sessionEndedKey } from './keys'
import { KV_TIMEOUT_MS, parseRecord, withTimeout } from './kv'
import { ARTICLES_CURSOR, decodeCursor, HISTORY_CURSOR } from './cursor'
import type { ClaimListView, DeskLedger, Page, ReviewOutcome, VersionedClaim } from './ledger'
import { checkCursor, type ClaimFilter } from './ledger-sql'
import { ArticleMetadataSchema, articleMetadata } from './metadata'

export type { ClaimFilter } from './ledger-sql'
export { CorruptRecordError, parseRecord, StorageUnavailableError, withTimeout } from './kv'

/** Claims of one article fit one page of the ledger (ingest keeps at most 400). */
const ARTICLE_CLAIMS_PAGE = 1000
/** Full records read per ledger call: 50 records of 20 long reviews each stay within a few MB. */
const CLAIMS_PER_CALL = 50
/** Attempts of a write that finds the claim changed since it was read (another write came first). */
export const MAX_WRITE_ATTEMPTS = 5

/** A sentence's pointer to the claim it is an appearance of. */
export const LinkSchema = v.object({ claimId: IdSchema })

/** The ledger refused a review: an Idempotency-Key reused for another review, a second publication, a correction of nothing. */
export class ReviewConflictError extends Error {
  override name = 'ReviewConflictError'
}

/** A claim to be created exists already, or a claim kept changing under a write. */
export class WriteConflictError extends Error {
  override name = 'WriteConflictError'
}

export interface ClaimPage {
  claims: ClaimSummary[]
  next: string | null
}

export interface StoreOptions {
  /** Storage calls slower than this are treated as an outage. */
  timeoutMs?: number
}

/** The claims and articles one request wrote, so the edge cache can drop what shows them. */
export interface WrittenRecords {
  claims: Set<string>
  articles: Set<string>
}

/** Claims, articles and reviews: reads from KV at the edge, writes and lists through the desk ledger. */
export class ClaimStore {
  private readonly timeoutMs: number
  readonly written: WrittenRecords = { claims: new Set(), articles: new Set() }

  constructor(
    readonly kv: KVNamespace,
    private readonly ledgers: DurableObjectNamespace<DeskLedger>,
    options: StoreOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? KV_TIMEOUT_MS
  }

  private timed<T>(operation: () => Promise<T>, what: string): Promise<T> {
    return withTimeout(operation, what, this.timeoutMs)
  }

  /** The desk's one ledger. */
  private ledger(): DurableObjectStub<DeskLedger> {
    return this.ledgers.get(this.ledgers.idFromName('desk'))
  }

  /**
   * Records a signed-out session until it would have expired. KV may serve the old answer for
   * up to 60 s at other locations, so a copied cookie can outlive sign-out by that much there.
   */
  async endSession(id: string, expiresAt: number): Promise<void> {
    // KV expirations must be at least 60 seconds in the future.
    const expiration = Math.max(expiresAt, Math.ceil(Date.now() / 1000) + 60)
    await this.timed(() => this.kv.put(sessionEndedKey(id), '1', { expiration }), 'ending a session')
  }

  async isSessionEnded(id: string): Promise<boolean> {
    return (await this.timed(() => this.kv.get(sessionEndedKey(id)), 'reading a session')) !== null
  }

  /** A claim as the ledger holds it (a member's own writes included), or null when the id is unknown. */
  async getClaim(id: string): Promise<Claim | null> {
    return (await this.versioned([id]))[0]?.claim ?? null
  }

  /** A claim as the edge serves it (KV: up to 60 s behind the ledger at other locations), for public reads. */
  async getEdgeClaim(id: string): Promise<Claim | null> {
    const key = claimKey(id)
    const value = await this.timed(() => this.kv.get(key, 'json'), 'reading a claim')
    return value === null ? null : parseRecord(ClaimSchema, key, value)
  }

  /**
   * Full claims for summaries (for exports that need every field), CLAIMS_PER_CALL to a ledger
   * call: a record holds up to 20 long reviews, and one call's answer must stay far below the
   * limit of a Durable Object's reply.
   */
  async getClaims(summaries: readonly ClaimSummary[]): Promise<Claim[]> {
    const ids = summaries.map((summary) => summary.id)
    const batches = Array.from({ length: Math.ceil(ids.length / CLAIMS_PER_CALL) }, (_, index) =>
      ids.slice(index * CLAIMS_PER_CALL, (index + 1) * CLAIMS_PER_CALL),
    )
    return (await Promise.all(batches.map((batch) => this.versioned(batch)))).flat().map((entry) => entry.claim)
  }

  /** Claims with the version a write must name to replace them (unknown ids are left out). */
  versioned(ids: readonly string[]): Promise<VersionedClaim[]> {
    if (ids.length === 0) return Promise.resolve([])
    return this.timed(() => this.ledger().records(ids), 'reading claims')
  }

  /** An article with the claim count of its list entry, or null when the id is unknown. */
  async getArticleEntry(id: string): Promise<{ article: Article; claimCount: number } | null> {
    const key = articleKey(id)
    const { value, metadata } = await this.timed(() => this.kv.getWithMetadata(key, 'json'), 'reading an article')
    if (value === null) return null
    const entry = v.safeParse(ArticleMetadataSchema, metadata)
    return { article: parseRecord(ArticleSchema, key, value), claimCount: entry.success ? entry.output.claimCount : 0 }
  }

  async getArticle(id: string): Promise<Article | null> {
    return (await this.getArticleEntry(id))?.article ?? null
  }

  /** Writes an article's record and list entry (a claim added to it by hand changes its count). */
  async putArticle(article: Article, claimCount: number): Promise<void> {
    const metadata = articleMetadata(article, claimCount)
    this.written.articles.add(article.id)
    await this.timed(() => this.kv.put(articleKey(article.id), JSON.stringify(article), { metadata }), 'writing an article')
    await this.timed(() => this.ledger().putArticle({ id: article.id, ...metadata }, new Date().toISOString()), 'indexing an article')
  }

  /** One page of claim summaries: always full unless it is the last; the cost is one ledger call at any size. */
  async listClaims(filter: ClaimFilter, limit: number, cursor?: string): Promise<ClaimPage> {
    if (cursor !== undefined) checkCursor(filter, cursor)
    const page = await this.timed(() => this.ledger().listClaims(filter, limit, cursor), 'listing claims')
    return { claims: page.items, next: page.next }
  }

  /**
   * The claim list page: a page of claims, the `articles` newest articles and how many claims in the queue (not
   * dismissed) have each status, as the filter's audience sees them; one ledger call.
   */
  async claimListView(filter: ClaimFilter, limit: number, cursor: string | undefined, articles: number): Promise<ClaimListView> {
    if (cursor !== undefined) checkCursor(filter, cursor)
    return this.timed(() => this.ledger().claimListView(filter, limit, cursor, articles), 'listing claims')
  }

  /** A page of articles, newest first (by publication date, else when added). */
  listArticles(limit: number, cursor?: string): Promise<Page<ArticleSummary>> {
    // Checked here: an error's class does not cross the call to the Durable Object.
    if (cursor !== undefined) decodeCursor(cursor, ...ARTICLES_CURSOR)
    return this.timed(() => this.ledger().articlePage(limit, cursor), 'listing articles')
  }

  /** A claim's reviews, oldest first, a page at a time (the claim record keeps only the latest). */
  reviewPage(claimId: string, limit: number, cursor?: string): Promise<Page<Review>> {
    if (cursor !== undefined) decodeCursor(cursor, ...HISTORY_CURSOR)
    return this.timed(() => this.ledger().reviewPage(claimId, limit, cursor), 'listing reviews')
  }

  /** The claims found in one article, in reading order (not those it shares with articles before it). */
  async listOwnClaims(articleId: string): Promise<ClaimSummary[]> {
    return (await this.listClaims({ audience: 'member', articleId }, ARTICLE_CLAIMS_PAGE)).claims
  }

  /** One appearance of a claim, or null when it is not stored. */
  async getAppearance(claim: string, appearance: string): Promise<Appearance | null> {
    const key = appearanceKey(claim, appearance)
    const value = await this.timed(() => this.kv.get(key, 'json'), 'reading an appearance')
    return value === null ? null : parseRecord(AppearanceSchema, key, value)
  }

  /** The sentences of an article that belong to another claim: appearance id → claim id, from list metadata. */
  async listLinks(articleId: string): Promise<Map<string, string>> {
    const links = new Map<string, string>()
    let cursor: string | null = null
    for (;;) {
      const page: KVNamespaceListResult<unknown, string> = await this.timed(
        () => this.kv.list({ prefix: linkPrefix(articleId), cursor }),
        'listing links',
      )
      for (const key of page.keys) {
        const result = v.safeParse(LinkSchema, key.metadata)
        if (result.success) links.set(key.name.slice(linkPrefix().length), result.output.claimId)
        else console.error(JSON.stringify({ event: 'corrupt-list-metadata', key: key.name }))
      }
      if (page.list_complete) return links
      cursor = page.cursor
    }
  }

  /** The claim a sentence belongs to when it is an appearance of another claim, else null. */
  async linkTarget(appearance: string): Promise<string | null> {
    const key = linkKey(appearance)
    const value = await this.timed(() => this.kv.get(key, 'json'), 'reading a link')
    return value === null ? null : parseRecord(LinkSchema, key, value).claimId
  }

  /**
   * Records a review; the ledger folds it into the claim. With an idempotency key, a retry of a
   * review already stored returns it instead of storing it twice, and a different review under
   * the same key is refused (ReviewConflictError). Null when the claim does not exist.
   */
  async addReview(
    id: string,
    reviewer: string,
    input: ReviewInput,
    idempotencyKey?: string,
    kind: ReviewKind = 'review',
  ): Promise<{ review: Review; claim: Claim; replayed: boolean } | null> {
    const review = parseRecord(ReviewSchema, 'new review', {
      id: await reviewId(id, reviewer, idempotencyKey),
      claimId: id,
      reviewer,
      kind,
      ...input,
      createdAt: new Date().toISOString(),
    })
    // The RPC stub's type does not keep the union's cases apart; the value is a ReviewOutcome.
    const result = await this.timed(async () => (await this.ledger().addReview(review)) as ReviewOutcome, 'recording a review')
    if (result.outcome === 'missing') return null
    if (result.outcome === 'conflict') throw new ReviewConflictError(result.detail)
    this.wrote(result.claim)
    return { review: result.review, claim: result.claim, replayed: result.outcome === 'replayed' }
  }

  /**
   * Rewrites a stored claim through `change`, from the ledger's copy; when another write came
   * first, `change` runs again on the fresh copy. Writes only when something changed; null when
   * the claim does not exist.
   */
  async updateClaim(id: string, change: (claim: Claim) => Claim): Promise<Claim | null> {
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      const current = (await this.versioned([id]))[0]
      if (current === undefined) return null
      const next = change(current.claim)
      if (JSON.stringify(next) === JSON.stringify(current.claim)) return current.claim
      const result = await this.writeVersioned([{ claim: next, version: current.version }])
      const stored = result.written[0]
      if (stored !== undefined) return stored
    }
    throw new WriteConflictError('the claim kept changing while this change was written: try again')
  }

  /** Writes a claim that does not exist yet (a claim split off another, a claim added by hand). */
  async createClaim(claim: Claim): Promise<Claim> {
    const result = await this.writeVersioned([{ claim, version: 0 }])
    const stored = result.written[0]
    if (stored === undefined) throw new WriteConflictError(`claim ${claim.id} exists already`)
    return stored
  }

  /** Removes a claim (merged into another) from the lists and KV; its reviews stay in the ledger. */
  async deleteClaim(id: string): Promise<void> {
    this.written.claims.add(id)
    this.written.articles.add(articleOfClaim(id))
    await this.timed(() => this.ledger().deleteClaim(id), 'deleting a claim')
  }

  /** Files reviews under another claim too (the one they were merged into), as the same events. */
  async copyReviews(reviews: readonly Review[], to: string): Promise<void> {
    this.written.claims.add(to)
    await this.timed(() => this.ledger().copyReviews(reviews, to), 'copying reviews')
  }

  /** Writes each claim whose stored version is still the one named; the others come back as conflicts. */
  async writeVersioned(entries: VersionedClaim[]): Promise<{ written: Claim[]; conflicts: string[] }> {
    if (entries.length === 0) return { written: [], conflicts: [] }
    const result = await this.timed(() => this.ledger().write(entries), 'writing claims')
    for (const claim of result.written) this.wrote(claim)
    return result
  }

  private wrote(claim: Claim): void {
    this.written.claims.add(claim.id)
    this.written.articles.add(claim.articleId)
  }
}
