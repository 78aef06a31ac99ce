import { isVerdict } from '../../../schemas/status'
import { EditorActions, PublicationPanel } from './publication'
import type { Article, ArticleSummary } from '../../../schemas/article'
import { type Claim, type ClaimSummary, LOW_CONFIDENCE, type SpeakerType } from '../../../schemas/claim'
import { STATUSES, type Status } from '../../../schemas/status'
import { parseArticle } from '../../extract/article'
import { cameBackAfterVerdict } from '../../desk/appearance-projection'

const SPEAKER_TYPE_LABELS: Record<SpeakerType, string> = {
  person: 'A named person',
  unnamed: 'A source the article does not name',
  organization: 'An organization',
  document: 'A document (report, study, statement, data)',
  outlet: 'The outlet itself',
}
import type { CurationEvent, Suggestion } from '../../../schemas/curation'
import type { ClaimOrder } from '../../store/ledger-sql'
import { AlreadyChecked, AppearanceList, EventList, MergeForm, RepeatMeta, SuggestionList } from './appearances'
import { EvidenceLinks, FieldError, ProgressChart, STATUS_LABELS, SpanText, StatusBadge } from './components'
import { ClaimEditingForms, DismissedNotice, EditNote } from './editing'
import type { EditFormState, ReviewFormState } from '../../../schemas/forms'

