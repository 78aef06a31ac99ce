import * as v from 'valibot'
import { EDITABLE_ATTRIBUTION_FIELDS, SpeakerTypeSchema } from './claim'
import { text } from './common'

/** Longest span, quote or name a member may give, in characters. */
export const MAX_SPAN_CHARS = 2000
export const MAX_NAME_CHARS = 200
export const MAX_DISMISS_REASON_CHARS = 500

/** A name, role, organization or agency: text, or null for none. */
const nameOrNone = (field: string) => v.optional(v.nullable(text(MAX_NAME_CHARS, field)))

/** The attribution fields a member gives or corrects; each left out stays as it is. */
export const AttributionEditInputSchema = v.strictObject(
  {
    speaker: v.pipe(nameOrNone('speaker'), v.description("Who asserted it; null for the outlet's own voice (speakerType outlet).")),
    role: nameOrNone('role'),
    organization: nameOrNone('organization'),
    via: nameOrNone('via'),
    speakerType: v.optional(SpeakerTypeSchema),
  },
  `attribution is an object with only the fields ${EDITABLE_ATTRIBUTION_FIELDS.join(', ')}`,
)
export type AttributionEditInput = v.InferOutput<typeof AttributionEditInputSchema>

/** A JSON object body. Valibot's object schemas also take an array (as `{}`), which the document refuses. */
function jsonObject<const TSchema extends v.GenericSchema<Record<string, unknown>>>(schema: TSchema) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      'the body must be a JSON object',
    ),
    schema,
  )
}

/** Body of `PATCH /api/claims/:id`: a corrected span, attribution fields, or both. */
export const ClaimEditInputSchema = v.pipe(
  v.strictObject(
    {
      span: v.pipe(v.optional(text(MAX_SPAN_CHARS, 'span')), v.description("The checkable part: text of the claim's sentence.")),
      attribution: v.optional(
        v.pipe(
          AttributionEditInputSchema,
          v.check((fields) => Object.keys(fields).length > 0, 'attribution must name at least one field'),
          v.metadata({ minProperties: 1 }),
        ),
      ),
    },
    'a correction is an object with only the fields span and attribution',
  ),
  v.forward(
    v.check((input) => input.span !== undefined || input.attribution !== undefined, 'give span, attribution fields, or both'),
    ['span'],
  ),
  v.metadata({ anyOf: [{ required: ['span'] }, { required: ['attribution'] }] }),
)
export type ClaimEditInput = v.InferOutput<typeof ClaimEditInputSchema>

const SENTENCE_CHOICE =
  'choose the sentence: give sentenceStart (the offset it starts at) or quote (text of the article inside it), not both'

/** Body of `POST /api/articles/:id/claims`: a sentence the extractor missed, and what in it to check. */
export const ClaimAddInputSchema = v.pipe(
  v.strictObject(
    {
      sentenceStart: v.pipe(
        v.optional(
          v.pipe(
            v.number('sentenceStart must be a number'),
            v.integer('sentenceStart must be a whole number'),
            v.minValue(0, 'sentenceStart must not be negative'),
          ),
        ),
        v.description('The character offset in the article text where the sentence starts.'),
      ),
      quote: v.pipe(
        v.optional(text(MAX_SPAN_CHARS, 'quote')),
        v.description(
          'Text that occurs once in the article, inside one sentence: that sentence. Without `span`, the quote is the checkable part.',
        ),
      ),
      span: v.pipe(
        v.optional(text(MAX_SPAN_CHARS, 'span')),
        v.description('The checkable part, text of the sentence; by default the quote, or the whole sentence.'),
      ),
      attribution: v.pipe(
        v.optional(AttributionEditInputSchema),
        v.description('Who asserted it; by default the outlet, in its own voice.'),
      ),
    },
    'a claim to add is an object with only the fields sentenceStart, quote, span and attribution',
  ),
  v.forward(
    v.check((input) => (input.sentenceStart === undefined) !== (input.quote === undefined), SENTENCE_CHOICE),
    ['sentenceStart'],
  ),
  v.metadata({ oneOf: [{ required: ['sentenceStart'] }, { required: ['quote'] }] }),
)
export type ClaimAddInput = v.InferOutput<typeof ClaimAddInputSchema>

/** Body of `POST /api/claims/:id/dismiss`. */
export const DismissInputSchema = jsonObject(
  v.strictObject({ reason: v.optional(text(MAX_DISMISS_REASON_CHARS, 'reason')) }, 'a dismissal is an object with only the field reason'),
)
export type DismissInput = v.InferOutput<typeof DismissInputSchema>

/** Body of `POST /api/claims/:id/assignee`: a member's name, or null to unassign. */
export const AssigneeInputSchema = v.strictObject(
  {
    name: v.pipe(
      v.nullable(text(MAX_NAME_CHARS, 'name')),
      v.description("A desk member's name as in REVIEWER_TOKENS; null unassigns the claim."),
    ),
  },
  'an assignment is an object with only the field name',
)
export type AssigneeInput = v.InferOutput<typeof AssigneeInputSchema>
