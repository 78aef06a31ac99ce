import * as v from 'valibot'
import { DateSchema, HttpUrlSchema, IdSchema, text } from './common'

/** Largest article body accepted, in bytes (about 15,000 words); longer texts are refused with 413. */
export const MAX_ARTICLE_BYTES = 100_000

/** Longest headline and outlet name kept, in characters. */
export const MAX_TITLE_LENGTH = 300
export const MAX_OUTLET_LENGTH = 120

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

/** The article's text, as stored and extracted. */
const ArticleTextSchema = v.pipe(
  v.string('text must be a string'),
  v.regex(/\S/, 'text must not be empty'),
  v.trim(),
  v.maxLength(MAX_ARTICLE_BYTES, `text must be at most ${MAX_ARTICLE_BYTES} characters`),
)

/** What a client may say about an article; for a fetched page, these override what the page says. */
const articleOverrides = {
  title: v.optional(text(MAX_TITLE_LENGTH, 'title')),
  outlet: v.optional(text(MAX_OUTLET_LENGTH, 'outlet')),
  publishedAt: v.optional(DateSchema),
}

/** An article given as its text; `url` is only its link and is not fetched. */
export const ArticleTextInputSchema = v.strictObject(
  { text: ArticleTextSchema, ...articleOverrides, url: v.optional(HttpUrlSchema) },
  'an article given as text is an object with only the fields text, title, outlet, publishedAt and url',
)
export type ArticleTextInput = v.InferOutput<typeof ArticleTextInputSchema>

/** An article given as the address of its page, which the Worker fetches and reads. */
export const ArticleUrlInputSchema = v.strictObject(
  { url: HttpUrlSchema, ...articleOverrides },
  'an article given by its page is an object with only the fields url, title, outlet and publishedAt',
)
export type ArticleUrlInput = v.InferOutput<typeof ArticleUrlInputSchema>

/** Body of `POST /api/articles`: the article's text, or only the URL of its page. */
export const ArticleInputSchema = v.union(
  [ArticleTextInputSchema, ArticleUrlInputSchema],
  'an article is an object with either text (the article itself; url is then only its link) or url (its page, fetched), and optionally title, outlet and publishedAt',
)
export type ArticleInput = v.InferOutput<typeof ArticleInputSchema>

/**
 * The form of ArticleInputSchema a body chose: with `text`, the text form; with `url` and no
 * `text`, the page form; with neither, the union itself. Validating with it names the field at
 * fault (`title must not be empty`), where the union alone says only that neither form fits.
 */
export function chosenArticleInputSchema(input: unknown) {
  const has = (key: string) => typeof input === 'object' && input !== null && key in input
  return has('text') ? ArticleTextInputSchema : has('url') ? ArticleUrlInputSchema : ArticleInputSchema
}
