import { DurableObject } from 'cloudflare:workers'
import type { ArticleSummary } from '../../schemas/article'
import type { Claim, ClaimSummary } from '../../schemas/claim'
import type { Review } from '../../schemas/review'
import { STATUSES, type Status } from '../../schemas/status'
import { reviewContent } from '../model/idempotency'
import type { Audience } from '../model/visibility'
import { ARTICLES_CURSOR, decodeCursor, encodeCursor, HISTORY_CURSOR } from './cursor'
import { claimKey, reviewKey } from './keys'
import { withTimeout } from './kv'
import { type ClaimFilter, claimPageQuery, cursorAfter, LEDGER_SCHEMA } from './ledger-sql'
import { LedgerTables } from './ledger-tables'
import { summaryMetadata } from './metadata'

/** A claim as the ledger holds it, with the version a write must name to replace it. */
export interface VersionedClaim {
  claim: Claim
  version: number
}

export type ReviewOutcome =
  | { outcome: 'missing' }
  | { outcome: 'conflict'; detail: string }
  | { outcome: 'added' | 'replayed'; review: Review; claim: Claim }

export interface Page<T> {
  items: T[]
  next: string | null
}

/** What the claim list page shows, read in one ledger call. */
export interface ClaimListView {
  page: Page<ClaimSummary>
  articles: ArticleSummary[]
  counts: Record<Status, number>
}

/** How long the ledger waits before writing again what KV refused (it allows one write per key per second). */
const KV_RETRY_MS = 1500
/** Pending KV writes taken per alarm. */
const SYNC_BATCH = 100

/**
 * The desk's ledger: one Durable Object (SQLite) that every claim and review write passes
 * through, and the index that lists, counts and searches them. KV has no compare-and-set and
 * shows a write at other locations only after up to 60 s, so a claim rewritten at two locations
 * from two stale reads would lose a review. Here, writes of a claim are serialised: a write names
 * the version it read and is refused when another came first, a review is folded in by the ledger
 * itself, and the ledger alone writes claims and reviews to KV, in order, from one place. KV stays
 * the copy the edge reads; what KV refuses is written again by an alarm.
 */
