import { type Context, Hono } from 'hono'
import { AppearancePathSchema, DecisionForm, MergeForm, SuggestionPathSchema } from '../../schemas/forms'
import { sessionReviewer } from '../auth/session'
import { Curation, CurationConflictError } from '../desk/curation'
import type { AppEnv } from '../env'
import { NOT_SIGNED_IN_SHORT, pathId, readableForm, validForm, validPath } from './forms'
import { claimNotFound, claimPath, renderClaim } from './render'

/**
 * Runs one grouping change: needs a session, redirects to the claim that holds the sentences
 * after it, and shows a refused change on the claim page with nothing changed.
 */
async function curate(c: Context<AppEnv>, id: string, change: (curation: Curation, reviewer: string) => Promise<string | null>) {
  const reviewer = await sessionReviewer(c)
  if (reviewer === null) return renderClaim(c, id, 401, { refused: NOT_SIGNED_IN_SHORT })
  try {
    const next = await change(new Curation(c.var.store), reviewer)
    if (next === null)
      return renderClaim(c, id, 404, { refused: 'Nothing was changed: one of the claims or appearances does not exist (any more).' })
    return c.redirect(`/claims/${next}#appearances`, 303)
  } catch (error) {
    if (!(error instanceof CurationConflictError)) throw error
    return renderClaim(c, id, 409, { refused: `Nothing was changed: ${error.message}.` })
  }
}

/** A grouping form refused before anything is tried: the claim page with why. */
const refusedAs = (refused: string) => (c: Context<AppEnv>) => renderClaim(c, pathId(c), 400, { refused })
const decisionRefused = refusedAs('Nothing was changed: choose "Same claim" or "Not the same".')
const mergeRefused = refusedAs('Nothing was changed: give the id of the claim to merge into (as in its address, /claims/…).')

/** The grouping forms of the claim page: split an appearance off, decide a suggestion, merge into another claim. */
export const curationForms = new Hono<AppEnv>()
  .post('/claims/:id/appearances/:appearanceId/split', validPath(AppearancePathSchema, claimNotFound), (c) => {
    const { id, appearanceId } = c.req.valid('param')
    return curate(c, id, async (curation, reviewer) => (await curation.split(id, appearanceId, reviewer))?.split.id ?? null)
  })
  .post(
    '/claims/:id/suggestions/:otherId',
    validPath(SuggestionPathSchema, claimNotFound),
    readableForm(decisionRefused),
    validForm(DecisionForm, decisionRefused),
    (c) => {
      const { id, otherId } = c.req.valid('param')
      const { decision } = c.req.valid('form').input
      return curate(c, id, async (curation, reviewer) => {
        const result = await curation.decide(id, otherId, decision, reviewer)
        return result === null ? null : (result.claim?.id ?? id)
      })
    },
  )
  .post('/claims/:id/merge', claimPath, readableForm(mergeRefused), validForm(MergeForm, mergeRefused), (c) => {
    const { id } = c.req.valid('param')
    const { into } = c.req.valid('form').input
    return curate(c, id, async (curation, reviewer) => (await curation.merge(id, into, reviewer))?.id ?? null)
  })
