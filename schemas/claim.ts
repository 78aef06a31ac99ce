import * as v from 'valibot'
import { DateSchema, HttpUrlSchema, IdSchema, TimestampSchema } from './common'
import { EvidenceSourceSchema, ReviewSchema } from './review'
import { StatusSchema, VerdictSchema } from './status'

export const CLAIM_KINDS = ['quantity', 'comparison', 'event', 'list', 'quote', 'statement'] as const
export const ClaimKindSchema = v.pipe(
  v.picklist(CLAIM_KINDS),
  v.description(
    'quantity: numbers and amounts; comparison: rankings and changes; event: something that happened; list: named countries, people or things; quote: a quoted assertion; statement: another reported statement of fact.',
  ),
)
export type ClaimKind = v.InferOutput<typeof ClaimKindSchema>

export const ATTRIBUTION_MODES = ['direct', 'reported', 'outlet'] as const
export const SPEAKER_TYPES = ['person', 'unnamed', 'organization', 'document', 'outlet'] as const
export const SpeakerTypeSchema = v.pipe(
  v.picklist(SPEAKER_TYPES),
  v.description(
    'person: a named person; unnamed: a source the article does not name ("a senior official"); organization: a body speaking as itself; document: a report, study, statement or data; outlet: the article\'s own voice.',
  ),
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
  mode: v.pipe(
    v.picklist(ATTRIBUTION_MODES),
    v.description("direct: quoted; reported: reported speech; outlet: the outlet's own assertion."),
  ),
  speakerType: SpeakerTypeSchema,
  rule: v.pipe(
    v.string(),
    v.description(
      'The extraction rule that decided the attribution (see worker/extract/rules), or `human` when a desk member gave or corrected it.',
    ),
  ),
  confidence: v.pipe(
    v.number(),
    v.minValue(0),
    v.maxValue(1),
    v.description('How sure the rule is, 0–1; below 0.6 a reviewer should check the speaker first.'),
  ),
})
export type Attribution = v.InferOutput<typeof AttributionSchema>

/** The `rule` of an attribution a desk member gave or corrected (never an extraction rule's name); its confidence is 1. */
export const HUMAN_RULE = 'human'

/** The attribution fields a desk member may correct; the mode follows from them. */
export const EDITABLE_ATTRIBUTION_FIELDS = ['speaker', 'role', 'organization', 'via', 'speakerType'] as const

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

/** How a sentence became an appearance of its claim. */
export const APPEARANCE_MATCHES = ['extracted', 'restatement', 'copy', 'confirmed', 'merged'] as const
export const AppearanceMatchSchema = v.pipe(
  v.picklist(APPEARANCE_MATCHES),
  v.description(
    'extracted: the sentence the claim was found in; restatement: another sentence of the same article with the same truth conditions; copy: a near-exact copy in another article, merged on ingest; confirmed: a suggested match a reviewer confirmed; merged: a reviewer merged its claim into this one.',
  ),
)
export type AppearanceMatch = v.InferOutput<typeof AppearanceMatchSchema>

/** The verdict a claim already had when a new appearance of it arrived: "already checked: refuted on 2023-04-02". */
export const PriorVerdictSchema = v.object({
  status: VerdictSchema,
  on: v.pipe(DateSchema, v.description('The day the verdict was given.')),
})
export type PriorVerdict = v.InferOutput<typeof PriorVerdictSchema>

/** One place a claim was made: a sentence of an article, with who is credited there. */
export const AppearanceSchema = v.object({
  id: v.pipe(IdSchema, v.description('The sentence: its article and offset, as a claim id would be.')),
  articleId: IdSchema,
  ...ExtractedClaimSchema.entries,
  source: ClaimSourceSchema,
  match: AppearanceMatchSchema,
  similarity: v.pipe(
    v.number(),
    v.minValue(0),
    v.maxValue(1),
    v.description('Word overlap with the claim, 0–1 (1 for the sentence it was found in).'),
  ),
  addedAt: TimestampSchema,
  alreadyChecked: v.pipe(
    v.nullable(PriorVerdictSchema),
    v.description('The verdict the claim had when this appearance arrived, if any: the desk need not check it again.'),
  ),
})
export type Appearance = v.InferOutput<typeof AppearanceSchema>

/** A change an editor made to a published verdict, with the note readers see. */
export const CorrectionSchema = v.object({
  note: v.pipe(v.string(), v.description('The public correction note.')),
  at: TimestampSchema,
  before: v.object({ status: VerdictSchema, explanation: v.string() }),
})
export type Correction = v.InferOutput<typeof CorrectionSchema>

/** The verdict an editor published: what the ClaimReview says. Locked; changed only by a correction. */
export const PublicationSchema = v.object({
  status: VerdictSchema,
  explanation: v.string(),
  sources: v.pipe(v.array(EvidenceSourceSchema), v.minLength(1)),
  publishedAt: TimestampSchema,
  dateModified: v.pipe(v.nullable(TimestampSchema), v.description('When the latest correction was made; null before any.')),
  corrections: v.pipe(v.array(CorrectionSchema), v.description('Every correction, oldest first.')),
})
export type Publication = v.InferOutput<typeof PublicationSchema>
/**
 * A desk member's corrections of a claim: laid over what the extractor finds each time its
 * article is saved again, so re-extraction and re-seeding never undo them.
 */
