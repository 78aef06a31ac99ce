import * as v from 'valibot'
import { DateSchema, HttpUrlSchema, IdSchema, text } from './common'

/** Largest article body accepted, in bytes (about 15,000 words); longer texts are refused with 413. */
export const MAX_ARTICLE_BYTES = 100_000

export const ArticleSchema = v.object({
  id: IdSchema,
  title: v.string(),
  outlet: v.string(),
  publishedAt: v.nullable(DateSchema),
  url: v.nullable(HttpUrlSchema),
  text: v.string(),
})
export type Article = v.InferOutput<typeof ArticleSchema>

/** What the article list shows, kept in KV list metadata. */
export const ArticleSummarySchema = v.object({
  ...v.pick(ArticleSchema, ['id', 'title', 'outlet', 'publishedAt']).entries,
  claimCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
})
export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>

/** Body of `POST /api/articles`. */
export const ArticleInputSchema = v.strictObject(
  {
  text: v.pipe(
    v.string('text must be a string'),
    v.regex(/\S/, 'text must not be empty'),
    v.trim(),
    v.maxLength(MAX_ARTICLE_BYTES, `text must be at most ${MAX_ARTICLE_BYTES} characters`),
  ),
  title: v.optional(text(300, 'title')),
  outlet: v.optional(text(120, 'outlet')),
  publishedAt: v.optional(DateSchema),
  url: v.optional(HttpUrlSchema),
  },
  'an article is an object with only the fields text, title, outlet, publishedAt and url',
)
export type ArticleInput = v.InferOutput<typeof ArticleInputSchema>
