import * as v from 'valibot'
import { IdSchema } from './common'
import { StatusSchema } from './status'

export const MAX_PAGE_SIZE = 100
export const DEFAULT_PAGE_SIZE = 50

const LIMIT_MESSAGE = `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`

/**
 * `limit`: a query value is a string of digits, converted to the integer it stands for. The
 * actions after `toNumber` are what the OpenAPI document shows, so it documents an integer 1-100.
 */
function pageSize<const TInput extends v.GenericSchema<string | undefined, string>>(input: TInput) {
  return v.pipe(
    input,
    v.check((value: string) => /^\d{1,3}$/.test(value), LIMIT_MESSAGE),
    v.toNumber(),
    v.integer(LIMIT_MESSAGE),
    v.minValue(1, LIMIT_MESSAGE),
    v.maxValue(MAX_PAGE_SIZE, LIMIT_MESSAGE),
  )
}
const LimitSchema = v.pipe(pageSize(v.optional(v.string(), String(DEFAULT_PAGE_SIZE))), v.metadata({ default: DEFAULT_PAGE_SIZE }))

/** The orders a claim list can be served in. */
export const CLAIM_ORDERS = ['newest', 'checkworthy'] as const

/** The opaque `cursor` of a list: what the previous page returned (base64url). */
export const CursorSchema = v.pipe(
  v.string(),
  v.maxLength(2000, 'cursor is not one this API returned'),
  v.regex(/^[\w-]+$/, 'cursor is not one this API returned'),
  v.description('Opaque: the `cursor` of the previous page.'),
)

/** A day of the calendar, YYYY-MM-DD, that exists (not 2024-02-30). */
function calendarDay(name: string, description: string) {
  return v.pipe(
    v.string(),
    v.isoDate(`${name} must be a date, YYYY-MM-DD`),
    v.check((day) => {
      const time = Date.parse(`${day}T00:00:00Z`)
      return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day)
    }, `${name} must be a date that exists`),
    v.description(description),
  )
}

/** Query of `GET /api/claims` (and the CSV export and list page). */
export const ClaimListQuerySchema = v.object({
  status: v.optional(StatusSchema),
  article: v.optional(v.pipe(v.string(), v.regex(/^[a-f0-9]{16}$/, 'article must be an article id (16 hex digits)'))),
  q: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(200, 'q must be at most 200 characters'),
      v.transform((q) => q || undefined),
    ),
  ),
  speaker: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(200, 'speaker must be at most 200 characters'),
      v.transform((speaker) => speaker || undefined),
      v.description('Only claims credited to this speaker (the whole name, any case).'),
    ),
  ),
  from: v.optional(
    calendarDay('from', "Only claims of articles dated on or after this day (the article's publication date, else the day it was added)."),
  ),
  to: v.optional(
    calendarDay('to', "Only claims of articles dated on or before this day (the article's publication date, else the day it was added)."),
  ),
  order: v.optional(
    v.pipe(
      v.picklist(CLAIM_ORDERS, `order must be one of: ${CLAIM_ORDERS.join(', ')}`),
      v.description(
        'newest (the default): newest article first, each in reading order; checkworthy: the most check-worthy first (with status=unreviewed, the queue).',
      ),
    ),
  ),
  limit: LimitSchema,
  cursor: v.optional(CursorSchema),
})
/** Query of `GET /api/claims.csv`: the list's, but without `limit` a response is not cut to the list's page size. */
export const CsvQuerySchema = v.object({ ...ClaimListQuerySchema.entries, limit: v.optional(pageSize(v.string())) })

export type ClaimListQuery = v.InferOutput<typeof ClaimListQuerySchema>

/** The `Idempotency-Key` header of a write: the same key and body again is answered as the first time. */
export const IdempotencyHeaderSchema = v.object({
  'idempotency-key': v.optional(
    v.pipe(v.string(), v.regex(/^[\x21-\x7e]{1,200}$/, 'Idempotency-Key must be 1-200 visible ASCII characters')),
  ),
})

/** A path parameter naming a stored record. */
export const IdParamSchema = v.object({ id: IdSchema })

/** "Already checked" filters of `GET /api/claims`: claims a new appearance brought back after their verdict. */
export const RepeatQuerySchema = v.object({
  checked: v.optional(
    v.pipe(
      v.picklist(['true', 'false'], 'checked must be true or false'),
      v.transform((value) => value === 'true'),
      v.description('true: only claims with a verdict that a new appearance brought back since.'),
    ),
  ),
  since: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z)?$/,
        'since must be a date (YYYY-MM-DD) or a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)',
      ),
      // Date.parse rolls "2024-02-30" over to March: the day must survive the round trip.
      v.check(
        (value) =>
          !Number.isNaN(Date.parse(value)) &&
          new Date(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)).toISOString().startsWith(value.slice(0, 10)),
        'since must be a date that exists',
      ),
      v.description(
        'Only claims with an appearance attached at or after this date or timestamp (with checked=true: the appearance that brought them back).',
      ),
    ),
  ),
})

/** The desk's workflow filters of a claim list: dismissed claims, and whom a claim is assigned to. */
export const WorkflowQuerySchema = v.object({
  dismissed: v.optional(
    v.pipe(
      v.picklist(['true', 'false'], 'dismissed must be true or false'),
      v.transform((value) => value === 'true'),
      v.description('true: only claims dismissed as not check-worthy; false (the default): only the others.'),
    ),
  ),
  assignee: v.optional(
    v.pipe(
      v.string(),
      v.regex(/\S/, 'assignee must not be empty'),
      v.trim(),
      v.maxLength(200, 'assignee must be at most 200 characters'),
      v.description('Only claims assigned to this desk member.'),
    ),
  ),
})

/** Query of `GET /api/claims`: the list filters, the "already checked" ones and the workflow ones. */
export const ClaimSearchQuerySchema = v.object({
  ...ClaimListQuerySchema.entries,
  ...RepeatQuerySchema.entries,
  ...WorkflowQuerySchema.entries,
})

/** Query of the claim list page: the list filters and the workflow ones. */
export const ClaimPageQuerySchema = v.object({ ...ClaimListQuerySchema.entries, ...WorkflowQuerySchema.entries })

/** Query of a plain paged list (articles, a claim's review history). */
export const PageQuerySchema = v.pick(ClaimListQuerySchema, ['limit', 'cursor'])

/** Query of a claim's appearance pages. */
export const AppearancePageQuerySchema = v.object({ cursor: v.optional(CursorSchema) })

/** Path of one appearance of a claim. */
export const AppearanceParamSchema = v.object({ id: IdSchema, appearanceId: IdSchema })

/** Path of a suggestion: the claim and the claim it may be. */
export const SuggestionParamSchema = v.object({ id: IdSchema, otherId: IdSchema })
