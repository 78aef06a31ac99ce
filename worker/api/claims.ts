import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import * as v from 'valibot'
import { ClaimSchema, ClaimSummarySchema } from '../../schemas/claim'
import { ClaimSearchQuerySchema, IdempotencyHeaderSchema, IdParamSchema, PageQuerySchema } from '../../schemas/query'
import { ReviewInputSchema, ReviewSchema } from '../../schemas/review'
import { ActivityLog, reviewSummary } from '../desk/activity'
import { identifyReader, requireReviewer } from '../auth/auth'
import { claimPageUrl, claimReview } from '../formats/claimreview'
import type { AppEnv } from '../env'
import { cacheable, cachedJson } from '../http/http-cache'
import { ClaimReviewSchema } from '../../schemas/claimreview'
import { bearerSecurity, readerSecurity, cacheableResponses, conditionalGet, jsonResponse, problemResponses } from '../http/openapi'
import { problem } from '../http/problem'
import { ReviewConflictError } from '../store/store'
import { jsonBody, validate, validateParams } from '../http/validation'
import { claimFor, summaryFor } from '../model/visibility'
import { claimFilter } from '../http/claim-filter'
import { curation } from './curation'

/** Largest review body accepted, in bytes. */
export const MAX_REVIEW_BYTES = 64 * 1024

export const claims = new Hono<AppEnv>()
  .get(
    '/',
    describeRoute({
      tags: ['Claims'],
      summary: 'List claims',
      description:
        'Claims, newest article first and each article in reading order (`order=checkworthy`: the most check-worthy first), from the desk ledger\'s index: every filter combines with the others, and a page is full unless it is the last (`cursor` null). `q` searches the sentence, span, speaker and article title by word (the last word may be a prefix). `checked=true` lists the claims a new appearance brought back after their verdict ("already checked: refuted on …"), `since` those with an appearance attached since a date.',
      security: readerSecurity,
      parameters: conditionalGet,
      responses: {
        ...cacheableResponses('A page of claims.', v.object({ claims: v.array(ClaimSummarySchema), cursor: v.nullable(v.string()) })),
        ...problemResponses(400, 401, 429, 503),
      },
    }),
    identifyReader,
    validate('query', ClaimSearchQuerySchema),
    async (c) => {
      const query = c.req.valid('query')
      const audience = c.var.audience
      const page = await c.var.store.listClaims(claimFilter(audience, query), query.limit, query.cursor)
      return cachedJson(c, { claims: page.claims.map((summary) => summaryFor(audience, summary)), cursor: page.next })
    },
  )
  .get(
    '/:id',
    describeRoute({
      tags: ['Claims'],
      summary: 'Get a claim',
      description:
        "The claim with its attribution, source, status and published verdict. With a member's token, also every review as `notes` and proposed verdicts in `status`; without one, `notes` is empty and an unpublished verdict shows as `in_review`.",
      security: readerSecurity,
      parameters: conditionalGet,
      responses: { ...cacheableResponses('The claim.', ClaimSchema), ...problemResponses(401, 404, 429, 503) },
    }),
    validateParams(IdParamSchema),
    identifyReader,
    async (c) => {
      const { id } = c.req.valid('param')
      // Members read the ledger's copy, their own writes included; the public reads the edge's.
      const claim = c.var.audience === 'member' ? await c.var.store.getClaim(id) : await c.var.store.getEdgeClaim(id)
      if (claim === null) return problem(c, 404, 'no claim has this id')
      return cachedJson(c, claimFor(c.var.audience, claim))
    },
  )
  .get(
    '/:id/reviews',
    describeRoute({
      tags: ['Reviews'],
      summary: "List a claim's reviews",
      description:
        "The claim's whole review history, oldest first, a page at a time (the claim itself carries only its latest reviews): the desk's internal record, for members only. Follow `cursor` until it is null.",
      security: bearerSecurity,
      parameters: conditionalGet,
      responses: {
        ...cacheableResponses(
          'A page of the review history.',
          v.object({ reviews: v.array(ReviewSchema), cursor: v.nullable(v.string()) }),
        ),
        ...problemResponses(400, 401, 404, 429, 503),
      },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    validate('query', PageQuerySchema),
    async (c) => {
      const claim = await c.var.store.getClaim(c.req.valid('param').id)
      if (claim === null) return problem(c, 404, 'no claim has this id')
      const { limit, cursor } = c.req.valid('query')
      const page = await c.var.store.reviewPage(claim.id, limit, cursor)
      return cachedJson(c, { reviews: page.items, cursor: page.next })
    },
  )
  .get(
    '/:id/claimreview',
    describeRoute({
      tags: ['ClaimReview'],
      summary: "A claim's published verdict as schema.org ClaimReview",
      description:
        'JSON-LD (`application/ld+json`) for a concluded claim (supported, misleading, refuted or unverifiable); 404 while it is not concluded.',
      security: [],
      parameters: conditionalGet,
      responses: {
        ...cacheableResponses('schema.org ClaimReview.', ClaimReviewSchema, 'application/ld+json'),
        ...problemResponses(404, 503),
      },
    }),
    validateParams(IdParamSchema),
    async (c) => {
      const claim = await c.var.store.getEdgeClaim(c.req.valid('param').id)
      if (claim === null) return problem(c, 404, 'no claim has this id')
      const review = claimReview(claim, { name: c.env.DESK_NAME, url: c.env.DESK_URL }, claimPageUrl(c.env.DESK_URL, claim.id))
      if (review === null) return problem(c, 404, `this claim is ${claim.status}: it has no published verdict yet`)
      return cacheable(c, JSON.stringify(review), 'application/ld+json; charset=utf-8')
    },
  )
  .post(
    '/:id/reviews',
    describeRoute({
      tags: ['Reviews'],
      summary: 'Review a claim',
      description:
        'Records a review (a status, a note, or both) by the reviewer the token belongs to. Reviews are never overwritten: concurrent reviews are all kept, and the claim takes the status of the latest. Send an `Idempotency-Key` header to make retries safe: the same key returns the stored review with 200 instead of recording it twice.',
      security: bearerSecurity,
      responses: {
        201: jsonResponse('The review was recorded.', v.object({ review: ReviewSchema, claim: ClaimSchema })),
        200: jsonResponse(
          'A retry with the same Idempotency-Key: the review stored before.',
          v.object({ review: ReviewSchema, claim: ClaimSchema }),
        ),
        ...problemResponses(400, 401, 404, 409, 413, 415, 429, 503),
      },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    ...jsonBody(MAX_REVIEW_BYTES),
    validate('header', IdempotencyHeaderSchema),
    validate('json', ReviewInputSchema),
    async (c) => {
      const idempotencyKey = c.req.valid('header')['idempotency-key']
      try {
        const result = await c.var.store.addReview(c.req.valid('param').id, c.var.reviewer, c.req.valid('json'), idempotencyKey)
        if (result === null) return problem(c, 404, 'no claim has this id')
        if (!result.replayed)
          await new ActivityLog(c.var.store.kv).record('review', result.claim.id, c.var.reviewer, reviewSummary(result.review))
        return c.json({ review: result.review, claim: result.claim }, result.replayed ? 200 : 201)
      } catch (error) {
        if (error instanceof ReviewConflictError) return problem(c, 409, error.message)
        throw error
      }
    },
  )
  .route('/', curation)
