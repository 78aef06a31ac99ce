import type { Article } from '../../../schemas/article'
import type { ClaimSummary } from '../../../schemas/claim'
import type { ArticleAppearance } from '../../desk/appearances'
import type { Passage } from '../../desk/article-text'
import { StatusBadge } from './components'
import type { AddFormState } from '../../../schemas/forms'
import { AddClaimForm } from './editing'

type Segment = { text: string; claim?: ArticleAppearance }

/** Splits a paragraph into plain text and claim spans, spans in order and not overlapping. */
function segments(text: string, start: number, claims: readonly ArticleAppearance[]): Segment[] {
  const out: Segment[] = []
  let at = start
  const end = start + text.length
  for (const claim of claims) {
    if (claim.offsets.start < at || claim.offsets.end > end) continue
    out.push({ text: text.slice(at - start, claim.offsets.start - start) })
    out.push({ text: text.slice(claim.offsets.start - start, claim.offsets.end - start), claim })
    at = claim.offsets.end
  }
  out.push({ text: text.slice(at - start) })
  return out
}

/**
 * `/articles/:id`: the article with every appearance of a claim highlighted and linked to its
 * claim (a claim it restates or shares with another article is marked at each sentence).
 */
export function ArticlePage({
  article,
  claims,
  appearances,
  paragraphs,
  adding = null,
}: {
  article: Article
  claims: ClaimSummary[]
  appearances: ArticleAppearance[]
  /** The body's paragraphs, in reading order. */
  paragraphs: Passage[]
  /** For members: the sentences that are not claims yet, and the form to add one. */
  adding?: { form: AddFormState; sentences: Passage[] } | null
}) {
  const ordered = [...appearances].sort((a, b) => a.offsets.start - b.offsets.start)
  return (
    <>
      <p class="muted small">
        {article.outlet}
        {article.publishedAt !== null && ` · ${article.publishedAt}`}
        {article.url !== null && (
          <>
            {' · '}
            <a href={article.url} rel="noopener noreferrer nofollow">
              original
            </a>
          </>
        )}
      </p>
      <h1>{article.title}</h1>
      <p class="muted">
        {claims.length} claims highlighted{appearances.length > claims.length && ` in ${appearances.length} sentences`}.{' '}
        <a href={`/?article=${article.id}`}>List them</a>
      </p>
      <div class="article-text">
        {paragraphs.map((paragraph) => (
          <p>
            {segments(paragraph.text, paragraph.start, ordered).map((segment) =>
              segment.claim === undefined ? (
                segment.text
              ) : (
                <a href={`/claims/${segment.claim.claimId}`} title={`${segment.claim.speaker ?? 'Outlet'} · ${segment.claim.status}`}>
                  <mark>{segment.text}</mark>
                </a>
              ),
            )}
          </p>
        ))}
      </div>
      <h2>Claims</h2>
      <ul>
        {claims.map((claim) => (
          <li>
            <a href={`/claims/${claim.id}`}>{claim.span}</a> — {claim.speaker ?? 'outlet'} <StatusBadge status={claim.status} />
            {claim.dismissed && <span class="muted small"> dismissed</span>}
          </li>
        ))}
      </ul>
      {adding !== null && <AddClaimForm article={article} {...adding} />}
    </>
  )
}
