import type { ArticleSummary } from '../../../schemas/article'
import type { ClaimSummary } from '../../../schemas/claim'
import { STATUSES, type Status } from '../../../schemas/status'
import type { ClaimListQuery } from '../../../schemas/query'
import { RepeatMeta } from './appearances'
import { ProgressChart, STATUS_LABELS, SpanText, StatusBadge } from './components'

export interface ListFilters {
  status?: Status
  article?: string
  q?: string
  speaker?: string
  from?: string
  to?: string
  order?: ClaimListQuery['order']
  /** Page size, when not the default. */
  limit?: number
  /** Only dismissed claims. */
  dismissed?: boolean
  /** Only claims assigned to this member. */
  assignee?: string
}

/** `/`: every claim, filtered, with review progress at the top. */
export function ClaimListPage(props: {
  claims: ClaimSummary[]
  articles: ArticleSummary[]
  counts: Record<Status, number>
  filters: ListFilters
  next: string | null
  /** Whether this is a later page (a cursor was given). */
  paged: boolean
  /** The signed-in member, who sees assignees and their own claims. */
  member?: string | null
}) {
  const { claims, articles, counts, filters, next, paged } = props
  const member = props.member ?? null
  const titles = new Map(articles.map((article) => [article.id, article.title]))
  const query = (cursor?: string) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value))
    if (cursor !== undefined) params.set('cursor', cursor)
    return `/?${params}`
  }
  return (
    <>
      <h1>
        {filters.assignee !== undefined && filters.assignee === member
          ? 'Assigned to me'
          : filters.dismissed
            ? 'Dismissed claims'
            : 'Claims'}
      </h1>
      <ProgressChart counts={counts} />
      <p class="small views">
        <a href="/?status=unreviewed&amp;order=checkworthy">Queue: most check-worthy first</a>
        <a href="/checked">Claims already checked that came back →</a>
        {member !== null && <a href={`/?${new URLSearchParams({ assignee: member })}`}>Assigned to me</a>}
        {member !== null && <a href="/?dismissed=true">Dismissed claims</a>}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: role="search" on the form is the ARIA pattern screen readers know; <search> is too new for many */}
      <form class="filters" method="get" action="/" role="search">
        <label>
          Status
          <select name="status">
            <option value="">Any status</option>
            {STATUSES.map((status) => (
              <option value={status} selected={filters.status === status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Article
          <select name="article">
            <option value="">Any article</option>
            {articles.map((article) => (
              <option value={article.id} selected={filters.article === article.id}>
                {article.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Words
          <input type="search" name="q" value={filters.q ?? ''} maxlength={200} />
        </label>
        <label>
          Speaker
          <input type="text" name="speaker" value={filters.speaker ?? ''} maxlength={200} />
        </label>
        <label>
          Articles from
          <input type="date" name="from" value={filters.from ?? ''} />
        </label>
        <label>
          to
          <input type="date" name="to" value={filters.to ?? ''} />
        </label>
        <label>
          Order
          <select name="order">
            <option value="">Newest articles first</option>
            <option value="checkworthy" selected={filters.order === 'checkworthy'}>
              Most check-worthy first
            </option>
          </select>
        </label>
        {filters.assignee !== undefined && <input type="hidden" name="assignee" value={filters.assignee} />}
        {filters.dismissed && <input type="hidden" name="dismissed" value="true" />}
        <button type="submit">Filter</button>
        {(filters.status ||
          filters.article ||
          filters.q ||
          filters.speaker ||
          filters.from ||
          filters.to ||
          filters.order ||
          filters.assignee ||
          filters.dismissed) && <a href="/">Clear</a>}
      </form>
      {claims.length === 0 ? (
        <p class="muted">No claims match.</p>
      ) : (
        <ul class="claims">
          {claims.map((claim) => (
            <li>
              <a href={`/claims/${claim.id}`}>
                <SpanText text={claim.text} span={claim.span} />
              </a>
              <div class="meta">
                <StatusBadge status={claim.status} />
                <span>{claim.speaker ?? 'Outlet’s own reporting'}</span>
                {claim.speakerUncertain && <span class="uncertain">check the speaker</span>}
                <a href={`/articles/${claim.articleId}`}>{titles.get(claim.articleId) ?? 'Article'}</a>
                <RepeatMeta claim={claim} />
                {member !== null && claim.assignee !== null && <span>assigned to {claim.assignee}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
      <nav class="pager" aria-label="Pages">
        {paged ? <a href={query()}>← First claims</a> : <span />}
        {next !== null && <a href={query(next)}>Next claims →</a>}
      </nav>
    </>
  )
}
