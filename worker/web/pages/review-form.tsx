import type { Claim } from '../../../schemas/claim'
import type { ReviewFormState } from '../../../schemas/forms'
import { STATUSES } from '../../../schemas/status'
import { FieldError, STATUS_LABELS } from './components'

/** A claim page's review form: a status, an internal note, a public explanation and evidence links. */
export function ReviewForm({ claim, state }: { claim: Claim; state: ReviewFormState }) {
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
