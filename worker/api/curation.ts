import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import * as v from 'valibot'
import { AppearanceSchema, ClaimSchema } from '../../schemas/claim'
import { CurationEventSchema, MergeInputSchema, SuggestionDecisionInputSchema, SuggestionSchema } from '../../schemas/curation'
import { ProblemSchema } from '../../schemas/problem'
import { AppearancePageQuerySchema, AppearanceParamSchema, IdParamSchema, SuggestionParamSchema } from '../../schemas/query'
import { APPEARANCES_CURSOR, decodeCursor, encodeCursor } from '../store/cursor'
import { APPEARANCE_PAGE, AppearanceStore } from '../desk/appearances'
import { requireReviewer } from '../auth/auth'
import { Curation, CurationConflictError, MAX_MERGED_APPEARANCES } from '../desk/curation'
import type { AppEnv } from '../env'
import { cachedJson } from '../http/http-cache'
import { bearerSecurity, cacheableResponses, conditionalGet, jsonResponse, problemResponses } from '../http/openapi'
import { problem } from '../http/problem'
import { jsonBody, validate, validateParams } from '../http/validation'

/** Largest body of a merge or a decision: a claim id or a word. */
const MAX_CURATION_BYTES = 1024

const conflict = (description: string) => ({
  409: { description, content: { 'application/problem+json': { schema: resolver(ProblemSchema) } } },
})

/**
 * A claim's appearances, its suggested matches, and the reviewer's merges and splits (mounted
 * under /api/claims). Writes need a reviewer token and are recorded as events.
 */
