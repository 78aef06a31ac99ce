import type { ClaimReview, NewsArticle, Organization, Person, WithContext } from 'schema-dts'
import type { Claim } from '../schemas/claim'
import { isVerdict, type Verdict } from '../schemas/status'
import { latestStatusReview } from './store'

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


const ORGANIZATION_WORDS =
  /\b(agency|association|authority|bank|board|bureau|commission|company|corporation|council|department|government|group|inc|institute|ltd|ministry|office|organi[sz]ation|party|plc|treasury|union|university)\b/i

/** Who made the claim: a Person (with job title) when it reads as a name, an Organization otherwise. */
function claimAuthor(claim: Claim): Person | Organization {
  const { speaker, role, organization } = claim.attribution
  if (speaker === null) return { '@type': 'Organization', name: claim.source.outlet }
  const isPerson = role !== null || (/\s/.test(speaker) && !ORGANIZATION_WORDS.test(speaker))
  if (!isPerson) return { '@type': 'Organization', name: speaker }
  return {
    '@type': 'Person',
    name: speaker,
    ...(role === null ? {} : { jobTitle: role }),
    ...(organization === null ? {} : { affiliation: { '@type': 'Organization', name: organization } }),
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
 * `claimUrl` is the absolute address of the claim's page.
 */
export function claimReview(claim: Claim, desk: Desk, claimUrl: string): WithContext<ClaimReview> | null {
  if (!isVerdict(claim.status)) return null
  const verdict = latestStatusReview(claim.notes)
  const rating = RATINGS[claim.status]
  const { source } = claim
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimUrl,
    claimReviewed: claim.text,
    datePublished: (verdict?.createdAt ?? claim.updatedAt).slice(0, 10),
    author: { '@type': 'Organization', name: desk.name, url: desk.url },
    reviewRating: {
      '@type': 'Rating',
      alternateName: rating.name,
      ...(rating.value === undefined ? {} : { ratingValue: rating.value, bestRating: 3, worstRating: 1 }),
      ...(verdict?.explanation === undefined ? {} : { ratingExplanation: verdict.explanation }),
    },
    itemReviewed: {
      '@type': 'Claim',
      author: claimAuthor(claim),
      ...(source.publishedAt === null ? {} : { datePublished: source.publishedAt }),
      ...appearances(claim),
    },
  }
}
