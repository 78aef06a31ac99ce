import * as v from 'valibot'
import { DateSchema, HttpUrlSchema, IdSchema, TimestampSchema } from './common'
import { ReviewSchema } from './review'
import { StatusSchema } from './status'

export const CLAIM_KINDS = ['quantity', 'comparison', 'event', 'list', 'quote', 'statement'] as const
export const ClaimKindSchema = v.pipe(
  v.picklist(CLAIM_KINDS),
  v.description('quantity: numbers and amounts; comparison: rankings and changes; event: something that happened; list: named countries, people or things; quote: a quoted assertion; statement: another reported statement of fact.'),
)
export type ClaimKind = v.InferOutput<typeof ClaimKindSchema>

export const ATTRIBUTION_MODES = ['direct', 'reported', 'outlet'] as const
export const SPEAKER_TYPES = ['person', 'unnamed', 'organization', 'document', 'outlet'] as const
export const SpeakerTypeSchema = v.pipe(
  v.picklist(SPEAKER_TYPES),
  v.description('person: a named person; unnamed: a source the article does not name ("a senior official"); organization: a body speaking as itself; document: a report, study, statement or data; outlet: the article\'s own voice.'),
)
export type SpeakerType = v.InferOutput<typeof SpeakerTypeSchema>

/** Below this attribution confidence a reviewer should check the speaker first; pages and lists mark it. */
export const LOW_CONFIDENCE = 0.6

/** Who asserted a claim. `speaker` is null when the outlet asserts it in its own voice. */
export const AttributionSchema = v.object({
  speaker: v.nullable(v.string()),
  role: v.nullable(v.string()),
  organization: v.nullable(v.string()),
  via: v.nullable(v.pipe(v.string(), v.description('The agency or outlet that carried the statement, e.g. Associated Press.'))),
  mode: v.pipe(v.picklist(ATTRIBUTION_MODES), v.description('direct: quoted; reported: reported speech; outlet: the outlet\'s own assertion.')),
  speakerType: SpeakerTypeSchema,
  rule: v.pipe(v.string(), v.description('The extraction rule that decided the attribution (see worker/extract/rules).')),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1), v.description('How sure the rule is, 0–1; below 0.6 a reviewer should check the speaker first.')),
})
export type Attribution = v.InferOutput<typeof AttributionSchema>

/** The article a claim appeared in. */
export const ClaimSourceSchema = v.object({
  outlet: v.string(),
  title: v.string(),
  publishedAt: v.nullable(DateSchema),
  url: v.nullable(HttpUrlSchema),
})

/** Character offsets of the span in the article text, end exclusive. */
const OffsetSchema = v.pipe(v.number(), v.integer(), v.minValue(0))
export const OffsetsSchema = v.object({ start: OffsetSchema, end: OffsetSchema })

/** A claim as extracted from an article, before anyone reviews it. */
export const ExtractedClaimSchema = v.object({
  text: v.pipe(v.string(), v.description('The sentence as published.')),
  span: v.pipe(v.string(), v.description('The checkable part of the sentence.')),
  kind: ClaimKindSchema,
  offsets: OffsetsSchema,
  sentenceOffsets: OffsetsSchema,
  checkworthiness: v.object({
    score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    reason: v.string(),
  }),
  attribution: AttributionSchema,
})
export type ExtractedClaim = v.InferOutput<typeof ExtractedClaimSchema>

export const ClaimSchema = v.object({
  id: IdSchema,
  articleId: IdSchema,
  ...ExtractedClaimSchema.entries,
  source: ClaimSourceSchema,
  status: StatusSchema,
  notes: v.pipe(v.array(ReviewSchema), v.description('Every review of the claim, oldest first.')),
  updatedAt: TimestampSchema,
})
export type Claim = v.InferOutput<typeof ClaimSchema>

/** A claim as listed: what fits in KV list metadata (1 KiB), so a page costs one `list`. */
export const ClaimSummarySchema = v.object({
  id: IdSchema,
  articleId: IdSchema,
  text: v.pipe(v.string(), v.description('The sentence, shortened with … when long.')),
  span: v.string(),
  offsets: OffsetsSchema,
  kind: ClaimKindSchema,
  speaker: v.nullable(v.string()),
  speakerUncertain: v.optional(v.pipe(v.boolean(), v.description('The attribution\'s confidence is below 0.6: check the speaker first.')), false),
  status: StatusSchema,
  updatedAt: TimestampSchema,
})
export type ClaimSummary = v.InferOutput<typeof ClaimSummarySchema>
