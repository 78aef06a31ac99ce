import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import * as v from 'valibot'
import { ActivityEventSchema, CorrectionNoticeSchema } from '../../schemas/activity'
import { ClaimSchema } from '../../schemas/claim'
import { ProblemSchema } from '../../schemas/problem'
import { IdempotencyHeaderSchema, IdParamSchema } from '../../schemas/query'
import { CorrectionInputSchema, ReviewSchema } from '../../schemas/review'
import { ActivityLog } from '../desk/activity'
import { requireReviewer, requireRole } from '../auth/auth'
import type { AppEnv } from '../env'
import { bearerSecurity, jsonResponse, problemResponses } from '../http/openapi'
import { problem } from '../http/problem'
import { correctVerdict, PublishingConflictError, publishVerdict } from '../desk/publishing'
import { ReviewConflictError } from '../store/store'
import { jsonBody, validate, validateParams } from '../http/validation'

/** Largest correction body accepted, in bytes. */
const MAX_CORRECTION_BYTES = 16 * 1024
/** Events per page of an activity log. */
const ACTIVITY_PAGE = 50

const refused = (description: string) => ({
  409: { description, content: { 'application/problem+json': { schema: resolver(ProblemSchema) } } },
})
const Written = v.object({ review: ReviewSchema, claim: ClaimSchema })
const ActivityPageSchema = v.object({ events: v.array(ActivityEventSchema), cursor: v.nullable(v.string()) })
const ActivityQuerySchema = v.object({ cursor: v.optional(v.pipe(v.string(), v.maxLength(2000, 'cursor is not one this API returned'))) })

/** Publishing and correcting verdicts (editors), and the claim's activity log (admins); mounted under /api/claims. */
export const publishing = new Hono<AppEnv>()
  .post(
    '/:id/publish',
    describeRoute({
      tags: ['Publishing'],
      summary: "Publish a claim's proposed verdict",
      description:
        'An editor or admin publishes the latest verdict a reviewer proposed (supported, misleading, refuted or unverifiable), with its explanation and sources: only then does the claim have a ClaimReview. A published verdict is locked; change it with a correction. Send an `Idempotency-Key` to make a retry safe.',
      security: bearerSecurity,
      responses: {
        200: jsonResponse('The verdict is published.', Written),
        ...problemResponses(400, 401, 403, 404, 429, 503),
        ...refused('Already published, no proposed verdict, or the proposal lacks an explanation or a source.'),
      },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    requireRole('editor'),
    validate('header', IdempotencyHeaderSchema),
    async (c) => {
      try {
        const result = await publishVerdict(c.var.store, c.req.valid('param').id, c.var.reviewer, c.req.valid('header')['idempotency-key'])
        if (result === null) return problem(c, 404, 'no claim has this id')
        return c.json({ review: result.review, claim: result.claim }, 200)
      } catch (error) {
        if (error instanceof PublishingConflictError || error instanceof ReviewConflictError) return problem(c, 409, error.message)
        throw error
      }
    },
  )
  .post(
    '/:id/corrections',
    describeRoute({
      tags: ['Publishing'],
      summary: 'Correct a published verdict',
      description:
        'An editor or admin corrects a published verdict: `note` is the public correction note; `status`, `explanation` and `sources` replace what was published. The ClaimReview then carries `dateModified` and every correction; the history keeps what was there before.',
      security: bearerSecurity,
      responses: {
        201: jsonResponse('The correction is recorded.', Written),
        200: jsonResponse('A retry with the same Idempotency-Key: the correction stored before.', Written),
        ...problemResponses(400, 401, 403, 404, 413, 415, 429, 503),
        ...refused('The claim has no published verdict, or the Idempotency-Key was used for another correction.'),
      },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    requireRole('editor'),
    ...jsonBody(MAX_CORRECTION_BYTES),
    validate('header', IdempotencyHeaderSchema),
    validate('json', CorrectionInputSchema),
    async (c) => {
      try {
        const result = await correctVerdict(
          c.var.store,
          c.req.valid('param').id,
          c.var.reviewer,
          c.req.valid('json'),
          c.req.valid('header')['idempotency-key'],
        )
        if (result === null) return problem(c, 404, 'no claim has this id')
        return c.json({ review: result.review, claim: result.claim }, result.replayed ? 200 : 201)
      } catch (error) {
        if (error instanceof PublishingConflictError || error instanceof ReviewConflictError) return problem(c, 409, error.message)
        throw error
      }
    },
  )
  .get(
    '/:id/activity',
    describeRoute({
      tags: ['Publishing'],
      summary: "A claim's activity log",
      description: `Who did what to the claim (reviews, publication, corrections, edits, assignment), oldest first, ${ACTIVITY_PAGE} a page. Admins only.`,
      security: bearerSecurity,
      responses: { 200: jsonResponse('A page of events.', ActivityPageSchema), ...problemResponses(400, 401, 403, 404, 429, 503) },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    requireRole('admin'),
    validate('query', ActivityQuerySchema),
    async (c) => {
      const { id } = c.req.valid('param')
      if ((await c.var.store.getClaim(id)) === null) return problem(c, 404, 'no claim has this id')
      return c.json(await new ActivityLog(c.var.store.kv).claim(id, ACTIVITY_PAGE, c.req.valid('query').cursor ?? null), 200)
    },
  )

/** The desk's activity log (admins) and the public feed of corrections; mounted under /api. */
export const activity = new Hono<AppEnv>()
  .get(
    '/corrections',
    describeRoute({
      tags: ['Publishing'],
      summary: 'Feed of corrections',
      description: `Every correction of a published verdict, newest first, ${ACTIVITY_PAGE} a page (follow \`cursor\` until null): the public note and the verdict before and after. The desk's public corrections policy, as the IFCN asks.`,
      security: [],
      responses: {
        200: jsonResponse(
          'A page of corrections.',
          v.object({ corrections: v.array(CorrectionNoticeSchema), cursor: v.nullable(v.string()) }),
        ),
        ...problemResponses(400, 503),
      },
    }),
    validate('query', ActivityQuerySchema),
    async (c) => c.json(await new ActivityLog(c.var.store.kv).corrections(ACTIVITY_PAGE, c.req.valid('query').cursor ?? null), 200),
  )
  .get(
    '/activity',
    describeRoute({
      tags: ['Publishing'],
      summary: "The desk's activity log",
      description: `Everything members did, newest first, ${ACTIVITY_PAGE} a page (follow \`cursor\` until null). Admins only.`,
      security: bearerSecurity,
      responses: { 200: jsonResponse('A page of events.', ActivityPageSchema), ...problemResponses(400, 401, 403, 429, 503) },
    }),
    requireReviewer,
    requireRole('admin'),
    validate('query', ActivityQuerySchema),
    async (c) => c.json(await new ActivityLog(c.var.store.kv).desk(ACTIVITY_PAGE, c.req.valid('query').cursor ?? null), 200),
  )
