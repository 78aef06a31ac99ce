// The desk ledger's tables (SQLite in a Durable Object) and the one query that pages claims.
import type { CLAIM_ORDERS } from '../../schemas/query'
import type { Status } from '../../schemas/status'
import type { Audience } from '../model/visibility'
import { decodeCursor, encodeCursor } from './cursor'

/**
 * claims: the authoritative claim record and the columns lists filter and sort on, with an index
 * for each filter in each order (test/worker/ledger-plans.test.ts checks that no list sorts or scans
 * the table). `version` rises on every write; KV holds `kv_version` of it (behind while a KV
 * write is pending).
 * reviews: every review, publication and correction, never deleted.
 * articles: each article's list entry. counts: claims per status in the queue (not dismissed),
 * per audience, kept with every write so the home page reads five rows.
 * claim_search: FTS5 over a claim's sentence, span, speaker and article title (rowid = claims.rowid).
 */
export const LEDGER_SCHEMA = `
CREATE TABLE IF NOT EXISTS claims (
  id TEXT PRIMARY KEY, article_id TEXT NOT NULL, article_date TEXT NOT NULL, position_desc INTEGER NOT NULL,
  version INTEGER NOT NULL, kv_version INTEGER NOT NULL DEFAULT 0, record TEXT NOT NULL, summary TEXT NOT NULL,
  member_status TEXT NOT NULL, public_status TEXT NOT NULL, dismissed INTEGER NOT NULL, assignee TEXT,
  speaker_key TEXT, checkworthiness REAL NOT NULL, appeared_at TEXT, checked_at TEXT
);
CREATE INDEX IF NOT EXISTS claims_newest ON claims (dismissed, article_date DESC, article_id DESC, position_desc DESC);
CREATE INDEX IF NOT EXISTS claims_article ON claims (article_id, position_desc DESC);
CREATE INDEX IF NOT EXISTS claims_article_newest ON claims (article_id, dismissed, article_date DESC, position_desc DESC);
CREATE INDEX IF NOT EXISTS claims_article_worth ON claims (article_id, dismissed, checkworthiness DESC, id DESC);
CREATE INDEX IF NOT EXISTS claims_member_status ON claims (member_status, dismissed, article_date DESC, article_id DESC, position_desc DESC);
CREATE INDEX IF NOT EXISTS claims_public_status ON claims (public_status, dismissed, article_date DESC, article_id DESC, position_desc DESC);
CREATE INDEX IF NOT EXISTS claims_queue ON claims (member_status, dismissed, checkworthiness DESC, id DESC);
CREATE INDEX IF NOT EXISTS claims_public_queue ON claims (public_status, dismissed, checkworthiness DESC, id DESC);
CREATE INDEX IF NOT EXISTS claims_worth ON claims (dismissed, checkworthiness DESC, id DESC);
CREATE INDEX IF NOT EXISTS claims_assignee_worth ON claims (assignee, dismissed, checkworthiness DESC, id DESC);
CREATE INDEX IF NOT EXISTS claims_speaker_worth ON claims (speaker_key, dismissed, checkworthiness DESC, id DESC);
CREATE INDEX IF NOT EXISTS claims_assignee ON claims (assignee, dismissed, article_date DESC, article_id DESC, position_desc DESC);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims (speaker_key, dismissed, article_date DESC, article_id DESC, position_desc DESC);
CREATE INDEX IF NOT EXISTS claims_checked ON claims (checked_at);
CREATE INDEX IF NOT EXISTS claims_appeared ON claims (appeared_at);
CREATE INDEX IF NOT EXISTS claims_unsynced ON claims (id) WHERE kv_version < version;
CREATE TABLE IF NOT EXISTS reviews (
  claim_id TEXT NOT NULL, id TEXT NOT NULL, created_at TEXT NOT NULL, kind TEXT NOT NULL, sets_status INTEGER NOT NULL,
  record TEXT NOT NULL, in_kv INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (claim_id, id)
);
CREATE INDEX IF NOT EXISTS reviews_history ON reviews (claim_id, created_at, id);
CREATE INDEX IF NOT EXISTS reviews_proposal ON reviews (claim_id, sets_status, created_at, id);
CREATE INDEX IF NOT EXISTS reviews_publication ON reviews (claim_id, kind, created_at, id);
CREATE INDEX IF NOT EXISTS reviews_unsynced ON reviews (claim_id) WHERE in_kv = 0;
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, article_date TEXT NOT NULL, summary TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_newest ON articles (article_date DESC, id DESC);
CREATE TABLE IF NOT EXISTS counts (audience TEXT NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (audience, status));
CREATE TABLE IF NOT EXISTS kv_deletions (key TEXT PRIMARY KEY);
CREATE VIRTUAL TABLE IF NOT EXISTS claim_search USING fts5(text, speaker, article, tokenize = 'unicode61 remove_diacritics 2');
`

