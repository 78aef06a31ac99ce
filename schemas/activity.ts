import * as v from 'valibot'
import { IdSchema, TimestampSchema } from './common'

/** What a member did. */
export const ACTIVITY_TYPES = ['review', 'publish', 'correction', 'edit', 'add', 'dismiss', 'assign', 'article'] as const
export const ActivityTypeSchema = v.picklist(ACTIVITY_TYPES)
export type ActivityType = v.InferOutput<typeof ActivityTypeSchema>

/** Longest summary kept with an event: it lives in KV list metadata (1 KiB). */
export const MAX_ACTIVITY_SUMMARY = 240

/** One thing a member did to a claim: immutable, kept for the desk's audit trail. */
export const ActivityEventSchema = v.object({
  id: IdSchema,
  type: ActivityTypeSchema,
  claimId: v.pipe(IdSchema, v.description('The claim acted on; for `article`, the article added.')),
  by: v.pipe(v.string(), v.description('The member who did it.')),
  at: TimestampSchema,
  summary: v.pipe(
    v.string(),
    v.maxLength(MAX_ACTIVITY_SUMMARY),
    v.description('What changed, in a line: "published refuted", "speaker: X → Y".'),
  ),
})
export type ActivityEvent = v.InferOutput<typeof ActivityEventSchema>

/** A published verdict's correction, as the public corrections feed lists it. */
export const CorrectionNoticeSchema = v.object({
  claimId: IdSchema,
  note: v.pipe(v.string(), v.description('The public correction note.')),
  at: TimestampSchema,
  status: v.pipe(v.string(), v.description('The verdict after the correction.')),
  before: v.pipe(v.string(), v.description('The verdict before it.')),
})
export type CorrectionNotice = v.InferOutput<typeof CorrectionNoticeSchema>
