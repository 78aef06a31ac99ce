import type { Article } from '../../../schemas/article'
import { type Claim, SPEAKER_TYPES, type SpeakerType } from '../../../schemas/claim'
import { MAX_DISMISS_REASON_CHARS, MAX_NAME_CHARS, MAX_SPAN_CHARS } from '../../../schemas/editing'
import type { AddFormState, AttributionFormField, AttributionFormValues, EditFormState } from '../../../schemas/forms'
import type { Passage } from '../../desk/article-text'
import { FieldError } from './components'

const SPEAKER_TYPE_CHOICES: Record<SpeakerType, string> = {
  outlet: 'The outlet itself (no speaker)',
  person: 'A named person',
  unnamed: 'A source the article does not name',
  organization: 'An organization',
  document: 'A document (report, study, data)',
}

/** The correction form as the claim is now. */
export function editFormOf(claim: Claim): EditFormState {
  const { speaker, role, organization, via, speakerType } = claim.attribution
  return {
    values: { span: claim.span, speaker: speaker ?? '', role: role ?? '', organization: organization ?? '', via: via ?? '', speakerType },
    errors: {},
  }
}

/** An empty "add a claim" form: credited to the outlet unless the member names a speaker. */
export function emptyAddForm(): AddFormState {
  return { values: { sentenceStart: '', span: '', speaker: '', role: '', organization: '', via: '', speakerType: 'outlet' }, errors: {} }
}

const shorten = (value: string, length: number) => (value.length <= length ? value : `${value.slice(0, length - 1)}…`)

function FormAlert({ message }: { message: string | undefined }) {
  if (message === undefined) return null
  return (
    <p class="alert" role="alert">
      {message}
    </p>
  )
}

/** Speaker, role, organization, via and source type: shared by the correction and add forms. */
function AttributionFields({
  values,
  errors,
  idPrefix,
}: {
  values: AttributionFormValues
  errors: Partial<Record<AttributionFormField, string>>
  idPrefix: string
}) {
  const text = (field: Exclude<AttributionFormField, 'speakerType'>, label: string, hint: string) => (
    <label>
      {label} <span class="hint">{hint}</span>
      <input
        type="text"
        name={field}
        value={values[field]}
        maxlength={MAX_NAME_CHARS}
        aria-invalid={errors[field] !== undefined}
        aria-describedby={errors[field] === undefined ? undefined : `${idPrefix}-${field}-error`}
      />
      <FieldError id={`${idPrefix}-${field}-error`} message={errors[field]} />
    </label>
  )
  return (
    <>
      {text('speaker', 'Speaker', 'Who asserted it; empty for the outlet’s own voice.')}
      <label>
        Source type
        <select
          name="speakerType"
          aria-invalid={errors.speakerType !== undefined}
          aria-describedby={errors.speakerType === undefined ? undefined : `${idPrefix}-speakerType-error`}
        >
          {SPEAKER_TYPES.map((type) => (
            <option value={type} selected={values.speakerType === type}>
              {SPEAKER_TYPE_CHOICES[type]}
            </option>
          ))}
        </select>
        <FieldError id={`${idPrefix}-speakerType-error`} message={errors.speakerType} />
      </label>
      {text('role', 'Role', 'Empty for none.')}
      {text('organization', 'Organization', 'Empty for none.')}
      {text('via', 'Via', 'The agency or outlet that carried it; empty for none.')}
    </>
  )
}

/** A notice at the top of a dismissed claim's page. */
export function DismissedNotice({ claim, signedIn }: { claim: Claim; signedIn: boolean }) {
  const { dismissed } = claim
  if (dismissed === null) return null
  return (
    <div class="notice dismissed" role="status">
      <p>
        Dismissed as not check-worthy{signedIn && ` by ${dismissed.by}`} on {dismissed.at.slice(0, 10)}: out of the queue, its history kept.
      </p>
      {signedIn && dismissed.reason !== null && <p class="note">Reason: {dismissed.reason}</p>}
    </div>
  )
}

