import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import * as v from 'valibot'
import { ClaimSchema, ClaimSummarySchema } from '../../schemas/claim'
import { ClaimSearchQuerySchema, IdempotencyHeaderSchema, IdParamSchema, encodeCursor } from '../../schemas/query'
import { ReviewInputSchema, ReviewSchema } from '../../schemas/review'
import { ActivityLog, reviewSummary } from '../desk/activity'
import { identifyReader, requireReviewer } from '../auth/auth'
import { claimPageUrl, claimReview } from '../formats/claimreview'
import type { AppEnv } from '../env'
import { cacheable, cachedJson } from '../http/http-cache'
import { ClaimReviewSchema } from '../../schemas/claimreview'
import { bearerSecurity, readerSecurity, cacheableResponses, conditionalGet, jsonResponse, problemResponses } from '../http/openapi'
import { problem } from '../http/problem'
import { IdempotencyConflictError } from '../store/store'
import { jsonBody, validate, validateParams } from '../http/validation'
import { claimFor, summaryFor } from '../desk/visibility'
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
        'Claims in article and reading order, from KV list metadata. Filters scan a bounded part of the store per request, so a filtered page may hold fewer than `limit` claims: follow `cursor` until it is null. `checked=true` lists the claims a new appearance brought back after their verdict ("already checked: refuted on …"), `since` those with an appearance attached since a date.',
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
      const { status, article, q, limit, cursor, checked, since, dismissed, assignee } = c.req.valid('query')
      const audience = c.var.audience
      const filter = { audience, statuses: status && [status], articleId: article, q, alreadyChecked: checked, since, dismissed: dismissed ?? false, assignee }
      const page = await c.var.store.listClaims(filter, limit, cursor)
      return cachedJson(c, { claims: page.claims.map((summary) => summaryFor(audience, summary)), cursor: page.next === null ? null : encodeCursor(page.next) })
    },
  )
  .get(
    '/:id',
    describeRoute({
      tags: ['Claims'],
      summary: 'Get a claim',
      description:
        'The claim with its attribution, source, status and published verdict. With a member\'s token, also every review as `notes` and proposed verdicts in `status`; without one, `notes` is empty and an unpublished verdict shows as `in_review`.',
      security: readerSecurity,
      parameters: conditionalGet,
      responses: { ...cacheableResponses('The claim.', ClaimSchema), ...problemResponses(401, 404, 429, 503) },
    }),
    validateParams(IdParamSchema),
    identifyReader,
    async (c) => {
      const claim = await c.var.store.getClaim(c.req.valid('param').id)
      if (claim === null) return problem(c, 404, 'no claim has this id')
      return cachedJson(c, claimFor(c.var.audience, claim))
    },
  )
  .get(
    '/:id/reviews',
    describeRoute({
      tags: ['Reviews'],
      summary: "List a claim's reviews",
      description: "Every review of the claim, oldest first, read from the review records themselves: the desk's internal record, for members only.",
      security: bearerSecurity,
      parameters: conditionalGet,
      responses: { ...cacheableResponses('The review history.', v.object({ reviews: v.array(ReviewSchema) })), ...problemResponses(401, 404, 429, 503) },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    async (c) => {
      const claim = await c.var.store.getClaim(c.req.valid('param').id)
      if (claim === null) return problem(c, 404, 'no claim has this id')
      return cachedJson(c, { reviews: await c.var.store.listReviews(claim) })
    },
  )
  .get(
    '/:id/claimreview',
    describeRoute({
      tags: ['ClaimReview'],
      summary: "A claim's published verdict as schema.org ClaimReview",
      description: 'JSON-LD (`application/ld+json`) for a concluded claim (supported, misleading, refuted or unverifiable); 404 while it is not concluded.',
      security: [],
      parameters: conditionalGet,
      responses: {
        ...cacheableResponses('schema.org ClaimReview.', ClaimReviewSchema, 'application/ld+json'),
        ...problemResponses(404, 503),
      },
    }),
    validateParams(IdParamSchema),
    async (c) => {
      const claim = await c.var.store.getClaim(c.req.valid('param').id)
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
        200: jsonResponse('A retry with the same Idempotency-Key: the review stored before.', v.object({ review: ReviewSchema, claim: ClaimSchema })),
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
        if (!result.replayed) await new ActivityLog(c.var.store.kv).record('review', result.claim.id, c.var.reviewer, reviewSummary(result.review))
        return c.json({ review: result.review, claim: result.claim }, result.replayed ? 200 : 201)
      } catch (error) {
        if (error instanceof IdempotencyConflictError) return problem(c, 409, error.message)
        throw error
      }
    },
  )
  .route('/', curation)
