import * as v from 'valibot'
import { IdSchema, TimestampSchema } from './common'

/** What a reviewer decided about a suggested match. */
export const SUGGESTION_OUTCOMES = ['confirmed', 'rejected'] as const
export const SuggestionOutcomeSchema = v.picklist(SUGGESTION_OUTCOMES, `decision must be one of: ${SUGGESTION_OUTCOMES.join(', ')}`)

/**
 * A stored claim that a new claim may be (a paraphrase: numbers, entities and negation agree,
 * the words overlap), for a reviewer to confirm (the new claim joins it) or reject. Kept under
 * both claims; `proposedFor` is the new one.
 */
export const SuggestionSchema = v.object({
  claimId: IdSchema,
  otherId: IdSchema,
  proposedFor: IdSchema,
  similarity: v.pipe(v.number(), v.minValue(0), v.maxValue(1), v.description('Word overlap of the two claims, 0–1.')),
  otherText: v.pipe(v.string(), v.description("The other claim's sentence, shortened with … when long.")),
  createdAt: TimestampSchema,
  decision: v.nullable(v.object({ outcome: SuggestionOutcomeSchema, reviewer: v.string(), at: TimestampSchema })),
})
export type Suggestion = v.InferOutput<typeof SuggestionSchema>

/** Body of `POST /api/claims/:id/suggestions/:otherId`. */
export const SuggestionDecisionInputSchema = v.strictObject(
  { decision: SuggestionOutcomeSchema },
  'a decision is an object with only the field decision',
)

/** What a reviewer did to the grouping of claims. */
export const CURATION_KINDS = ['merge', 'split', 'confirm', 'reject'] as const

/** A reviewer's change to which sentences make a claim: recorded under each claim it touched, never rewritten. */
export const CurationEventSchema = v.object({
  id: IdSchema,
  kind: v.pipe(
    v.picklist(CURATION_KINDS),
    v.description(
      'merge: claim `from` joined claim `to`; split: appearance `appearanceId` left claim `from` to become claim `to`; confirm: a suggestion was confirmed, so `from` joined `to`; reject: the suggestion that `from` is `to` was rejected.',
    ),
  ),
  from: IdSchema,
  to: IdSchema,
  appearanceId: v.nullable(IdSchema),
  reviewer: v.string(),
  at: TimestampSchema,
})
export type CurationEvent = v.InferOutput<typeof CurationEventSchema>

/** Body of `POST /api/claims/:id/merge`: the claim this one joins. */
export const MergeInputSchema = v.strictObject(
  { into: v.pipe(v.string('into must be a claim id'), IdSchema) },
  'a merge is an object with only the field into (the id of the claim to merge into)',
)
