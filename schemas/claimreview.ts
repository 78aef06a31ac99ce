import * as v from 'valibot'
import { DateSchema, HttpUrlSchema } from './common'

const OrganizationSchema = v.object({
  '@type': v.literal('Organization'),
  name: v.string(),
  url: v.optional(HttpUrlSchema),
})

const PersonSchema = v.object({
  '@type': v.literal('Person'),
  name: v.string(),
  jobTitle: v.optional(v.string()),
  affiliation: v.optional(OrganizationSchema),
  description: v.optional(
    v.pipe(v.string(), v.description("Set when the name is the article's description of a source it does not name.")),
  ),
})

/** The verdict on a 1-3 scale (worst to best); `Unverifiable` has no place on it. */
const RatingSchema = v.object({
  '@type': v.literal('Rating'),
  alternateName: v.picklist(['Supported', 'Misleading', 'Refuted', 'Unverifiable']),
  ratingValue: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3))),
  bestRating: v.optional(v.literal(3)),
  worstRating: v.optional(v.literal(1)),
  ratingExplanation: v.pipe(v.string(), v.description('The published explanation of the verdict.')),
})

/** Where the claim was published. */
const NewsArticleSchema = v.object({
  '@type': v.literal('NewsArticle'),
  headline: v.string(),
  url: v.optional(HttpUrlSchema),
  datePublished: v.optional(DateSchema),
  publisher: OrganizationSchema,
})

/** schema.org ClaimReview (JSON-LD) of a concluded claim, as served and embedded in its page. */
export const ClaimReviewSchema = v.object({
  '@context': v.literal('https://schema.org'),
  '@type': v.literal('ClaimReview'),
  url: v.pipe(HttpUrlSchema, v.description("The claim's page on this desk.")),
  claimReviewed: v.pipe(v.string(), v.description('The claim as reviewed.')),
  datePublished: v.pipe(DateSchema, v.description('When an editor published the verdict.')),
  dateModified: v.optional(v.pipe(DateSchema, v.description('When the latest correction was made.'))),
  correction: v.optional(
    v.pipe(
      v.array(v.object({ '@type': v.literal('CorrectionComment'), text: v.string(), datePublished: DateSchema })),
      v.description('Every correction of the published verdict, with its public note.'),
    ),
  ),
  author: v.pipe(OrganizationSchema, v.description('The desk that reviewed the claim.')),
  reviewRating: RatingSchema,
  itemReviewed: v.object({
    '@type': v.literal('Claim'),
    author: v.optional(v.pipe(v.union([PersonSchema, OrganizationSchema]), v.description('Who made the claim.'))),
    datePublished: v.optional(DateSchema),
    appearance: v.pipe(v.array(NewsArticleSchema), v.description('Every article the claim appeared in.')),
    firstAppearance: v.pipe(NewsArticleSchema, v.description('The earliest of them by publication date.')),
  }),
})
