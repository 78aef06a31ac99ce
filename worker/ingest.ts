import * as v from 'valibot'
import {
  type Article,
  type ArticleInput,
  ArticleTextInputSchema,
  type ArticleTextInput,
  type ArticleUrlInput,
  MAX_ARTICLE_BYTES,
  MAX_OUTLET_LENGTH,
  MAX_TITLE_LENGTH,
} from '../schemas/article'
import type { Claim, ExtractedClaim } from '../schemas/claim'
import { HttpUrlSchema } from '../schemas/common'
import { type ExtractedArticle, extractArticle } from './extract'
import { readArticleHtml } from './fetch/article-html'
import { fetchHtmlPage, PageFetchError } from './fetch/page'
import type { FetchPolicy } from './fetch/target'
import { articleId } from './ids'
import type { ClaimStore } from './store'

const UNTITLED_LENGTH = 90

/**
 * Claims kept per article. Saving costs up to two KV operations per claim and a Worker may
 * make 1,000 per request; a longer article keeps its most check-worthy claims.
 */
export const MAX_CLAIMS_PER_ARTICLE = 400

function mostCheckworthy(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  if (claims.length <= MAX_CLAIMS_PER_ARTICLE) return [...claims]
  return [...claims]
    .sort((a, b) => b.checkworthiness.score - a.checkworthiness.score)
    .slice(0, MAX_CLAIMS_PER_ARTICLE)
    .sort((a, b) => a.sentenceOffsets.start - b.sentenceOffsets.start)
}

/** At most `maxLength` characters, cut at a word with an ellipsis. */
function shortened(value: string, maxLength: number): string {
  if (value.length <= maxLength) return value
  return `${value.slice(0, maxLength - 1).replace(/\s+\S*$/, '')}…`
}

/** A title for an article given without one: its headline line, else its opening words. */
function fallbackTitle(text: string, headline: string | null): string {
  if (headline !== null) return headline
  const opening = text
    .replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
  return opening.length <= UNTITLED_LENGTH ? opening : `${opening.slice(0, UNTITLED_LENGTH).replace(/\s+\S*$/, '')}…`
}

/**
 * An article's text as stored, and its extraction. Trimmed first, so that offsets index the
 * stored text for every caller: the API, `npm run seed` and `npm run extract`.
 */
export function extractArticleText(input: string): { text: string; extracted: ExtractedArticle } {
  const text = input.trim()
  return { text, extracted: extractArticle(text) }
}

/**
 * Extracts an article's claims and stores both. The id comes from the text, so the same
 * text again updates nothing a reviewer wrote. Used by the API and by `npm run seed`.
 */
export async function ingestArticle(
  store: ClaimStore,
  input: ArticleTextInput,
): Promise<{ article: Article; claims: Claim[]; created: boolean }> {
  const { text, extracted } = extractArticleText(input.text)
  const id = await articleId(text)
  // Posting the same text again without metadata keeps what was given before.
  const existing = await store.getArticle(id)
  const article: Article = {
    id,
    title: input.title ?? existing?.title ?? fallbackTitle(text, extracted.title),
    outlet: input.outlet ?? existing?.outlet ?? 'Unknown outlet',
    publishedAt: input.publishedAt ?? existing?.publishedAt ?? extracted.publishedAt,
    url: input.url ?? existing?.url ?? null,
    text,
  }
  const { created, claims } = await store.saveArticle(article, mostCheckworthy(extracted.claims), existing)
  return { article, claims, created }
}

/**
 * The article on a web page, as a text input: the page is fetched (worker/fetch/page.ts) and
 * read (worker/fetch/article-html.ts); the title, outlet and date the client gave override the
 * page's. The headline opens the text, as in a pasted article, so the body's first paragraph is
 * never taken for one. The link kept is the page's address after redirects. Throws
 * PageFetchError when there is no readable article there.
 */
export async function articleFromPage(input: ArticleUrlInput, policy: FetchPolicy): Promise<ArticleTextInput> {
  const page = await fetchHtmlPage(new URL(input.url), policy)
  const read = await readArticleHtml(new Response(page.body, { headers: { 'Content-Type': page.contentType } })).catch((error: unknown) => {
    // HTMLRewriter refuses encodings it lacks ("Parser error: Unknown character encoding has been provided.").
    const reason = error instanceof Error ? error.message.replace(/[.\s]+$/, '') : String(error)
    throw new PageFetchError(422, `the page could not be read as HTML: ${reason} (Content-Type: ${page.contentType.slice(0, 100)})`)
  })
  if (read.text === null) {
    throw new PageFetchError(422, 'the page has no article text: no JSON-LD articleBody, and no paragraphs in <article> or <main>')
  }
  const text = read.headline === null ? read.text : `${read.headline}\n\n${read.text}`
  if (text.length > MAX_ARTICLE_BYTES) throw new PageFetchError(422, `the article on the page is longer than ${MAX_ARTICLE_BYTES} characters`)
  const title = input.title ?? (read.headline === null ? undefined : shortened(read.headline, MAX_TITLE_LENGTH))
  const outlet = input.outlet ?? shortened(read.outlet ?? page.url.hostname.replace(/^www\./, ''), MAX_OUTLET_LENGTH)
  const publishedAt = input.publishedAt ?? read.publishedAt ?? undefined
  const url = v.is(HttpUrlSchema, page.url.href) ? page.url.href : input.url
  return v.parse(ArticleTextInputSchema, { text, outlet, url, ...(title === undefined ? {} : { title }), ...(publishedAt === undefined ? {} : { publishedAt }) })
}

/** An article input as text: a text as given, a page's URL read by `articleFromPage`. */
export function articleTextInput(input: ArticleInput, policy: FetchPolicy): Promise<ArticleTextInput> {
  return 'text' in input ? Promise.resolve(input) : articleFromPage(input, policy)
}