/** The order a claim list is served in. */
export type ClaimOrder = (typeof CLAIM_ORDERS)[number]

/** Which claims a list holds; every filter combines with the others. */
export interface ClaimFilter {
  /** Whose view the statuses are matched in: the public does not see proposed verdicts. */
  audience: Audience
  statuses?: readonly Status[]
  articleId?: string
  /** Words of the sentence, span, speaker or article title (full-text, each word a prefix). */
  q?: string
  /** The speaker's name, any case. */
  speaker?: string
  /** Only claims of articles dated on or after this day (YYYY-MM-DD). */
  from?: string
  /** Only claims of articles dated on or before this day (YYYY-MM-DD). */
  to?: string
  /** Only claims that came back after their verdict (a new appearance arrived since). */
  alreadyChecked?: boolean
  /** Only claims with an appearance attached at or after this ISO date or timestamp. */
  since?: string
  /** Only dismissed claims (true) or only those in the queue (false); both when undefined. */
  dismissed?: boolean
  /** Only claims assigned to this member. */
  assignee?: string
  /** `newest`: newest article first, each in reading order (the default); `checkworthy`: most check-worthy first. */
  order?: ClaimOrder
}

const ORDERS: Record<ClaimOrder, { columns: string[]; types: ('string' | 'number')[] }> = {
  newest: { columns: ['article_date', 'article_id', 'position_desc'], types: ['string', 'string', 'number'] },
  checkworthy: { columns: ['checkworthiness', 'id'], types: ['number', 'string'] },
}

/** An FTS5 query for what a person typed: each word quoted (no operators), the last one a prefix. */
export function searchExpression(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu)
  if (words === null) return null
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ')
}

/** The SQL of one page of claims: `limit + 1` rows, so the caller knows whether another page follows. */
export function claimPageQuery(
  query: ClaimFilter,
  limit: number,
  cursor: string | undefined,
): { sql: string; params: (string | number)[] } {
  const order = ORDERS[query.order ?? 'newest']
  const where: string[] = []
  const params: (string | number)[] = []
  const add = (clause: string, ...values: (string | number)[]) => {
    where.push(clause)
    params.push(...values)
  }
  const statusColumn = query.audience === 'member' ? 'member_status' : 'public_status'
  if (query.statuses !== undefined) add(`${statusColumn} IN (${query.statuses.map(() => '?').join(', ')})`, ...query.statuses)
  if (query.articleId !== undefined) add('article_id = ?', query.articleId)
  if (query.dismissed !== undefined) add('dismissed = ?', query.dismissed ? 1 : 0)
  if (query.assignee !== undefined) add('assignee = ?', query.assignee)
  if (query.speaker !== undefined) add('speaker_key = ?', query.speaker.toLocaleLowerCase())
  // An article's date is a day or, for one without a publication date, the time it was added.
  if (query.from !== undefined) add('article_date >= ?', query.from)
  // "T~" sorts after any time of the day ("…T10:00:00Z") and before the next day.
  if (query.to !== undefined) add('article_date <= ?', `${query.to}T~`)
  if (query.alreadyChecked === true) add('checked_at IS NOT NULL')
  if (query.since !== undefined) add(`${query.alreadyChecked === true ? 'checked_at' : 'appeared_at'} >= ?`, query.since)
  if (query.q !== undefined) {
    const expression = searchExpression(query.q)
    // Nothing searchable (only punctuation) matches nothing.
    if (expression === null) add('0')
    else add('rowid IN (SELECT rowid FROM claim_search WHERE claim_search MATCH ?)', expression)
  }
  if (cursor !== undefined) {
    const columns = order.columns.join(', ')
    add(`(${columns}) < (${order.columns.map(() => '?').join(', ')})`, ...decodeCursor(cursor, query.order ?? 'newest', order.types))
  }
  const sql = `SELECT summary, ${order.columns.join(', ')} FROM claims ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order.columns.map((column) => `${column} DESC`).join(', ')} LIMIT ?`
  params.push(limit + 1)
  return { sql, params }
}

/** Refuses (InvalidCursorError) a cursor that is not one a list in this order returned. */
export function checkCursor(filter: ClaimFilter, cursor: string): void {
  const order = filter.order ?? 'newest'
  decodeCursor(cursor, order, ORDERS[order].types)
}

/** The cursor of the page that starts after `row`. */
export function cursorAfter(query: ClaimFilter, row: Record<string, SqlStorageValue>): string {
  const order = query.order ?? 'newest'
  return encodeCursor([order, ...ORDERS[order].columns.map((column) => row[column] as string | number)])
}
