import { type Context, Hono } from 'hono'
import * as v from 'valibot'
import { type Attribution, EDITABLE_ATTRIBUTION_FIELDS } from '../../schemas/claim'
import { ClaimAddInputSchema, ClaimEditInputSchema, DismissInputSchema } from '../../schemas/editing'
import { memberNames } from '../auth/auth'
import { EditInputError } from '../desk/claim-edits'
import { ClaimEditing, EditConflictError } from '../desk/editing'
import type { AppEnv } from '../env'
import { formFields, pathId } from './forms'
import type { AddFormState, AttributionFormValues, EditFormState } from './pages/editing'
import { sessionMember } from '../auth/session'

type PageStatus = 200 | 400 | 401 | 404 | 409

/** How the pages these forms post from are drawn again, with what was refused (web.tsx owns them). */
export interface EditingPages {
  claim(c: Context<AppEnv>, id: string, status: PageStatus, shown: { refused?: string; editing?: EditFormState }): Response | Promise<Response>
  article(c: Context<AppEnv>, id: string, status: PageStatus, adding: AddFormState): Response | Promise<Response>
}

const NOT_SIGNED_IN = 'You are not signed in (or your session ended), so nothing was saved. Sign in in another tab, then save again: your text is kept below.'
const NOT_SIGNED_IN_SHORT = 'You are not signed in (or your session ended), so nothing was changed. Sign in, then try again.'
const UNREADABLE = 'This form could not be read, so nothing was saved.'
const CORRECT_BELOW = 'Nothing was saved: correct the fields marked below.'

type FormErrors = Partial<Record<string, string>>

/** The form field an input path names: the API's `attribution.speaker` is the form's `speaker`. */
const formField = (path: string) => path.replace(/^attribution\./, '')

/** Each invalid field's first message, under its form field's name. */
function issueErrors(issues: readonly v.BaseIssue<unknown>[]): FormErrors {
  const errors: FormErrors = {}
  for (const issue of issues) errors[formField(v.getDotPath(issue) ?? 'form')] ??= issue.message
  return errors
}

/** The attribution fields as typed, an empty one meaning none; with `current`, only those that differ from it. */
function attributionInput(values: AttributionFormValues, current: Attribution | null): Record<string, string | null> {
  const input: Record<string, string | null> = {}
  for (const field of EDITABLE_ATTRIBUTION_FIELDS) {
    const typed = values[field].trim()
    const value = typed === '' && field !== 'speakerType' ? null : typed
    if (current === null || value !== current[field]) input[field] = value
  }
  return input
}

/** The form's fields as sent, each of `names` a string. */
function valuesOf<const Name extends string>(body: Record<string, string> | null, names: readonly Name[]): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, body?.[name] ?? ''])) as Record<Name, string>
}

/**
 * The forms with which members fix claims on the pages: correct, assign, dismiss or restore a
 * claim, and add one to an article. Each needs a session; without one, or with input that cannot
 * apply, the page comes back with what was typed and nothing is stored.
 */
