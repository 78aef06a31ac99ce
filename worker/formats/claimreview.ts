// formats/: claims written for others to read: schema.org ClaimReview (here), its short statement, CSV.
import type { ClaimReview, NewsArticle, Organization, Person, WithContext } from 'schema-dts'
import type { Claim } from '../../schemas/claim'
import type { Verdict } from '../../schemas/status'
import { claimStatement } from './claim-statement'

/** Verdicts on a 1-3 scale (worst to best); `unverifiable` has no place on it. */
const RATINGS: Record<Verdict, { name: string; value?: number }> = {
  refuted: { name: 'Refuted', value: 1 },
  misleading: { name: 'Misleading', value: 2 },
  supported: { name: 'Supported', value: 3 },
  unverifiable: { name: 'Unverifiable' },
}

export interface Desk {
  name: string
  url: string
}

/** The public address of a claim's page. Built from DESK_URL, never from the request's Host, which a client chooses. */
export function claimPageUrl(deskUrl: string, claimId: string): string {
  return new URL(`claims/${claimId}`, deskUrl.endsWith('/') ? deskUrl : `${deskUrl}/`).href
}

/**
 * Who made the claim, by the attribution's speaker type. An unnamed source is a Person named
 * by the article's description of it ("a senior official"), which says it is no proper name; a
 * document without a known issuer has no author, rather than a wrong one.
 */
function claimAuthor(claim: Claim): Person | Organization | null {
  const { speaker, speakerType, role, organization } = claim.attribution
  if (speaker === null || speakerType === 'outlet') return { '@type': 'Organization', name: claim.source.outlet }
  switch (speakerType) {
    case 'person':
      return {
        '@type': 'Person',
        name: speaker,
        ...(role === null ? {} : { jobTitle: role }),
        ...(organization === null ? {} : { affiliation: { '@type': 'Organization', name: organization } }),
      }
    case 'unnamed':
      return { '@type': 'Person', name: speaker, description: 'a source the article does not name' }
    case 'organization':
      return { '@type': 'Organization', name: speaker }
    case 'document':
      return organization === null ? null : { '@type': 'Organization', name: organization }
  }
}

/** One article the claim appeared in, as schema.org NewsArticle. */
function newsArticle(source: Claim['source']): NewsArticle {
  return {
    '@type': 'NewsArticle',
    headline: source.title,
    ...(source.url === null ? {} : { url: source.url }),
    ...(source.publishedAt === null ? {} : { datePublished: source.publishedAt }),
    publisher: { '@type': 'Organization', name: source.outlet },
  }
}

/**
 * Every article the claim appeared in (once each, earliest first, from the appearances the claim
 * holds; a claim stored before appearances existed has its own article) and the first of them.
 */
function appearances(claim: Claim): { appearance: NewsArticle[]; firstAppearance: NewsArticle } {
  const articles = new Map<string, Claim['source']>()
  for (const appearance of claim.appearances) if (!articles.has(appearance.articleId)) articles.set(appearance.articleId, appearance.source)
  if (!articles.has(claim.articleId) && articles.size === 0) articles.set(claim.articleId, claim.source)
  const appearance = [...articles.values()].map(newsArticle)
  return { appearance, firstAppearance: appearance[0] ?? newsArticle(claim.source) }
}

/**
 * schema.org ClaimReview of a concluded claim, or null while it is not concluded.
 * `claimUrl` is the absolute address of the claim's page (see claimPageUrl).
 */
export function claimReview(claim: Claim, desk: Desk, claimUrl: string): WithContext<ClaimReview> | null {
  const { publication } = claim
  if (publication === null) return null
  const rating = RATINGS[publication.status]
  const { source } = claim
  const author = claimAuthor(claim)
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimUrl,
    claimReviewed: claimStatement(claim.span),
    datePublished: publication.publishedAt.slice(0, 10),
    ...(publication.dateModified === null ? {} : { dateModified: publication.dateModified.slice(0, 10) }),
    ...(publication.corrections.length === 0
      ? {}
      : {
          correction: publication.corrections.map((correction) => ({
            '@type': 'CorrectionComment' as const,
            text: correction.note,
            datePublished: correction.at.slice(0, 10),
          })),
        }),
    author: { '@type': 'Organization', name: desk.name, url: desk.url },
    reviewRating: {
      '@type': 'Rating',
      alternateName: rating.name,
      ...(rating.value === undefined ? {} : { ratingValue: rating.value, bestRating: 3, worstRating: 1 }),
      ratingExplanation: publication.explanation,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(author === null ? {} : { author }),
      ...(source.publishedAt === null ? {} : { datePublished: source.publishedAt }),
      ...appearances(claim),
    },
  }
}
