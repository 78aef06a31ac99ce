import type { Claim } from '../../schemas/claim'
import type { Review } from '../../schemas/review'
import { chronologically, projectReviews, type ReviewHistory, setsStatus } from '../model/review-projection'
import { publicStatus } from '../model/visibility'
import { summarize } from './metadata'

export type Row = Record<string, SqlStorageValue>

/**
 * The ledger's tables (LEDGER_SCHEMA in ledger-sql.ts), read and written synchronously, so that
 * DeskLedger can run several of these steps in one transaction.
 */
export class LedgerTables {
  constructor(private readonly sql: SqlStorage) {}

  row(query: string, ...params: SqlStorageValue[]): Row | null {
    return this.sql.exec(query, ...params).toArray()[0] ?? null
  }

  versionOf(id: string): number {
    return (this.row('SELECT version FROM claims WHERE id = ?', id)?.version as number | undefined) ?? 0
  }

  insertReview(review: Review): void {
    this.sql.exec(
      'INSERT INTO reviews (claim_id, id, created_at, kind, sets_status, record) VALUES (?, ?, ?, ?, ?, ?)',
      review.claimId,
      review.id,
      review.createdAt,
      review.kind,
      setsStatus(review) ? 1 : 0,
      JSON.stringify(review),
    )
  }

  /** What the projection needs of a claim's reviews, each read by index. */
  private history(claimId: string): ReviewHistory {
    const records = (query: string) =>
      this.sql
        .exec(query, claimId)
        .toArray()
        .map((row) => JSON.parse(row.record as string) as Review)
    return {
      recent: records('SELECT record FROM reviews WHERE claim_id = ? ORDER BY created_at DESC, id DESC LIMIT 20').sort(chronologically),
      count: (this.row('SELECT COUNT(*) AS n FROM reviews WHERE claim_id = ?', claimId)?.n as number | undefined) ?? 0,
      proposal:
        records('SELECT record FROM reviews WHERE claim_id = ? AND sets_status = 1 ORDER BY created_at DESC, id DESC LIMIT 1')[0] ?? null,
      publicationEntries: records(
        "SELECT record FROM reviews WHERE claim_id = ? AND kind IN ('publish', 'correction') ORDER BY created_at, id",
      ),
    }
  }

  /** Stores the claim as version + 1 with its review fields projected, keeping the counts and search in step. */
  storeClaim(given: Claim, version: number): Claim {
    const claim = projectReviews(given, this.history(given.id))
    const summary = summarize(claim)
    const before = this.row('SELECT rowid, article_date, dismissed, member_status, public_status FROM claims WHERE id = ?', claim.id)
    if (before !== null) this.count(before, -1)
    const after: Row = {
      dismissed: summary.dismissed ? 1 : 0,
      member_status: summary.status,
      public_status: publicStatus(summary.status, summary.published ?? false),
    }
    this.count(after, 1)
    this.sql.exec(
      `INSERT INTO claims (id, article_id, article_date, position_desc, version, record, summary, member_status, public_status, dismissed, assignee, speaker_key, checkworthiness, appeared_at, checked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET article_date = excluded.article_date, version = excluded.version, record = excluded.record, summary = excluded.summary,
         member_status = excluded.member_status, public_status = excluded.public_status, dismissed = excluded.dismissed, assignee = excluded.assignee,
         speaker_key = excluded.speaker_key, checkworthiness = excluded.checkworthiness, appeared_at = excluded.appeared_at, checked_at = excluded.checked_at`,
      claim.id,
      claim.articleId,
      claim.source.publishedAt ?? (before?.article_date as string | undefined) ?? claim.updatedAt,
      -claim.sentenceOffsets.start,
      version + 1,
      JSON.stringify(claim),
      JSON.stringify(summary),
      after.member_status as string,
      after.public_status as string,
      after.dismissed as number,
      claim.assignee,
      claim.attribution.speaker?.toLocaleLowerCase() ?? null,
      claim.checkworthiness.score,
      claim.lastAppearanceAt,
      summary.alreadyChecked?.appearedAt ?? null,
    )
    const rowid = this.row('SELECT rowid FROM claims WHERE id = ?', claim.id)?.rowid as number
    this.sql.exec('DELETE FROM claim_search WHERE rowid = ?', rowid)
    this.sql.exec(
      'INSERT INTO claim_search (rowid, text, speaker, article) VALUES (?, ?, ?, ?)',
      rowid,
      `${claim.text} ${claim.span}`,
      claim.attribution.speaker ?? '',
      claim.source.title,
    )
    return claim
  }

  /** Adds (or, with -1, removes) a claim to the counts of its statuses, unless it is dismissed. */
  count(row: Row, delta: 1 | -1): void {
    if (row.dismissed === 1) return
    for (const [audience, status] of [
      ['member', row.member_status],
      ['public', row.public_status],
    ]) {
      this.sql.exec(
        'INSERT INTO counts (audience, status, n) VALUES (?, ?, ?) ON CONFLICT (audience, status) DO UPDATE SET n = n + excluded.n',
        audience as string,
        status as string,
        delta,
      )
    }
  }
}