export function editingForms(pages: EditingPages) {
  return new Hono<AppEnv>()
    .post('/claims/:id/edit', async (c) => {
      const id = pathId(c.req.param('id'))
      const body = await formFields(c)
      const state: EditFormState = { values: valuesOf(body, ['span', ...EDITABLE_ATTRIBUTION_FIELDS]), errors: {} }
      const member = await sessionMember(c)
      if (body === null || member === null) return pages.claim(c, id, body === null ? 400 : 401, { editing: { ...state, errors: { form: body === null ? UNREADABLE : NOT_SIGNED_IN } } })
      const claim = await c.var.store.getClaim(id)
      if (claim === null) return pages.claim(c, id, 404, {})
      const attribution = attributionInput(state.values, claim.attribution)
      const input = {
        ...(state.values.span.trim() === claim.span ? {} : { span: state.values.span }),
        ...(Object.keys(attribution).length === 0 ? {} : { attribution }),
      }
      if (Object.keys(input).length === 0) return c.redirect(`/claims/${id}#fix`, 303)
      const parsed = v.safeParse(ClaimEditInputSchema, input)
      if (!parsed.success) return pages.claim(c, id, 400, { editing: { ...state, errors: { ...issueErrors(parsed.issues), form: CORRECT_BELOW } } })
      try {
        await new ClaimEditing(c.var.store).edit(id, parsed.output, member.name)
        return c.redirect(`/claims/${id}#edited`, 303)
      } catch (error) {
        if (!(error instanceof EditInputError)) throw error
        return pages.claim(c, id, 400, { editing: { ...state, errors: { [formField(error.field)]: error.message, form: CORRECT_BELOW } } })
      }
    })
    .post('/claims/:id/assignee', async (c) => {
      const id = pathId(c.req.param('id'))
      const body = await formFields(c)
      const member = await sessionMember(c)
      if (member === null) return pages.claim(c, id, 401, { refused: NOT_SIGNED_IN_SHORT })
      const name = body?.name?.trim() ?? ''
      try {
        const result = await new ClaimEditing(c.var.store).assign(id, name === '' ? null : name, member.name, memberNames(c.env.REVIEWER_TOKENS))
        return result === null ? pages.claim(c, id, 404, {}) : c.redirect(`/claims/${id}#assignee`, 303)
      } catch (error) {
        if (!(error instanceof EditInputError)) throw error
        return pages.claim(c, id, 400, { refused: `Nothing was changed: ${error.message}.` })
      }
    })
    .post('/claims/:id/dismiss', async (c) => {
      const id = pathId(c.req.param('id'))
      const reason = (await formFields(c))?.reason?.trim() ?? ''
      const member = await sessionMember(c)
      if (member === null) return pages.claim(c, id, 401, { refused: NOT_SIGNED_IN_SHORT })
      const parsed = v.safeParse(DismissInputSchema, reason === '' ? {} : { reason })
      if (!parsed.success) return pages.claim(c, id, 400, { refused: `Nothing was changed: ${parsed.issues[0]?.message}.` })
      const result = await new ClaimEditing(c.var.store).dismiss(id, parsed.output.reason ?? null, member.name)
      return result === null ? pages.claim(c, id, 404, {}) : c.redirect(`/claims/${id}`, 303)
    })
    .post('/claims/:id/undismiss', async (c) => {
      const id = pathId(c.req.param('id'))
      const member = await sessionMember(c)
      if (member === null) return pages.claim(c, id, 401, { refused: NOT_SIGNED_IN_SHORT })
      const result = await new ClaimEditing(c.var.store).restore(id, member.name)
      return result === null ? pages.claim(c, id, 404, {}) : c.redirect(`/claims/${id}`, 303)
    })
    .post('/articles/:id/claims', async (c) => {
      const id = pathId(c.req.param('id'))
      const body = await formFields(c)
      const state: AddFormState = { values: valuesOf(body, ['sentenceStart', 'span', ...EDITABLE_ATTRIBUTION_FIELDS]), errors: {} }
      const member = await sessionMember(c)
      if (body === null || member === null) return pages.article(c, id, body === null ? 400 : 401, { ...state, errors: { form: body === null ? UNREADABLE : NOT_SIGNED_IN } })
      const { sentenceStart, span } = state.values
      const input = {
        sentenceStart: /^\d{1,9}$/.test(sentenceStart) ? Number(sentenceStart) : sentenceStart,
        ...(span.trim() === '' ? {} : { span }),
        attribution: attributionInput(state.values, null),
      }
      const parsed = v.safeParse(ClaimAddInputSchema, input)
      if (!parsed.success) return pages.article(c, id, 400, { ...state, errors: { ...issueErrors(parsed.issues), form: CORRECT_BELOW } })
      try {
        const result = await new ClaimEditing(c.var.store).add(id, parsed.output, member.name)
        return result === null ? pages.article(c, id, 404, state) : c.redirect(`/claims/${result.claim.id}`, 303)
      } catch (error) {
        if (error instanceof EditInputError) return pages.article(c, id, 400, { ...state, errors: { [formField(error.field)]: error.message, form: CORRECT_BELOW } })
        if (error instanceof EditConflictError) return pages.article(c, id, 409, { ...state, errors: { form: `Nothing was added: ${error.message}.` } })
        throw error
      }
    })
}
