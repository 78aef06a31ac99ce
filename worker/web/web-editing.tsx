import { type Context, Hono } from 'hono'
import type { Claim } from '../../schemas/claim'
import type { AttributionEditInput, ClaimEditInput } from '../../schemas/editing'
import { AddClaimForm, type AddFormState, AssigneeForm, DismissForm, EditForm, type EditFormState, formValues } from '../../schemas/forms'
import { IdParamSchema } from '../../schemas/query'
import { memberNames } from '../auth/auth'
import { EditInputError } from '../desk/claim-edits'
import { ClaimEditing, EditConflictError } from '../desk/editing'
import type { AppEnv } from '../env'
import { formField, readableForm, validForm, validPath } from './forms'
import { sessionMember } from '../auth/session'

type PageStatus = 200 | 400 | 401 | 404 | 409

/** How the pages these forms post from are drawn again, with what was refused (web.tsx owns them). */
export interface EditingPages {
  claim(c: Context<AppEnv>, id: string, status: PageStatus, shown: { refused?: string; editing?: EditFormState }): Response | Promise<Response>
  article(c: Context<AppEnv>, id: string, status: PageStatus, adding: AddFormState): Response | Promise<Response>
  /** The 404 pages, for an id that cannot exist. */
  claimNotFound(c: Context<AppEnv>): Response | Promise<Response>
  articleNotFound(c: Context<AppEnv>): Response | Promise<Response>
}

const NOT_SIGNED_IN = 'You are not signed in (or your session ended), so nothing was saved. Sign in in another tab, then save again: your text is kept below.'
const NOT_SIGNED_IN_SHORT = 'You are not signed in (or your session ended), so nothing was changed. Sign in, then try again.'
const UNREADABLE = 'This form could not be read, so nothing was saved.'
const UNREADABLE_SHORT = 'This form could not be read, so nothing was changed.'
const CORRECT_BELOW = 'Nothing was saved: correct the fields marked below.'

/** The correction as the API takes it: only what differs from the claim now; null when nothing does. */
function changesTo(claim: Claim, input: ClaimEditInput): ClaimEditInput | null {
  const attribution = Object.fromEntries(
    Object.entries(input.attribution ?? {}).filter(([field, value]) => value !== claim.attribution[field as keyof AttributionEditInput]),
  )
  const changes = {
    ...(input.span === undefined || input.span === claim.span ? {} : { span: input.span }),
    ...(Object.keys(attribution).length === 0 ? {} : { attribution }),
  }
  return Object.keys(changes).length === 0 ? null : changes
}

/**
 * The forms with which members fix claims on the pages: correct, assign, dismiss or restore a
 * claim, and add one to an article. Each needs a session; without one, or with input that cannot
 * apply, the page comes back with what was typed and nothing is stored.
 */
