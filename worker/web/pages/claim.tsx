import { type Claim, type ClaimSummary, LOW_CONFIDENCE, type SpeakerType } from '../../../schemas/claim'
import type { CurationEvent, Suggestion } from '../../../schemas/curation'
import type { EditFormState, ReviewFormState } from '../../../schemas/forms'
import { isVerdict } from '../../../schemas/status'
import { cameBackAfterVerdict } from '../../model/appearance-projection'
import type { Passage } from '../../desk/article-text'
import { AlreadyChecked, AppearanceList, EventList, MergeForm, SuggestionList } from './appearances'
import { EvidenceLinks, SpanText, StatusBadge } from './components'
import { ClaimEditingForms, DismissedNotice, EditNote } from './editing'
import { EditorActions, PublicationPanel } from './publication'
import { ReviewForm } from './review-form'

const SPEAKER_TYPE_LABELS: Record<SpeakerType, string> = {
  person: 'A named person',
  unnamed: 'A source the article does not name',
  organization: 'An organization',
  document: 'A document (report, study, statement, data)',
  outlet: 'The outlet itself',
}

/** The paragraph of the article that holds the claim's sentence, with the span marked; without one, the claim's sentence. */
function ClaimContext({ claim, passage }: { claim: Claim; passage: Passage | null }) {
  if (passage === null) {
    return (
      <blockquote class="context">
        <SpanText text={claim.text} span={claim.span} />
      </blockquote>
    )
  }
  return (
    <blockquote class="context">
      {passage.text.slice(0, claim.offsets.start - passage.start)}
      <mark>{claim.span}</mark>
      {passage.text.slice(claim.offsets.end - passage.start)}
    </blockquote>
  )
}

/** `/claims/:id`: the claim in context, who said it, its history and the review form. */
export function ClaimPage(props: {
  claim: Claim
  /** The paragraph of the article that holds the claim, or null when the article no longer holds its span. */
  passage: Passage | null
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
  const { claim, passage, reviewer, form, confirmation, jsonLd, suggestions, events } = props
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
      <ClaimContext claim={claim} passage={passage} />
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
              {review.kind !== 'review' && (
                <span class="muted"> {review.kind === 'publish' ? 'published the verdict' : 'corrected the verdict'}</span>
              )}{' '}
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
              {review.sources !== undefined && <EvidenceLinks sources={review.sources} />}
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
