import type { Claim } from '../../../schemas/claim'
import { VERDICTS } from '../../../schemas/status'
import { EvidenceLinks, STATUS_LABELS, StatusBadge } from './components'

const day = (timestamp: string) => timestamp.slice(0, 10)

/** The published verdict, what readers see of it, with every correction; or, for members, the proposal waiting for an editor. */
export function PublicationPanel({ claim, member }: { claim: Claim; member: boolean }) {
  const { publication } = claim
  if (publication === null) {
    const proposal = member ? claim.proposal : null
    if (proposal === null || proposal.status === undefined || !(VERDICTS as readonly string[]).includes(proposal.status)) return null
    return (
      <section id="verdict" aria-labelledby="verdict-title">
        <h2 id="verdict-title">Proposed verdict</h2>
        <p>
          <StatusBadge status={proposal.status} /> proposed by {proposal.reviewer} on {day(proposal.createdAt)}: not published. Only an
          editor can publish it, and only with a public explanation and at least one source.
        </p>
      </section>
    )
  }
  return (
    <section id="verdict" aria-labelledby="verdict-title">
      <h2 id="verdict-title">Verdict</h2>
      <p>
        <StatusBadge status={publication.status} /> published {day(publication.publishedAt)}
        {publication.dateModified !== null && `, corrected ${day(publication.dateModified)}`}
      </p>
      <p>{publication.explanation}</p>
      <EvidenceLinks sources={publication.sources} />
      {publication.corrections.length > 0 && (
        <>
          <h3>Corrections</h3>
          <ol class="history">
            {publication.corrections.map((correction) => (
              <li>
                <time datetime={correction.at}>{day(correction.at)}</time>: <span class="note">{correction.note}</span>{' '}
                <span class="muted small">
                  (before: {STATUS_LABELS[correction.before.status]}, “{correction.before.explanation}”)
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

/** For editors: publish the proposed verdict, or correct the published one with a public note. */
export function EditorActions({ claim, refused }: { claim: Claim; refused: string | null }) {
  return (
    <section aria-labelledby="editor-title">
      <h2 id="editor-title">Editor</h2>
      {refused !== null && (
        <p class="alert" role="alert">
          {refused}
        </p>
      )}
      {claim.publication === null ? (
        <form class="review" method="post" action={`/claims/${claim.id}/publish`}>
          <p class="hint">
            Publishes the latest proposed verdict with its explanation and sources as this desk's ClaimReview. It is then locked: change it
            with a correction.
          </p>
          <div>
            <button type="submit">Publish the proposed verdict</button>
          </div>
        </form>
      ) : (
        <form class="review" method="post" action={`/claims/${claim.id}/correct`}>
          <label>
            Correction note <span class="hint">Public: shown with the verdict and in the ClaimReview.</span>
            <textarea name="note" maxlength={500} required />
          </label>
          <label>
            New verdict <span class="hint">Leave as is to keep {STATUS_LABELS[claim.publication.status]}.</span>
            <select name="status">
              <option value="">Keep: {STATUS_LABELS[claim.publication.status]}</option>
              {VERDICTS.map((status) => (
                <option value={status}>{STATUS_LABELS[status]}</option>
              ))}
            </select>
          </label>
          <label>
            New public explanation <span class="hint">Leave empty to keep the published one.</span>
            <input type="text" name="explanation" maxlength={500} />
          </label>
          <div>
            <button type="submit">Publish the correction</button>
          </div>
        </form>
      )}
    </section>
  )
}
