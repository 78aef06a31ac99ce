import * as v from 'valibot'
import { HttpUrlSchema, IdSchema, TimestampSchema, text } from './common'
import { StatusSchema, VERDICTS } from './status'

const VerdictInputSchema = v.picklist(VERDICTS, `status must be one of: ${VERDICTS.join(', ')}`)

export const MAX_NOTE_CHARS = 5000
export const MAX_EXPLANATION_CHARS = 500
export const MAX_SOURCES = 20

/** A piece of evidence a reviewer cites. */
export const EvidenceSourceSchema = v.strictObject(
  {
    url: HttpUrlSchema,
    title: v.optional(text(300, 'title')),
  },
  'a source is an object with only url and title',
)
export type EvidenceSource = v.InferOutput<typeof EvidenceSourceSchema>

const reviewFields = {
  status: v.optional(StatusSchema),
  note: v.optional(text(MAX_NOTE_CHARS, 'note')),
  explanation: v.optional(text(MAX_EXPLANATION_CHARS, 'explanation')),
  sources: v.optional(
    v.pipe(v.array(EvidenceSourceSchema, 'sources must be a list of { url, title }'), v.maxLength(MAX_SOURCES, `at most ${MAX_SOURCES} sources`)),
  ),
}

const NEEDS_STATUS_OR_NOTE = 'a review needs a status or a note'

/** Body of `POST /api/claims/:id/corrections`: the public correction note, and what it changes. */
export const CorrectionInputSchema = v.strictObject(
  {
    note: text(MAX_EXPLANATION_CHARS, 'note'),
    status: v.optional(VerdictInputSchema),
    explanation: reviewFields.explanation,
    sources: reviewFields.sources,
  },
  'a correction is an object with only the fields note, status, explanation and sources',
)
export type CorrectionInput = v.InferOutput<typeof CorrectionInputSchema>

/** Body of `POST /api/claims/:id/reviews`: at least a status or a note. */
export const ReviewInputSchema = v.pipe(
  v.strictObject(reviewFields, 'a review is an object with only the fields status, note, explanation and sources'),
  v.forward(
    v.check((input) => input.status !== undefined || input.note !== undefined, NEEDS_STATUS_OR_NOTE),
    ['status'],
  ),
  // The check above, as the OpenAPI document states it.
  v.metadata({ anyOf: [{ required: ['status'] }, { required: ['note'] }] }),
)
export type ReviewInput = v.InferOutput<typeof ReviewInputSchema>

/**
 * What an entry of a claim's history is: a member's review (research, a note, a proposed
 * verdict), an editor publishing the proposed verdict, or an editor's public correction of it.
 */
export const REVIEW_KINDS = ['review', 'publish', 'correction'] as const
export const ReviewKindSchema = v.pipe(
  v.picklist(REVIEW_KINDS),
  v.description('review: research, a note or a proposed verdict; publish: an editor published the verdict (its status, explanation and sources); correction: an editor corrected the published verdict, `note` being the public correction note.'),
)
export type ReviewKind = v.InferOutput<typeof ReviewKindSchema>

/** A review: an immutable event, stored under its own key and never rewritten. */
export const ReviewSchema = v.object({
  id: IdSchema,
  claimId: IdSchema,
  reviewer: v.string(),
  kind: v.optional(ReviewKindSchema, 'review'),
  ...reviewFields,
  createdAt: TimestampSchema,
})
export type Review = v.InferOutput<typeof ReviewSchema>

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
    const urls = sources.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)
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
