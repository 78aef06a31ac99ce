import * as v from 'valibot'
import { chosenArticleInputSchema } from './article'
import { EDITABLE_ATTRIBUTION_FIELDS } from './claim'
import { HttpUrlSchema, IdSchema } from './common'
import { MergeInputSchema, SuggestionDecisionInputSchema } from './curation'
import { ClaimAddInputSchema, ClaimEditInputSchema, DismissInputSchema } from './editing'
import { ClaimPageQuerySchema, CursorSchema } from './query'
import { CorrectionInputSchema, NEEDS_STATUS_OR_NOTE, ReviewInputSchema } from './review'

/** What a page form shows: the fields as typed, and each invalid field's message (`form`: the whole form's). */
export interface FormState<Field extends string> {
  values: Record<Field, string>
  errors: Partial<Record<Field | 'form', string>>
}

/** One value per field, as a browser's form post holds it: the last one sent; '' for none, or for a file. */
export function formValues<const Field extends string>(fields: readonly Field[], sent: unknown): Record<Field, string> {
  const body: Partial<Record<string, unknown>> = typeof sent === 'object' && sent !== null ? sent : {}
  const fieldValue = (field: Field) => {
    const value = body[field]
    const last: unknown = Array.isArray(value) ? value.at(-1) : value
    return typeof last === 'string' ? last : ''
  }
  return Object.fromEntries(fields.map((field) => [field, fieldValue(field)])) as Record<Field, string>
}

/**
 * A page form: the fields it sends, and a schema for hono-openapi's `validator('form', …)` whose
 * output is the fields as typed (`values`, to show again) and the input they make (`input`),
 * which `inputOf` builds from the values and `input` validates as the API validates its body.
 */
export function pageForm<const Field extends string, const TInput extends v.GenericSchema>(
  fields: readonly Field[],
  input: TInput,
  inputOf: (values: Record<Field, string>) => unknown = (values) => values,
) {
  const schema = v.pipe(
    v.record(v.string(), v.unknown()),
    v.transform((sent) => {
      const values = formValues(fields, sent)
      return { values, input: inputOf(values) }
    }),
    v.object({ values: v.custom<Record<Field, string>>(() => true), input }),
  )
  return { fields, schema }
}

/** Left blank, a field is not given, as the API would have it omitted. */
const given = <Field extends string>(values: Record<Field, string>) =>
  Object.fromEntries(Object.entries<string>(values).filter(([, value]) => value.trim() !== ''))

/** The form's sources: one URL per line; a bad line is named by its number, as the reviewer sees it. */
const SourceLinesSchema = v.pipe(
  v.string(),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    dataset.value.split(/\r?\n/).forEach((line, index) => {
      const url: string = line.trim()
      if (url !== '' && !v.safeParse(HttpUrlSchema, url).success) {
        addIssue({ message: `line ${index + 1} is not a web address starting with http:// or https:// (${url.slice(0, 80)})` })
      }
    })
  }),
)

/** The review form: strings from `application/x-www-form-urlencoded`, empty meaning absent. */
export const ReviewFormSchema = v.pipe(
  v.object({
    status: v.optional(v.string(), ''),
    note: v.optional(v.string(), ''),
    explanation: v.optional(v.string(), ''),
    sources: v.optional(SourceLinesSchema, ''),
  }),
  // Checked on the form's own strings too, so a reviewer sees this beside any bad source line.
  v.forward(
    v.check((form) => form.status.trim() !== '' || form.note.trim() !== '', NEEDS_STATUS_OR_NOTE),
    ['status'],
  ),
  v.transform(({ status, note, explanation, sources }) => {
    const present = (value: string) => (value.trim() === '' ? undefined : value)
    const urls = sources
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
    return Object.fromEntries(
      Object.entries({
        status: present(status),
        note: present(note),
        explanation: present(explanation),
        sources: urls.length === 0 ? undefined : urls.map((url) => ({ url })),
      }).filter(([, value]) => value !== undefined),
    )
  }),
  ReviewInputSchema,
)

/** A claim page's review form; `idempotencyKey` makes a double click record one review. */
export const ReviewForm = pageForm(['status', 'note', 'explanation', 'sources', 'idempotencyKey'], ReviewFormSchema)
export type ReviewFormState = FormState<(typeof ReviewForm.fields)[number]>