export interface ListFilters {
  status?: Status
  article?: string
  q?: string
  speaker?: string
  order?: ClaimOrder
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
      <h1>{filters.assignee !== undefined && filters.assignee === member ? 'Assigned to me' : filters.dismissed ? 'Dismissed claims' : 'Claims'}</h1>
      <ProgressChart counts={counts} />
      <p class="small views">
        <a href="/?status=unreviewed&amp;order=checkworthy">Queue: most check-worthy first</a>
        <a href="/checked">Claims already checked that came back →</a>
        {member !== null && <a href={`/?${new URLSearchParams({ assignee: member })}`}>Assigned to me</a>}
        {member !== null && <a href="/?dismissed=true">Dismissed claims</a>}
      </p>
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
        {(filters.status || filters.article || filters.q || filters.speaker || filters.order || filters.assignee || filters.dismissed) && <a href="/">Clear</a>}
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

/** The paragraph of the article that holds the claim's sentence, with the span marked. */
function ClaimContext({ claim, article }: { claim: Claim; article: Article | null }) {
  if (article === null || article.text.slice(claim.offsets.start, claim.offsets.end) !== claim.span) {
    return (
      <blockquote class="context">
        <SpanText text={claim.text} span={claim.span} />
      </blockquote>
    )
  }
  const { text } = article
  const paragraph = parseArticle(text).paragraphs.find((candidate) => candidate.start <= claim.offsets.start && claim.offsets.end <= candidate.end)
  const start = paragraph?.start ?? claim.sentenceOffsets.start
  const end = paragraph?.end ?? claim.sentenceOffsets.end
  return (
    <blockquote class="context">
      {text.slice(start, claim.offsets.start)}
      <mark>{claim.span}</mark>
      {text.slice(claim.offsets.end, end)}
    </blockquote>
  )
}

function ReviewForm({ claim, state }: { claim: Claim; state: ReviewFormState }) {
  const { values, errors } = state
  const described = (field: keyof ReviewFormState['errors'], hint?: string) =>
    [hint, errors[field] === undefined ? undefined : `${field}-error`].filter(Boolean).join(' ') || undefined
  return (
    <form class="review" method="post" action={`/claims/${claim.id}/review`} novalidate>
      {errors.form !== undefined && (
        <p class="alert" role="alert">
          {errors.form}
        </p>
      )}
      <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} />
      <label>
        Status
        <select name="status" aria-describedby={described('status')} aria-invalid={errors.status !== undefined}>
          <option value="">Keep: {STATUS_LABELS[claim.status]}</option>
          {STATUSES.map((status) => (
            <option value={status} selected={values.status === status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <FieldError id="status-error" message={errors.status} />
      </label>
      <label>
        Note <span class="hint">Internal: what you checked and found, seen by the desk only, with your name.</span>
        <textarea name="note" maxlength={5000} aria-describedby={described('note')} aria-invalid={errors.note !== undefined}>
          {values.note}
        </textarea>
        <FieldError id="note-error" message={errors.note} />
      </label>
      <label>
        Public explanation <span class="hint">Public once an editor publishes your verdict: one line, in the ClaimReview.</span>
        <input type="text" name="explanation" value={values.explanation} maxlength={500} aria-describedby={described('explanation')} />
        <FieldError id="explanation-error" message={errors.explanation} />
      </label>
      <label>
        Evidence links <span class="hint">Public with a published verdict: one URL per line.</span>
        <textarea name="sources" rows={3} aria-describedby={described('sources')} aria-invalid={errors.sources !== undefined}>
          {values.sources}
        </textarea>
        <FieldError id="sources-error" message={errors.sources} />
      </label>
      <div>
        <button type="submit">Save review</button>
      </div>
    </form>
  )
}

/** `/claims/:id`: the claim in context, who said it, its history and the review form. */
export function ClaimPage(props: {
  claim: Claim
  article: Article | null
  reviewer: string | null
  form: ReviewFormState | null
  /** After a save: the confirmation, with the next claim nobody has reviewed yet. */
  confirmation: { next: ClaimSummary | null } | null
  jsonLd: string | null
  /** Claims this one may be, and the merges and splits made to it. */
  suggestions: Suggestion[]
  events: CurationEvent[]
  /** Why a split, merge or decision from this page was refused, if one was. */
  refused?: string | null
  /** The signed-in member may publish and correct verdicts. */
  canPublish?: boolean
  /** Why a publication or correction from this page was refused, if one was. */
  editorRefused?: string | null
  /** For members: who the claim may be assigned to, and the correction form. */
  editing?: { members: readonly string[]; form: EditFormState } | null
}) {
  const { claim, article, reviewer, form, confirmation, jsonLd, suggestions, events } = props
  const checked = cameBackAfterVerdict(claim)
  const { attribution, source } = claim
  return (
    <>
      {props.refused != null && (
        <p class="alert" role="alert">
          {props.refused}
        </p>
      )}
      {confirmation !== null && (
        <p class="notice" role="status">
          Review saved. The claim is now <StatusBadge status={claim.status} />
          {claim.publication === null && isVerdict(claim.status) && ' (proposed: an editor publishes it)'}
          {confirmation.next !== null && (
            <>
              {' '}
              <a href={`/claims/${confirmation.next.id}`}>Next unreviewed claim →</a>
            </>
          )}
        </p>
      )}
      <DismissedNotice claim={claim} signedIn={reviewer !== null} />
      <p class="muted small">
        <a href={`/articles/${claim.articleId}`}>{source.title}</a> · {source.outlet}
        {source.publishedAt !== null && ` · ${source.publishedAt}`}
      </p>
      <h1>
        <SpanText text={claim.text} span={claim.span} />
      </h1>
      <p>
        <StatusBadge status={claim.status} /> <span class="muted small">{claim.kind}</span>
        {checked !== null && (
          <>
            {' '}
            <AlreadyChecked verdict={checked} />
          </>
        )}
      </p>
      <h2>In context</h2>
      <ClaimContext claim={claim} article={article} />
      <h2>Who said it</h2>
      <dl class="attribution">
        <dt>Speaker</dt>
        <dd>{attribution.speaker ?? `Nobody named: the outlet (${source.outlet}) asserts it`}</dd>
        {attribution.role !== null && (
          <>
            <dt>Role</dt>
            <dd>{attribution.role}</dd>
          </>
        )}
        {attribution.organization !== null && (
          <>
            <dt>Organization</dt>
            <dd>{attribution.organization}</dd>
          </>
        )}
        {attribution.via !== null && (
          <>
            <dt>Via</dt>
            <dd>{attribution.via}</dd>
          </>
        )}
        <dt>How</dt>
        <dd>{{ direct: 'Direct quote', reported: 'Reported speech', outlet: 'Outlet’s own reporting' }[attribution.mode]}</dd>
        <dt>Source type</dt>
        <dd>{SPEAKER_TYPE_LABELS[attribution.speakerType]}</dd>
        <dt>Found by</dt>
        <dd>
          rule <code>{attribution.rule}</code>, confidence {attribution.confidence.toFixed(2)}
          {attribution.confidence < LOW_CONFIDENCE && <span class="uncertain">low: check the speaker first</span>}
        </dd>
        <dt>Outlet</dt>
        <dd>
          {source.url === null ? source.outlet : <a href={source.url}>{source.outlet}</a>}
          {source.publishedAt !== null && `, ${source.publishedAt}`}
        </dd>
      </dl>
      <EditNote claim={claim} signedIn={reviewer !== null} />
      <AppearanceList claim={claim} signedIn={reviewer !== null} />
      <SuggestionList claim={claim} suggestions={suggestions} signedIn={reviewer !== null} />
      <EventList events={events} />
      <PublicationPanel claim={claim} member={reviewer !== null} />
      {props.canPublish === true && <EditorActions claim={claim} refused={props.editorRefused ?? null} />}
      <h2 id="history">Review history</h2>
      {reviewer === null ? (
        <p class="muted">The desk's notes are internal: members see them when signed in.</p>
      ) : claim.notes.length === 0 ? (
        <p class="muted">Nobody has reviewed this claim yet.</p>
      ) : (
        <ol class="history">
          {claim.notes.map((review) => (
            <li>
              <strong>{review.reviewer}</strong>
              {review.kind !== 'review' && <span class="muted"> {review.kind === 'publish' ? 'published the verdict' : 'corrected the verdict'}</span>}{' '}
              <time datetime={review.createdAt}>{review.createdAt.slice(0, 16).replace('T', ' ')} UTC</time>
              {review.status !== undefined && (
                <>
                  {' '}
                  <StatusBadge status={review.status} />
                </>
              )}
              {review.note !== undefined && <p class="note">{review.note}</p>}
              {review.explanation !== undefined && (
                <p>
                  <em>Verdict:</em> {review.explanation}
                </p>
              )}
              {review.sources !== undefined && (
                <EvidenceLinks sources={review.sources} />
              )}
            </li>
          ))}
        </ol>
      )}
      <h2>Review</h2>
      {form !== null ? (
        <ReviewForm claim={claim} state={form} />
      ) : reviewer === null ? (
        <p>
          <a href={`/login?next=/claims/${claim.id}`}>Sign in</a> to review this claim.
        </p>
      ) : null}
      {props.editing != null && <ClaimEditingForms claim={claim} {...props.editing} />}
      {reviewer !== null && (
        <>
          <h2 id="merge">Repeats another claim?</h2>
          <MergeForm claim={claim} />
        </>
      )}
      {jsonLd !== null && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />}
    </>
  )
}
