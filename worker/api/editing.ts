import type { Context } from 'hono'
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import * as v from 'valibot'
import { ClaimSchema } from '../../schemas/claim'
import { AssigneeInputSchema, ClaimAddInputSchema, ClaimEditInputSchema, DismissInputSchema } from '../../schemas/editing'
import { ProblemSchema } from '../../schemas/problem'
import { IdParamSchema } from '../../schemas/query'
import { memberNames, requireReviewer } from '../auth/auth'
import { EditInputError } from '../desk/claim-edits'
import { ClaimEditing, EditConflictError, type EditResult } from '../desk/editing'
import type { AppEnv } from '../env'
import { bearerSecurity, jsonResponse, problemResponses } from '../http/openapi'
import { problem } from '../http/problem'
import { jsonBody, validate, validateParams } from '../http/validation'

/** Largest body of a correction, an added claim, a dismissal or an assignment. */
const MAX_EDIT_BYTES = 16 * 1024

const claimBody = v.object({ claim: ClaimSchema })
const problemContent = { 'application/problem+json': { schema: resolver(ProblemSchema) } }
const conflict = (description: string) => ({ 409: { description, content: problemContent } })
/** A body the document allows that cannot apply to this record: 422 (a 400 is a body the document refuses). */
const unprocessable = (description: string) => ({
  422: { description: `${description} \`errors\` names the field.`, content: problemContent },
})

/** Runs a member's change: 404 for an unknown record, 422 naming the field a request cannot apply with, 409 for a conflict. */
async function answer(
  c: Context<AppEnv>,
  change: (editing: ClaimEditing) => Promise<EditResult | null>,
  success: { status: 200 | 201; missing: string } = { status: 200, missing: 'no claim has this id' },
) {
  try {
    const result = await change(new ClaimEditing(c.var.store))
    if (result === null) return problem(c, 404, success.missing)
    return c.json({ claim: result.claim }, success.status)
  } catch (error) {
    if (error instanceof EditInputError)
      return problem(c, 422, 'the request body cannot apply to this record', { errors: [{ field: error.field, message: error.message }] })
    if (error instanceof EditConflictError) return problem(c, 409, error.message)
    throw error
  }
}

/**
 * What members fix by hand (mounted under /api): a claim's span and attribution, a claim the
 * extractor missed, dismissals and assignments. Any member may make them; each is in the activity log.
 */
export const editing = new Hono<AppEnv>()
  .patch(
    '/claims/:id',
    describeRoute({
      tags: ['Editing'],
      summary: "Correct a claim's span or attribution",
      description:
        "Any member. `span` must be text of the claim's sentence (its offsets are recomputed). Attribution fields left out stay as they are; a corrected attribution has `rule: human` and confidence 1, and its mode follows (`outlet` for the outlet's own voice, `reported` when a speaker is given to a claim the outlet made). Corrections are kept over every later extraction and re-seeding; each is an event in the activity log (before → after). A correction that changes nothing records nothing.",
      security: bearerSecurity,
      responses: {
        200: jsonResponse('The claim as corrected.', claimBody),
        ...problemResponses(400, 401, 404, 413, 415, 429, 503),
        ...unprocessable(
          "A span that is not text of the claim's sentence, or an attribution that contradicts itself (the outlet's own voice with a speaker, a named source without one).",
        ),
      },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    ...jsonBody(MAX_EDIT_BYTES),
    validate('json', ClaimEditInputSchema),
    (c) => answer(c, (claims) => claims.edit(c.req.valid('param').id, c.req.valid('json'), c.var.reviewer)),
  )
  .post(
    '/articles/:id/claims',
    describeRoute({
      tags: ['Editing'],
      summary: 'Add a claim the extractor missed',
      description:
        "Any member. Choose the sentence by `sentenceStart` (the offset in the article text it starts at) or `quote` (text that occurs once in the article, inside one sentence), and the checkable part by `span` (by default the quote, or the whole sentence). It is credited as `attribution` says, or to the outlet. The claim gets its sentence's id, `added` names the member, and re-posting the article keeps it as given.",
      security: bearerSecurity,
      responses: {
        201: jsonResponse('The claim added.', claimBody),
        ...problemResponses(400, 401, 404, 413, 415, 429, 503),
        ...unprocessable(
          'No sentence starts at `sentenceStart`; a quote not in the article, found twice or across sentences; a span not in the sentence; an attribution that contradicts itself.',
        ),
        ...conflict('The sentence already is a claim, or an appearance of one.'),
      },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    ...jsonBody(MAX_EDIT_BYTES),
    validate('json', ClaimAddInputSchema),
    (c) =>
      answer(c, (claims) => claims.add(c.req.valid('param').id, c.req.valid('json'), c.var.reviewer), {
        status: 201,
        missing: 'no article has this id',
      }),
  )
  .post(
    '/claims/:id/dismiss',
    describeRoute({
      tags: ['Editing'],
      summary: 'Dismiss a claim as not check-worthy',
      description:
        'Any member, with an optional `reason`. The claim keeps its reviews and history but leaves the queue and the default list (`GET /api/claims?dismissed=true` lists dismissed claims). Dismissing a dismissed claim changes nothing.',
      security: bearerSecurity,
      responses: {
        200: jsonResponse('The claim, dismissed.', claimBody),
        ...problemResponses(400, 401, 404, 413, 415, 429, 503),
      },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    ...jsonBody(MAX_EDIT_BYTES),
    validate('json', DismissInputSchema),
    (c) => answer(c, (claims) => claims.dismiss(c.req.valid('param').id, c.req.valid('json').reason ?? null, c.var.reviewer)),
  )
  .post(
    '/claims/:id/undismiss',
    describeRoute({
      tags: ['Editing'],
      summary: 'Put a dismissed claim back in the queue',
      description: 'Any member; no body. A claim that is not dismissed is unchanged.',
      security: bearerSecurity,
      responses: {
        200: jsonResponse('The claim, back in the queue.', claimBody),
        ...problemResponses(401, 404, 429, 503),
      },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    (c) => answer(c, (claims) => claims.restore(c.req.valid('param').id, c.var.reviewer)),
  )
  .post(
    '/claims/:id/assignee',
    describeRoute({
      tags: ['Editing'],
      summary: 'Assign a claim to a member',
      description:
        'Any member. `name` must be a desk member (a name in REVIEWER_TOKENS); `{ "name": null }` unassigns the claim. `GET /api/claims?assignee=<name>` lists a member\'s claims.',
      security: bearerSecurity,
      responses: {
        200: jsonResponse('The claim with its assignee.', claimBody),
        ...problemResponses(400, 401, 404, 413, 415, 429, 503),
        ...unprocessable('A name that is not a desk member.'),
      },
    }),
    validateParams(IdParamSchema),
    requireReviewer,
    ...jsonBody(MAX_EDIT_BYTES),
    validate('json', AssigneeInputSchema),
    (c) =>
      answer(c, (claims) =>
        claims.assign(c.req.valid('param').id, c.req.valid('json').name, c.var.reviewer, memberNames(c.env.REVIEWER_TOKENS)),
      ),
  )
