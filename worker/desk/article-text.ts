import type { Article } from '../../schemas/article'
import type { Claim } from '../../schemas/claim'
import { articleSentences } from '../extract'
import { type Paragraph, parseArticle } from '../extract/article'
import type { ArticleAppearance } from './appearances'
import { claimId } from '../model/ids'

/** A stretch of an article's text: offsets into it (end exclusive) and the text between them. */
export interface Passage {
  start: number
  text: string
}

const passage = (text: string, { start, end }: Paragraph): Passage => ({ start, text: text.slice(start, end) })

/** The article's body paragraphs as the extractor reads them, header, headline, dateline and trailer left out. */
export function bodyParagraphs(text: string): Passage[] {
  return parseArticle(text).paragraphs.map((paragraph) => passage(text, paragraph))
}

/** The paragraph that holds the claim's sentence (else the sentence itself); null when the article no longer holds the span where the claim says. */
export function claimPassage(claim: Claim, article: Article | null): Passage | null {
  if (article === null || article.text.slice(claim.offsets.start, claim.offsets.end) !== claim.span) return null
  const paragraph = parseArticle(article.text).paragraphs.find(
    (candidate) => candidate.start <= claim.offsets.start && claim.offsets.end <= candidate.end,
  )
  return passage(article.text, paragraph ?? claim.sentenceOffsets)
}

/**
 * The sentences a member may add as a claim: every sentence of the body that `ClaimEditing.add`
 * accepts (the same split), less those already a claim or an appearance of one.
 */
export function sentencesToAdd(article: Article, appearances: readonly ArticleAppearance[]): Passage[] {
  const taken = new Set(appearances.map((appearance) => appearance.id))
  return articleSentences(article.text)
    .filter((sentence) => !taken.has(claimId(article.id, sentence.start)))
    .map((sentence) => passage(article.text, sentence))
}
