import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import * as v from 'valibot'
import { ClaimReviewSchema } from '../../schemas/claimreview'
import { ClaimListQuerySchema, CsvQuerySchema } from '../../schemas/query'
import { VERDICTS } from '../../schemas/status'
import { claimPageUrl, claimReview } from '../formats/claimreview'
import { CSV_COLUMNS, csvDocument, csvRow } from '../formats/csv'
import type { AppEnv } from '../env'
import { cacheable, cachedJson } from '../http/http-cache'
import { cacheableResponses, conditionalGet, problemResponses, readerSecurity } from '../http/openapi'
import { validate } from '../http/validation'
import { claimFor } from '../model/visibility'
import { identifyReader } from '../auth/auth'
import { claimFilter } from '../http/claim-filter'

/** Rows per CSV response: read from the ledger in batches, so a response stays a bounded amount of work. */
export const MAX_CSV_ROWS = 800

const FeedQuerySchema = v.pick(ClaimListQuerySchema, ['article', 'limit', 'cursor'])

export const exports = new Hono<AppEnv>()
  .get(
    '/claims.csv',
    describeRoute({
      tags: ['Export'],
      summary: 'Export claims as CSV',
      description: `Every claim matching the filters (as on the list), one row each with columns ${CSV_COLUMNS.join(', ')} (\`latest_note\` only with a member's token). RFC 4180 quoting; cells that a spreadsheet would run as formulas are prefixed with '. Rows are read from the desk ledger a page at a time, and one response holds at most ${MAX_CSV_ROWS} rows; when more match, a \`Link: <…>; rel="next"\` header gives the URL of the rest.`,
      security: readerSecurity,
      parameters: conditionalGet,
      responses: {
        ...cacheableResponses('CSV with a header row.', { type: 'string' }, 'text/csv', 'Content-Disposition', 'Link'),
        ...problemResponses(400, 401, 429, 503),
      },
    }),
    identifyReader,
    validate('query', CsvQuerySchema),
    async (c) => {
      const query = c.req.valid('query')
      const rowsWanted = query.limit ?? MAX_CSV_ROWS
      const store = c.var.store
      const audience = c.var.audience
      const filter = claimFilter(audience, query)
      // The ledger pages are always full, so one call gives the response's rows at any store size.
      const page = await store.listClaims(filter, rowsWanted, query.cursor)
      const rows = (await store.getClaims(page.claims)).map((claim) => csvRow(claimFor(audience, claim)))
      c.header('Content-Disposition', 'attachment; filename="claims.csv"')
      if (page.next !== null) {
        const rest = new URL(c.req.url)
        rest.searchParams.set('cursor', page.next)
        c.header('Link', `<${rest.pathname}${rest.search}>; rel="next"`)
      }
      return cacheable(c, csvDocument(rows), 'text/csv; charset=utf-8')
    },
  )
  .get(
    '/claimreviews',
    describeRoute({
      tags: ['ClaimReview'],
      summary: 'Feed of published verdicts',
      description: 'schema.org ClaimReview of every concluded claim, a page at a time.',
      security: [],
      parameters: conditionalGet,
      responses: {
        ...cacheableResponses(
          'A page of ClaimReview objects.',
          v.object({ claimReviews: v.array(ClaimReviewSchema), cursor: v.nullable(v.string()) }),
        ),
        ...problemResponses(400, 503),
      },
    }),
    validate('query', FeedQuerySchema),
    async (c) => {
      const { limit, cursor, ...query } = c.req.valid('query')
      const page = await c.var.store.listClaims({ ...claimFilter('public', query), statuses: VERDICTS }, limit, cursor)
      const desk = { name: c.env.DESK_NAME, url: c.env.DESK_URL }
      const claimReviews = (await c.var.store.getClaims(page.claims))
        .map((claim) => claimReview(claim, desk, claimPageUrl(desk.url, claim.id)))
        .filter((review) => review !== null)
      return cachedJson(c, { claimReviews, cursor: page.next })
    },
  )