export class DeskLedger extends DurableObject<Env> {
  private readonly sql: SqlStorage
  private readonly tables: LedgerTables
  /** The KV write in flight per key, so two writes of one key never race each other. */
  private readonly syncing = new Map<string, Promise<void>>()

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    this.sql = ctx.storage.sql
    this.sql.exec(LEDGER_SCHEMA)
    this.tables = new LedgerTables(this.sql)
  }

  /** The stored claims of these ids (unknown ids are left out), each with its version. */
  async records(ids: readonly string[]): Promise<VersionedClaim[]> {
    return ids.flatMap((id) => {
      const row = this.tables.row('SELECT record, version FROM claims WHERE id = ?', id)
      return row === null ? [] : [{ claim: JSON.parse(row.record as string) as Claim, version: row.version as number }]
    })
  }

  /**
   * Writes each claim whose stored version is still the one named (0: not stored yet), with its
   * review fields projected from the ledger's reviews; the others come back as conflicts.
   */
  async write(entries: readonly VersionedClaim[]): Promise<{ written: Claim[]; conflicts: string[] }> {
    const written: Claim[] = []
    const conflicts: string[] = []
    this.ctx.storage.transactionSync(() => {
      for (const { claim, version } of entries) {
        if (this.tables.versionOf(claim.id) !== version) conflicts.push(claim.id)
        else written.push(this.tables.storeClaim(claim, version))
      }
    })
    await this.sync(written.map((claim) => claim.id))
    return { written, conflicts }
  }

  /**
   * Records a review and folds it into its claim. The same review id again (a retry with the same
   * Idempotency-Key) returns what was stored if the content is the same, a conflict if not. A
   * second publication is refused: a published verdict changes only by a correction.
   */
  async addReview(review: Review): Promise<ReviewOutcome> {
    const outcome = this.ctx.storage.transactionSync((): ReviewOutcome => {
      const stored = this.tables.row('SELECT record, version FROM claims WHERE id = ?', review.claimId)
      if (stored === null) return { outcome: 'missing' }
      const claim = JSON.parse(stored.record as string) as Claim
      const earlier = this.tables.row('SELECT record FROM reviews WHERE claim_id = ? AND id = ?', review.claimId, review.id)
      if (earlier !== null) {
        const first = JSON.parse(earlier.record as string) as Review
        if (first.kind !== review.kind || reviewContent(first) !== reviewContent(review))
          return { outcome: 'conflict', detail: 'this Idempotency-Key was used for a different review' }
        return { outcome: 'replayed', review: first, claim }
      }
      if (review.kind === 'publish' && claim.publication !== null)
        return { outcome: 'conflict', detail: 'the verdict is already published: change it with a correction (POST …/corrections)' }
      if (review.kind === 'correction' && claim.publication === null)
        return { outcome: 'conflict', detail: 'there is no published verdict to correct: publish one first' }
      this.tables.insertReview(review)
      return { outcome: 'added', review, claim: this.tables.storeClaim(claim, stored.version as number) }
    })
    if (outcome.outcome !== 'missing') await this.sync([review.claimId], [review])
    return outcome
  }

  /** Files reviews under another claim too (the one they were merged into) and projects it again. */
  async copyReviews(reviews: readonly Review[], to: string): Promise<Claim | null> {
    const copies = reviews.map((review) => ({ ...review, claimId: to }))
    const claim = this.ctx.storage.transactionSync(() => {
      const stored = this.tables.row('SELECT record, version FROM claims WHERE id = ?', to)
      if (stored === null) return null
      for (const review of copies)
        if (this.tables.row('SELECT 1 FROM reviews WHERE claim_id = ? AND id = ?', to, review.id) === null) this.tables.insertReview(review)
      return this.tables.storeClaim(JSON.parse(stored.record as string) as Claim, stored.version as number)
    })
    await this.sync(claim === null ? [] : [to], copies)
    return claim
  }

  /** Takes a claim out of the index and KV (merged into another); its reviews stay. */
  async deleteClaim(id: string): Promise<void> {
    this.ctx.storage.transactionSync(() => {
      const row = this.tables.row('SELECT rowid, dismissed, member_status, public_status FROM claims WHERE id = ?', id)
      if (row === null) return
      this.tables.count(row, -1)
      this.sql.exec('DELETE FROM claim_search WHERE rowid = ?', row.rowid as number)
      this.sql.exec('DELETE FROM claims WHERE id = ?', id)
      this.sql.exec('INSERT OR IGNORE INTO kv_deletions (key) VALUES (?)', claimKey(id))
    })
    await this.syncDeletions([claimKey(id)])
  }

  /** One page of claim summaries: the query runs on indexes, so a page costs the same at any size. */
  async listClaims(query: ClaimFilter, limit: number, cursor?: string): Promise<Page<ClaimSummary>> {
    const { sql, params } = claimPageQuery(query, limit, cursor)
    const rows = this.sql.exec(sql, ...params).toArray()
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    return {
      items: page.map((row) => JSON.parse(row.summary as string) as ClaimSummary),
      next: rows.length > limit && last !== undefined ? cursorAfter(query, last) : null,
    }
  }

  /** The claim list page in one call: a page of claims, the newest articles (its filter) and the counts per status. */
  async claimListView(query: ClaimFilter, limit: number, cursor: string | undefined, articles: number): Promise<ClaimListView> {
    return {
      page: await this.listClaims(query, limit, cursor),
      articles: (await this.articlePage(articles)).items,
      counts: await this.counts(query.audience),
    }
  }

  /** Claims in the queue (not dismissed) per status, as the audience sees them. */
  async counts(audience: Audience): Promise<Record<Status, number>> {
    const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>
    for (const row of this.sql.exec('SELECT status, n FROM counts WHERE audience = ?', audience))
      counts[row.status as Status] = row.n as number
    return counts
  }

  /** A claim's reviews, oldest first, a page at a time. */
  async reviewPage(claimId: string, limit: number, cursor?: string): Promise<Page<Review>> {
    const after = cursor === undefined ? null : decodeCursor(cursor, ...HISTORY_CURSOR)
    const rows = this.sql
      .exec(
        `SELECT record, created_at, id FROM reviews WHERE claim_id = ? ${after === null ? '' : 'AND (created_at, id) > (?, ?)'} ORDER BY created_at, id LIMIT ?`,
        ...[claimId, ...(after ?? []), limit + 1],
      )
      .toArray()
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    return {
      items: page.map((row) => JSON.parse(row.record as string) as Review),
      next:
        rows.length > limit && last !== undefined ? encodeCursor([HISTORY_CURSOR[0], last.created_at as string, last.id as string]) : null,
    }
  }

  /** Records an article's list entry; its place in the list is its publication date, else when it was first added. */
  async putArticle(summary: ArticleSummary, addedAt: string): Promise<void> {
    const known = this.tables.row('SELECT article_date FROM articles WHERE id = ?', summary.id)
    const date = summary.publishedAt ?? (known?.article_date as string | undefined) ?? addedAt
    this.sql.exec(
      'INSERT INTO articles (id, article_date, summary) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET article_date = excluded.article_date, summary = excluded.summary',
      summary.id,
      date,
      JSON.stringify(summary),
    )
  }

  /** Articles, newest first. */
  async articlePage(limit: number, cursor?: string): Promise<Page<ArticleSummary>> {
    const after = cursor === undefined ? null : decodeCursor(cursor, ...ARTICLES_CURSOR)
    const rows = this.sql
      .exec(
        `SELECT summary, article_date, id FROM articles ${after === null ? '' : 'WHERE (article_date, id) < (?, ?)'} ORDER BY article_date DESC, id DESC LIMIT ?`,
        ...[...(after ?? []), limit + 1],
      )
      .toArray()
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    return {
      items: page.map((row) => JSON.parse(row.summary as string) as ArticleSummary),
      next:
        rows.length > limit && last !== undefined
          ? encodeCursor([ARTICLES_CURSOR[0], last.article_date as string, last.id as string])
          : null,
    }
  }

  /** Writes to KV what it refused before: claims behind their version, reviews not yet there, deletions. */
  override async alarm(): Promise<void> {
    const claims = this.sql.exec('SELECT id FROM claims WHERE kv_version < version LIMIT ?', SYNC_BATCH).toArray()
    const reviews = this.sql.exec('SELECT record FROM reviews WHERE in_kv = 0 LIMIT ?', SYNC_BATCH).toArray()
    const deletions = this.sql.exec('SELECT key FROM kv_deletions LIMIT ?', SYNC_BATCH).toArray()
    await Promise.all([
      this.sync(
        claims.map((row) => row.id as string),
        reviews.map((row) => JSON.parse(row.record as string) as Review),
      ),
      this.syncDeletions(deletions.map((row) => row.key as string)),
    ])
    const pending = this.tables.row(
      'SELECT (SELECT COUNT(*) FROM claims WHERE kv_version < version) + (SELECT COUNT(*) FROM reviews WHERE in_kv = 0) + (SELECT COUNT(*) FROM kv_deletions) AS n',
    )
    if (((pending?.n as number | undefined) ?? 0) > 0) await this.ctx.storage.setAlarm(Date.now() + KV_RETRY_MS)
  }

  /** Brings KV up to the ledger for these claims and reviews; what KV refuses is left to the alarm. */
  private async sync(claimIds: readonly string[], reviews: readonly Review[] = []): Promise<void> {
    await Promise.all([
      ...claimIds.map((id) => this.serially(claimKey(id), () => this.syncClaim(id))),
      ...reviews.map((review) => this.serially(reviewKey(review.claimId, review.id), () => this.syncReview(review))),
    ])
  }

  private async syncClaim(id: string): Promise<void> {
    const row = this.tables.row('SELECT record, summary, version, kv_version FROM claims WHERE id = ?', id)
    if (row === null || (row.kv_version as number) >= (row.version as number)) return
    const metadata = summaryMetadata(JSON.parse(row.summary as string) as ClaimSummary)
    if (await this.attempt(() => this.env.FACTCHECK_KV.put(claimKey(id), row.record as string, { metadata }), 'writing a claim')) {
      this.sql.exec('UPDATE claims SET kv_version = ? WHERE id = ? AND kv_version < ?', row.version as number, id, row.version as number)
    }
  }

  private async syncReview(review: Review): Promise<void> {
    if (this.tables.row('SELECT 1 FROM reviews WHERE claim_id = ? AND id = ? AND in_kv = 0', review.claimId, review.id) === null) return
    if (
      await this.attempt(() => this.env.FACTCHECK_KV.put(reviewKey(review.claimId, review.id), JSON.stringify(review)), 'writing a review')
    ) {
      this.sql.exec('UPDATE reviews SET in_kv = 1 WHERE claim_id = ? AND id = ?', review.claimId, review.id)
    }
  }

  private async syncDeletions(keys: readonly string[]): Promise<void> {
    await Promise.all(
      keys.map((key) =>
        this.serially(key, async () => {
          if (await this.attempt(() => this.env.FACTCHECK_KV.delete(key), 'deleting a claim'))
            this.sql.exec('DELETE FROM kv_deletions WHERE key = ?', key)
        }),
      ),
    )
  }

  /** One KV write; on failure it is logged and the alarm set to write again. */
  private async attempt(write: () => Promise<unknown>, what: string): Promise<boolean> {
    try {
      await withTimeout(write, what)
      return true
    } catch (error) {
      console.error(JSON.stringify({ event: 'kv-write-deferred', what, message: error instanceof Error ? error.message : String(error) }))
      if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + KV_RETRY_MS)
      return false
    }
  }

  private serially(key: string, task: () => Promise<void>): Promise<void> {
    const next = (this.syncing.get(key) ?? Promise.resolve()).then(task)
    this.syncing.set(key, next)
    return next.finally(() => {
      if (this.syncing.get(key) === next) this.syncing.delete(key)
    })
  }
}
