import {
  type ActivityEvent,
  ActivityEventSchema,
  type ActivityType,
  type CorrectionNotice,
  CorrectionNoticeSchema,
  MAX_ACTIVITY_SUMMARY,
} from '../../schemas/activity'
import { KEY_PREFIX } from '../store/keys'
import { parseRecord, withTimeout } from '../store/kv'

/**
 * The desk's audit trail. Each event is written once under two keys, with the event itself as
 * list metadata, so both logs page from list calls alone:
 *   v1:activity:<newest-first time>-<eventId>          the desk's log, newest first
 *   v1:claim-activity:<claimId>:<time>-<eventId>       a claim's log, oldest first
 *   v1:correction:<newest-first time>-<claimId>        the public feed of corrections, newest first
 */
const deskPrefix = `${KEY_PREFIX}activity:`
const correctionsPrefix = `${KEY_PREFIX}correction:`
const claimPrefix = (claimId: string) => `${KEY_PREFIX}claim-activity:${claimId}:`
/** Milliseconds counted down from here sort the newest event first. */
const LATEST_TIME = 9_999_999_999_999

const timeKey = (at: string) => String(Date.parse(at)).padStart(13, '0')
const newestFirstKey = (at: string) => String(LATEST_TIME - Date.parse(at)).padStart(13, '0')

/** A review in a line for the log: what status it proposed or set, and whether it added a note. */
export function reviewSummary(review: { status?: string; note?: string; sources?: unknown[] }): string {
  const parts = [
    review.status === undefined ? null : `set ${review.status}`,
    review.note === undefined ? null : 'added a note',
    review.sources === undefined ? null : `cited ${review.sources.length} source${review.sources.length === 1 ? '' : 's'}`,
  ]
  return parts.filter((part) => part !== null).join(', ')
}

export interface ActivityPage {
  events: ActivityEvent[]
  cursor: string | null
}

export class ActivityLog {
  constructor(private readonly kv: KVNamespace) {}

  /** Records a member adding an article, in the desk's log (no claim's). */
  async recordArticle(articleId: string, by: string, summary: string): Promise<void> {
    const event = this.event('article', articleId, by, summary)
    await withTimeout(
      () => this.kv.put(`${deskPrefix}${newestFirstKey(event.at)}-${event.id}`, JSON.stringify(event), { metadata: event }),
      'recording activity',
    )
  }

  private event(type: ActivityType, claimId: string, by: string, summary: string): ActivityEvent {
    return {
      id: crypto.randomUUID().replaceAll('-', '').slice(0, 16),
      type,
      claimId,
      by,
      at: new Date().toISOString(),
      summary: Array.from(summary).slice(0, MAX_ACTIVITY_SUMMARY).join(''),
    }
  }

  /** Records what `by` did to a claim; the summary is cut to what list metadata holds. */
  async record(type: ActivityType, claimId: string, by: string, summary: string): Promise<ActivityEvent> {
    const event = this.event(type, claimId, by, summary)
    const value = JSON.stringify(event)
    await withTimeout(
      () =>
        Promise.all([
          this.kv.put(`${deskPrefix}${newestFirstKey(event.at)}-${event.id}`, value, { metadata: event }),
          this.kv.put(`${claimPrefix(claimId)}${timeKey(event.at)}-${event.id}`, value, { metadata: event }),
        ]),
      'recording activity',
    )
    return event
  }

  /** Lists a correction in the public feed: the note and what changed, no names. */
  async publishCorrection(notice: CorrectionNotice): Promise<void> {
    await withTimeout(
      () => this.kv.put(`${correctionsPrefix}${newestFirstKey(notice.at)}-${notice.claimId}`, JSON.stringify(notice), { metadata: notice }),
      'listing a correction',
    )
  }

  /** A page of the public corrections feed, newest first. */
  async corrections(limit: number, cursor: string | null): Promise<{ corrections: CorrectionNotice[]; cursor: string | null }> {
    const listed = await withTimeout(() => this.kv.list<unknown>({ prefix: correctionsPrefix, limit, cursor }), 'listing corrections')
    return {
      corrections: listed.keys.map((key) => parseRecord(CorrectionNoticeSchema, key.name, key.metadata)),
      cursor: listed.list_complete ? null : listed.cursor,
    }
  }

  /** A page of the desk's log, newest first. */
  desk(limit: number, cursor: string | null): Promise<ActivityPage> {
    return this.page(deskPrefix, limit, cursor)
  }

  /** A page of one claim's log, oldest first. */
  claim(claimId: string, limit: number, cursor: string | null): Promise<ActivityPage> {
    return this.page(claimPrefix(claimId), limit, cursor)
  }

  private async page(prefix: string, limit: number, cursor: string | null): Promise<ActivityPage> {
    const listed = await withTimeout(() => this.kv.list<unknown>({ prefix, limit, cursor }), 'listing activity')
    const events = listed.keys.map((key) => parseRecord(ActivityEventSchema, key.name, key.metadata))
    return { events, cursor: listed.list_complete ? null : listed.cursor }
  }
}