export function editingForms(pages: EditingPages) {
  const id = (c: Context<AppEnv>) => c.req.param('id') ?? ''
  const claimPath = validPath(IdParamSchema, pages.claimNotFound)
  const refuseClaim = (c: Context<AppEnv>, status: PageStatus, refused: string) => pages.claim(c, id(c), status, { refused })
  /** A form of the claim page refused before anything is tried: without a session (401), else with 400 and why. */
  const claimFormRefused = async (c: Context<AppEnv>, refused: string) =>
    (await sessionMember(c)) === null ? refuseClaim(c, 401, NOT_SIGNED_IN_SHORT) : refuseClaim(c, 400, refused)
  const editRefused = async (c: Context<AppEnv>, state: EditFormState) =>
    (await sessionMember(c)) === null
      ? pages.claim(c, id(c), 401, { editing: { ...state, errors: { form: NOT_SIGNED_IN } } })
      : pages.claim(c, id(c), 400, { editing: { ...state, errors: { ...state.errors, form: CORRECT_BELOW } } })
  const addRefused = async (c: Context<AppEnv>, state: AddFormState) =>
    (await sessionMember(c)) === null
      ? pages.article(c, id(c), 401, { ...state, errors: { form: NOT_SIGNED_IN } })
      : pages.article(c, id(c), 400, { ...state, errors: { ...state.errors, form: CORRECT_BELOW } })

  return new Hono<AppEnv>()
    .post(
      '/claims/:id/edit',
      claimPath,
      readableForm((c) => pages.claim(c, id(c), 400, { editing: { values: formValues(EditForm.fields, {}), errors: { form: UNREADABLE } } })),
      validForm(EditForm, editRefused),
      async (c) => {
        const { id } = c.req.valid('param')
        const { values, input } = c.req.valid('form')
        const member = await sessionMember(c)
        if (member === null) return editRefused(c, { values, errors: {} })
        const claim = await c.var.store.getClaim(id)
        if (claim === null) return pages.claim(c, id, 404, {})
        const changes = changesTo(claim, input)
        if (changes === null) return c.redirect(`/claims/${id}#fix`, 303)
        try {
          await new ClaimEditing(c.var.store).edit(id, changes, member.name)
          return c.redirect(`/claims/${id}#edited`, 303)
        } catch (error) {
          if (!(error instanceof EditInputError)) throw error
          const field = formField(error.field.split('.'), EditForm.fields)
          return pages.claim(c, id, 400, { editing: { values, errors: { ...(field === undefined ? {} : { [field]: error.message }), form: CORRECT_BELOW } } })
        }
      },
    )
    .post('/claims/:id/assignee', claimPath, readableForm((c) => refuseClaim(c, 400, UNREADABLE_SHORT)), validForm(AssigneeForm, (c, _state, problem) => claimFormRefused(c, `Nothing was changed: ${problem}.`)), async (c) => {
      const { id } = c.req.valid('param')
      const { name } = c.req.valid('form').input
      const member = await sessionMember(c)
      if (member === null) return refuseClaim(c, 401, NOT_SIGNED_IN_SHORT)
      try {
        const result = await new ClaimEditing(c.var.store).assign(id, name, member.name, memberNames(c.env.REVIEWER_TOKENS))
        return result === null ? pages.claim(c, id, 404, {}) : c.redirect(`/claims/${id}#assignee`, 303)
      } catch (error) {
        if (!(error instanceof EditInputError)) throw error
        return refuseClaim(c, 400, `Nothing was changed: ${error.message}.`)
      }
    })
    .post('/claims/:id/dismiss', claimPath, readableForm((c) => refuseClaim(c, 400, UNREADABLE_SHORT)), validForm(DismissForm, (c, _state, problem) => claimFormRefused(c, `Nothing was changed: ${problem}.`)), async (c) => {
      const { id } = c.req.valid('param')
      const { reason } = c.req.valid('form').input
      const member = await sessionMember(c)
      if (member === null) return refuseClaim(c, 401, NOT_SIGNED_IN_SHORT)
      const result = await new ClaimEditing(c.var.store).dismiss(id, reason ?? null, member.name)
      return result === null ? pages.claim(c, id, 404, {}) : c.redirect(`/claims/${id}`, 303)
    })
    .post('/claims/:id/undismiss', claimPath, async (c) => {
      const { id } = c.req.valid('param')
      const member = await sessionMember(c)
      if (member === null) return refuseClaim(c, 401, NOT_SIGNED_IN_SHORT)
      const result = await new ClaimEditing(c.var.store).restore(id, member.name)
      return result === null ? pages.claim(c, id, 404, {}) : c.redirect(`/claims/${id}`, 303)
    })
    .post(
      '/articles/:id/claims',
      validPath(IdParamSchema, pages.articleNotFound),
      readableForm((c) => pages.article(c, id(c), 400, { values: formValues(AddClaimForm.fields, {}), errors: { form: UNREADABLE } })),
      validForm(AddClaimForm, addRefused),
      async (c) => {
        const { id } = c.req.valid('param')
        const { values, input } = c.req.valid('form')
        const state: AddFormState = { values, errors: {} }
        const member = await sessionMember(c)
        if (member === null) return addRefused(c, state)
        try {
          const result = await new ClaimEditing(c.var.store).add(id, input, member.name)
          return result === null ? pages.article(c, id, 404, state) : c.redirect(`/claims/${result.claim.id}`, 303)
        } catch (error) {
          if (error instanceof EditInputError) {
            const field = formField(error.field.split('.'), AddClaimForm.fields)
            return pages.article(c, id, 400, { values, errors: { ...(field === undefined ? {} : { [field]: error.message }), form: CORRECT_BELOW } })
          }
          if (error instanceof EditConflictError) return pages.article(c, id, 409, { values, errors: { form: `Nothing was added: ${error.message}.` } })
          throw error
        }
      },
    )
}
