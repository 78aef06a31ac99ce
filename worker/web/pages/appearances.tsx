import type { Appearance, AppearanceMatch, Claim, ClaimSummary } from '../../../schemas/claim'
import type { CurationEvent, Suggestion } from '../../../schemas/curation'
import { STATUS_LABELS, SpanText, StatusBadge } from './components'

const MATCH_LABELS: Record<AppearanceMatch, string> = {
  extracted: 'where the claim was found',
  restatement: 'restated in the same article',
  copy: 'a copy, merged on ingest',
  confirmed: 'a suggested match a reviewer confirmed',
  merged: 'merged by a reviewer',
}

const EVENT_LABELS: Record<CurationEvent['kind'], string> = {
  merge: 'merged',
  split: 'split off',
  confirm: 'confirmed as the same claim as',
  reject: 'rejected as the same claim as',
}

/** "Already checked: refuted on 2024-05-01": the desk concluded this claim before it came back. */
export function AlreadyChecked({ verdict }: { verdict: { status: Claim['status']; on: string; appearedAt?: string } }) {
  return (
    <span class="checked">
      Already checked: {STATUS_LABELS[verdict.status].toLowerCase()} on {verdict.on}
      {verdict.appearedAt !== undefined && `; it came back on ${verdict.appearedAt.slice(0, 10)}`}
    </span>
  )
}

/** On a claim list: how many sentences make the claim, and whether it came back after its verdict. */
export function RepeatMeta({ claim }: { claim: ClaimSummary }) {
  return (
    <>
      {claim.appearanceCount > 1 && <span>{claim.appearanceCount} appearances</span>}
      {claim.alreadyChecked !== null && <AlreadyChecked verdict={claim.alreadyChecked} />}
    </>
  )
}

/** Every appearance a claim holds, each with its own article, speaker and outlet; reviewers may split one off. */
export function AppearanceList({ claim, signedIn }: { claim: Claim; signedIn: boolean }) {
  const more = claim.appearanceCount - claim.appearances.length
  return (
    <>
      <h2 id="appearances">Appearances ({claim.appearanceCount})</h2>
      <ol class="appearances">
        {claim.appearances.map((appearance: Appearance) => (
          <li>
            <p class="muted small">
              <a href={`/articles/${appearance.articleId}`}>{appearance.source.title}</a> · {appearance.source.outlet}
              {appearance.source.publishedAt !== null && ` · ${appearance.source.publishedAt}`} · {MATCH_LABELS[appearance.match]}
              {appearance.match !== 'extracted' && ` (word overlap ${appearance.similarity.toFixed(2)})`}
            </p>
            <blockquote class="context">
              <SpanText text={appearance.text} span={appearance.span} />
            </blockquote>
            <p class="small">
              {appearance.attribution.speaker ?? `The outlet (${appearance.source.outlet})`}
              {appearance.attribution.via !== null && `, via ${appearance.attribution.via}`}
              {appearance.alreadyChecked !== null && (
                <>
                  {' '}
                  <AlreadyChecked verdict={appearance.alreadyChecked} />
                </>
              )}
            </p>
            {signedIn && appearance.id !== claim.id && (
              <form method="post" action={`/claims/${claim.id}/appearances/${appearance.id}/split`}>
                <button class="secondary" type="submit">
                  Not the same claim: split it off
                </button>
              </form>
            )}
          </li>
        ))}
      </ol>
      {more > 0 && (
        <p class="muted small">
          And {more} more: <a href={`/api/claims/${claim.id}/appearances`}>every appearance (JSON)</a>.
        </p>
      )}
    </>
  )
}

/** Claims this one may be, for a reviewer to confirm or reject. */
export function SuggestionList({ claim, suggestions, signedIn }: { claim: Claim; suggestions: Suggestion[]; signedIn: boolean }) {
  if (suggestions.length === 0) return null
  return (
    <>
      <h2 id="suggestions">Possibly the same claim</h2>
      <ul class="suggestions">
        {suggestions.map((suggestion) => (
          <li>
            <a href={`/claims/${suggestion.otherId}`}>{suggestion.otherText}</a>{' '}
            <span class="muted small">word overlap {suggestion.similarity.toFixed(2)}</span>
            {suggestion.decision !== null ? (
              <p class="muted small">
                {suggestion.decision.outcome === 'confirmed' ? 'Confirmed' : 'Rejected'} by {suggestion.decision.reviewer} on{' '}
                {suggestion.decision.at.slice(0, 10)}
              </p>
            ) : (
              signedIn && (
                <form method="post" action={`/claims/${claim.id}/suggestions/${suggestion.otherId}`} class="decide">
                  <button type="submit" name="decision" value="confirmed">
                    Same claim
                  </button>{' '}
                  <button class="secondary" type="submit" name="decision" value="rejected">
                    Not the same
                  </button>
                </form>
              )
            )}
          </li>
        ))}
      </ul>
    </>
  )
}

/** For reviewers: merge this claim into another by id. */
export function MergeForm({ claim }: { claim: Claim }) {
  return (
    <form class="merge" method="post" action={`/claims/${claim.id}/merge`}>
      <label>
        Merge into claim <span class="hint">The id of the claim this one repeats; its appearances and reviews move there.</span>
        <input type="text" name="into" required maxlength={64} pattern="[a-z0-9\-]{1,64}" />
      </label>
      <button class="secondary" type="submit">
        Merge
      </button>
    </form>
  )
}

/** Merges, splits and decided suggestions, oldest first. */
export function EventList({ events }: { events: CurationEvent[] }) {
  if (events.length === 0) return null
  return (
    <>
      <h2 id="changes">Changes to this claim</h2>
      <ol class="history small">
        {events.map((event) => (
          <li>
            <time datetime={event.at}>{event.at.slice(0, 16).replace('T', ' ')} UTC</time> {event.reviewer}:{' '}
            <a href={`/claims/${event.from}`}>{event.from}</a> {EVENT_LABELS[event.kind]} {event.kind === 'split' ? 'from' : ''}{' '}
            <a href={`/claims/${event.to}`}>{event.to}</a>
          </li>
        ))}
      </ol>
    </>
  )
}

/** `/checked`: claims that came back after their verdict, so the desk can answer without checking again. */
export function CheckedPage({ claims, next }: { claims: ClaimSummary[]; next: string | null }) {
  return (
    <>
      <h1>Already checked, and back again</h1>
      <p class="muted">Claims with a verdict that a newly posted article repeats. Their verdict covers the new appearance.</p>
      {claims.length === 0 ? (
        <p class="muted">{next === null ? 'No checked claim has come back.' : 'None in this part of the store; look further on.'}</p>
      ) : (
        <ul class="claims">
          {claims.map((claim) => (
            <li>
              <a href={`/claims/${claim.id}#appearances`}>
                <SpanText text={claim.text} span={claim.span} />
              </a>
              <div class="meta">
                <StatusBadge status={claim.status} />
                <span>{claim.speaker ?? 'Outlet’s own reporting'}</span>
                <RepeatMeta claim={claim} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {next !== null && (
        <nav class="pager" aria-label="Pages">
          <span />
          <a href={`/checked?cursor=${next}`}>More →</a>
        </nav>
      )}
    </>
  )
}
