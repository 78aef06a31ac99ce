import { type Context, Hono } from 'hono'
import type { Claim } from '../../schemas/claim'
import type { AttributionEditInput, ClaimEditInput } from '../../schemas/editing'
import {
  AddClaimForm,
  type AddFormState,
  AssigneeForm,
  DismissForm,
  EditForm,
  type EditFormState,
  type FormState,
  formValues,
} from '../../schemas/forms'
import { memberNames } from '../auth/auth'
import { EditInputError } from '../desk/claim-edits'
import { ClaimEditing, EditConflictError } from '../desk/editing'
import type { AppEnv } from '../env'
import { CORRECT_BELOW, formField, NOT_SIGNED_IN, NOT_SIGNED_IN_SHORT, pathId, readableForm, UNREADABLE, validForm } from './forms'
import { sessionMember } from '../auth/session'
import { articlePath, claimPath, renderArticle, renderClaim } from './render'

const UNREADABLE_SHORT = 'This form could not be read, so nothing was changed.'

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

/** The desk's refusal of one field (`attribution.speaker`), under the form field it names. */
function refusedField<Field extends string>(error: EditInputError, fields: readonly Field[]): FormState<Field>['errors'] {
  const field = formField(error.field.split('.'), fields)
  const errors: FormState<Field>['errors'] = {}
  if (field !== undefined) errors[field] = error.message
  errors.form = CORRECT_BELOW
  return errors
}

const claimRefused = (c: Context<AppEnv>, status: 400 | 401, refused: string) => renderClaim(c, pathId(c), status, { refused })

/** A workflow form of the claim page refused before anything is tried: without a session (401), else with 400 and why. */
async function workflowRefused(c: Context<AppEnv>, refused: string) {
  return (await sessionMember(c)) === null ? claimRefused(c, 401, NOT_SIGNED_IN_SHORT) : claimRefused(c, 400, refused)
}

/** The correction form again after it was refused: without a session (401), or with a field to correct (400). */
async function editRefused(c: Context<AppEnv>, state: EditFormState) {
  if ((await sessionMember(c)) === null) return renderClaim(c, pathId(c), 401, { editing: { ...state, errors: { form: NOT_SIGNED_IN } } })
  return renderClaim(c, pathId(c), 400, { editing: { ...state, errors: { ...state.errors, form: CORRECT_BELOW } } })
}

/** The add form again after it was refused: without a session (401), or with a field to correct (400). */
async function addRefused(c: Context<AppEnv>, state: AddFormState) {
  if ((await sessionMember(c)) === null) return renderArticle(c, pathId(c), 401, { ...state, errors: { form: NOT_SIGNED_IN } })
  return renderArticle(c, pathId(c), 400, { ...state, errors: { ...state.errors, form: CORRECT_BELOW } })
}

/**
 * The forms with which members fix claims on the pages: correct, assign, dismiss or restore a
 * claim, and add one to an article. Each needs a session; without one, or with input that cannot
 * apply, the page comes back with what was typed and nothing is stored.
 */
export const editingForms = new Hono<AppEnv>()
  .post(
    '/claims/:id/edit',
    claimPath,
    readableForm((c) =>
      renderClaim(c, pathId(c), 400, { editing: { values: formValues(EditForm.fields, {}), errors: { form: UNREADABLE } } }),
    ),
    validForm(EditForm, editRefused),
    async (c) => {
      const { id } = c.req.valid('param')
      const { values, input } = c.req.valid('form')
      const member = await sessionMember(c)
      if (member === null) return editRefused(c, { values, errors: {} })
      const claim = await c.var.store.getClaim(id)
      if (claim === null) return renderClaim(c, id, 404)
      const changes = changesTo(claim, input)
      if (changes === null) return c.redirect(`/claims/${id}#fix`, 303)
      try {
        await new ClaimEditing(c.var.store).edit(id, changes, member.name)
        return c.redirect(`/claims/${id}#edited`, 303)
      } catch (error) {
        if (!(error instanceof EditInputError)) throw error
        return renderClaim(c, id, 400, { editing: { values, errors: refusedField(error, EditForm.fields) } })
      }
    },
  )
  .post(
    '/claims/:id/assignee',
    claimPath,
    readableForm((c) => claimRefused(c, 400, UNREADABLE_SHORT)),
    validForm(AssigneeForm, (c, _state, problem) => workflowRefused(c, `Nothing was changed: ${problem}.`)),
    async (c) => {
      const { id } = c.req.valid('param')
      const { name } = c.req.valid('form').input
      const member = await sessionMember(c)
      if (member === null) return claimRefused(c, 401, NOT_SIGNED_IN_SHORT)
      try {
        const result = await new ClaimEditing(c.var.store).assign(id, name, member.name, memberNames(c.env.REVIEWER_TOKENS))
        return result === null ? renderClaim(c, id, 404) : c.redirect(`/claims/${id}#assignee`, 303)
      } catch (error) {
        if (!(error instanceof EditInputError)) throw error
        return claimRefused(c, 400, `Nothing was changed: ${error.message}.`)
      }
    },
  )
  .post(
    '/claims/:id/dismiss',
    claimPath,
    readableForm((c) => claimRefused(c, 400, UNREADABLE_SHORT)),
    validForm(DismissForm, (c, _state, problem) => workflowRefused(c, `Nothing was changed: ${problem}.`)),
    async (c) => {
      const { id } = c.req.valid('param')
      const { reason } = c.req.valid('form').input
      const member = await sessionMember(c)
      if (member === null) return claimRefused(c, 401, NOT_SIGNED_IN_SHORT)
      const result = await new ClaimEditing(c.var.store).dismiss(id, reason ?? null, member.name)
      return result === null ? renderClaim(c, id, 404) : c.redirect(`/claims/${id}`, 303)
    },
  )
  .post('/claims/:id/undismiss', claimPath, async (c) => {
    const { id } = c.req.valid('param')
    const member = await sessionMember(c)
    if (member === null) return claimRefused(c, 401, NOT_SIGNED_IN_SHORT)
    const result = await new ClaimEditing(c.var.store).restore(id, member.name)
    return result === null ? renderClaim(c, id, 404) : c.redirect(`/claims/${id}`, 303)
  })
  .post(
    '/articles/:id/claims',
    articlePath,
    readableForm((c) => renderArticle(c, pathId(c), 400, { values: formValues(AddClaimForm.fields, {}), errors: { form: UNREADABLE } })),
    validForm(AddClaimForm, addRefused),
    async (c) => {
      const { id } = c.req.valid('param')
      const { values, input } = c.req.valid('form')
      const state: AddFormState = { values, errors: {} }
      const member = await sessionMember(c)
      if (member === null) return addRefused(c, state)
      try {
        const result = await new ClaimEditing(c.var.store).add(id, input, member.name)
        return result === null ? renderArticle(c, id, 404, state) : c.redirect(`/claims/${result.claim.id}`, 303)
      } catch (error) {
        if (error instanceof EditInputError) return renderArticle(c, id, 400, { values, errors: refusedField(error, AddClaimForm.fields) })
        if (error instanceof EditConflictError)
          return renderArticle(c, id, 409, { values, errors: { form: `Nothing was added: ${error.message}.` } })
        throw error
      }
    },
  )