export const curation = new Hono<AppEnv>()
  .get(
    '/:id/appearances',
    describeRoute({
      tags: ['Appearances'],
      summary: "List a claim's appearances",
      description: `Every sentence that makes the claim, in this and other articles, each with its own article, sentence, offsets, attribution and outlet, ${APPEARANCE_PAGE} a page (follow \`cursor\` until null). The claim itself holds its earliest appearances by publication date.`,
      security: [],
      parameters: conditionalGet,
      responses: {
        ...cacheableResponses(
          'A page of appearances.',
          v.object({ appearances: v.array(AppearanceSchema), cursor: v.nullable(v.string()) }),
        ),
        ...problemResponses(400, 404, 503),
      },
    }),
    validateParams(IdParamSchema),
    validate('query', AppearancePageQuerySchema),
    async (c) => {
      const claim = await c.var.store.getClaim(c.req.valid('param').id)
      if (claim === null) return problem(c, 404, 'no claim has this id')
      const given = c.req.valid('query').cursor
      const kvCursor = given === undefined ? null : (decodeCursor(given, ...APPEARANCES_CURSOR)[0] as string)
      const page = await new AppearanceStore(c.var.store).page(claim, kvCursor)
      return cachedJson(c, {
        appearances: page.appearances,
        cursor: page.cursor === null ? null : encodeCursor([APPEARANCES_CURSOR[0], page.cursor]),
      })
    },
  )
  .get(
    '/:id/suggestions',
    describeRoute({
      tags: ['Appearances'],
      summary: 'Claims this one may be',
      description:
        'Stored claims found on ingest whose numbers, entities and negation agree with this one and whose words overlap, undecided first. A reviewer confirms (the newer claim joins the other) or rejects each.',
      security: [],
      parameters: conditionalGet,
      responses: {
        ...cacheableResponses('The suggestions.', v.object({ suggestions: v.array(SuggestionSchema) })),
        ...problemResponses(404, 503),
      },
    }),
    validateParams(IdParamSchema),
    async (c) => {
      const { id } = c.req.valid('param')
      if ((await c.var.store.getClaim(id)) === null) return problem(c, 404, 'no claim has this id')
      return cachedJson(c, { suggestions: await new Curation(c.var.store).suggestions(id) })
    },
  )
  .get(
    '/:id/events',
    describeRoute({
      tags: ['Appearances'],
      summary: "A claim's merges, splits and decided suggestions",
      description: 'Every merge, split and decided suggestion that involved the claim, oldest first; none for an id no claim ever had.',
      security: [],
      parameters: conditionalGet,
      responses: {
        ...cacheableResponses('The events, oldest first.', v.object({ events: v.array(CurationEventSchema) })),
        ...problemResponses(404, 503),
      },
    }),
    validateParams(IdParamSchema),
    async (c) => cachedJson(c, { events: await new Curation(c.var.store).events(c.req.valid('param').id) }),
  )
  .post(
    '/:id/suggestions/:otherId',
    describeRoute({
      tags: ['Appearances'],
      summary: 'Confirm or reject a suggested match',
      description:
        'Body `{ "decision": "confirmed" }` merges the claim the suggestion was made for into the other one, its reviews kept; `"rejected"` keeps them apart. Sending the same decision again answers 200 and changes nothing.',
      security: bearerSecurity,
      responses: {
        200: jsonResponse(
          'The decided suggestion and the claim that holds the sentences now.',
          v.object({ suggestion: SuggestionSchema, claim: v.nullable(ClaimSchema) }),
        ),
        ...problemResponses(400, 401, 404, 413, 415, 503),
        ...conflict('The suggestion was already decided the other way.'),
      },
    }),
    validateParams(SuggestionParamSchema),
    requireReviewer,
    ...jsonBody(MAX_CURATION_BYTES),
    validate('json', SuggestionDecisionInputSchema),
    async (c) => {
      const { id, otherId } = c.req.valid('param')
      try {
        const result = await new Curation(c.var.store).decide(id, otherId, c.req.valid('json').decision, c.var.reviewer)
        if (result === null) return problem(c, 404, 'this claim has no suggestion of that claim')
        return c.json(result, 200)
      } catch (error) {
        if (error instanceof CurationConflictError) return problem(c, 409, error.message)
        throw error
      }
    },
  )
  .post(
    '/:id/merge',
    describeRoute({
      tags: ['Appearances'],
      summary: 'Merge this claim into another',
      description: `Body \`{ "into": "<claim id>" }\`. Every appearance of this claim becomes one of the other, its reviews are copied there (and kept here), and this id then answers 404; re-posting its article keeps the merge. Recorded as an event on both. A claim with more than ${MAX_MERGED_APPEARANCES} appearances is refused with 409.`,
      security: bearerSecurity,
      responses: {
        200: jsonResponse('The claim both are now.', v.object({ claim: ClaimSchema })),
        ...problemResponses(400, 401, 404, 413, 415, 503),
        ...conflict('A claim into itself, or one too large to merge in one request.'),
      },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    ...jsonBody(MAX_CURATION_BYTES),
    validate('json', MergeInputSchema),
    async (c) => {
      try {
        const claim = await new Curation(c.var.store).merge(c.req.valid('param').id, c.req.valid('json').into, c.var.reviewer)
        if (claim === null) return problem(c, 404, 'no claim has one of these ids')
        return c.json({ claim }, 200)
      } catch (error) {
        if (error instanceof CurationConflictError) return problem(c, 409, error.message)
        throw error
      }
    },
  )
  .post(
    '/:id/appearances/:appearanceId/split',
    describeRoute({
      tags: ['Appearances'],
      summary: 'Split an appearance off into a claim of its own',
      description:
        "The appearance becomes a claim with its sentence's id, unreviewed (or with the reviews it had as a claim before a merge); this claim keeps its reviews. Re-posting the article keeps the split. Recorded as an event on both.",
      security: bearerSecurity,
      responses: {
        201: jsonResponse('The claim, and the claim split off it.', v.object({ claim: ClaimSchema, split: ClaimSchema })),
        ...problemResponses(401, 404, 503),
        ...conflict("The claim's own sentence, which stays with it."),
      },
    }),
    validateParams(AppearanceParamSchema),
    requireReviewer,
    async (c) => {
      const { id, appearanceId } = c.req.valid('param')
      try {
        const result = await new Curation(c.var.store).split(id, appearanceId, c.var.reviewer)
        if (result === null) return problem(c, 404, 'this claim has no appearance with that id')
        return c.json(result, 201)
      } catch (error) {
        if (error instanceof CurationConflictError) return problem(c, 409, error.message)
        throw error
      }
    },
  )