/** An editor's correction of a published verdict: the note, and a new status or explanation if given. */
export const CorrectionForm = pageForm(['note', 'status', 'explanation'], CorrectionInputSchema, ({ note, status, explanation }) => ({
  note,
  ...(status ? { status } : {}),
  ...(explanation.trim() ? { explanation } : {}),
}))

/** The article form: its fields named as in `POST /api/articles`; the text or the link alone decides which input it is. */
export const ArticleForm = pageForm(['url', 'text', 'title', 'outlet', 'publishedAt'], v.lazy(chosenArticleInputSchema), given)
export type ArticleField = (typeof ArticleForm.fields)[number]
export type ArticleFormState = FormState<ArticleField>

export type AttributionFormField = (typeof EDITABLE_ATTRIBUTION_FIELDS)[number]
export type AttributionFormValues = Record<AttributionFormField, string>

/** The attribution fields as typed, an empty one meaning none (the speaker type is always given). */
function attributionInput(values: AttributionFormValues): Record<AttributionFormField, string | null> {
  const input = {} as Record<AttributionFormField, string | null>
  for (const field of EDITABLE_ATTRIBUTION_FIELDS) {
    const typed = values[field].trim()
    input[field] = typed === '' && field !== 'speakerType' ? null : typed
  }
  return input
}

/** The correction form of a claim page: the span and the whole attribution as the member left them. */
export const EditForm = pageForm(['span', ...EDITABLE_ATTRIBUTION_FIELDS], ClaimEditInputSchema, (values) => ({
  span: values.span,
  attribution: attributionInput(values),
}))
export type EditFormState = FormState<(typeof EditForm.fields)[number]>

/** The "add a missed claim" form of an article page: the chosen sentence, the checkable part, who said it. */
export const AddClaimForm = pageForm(['sentenceStart', 'span', ...EDITABLE_ATTRIBUTION_FIELDS], ClaimAddInputSchema, (values) => ({
  sentenceStart: /^\d{1,9}$/.test(values.sentenceStart) ? Number(values.sentenceStart) : values.sentenceStart,
  ...(values.span.trim() === '' ? {} : { span: values.span }),
  attribution: attributionInput(values),
}))
export type AddFormState = FormState<(typeof AddClaimForm.fields)[number]>

/** Dismissing a claim, with an optional reason. */
export const DismissForm = pageForm(['reason'], DismissInputSchema, ({ reason }) => (reason.trim() === '' ? {} : { reason }))

/** Assigning a claim: a member's name, or none to unassign (the desk checks the name). */
export const AssigneeForm = pageForm(['name'], v.object({ name: v.nullable(v.string()) }), ({ name }) => ({ name: name.trim() || null }))

/** "Same claim" or "Not the same" on a suggestion. */
export const DecisionForm = pageForm(['decision'], SuggestionDecisionInputSchema)

/** Merging a claim into another, by the id in its address. */
export const MergeForm = pageForm(['into'], MergeInputSchema, ({ into }) => ({ into: into.trim() }))

/** Signing in with a reviewer token; `next` is where to return (checked by the sign-in route). */
export const LoginForm = pageForm(['token', 'next'], v.object({ token: v.pipe(v.string(), v.trim()), next: v.string() }))

/** A page's query as a browser's GET form sends it: the first value of each key, an empty field meaning "any". */
function filledQuery<const TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.pipe(
    v.record(v.string(), v.union([v.string(), v.array(v.string())])),
    v.transform((query): unknown =>
      Object.fromEntries(
        Object.entries(query).flatMap(([key, value]) => {
          const first = Array.isArray(value) ? value[0] : value
          return first === undefined || first === '' ? [] : [[key, first]]
        }),
      ),
    ),
    schema,
  )
}

/** Query of the claim list page `/`: the list API's filters and the workflow ones. */
export const ClaimListPageQuerySchema = filledQuery(ClaimPageQuerySchema)

/** Query of `/checked`: a cursor that is not one the page gave is ignored, and the first page shown. */
export const CheckedPageQuerySchema = filledQuery(v.object({ cursor: v.fallback(v.optional(CursorSchema), undefined) }))

/** An id from a page's path beside the claim's: one that cannot exist names nothing, so the change finds nothing. */
const OtherIdSchema = v.fallback(IdSchema, '')

/** Path of an appearance's "split it off" form. */
export const AppearancePathSchema = v.object({ id: IdSchema, appearanceId: OtherIdSchema })

/** Path of a suggestion's decision form. */
export const SuggestionPathSchema = v.object({ id: IdSchema, otherId: OtherIdSchema })
