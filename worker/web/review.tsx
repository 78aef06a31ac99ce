import { type Context, Hono } from 'hono'
import { CorrectionForm, ReviewForm, type ReviewFormState } from '../../schemas/forms'
import { hasRole } from '../../schemas/member'
import { sessionMember, sessionReviewer } from '../auth/session'
import { ActivityLog, reviewSummary } from '../desk/activity'
import { correctVerdict, PublishingConflictError, publishVerdict } from '../desk/publishing'
import type { AppEnv } from '../env'
import { ReviewConflictError } from '../store/store'
import { CORRECT_BELOW, NOT_SIGNED_IN, pathId, readableForm, validForm } from './forms'
import { claimPath, renderClaim } from './render'

/** The review form as sent, with a key of its own when it came without one. */
function withIdempotencyKey(state: ReviewFormState): ReviewFormState {
  return { ...state, values: { ...state.values, idempotencyKey: state.values.idempotencyKey || crypto.randomUUID() } }
}

/** The review form again after it was refused: without a session (401), or with a field to correct (400). */
async function reviewRefused(c: Context<AppEnv>, state: ReviewFormState) {
  const id = pathId(c)
  if ((await sessionReviewer(c)) === null) return renderClaim(c, id, 401, { form: { ...state, errors: { form: NOT_SIGNED_IN } } })
  return renderClaim(c, id, 400, { form: { ...state, errors: { ...state.errors, form: CORRECT_BELOW } } })
}

/** The signed-in editor's name; else the claim page saying why this member may not publish or correct a verdict. */
async function signedInEditor(c: Context<AppEnv>, id: string): Promise<string | Response> {
  const member = await sessionMember(c)
  if (member === null)
    return renderClaim(c, id, 401, { editorRefused: 'You are not signed in (or your session ended), so nothing was published.' })
  if (!hasRole(member.role, 'editor')) return renderClaim(c, id, 403, { editorRefused: 'Only an editor publishes or corrects a verdict.' })
  return member.name
}

/** An editor's form refused before anything is tried: as any editor action is refused, else with `status` and why. */
async function editorFormRefused(c: Context<AppEnv>, status: 400 | 409, editorRefused: string) {
  const id = pathId(c)
  const editor = await signedInEditor(c, id)
  return editor instanceof Response ? editor : renderClaim(c, id, status, { editorRefused })
}

const editorFormUnreadable = (c: Context<AppEnv>) => editorFormRefused(c, 400, 'This form could not be read, so nothing was published.')

/** An editor's publication or correction from the claim page: refused with the page and its reason unless it can be made. */
async function editorAction(c: Context<AppEnv>, id: string, act: (editor: string) => Promise<unknown>) {
  const editor = await signedInEditor(c, id)
  if (editor instanceof Response) return editor
  try {
    if ((await act(editor)) === null) return renderClaim(c, id, 404)
    return c.redirect(`/claims/${id}#verdict`, 303)
  } catch (error) {
    if (!(error instanceof PublishingConflictError || error instanceof ReviewConflictError)) throw error
    return renderClaim(c, id, 409, { editorRefused: `Nothing was published: ${error.message}.` })
  }
}

/** The claim page's verdict forms: a member's review, an editor's publication and correction. */
export const reviewForms = new Hono<AppEnv>()
  .post(
    '/claims/:id/review',
    claimPath,
    readableForm((c) => {
      c.status(400)
      return c.render(
        <p class="alert">
          This form could not be read. <a href={`/claims/${pathId(c)}`}>Back to the claim</a>
        </p>,
        { title: 'Form not readable', reviewer: null },
      )
    }),
    validForm(ReviewForm, (c, state) => reviewRefused(c, withIdempotencyKey(state))),
    async (c) => {
      const { id } = c.req.valid('param')
      const { values, input } = c.req.valid('form')
      const state = withIdempotencyKey({ values, errors: {} })
      const reviewer = await sessionReviewer(c)
      if (reviewer === null) return reviewRefused(c, state)
      try {
        const result = await c.var.store.addReview(id, reviewer, input, state.values.idempotencyKey.slice(0, 200))
        if (result === null) return renderClaim(c, id)
        if (!result.replayed)
          await new ActivityLog(c.var.store.kv).record('review', result.claim.id, reviewer, reviewSummary(result.review))
        return c.redirect(`/claims/${id}?saved=1#history`, 303)
      } catch (error) {
        if (!(error instanceof ReviewConflictError)) throw error
        // The form was already used for a different review (back button): keep the text, issue a fresh form.
        const form =
          'This form was already used to save a review, so nothing was saved. Your text is kept below: save again to add it as a new review.'
        return renderClaim(c, id, 409, { form: { values: { ...values, idempotencyKey: crypto.randomUUID() }, errors: { form } } })
      }
    },
  )
  .post('/claims/:id/publish', claimPath, readableForm(editorFormUnreadable), (c) => {
    const { id } = c.req.valid('param')
    return editorAction(c, id, (editor) => publishVerdict(c.var.store, id, editor))
  })
  .post(
    '/claims/:id/correct',
    claimPath,
    readableForm(editorFormUnreadable),
    validForm(CorrectionForm, (c, _state, problem) => editorFormRefused(c, 409, `Nothing was published: ${problem}.`)),
    (c) => {
      const { id } = c.req.valid('param')
      const { input } = c.req.valid('form')
      return editorAction(c, id, (editor) => correctVerdict(c.var.store, id, editor, input))
    },
  )