export const ClaimEditsSchema = v.object({
  span: v.optional(v.pipe(v.string(), v.description('The checkable part as corrected: part of the sentence.'))),
  offsets: v.optional(OffsetsSchema),
  attribution: v.optional(
    v.pipe(
      v.pick(AttributionSchema, [...EDITABLE_ATTRIBUTION_FIELDS, 'mode']),
      v.description('The attribution as corrected, whole, so that it holds whatever a later extractor finds.'),
    ),
  ),
  by: v.pipe(v.string(), v.description('The member who made the latest correction.')),
  at: TimestampSchema,
})
export type ClaimEdits = v.InferOutput<typeof ClaimEditsSchema>

/** Who did something to a claim, and when. */
export const MemberActSchema = v.object({ by: v.string(), at: TimestampSchema })

/** A claim a member took out of the queue as not check-worthy; kept with its history. */
export const DismissalSchema = v.object({
  ...MemberActSchema.entries,
  reason: v.pipe(v.nullable(v.string()), v.description('Why it is not check-worthy, if the member said.')),
})
export type Dismissal = v.InferOutput<typeof DismissalSchema>

/** A claim keeps this many of its earliest appearances; the rest are paged from `GET /api/claims/:id/appearances`. */
export const EMBEDDED_APPEARANCES = 10

/** A claim record carries this many of its latest reviews; the rest are paged from `GET /api/claims/:id/reviews`. */
export const RECENT_REVIEWS = 20

export const ClaimSchema = v.object({
  id: IdSchema,
  articleId: IdSchema,
  ...ExtractedClaimSchema.entries,
  source: ClaimSourceSchema,
  status: v.pipe(
    StatusSchema,
    v.description(
      'The published verdict once there is one; before, the latest status a review set (a proposed verdict is not yet published). Anonymous readers see `in_review` for an unpublished verdict.',
    ),
  ),
  notes: v.pipe(
    v.array(ReviewSchema),
    v.maxLength(RECENT_REVIEWS),
    v.description(
      `The latest ${RECENT_REVIEWS} reviews, oldest first; every review from GET /api/claims/:id/reviews. The desk's internal record, sent only to members.`,
    ),
  ),
  reviewCount: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(0),
      v.description('How many reviews, publications and corrections the claim has had (members only; 0 for the public).'),
    ),
    0,
  ),
  proposal: v.optional(
    v.pipe(
      v.nullable(ReviewSchema),
      v.description('The latest review that set a status: the verdict an editor would publish. Members only.'),
    ),
    null,
  ),
  publication: v.optional(
    v.pipe(v.nullable(PublicationSchema), v.description('The published verdict, or null until an editor publishes one.')),
    null,
  ),
  updatedAt: TimestampSchema,
  appearances: v.optional(
    v.pipe(
      v.array(AppearanceSchema),
      v.maxLength(EMBEDDED_APPEARANCES),
      v.description(
        `The earliest ${EMBEDDED_APPEARANCES} appearances by publication date, the claim's own sentence among them; the rest from GET /api/claims/:id/appearances.`,
      ),
    ),
    [],
  ),
  appearanceCount: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(0), v.description('How many sentences, in this and other articles, make this claim.')),
    1,
  ),
  lastAppearanceAt: v.optional(
    v.pipe(
      v.nullable(TimestampSchema),
      v.description(
        'When the latest appearance after the first was attached; null while the claim has only the sentences of its own article.',
      ),
    ),
    null,
  ),
  edited: v.optional(
    v.pipe(
      v.nullable(ClaimEditsSchema),
      v.description('What desk members corrected (span, attribution), already applied to the fields above; null when nobody did.'),
    ),
    null,
  ),
  added: v.optional(
    v.pipe(v.nullable(MemberActSchema), v.description('Set when a member added the claim because the extractor missed it.')),
    null,
  ),
  dismissed: v.optional(
    v.pipe(
      v.nullable(DismissalSchema),
      v.description('Set while the claim is dismissed as not check-worthy: out of the queue and the default list.'),
    ),
    null,
  ),
  assignee: v.optional(v.pipe(v.nullable(v.string()), v.description('The desk member the claim is assigned to, or null.')), null),
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
  speakerUncertain: v.optional(
    v.pipe(v.boolean(), v.description("The attribution's confidence is below 0.6: check the speaker first.")),
    false,
  ),
  status: StatusSchema,
  published: v.optional(v.pipe(v.boolean(), v.description('An editor published the verdict in `status`.')), false),
  updatedAt: TimestampSchema,
  appearanceCount: v.optional(v.pipe(v.number(), v.description('How many sentences make this claim.')), 1),
  lastAppearanceAt: v.optional(
    v.pipe(v.nullable(TimestampSchema), v.description('When its latest appearance in another article was attached.')),
    null,
  ),
  alreadyChecked: v.optional(
    v.pipe(
      v.nullable(v.object({ ...PriorVerdictSchema.entries, appearedAt: TimestampSchema })),
      v.description(
        'Set when the claim came back after its verdict: a new appearance arrived (`appearedAt`) after the verdict given `on` that day.',
      ),
    ),
    null,
  ),
  assignee: v.optional(v.pipe(v.nullable(v.string()), v.description('The desk member the claim is assigned to.')), null),
  dismissed: v.optional(v.pipe(v.boolean(), v.description('Dismissed as not check-worthy: listed only with `dismissed=true`.')), false),
})
export type ClaimSummary = v.InferOutput<typeof ClaimSummarySchema>
