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
    v.pipe(
      v.array(EvidenceSourceSchema, 'sources must be a list of { url, title }'),
      v.maxLength(MAX_SOURCES, `at most ${MAX_SOURCES} sources`),
    ),
  ),
}

export const NEEDS_STATUS_OR_NOTE = 'a review needs a status or a note'

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
  v.description(
    'review: research, a note or a proposed verdict; publish: an editor published the verdict (its status, explanation and sources); correction: an editor corrected the published verdict, `note` being the public correction note.',
  ),
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