/** Under "Who said it": whether a member added or corrected the claim. Names are for members only. */
export function EditNote({ claim, signedIn }: { claim: Claim; signedIn: boolean }) {
  const { added, edited, assignee } = claim
  return (
    <>
      {added !== null && (
        <p class="muted small" id="added">
          Added by {signedIn ? added.by : 'the desk'} on {added.at.slice(0, 10)}: the extractor missed it.
        </p>
      )}
      {edited !== null && added?.at !== edited.at && (
        <p class="muted small" id="edited">
          Corrected by {signedIn ? edited.by : 'the desk'} on {edited.at.slice(0, 10)}; re-extraction keeps the correction.
        </p>
      )}
      {signedIn && (
        <p class="small" id="assignee">
          {assignee === null ? 'Nobody is assigned to this claim.' : `Assigned to ${assignee}.`}
        </p>
      )}
    </>
  )
}

/** For members: correct the span and attribution, assign, dismiss or restore. */
export function ClaimEditingForms({ claim, members, form }: { claim: Claim; members: readonly string[]; form: EditFormState }) {
  const { values, errors } = form
  return (
    <>
      <h2 id="fix">Fix this claim</h2>
      <div class="fix">
        <form class="review" method="post" action={`/claims/${claim.id}/edit`} novalidate>
          <FormAlert message={errors.form} />
          <label>
            Checkable part <span class="hint">Text of the sentence, exactly as published.</span>
            <textarea
              name="span"
              rows={2}
              maxlength={MAX_SPAN_CHARS}
              aria-invalid={errors.span !== undefined}
              aria-describedby={errors.span === undefined ? undefined : 'edit-span-error'}
            >
              {values.span}
            </textarea>
            <FieldError id="edit-span-error" message={errors.span} />
          </label>
          <AttributionFields values={values} errors={errors} idPrefix="edit" />
          <div>
            <button type="submit">Save correction</button>
          </div>
        </form>
        <form class="merge" method="post" action={`/claims/${claim.id}/assignee`}>
          <label>
            Assigned to
            <select name="name">
              <option value="">Nobody</option>
              {members.map((name) => (
                <option value={name} selected={claim.assignee === name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <button class="secondary" type="submit">
            Assign
          </button>
        </form>
        {claim.dismissed === null ? (
          <form class="merge" method="post" action={`/claims/${claim.id}/dismiss`}>
            <label>
              Not check-worthy? <span class="hint">Dismissing keeps the claim and its history, out of the queue. Reason (optional):</span>
              <input type="text" name="reason" maxlength={MAX_DISMISS_REASON_CHARS} />
            </label>
            <button class="secondary" type="submit">
              Dismiss
            </button>
          </form>
        ) : (
          <form method="post" action={`/claims/${claim.id}/undismiss`}>
            <button class="secondary" type="submit">
              Put it back in the queue
            </button>
          </form>
        )}
      </div>
    </>
  )
}

/** For members on an article page: add a sentence the extractor missed as a claim. */
export function AddClaimForm({ article, sentences, form }: { article: Article; sentences: readonly Passage[]; form: AddFormState }) {
  const { values, errors } = form
  return (
    <>
      <h2 id="add">Add a claim the extractor missed</h2>
      {sentences.length === 0 ? (
        <p class="muted">Every sentence of this article already is a claim.</p>
      ) : (
        <form class="review add" method="post" action={`/articles/${article.id}/claims`} novalidate>
          <FormAlert message={errors.form} />
          <label>
            Sentence
            <select
              name="sentenceStart"
              aria-invalid={errors.sentenceStart !== undefined}
              aria-describedby={errors.sentenceStart === undefined ? undefined : 'add-sentenceStart-error'}
            >
              {sentences.map((sentence) => (
                <option value={String(sentence.start)} selected={values.sentenceStart === String(sentence.start)}>
                  {shorten(sentence.text, 140)}
                </option>
              ))}
            </select>
            <FieldError id="add-sentenceStart-error" message={errors.sentenceStart} />
          </label>
          <label>
            Checkable part <span class="hint">Text of that sentence, exactly as published; empty for the whole sentence.</span>
            <textarea
              name="span"
              rows={2}
              maxlength={MAX_SPAN_CHARS}
              aria-invalid={errors.span !== undefined}
              aria-describedby={errors.span === undefined ? undefined : 'add-span-error'}
            >
              {values.span}
            </textarea>
            <FieldError id="add-span-error" message={errors.span} />
          </label>
          <AttributionFields values={values} errors={errors} idPrefix="add" />
          <div>
            <button type="submit">Add claim</button>
          </div>
        </form>
      )}
    </>
  )
}
