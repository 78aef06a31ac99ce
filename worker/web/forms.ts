import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { validator } from 'hono-openapi'
import { type FormState, formValues } from '../../schemas/forms'
import type { AppEnv } from '../env'
import { errorResponse } from './errors'

type PageAnswer = Response | Promise<Response>

/** Refused with 413 over `maxBytes`, before anything is parsed. */
export function formLimit(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => errorResponse(c, 413, `this form sent more than ${maxBytes / 1024} KiB, so nothing was read or saved`),
  })
}

/** The form field a path names: the first of its keys that is one of `fields` (`attribution.speaker` is the form's `speaker`). */
export function formField<Field extends string>(path: readonly unknown[], fields: readonly Field[]): Field | undefined {
  return path.find((key): key is Field => fields.includes(key as Field))
}

/** Each invalid field's first message, under the form field its path names. */
export function formErrors<Field extends string>(
  issues: readonly StandardSchemaV1.Issue[],
  fields: readonly Field[],
): FormState<Field>['errors'] {
  const errors: FormState<Field>['errors'] = {}
  for (const issue of issues) {
    const field = formField(
      (issue.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment)),
      fields,
    )
    if (field !== undefined) errors[field] ??= issue.message
  }
  return errors
}

/**
 * Validates a page form with hono-openapi's validator, as the API validates its bodies: the
 * route reads `c.req.valid('form')`, the fields as typed and the input they make. Invalid
 * input goes to `refuse` with each field's first message and the first message of all, so the
 * page comes back with everything typed and nothing stored.
 */
export function validForm<Field extends string, Schema extends StandardSchemaV1>(
  form: { fields: readonly Field[]; schema: Schema },
  refuse: (c: Context<AppEnv>, state: FormState<Field>, problem: string) => PageAnswer,
) {
  return validator('form', form.schema, (result, c: Context<AppEnv>) => {
    if (result.success) return
    const state = { values: formValues(form.fields, result.data), errors: formErrors(result.error, form.fields) }
    return refuse(c, state, result.error[0]?.message ?? 'the form is not valid')
  })
}

/** Validates a page's path; an id that cannot exist gets the page's 404, `notFound`. */
export function validPath<Schema extends StandardSchemaV1>(schema: Schema, notFound: (c: Context<AppEnv>) => PageAnswer) {
  return validator('param', schema, (result, c: Context<AppEnv>) => {
    if (!result.success) return notFound(c)
  })
}

/** The record id in a page's path, in a hook or answer that runs after `validPath` accepted it. */
export const pathId = (c: Context<AppEnv>) => c.req.param('id') ?? ''

/** Answers a form body that cannot be read at all (a broken multipart body) with the page's `unreadable`, before a validator reads it. */
export function readableForm(unreadable: (c: Context<AppEnv>) => PageAnswer) {
  return createMiddleware<AppEnv>(async (c, next) => {
    try {
      // Cached: the form validator after this reads the same parse.
      await c.req.parseBody()
    } catch {
      return unreadable(c)
    }
    await next()
  })
}

/** Why a form post stored nothing, as its page says it. */
export const NOT_SIGNED_IN =
  'You are not signed in (or your session ended), so nothing was saved. Sign in in another tab, then save again: your text is kept below.'
export const NOT_SIGNED_IN_SHORT = 'You are not signed in (or your session ended), so nothing was changed. Sign in, then try again.'
export const CORRECT_BELOW = 'Nothing was saved: correct the fields marked below.'
export const UNREADABLE = 'This form could not be read, so nothing was saved.'
