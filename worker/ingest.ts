import type { Article, ArticleInput } from '../schemas/article'
import type { Claim, ExtractedClaim } from '../schemas/claim'
import { type ExtractedArticle, extractArticle } from './extract'
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
  input: ArticleInput,
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
