import {
  type Appearance,
  type Attribution,
  type Claim,
  type ClaimEdits,
  EDITABLE_ATTRIBUTION_FIELDS,
  type ExtractedClaim,
  HUMAN_RULE,
} from '../../schemas/claim'
import type { AttributionEditInput } from '../../schemas/editing'

// How a desk member's corrections sit on a claim: pure, so the store can lay them over freshly
// extracted fields on every save. The operations that make them are in editing.ts.

/** A claim record nobody has edited, added, dismissed or assigned. */
export const UNTOUCHED = { edited: null, added: null, dismissed: null, assignee: null } as const

/** A claim nobody has reviewed, published, edited or assigned yet, with these appearances. */
export function freshClaim(
  id: string,
  articleId: string,
  fields: ExtractedClaim,
  source: Claim['source'],
  at: string,
  appearances: Appearance[],
): Claim {
  return {
    id,
    articleId,
    ...fields,
    source,
    status: 'unreviewed',
    notes: [],
    reviewCount: 0,
    proposal: null,
    publication: null,
    updatedAt: at,
    appearances,
    appearanceCount: 1,
    lastAppearanceAt: null,
    ...UNTOUCHED,
  }
}

/** What a member asked cannot apply to this claim or article: a 400 naming `field`. */
export class EditInputError extends Error {
  override name = 'EditInputError'
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

type EditedFields = Partial<Pick<Claim, 'span' | 'offsets' | 'attribution'>>

/** The fields `edits` set, over `attribution` as it is: a corrected attribution is the desk's, with confidence 1. */
function editedFields(edits: ClaimEdits, attribution: Attribution): EditedFields {
  return {
    ...(edits.span !== undefined && edits.offsets !== undefined ? { span: edits.span, offsets: edits.offsets } : {}),
    ...(edits.attribution === undefined ? {} : { attribution: { ...attribution, ...edits.attribution, rule: HUMAN_RULE, confidence: 1 } }),
  }
}

/** The claim with its members' corrections laid over its fields and over its own sentence's appearance. */
export function applyEdits(claim: Claim): Claim {
  if (claim.edited === null) return claim
  const fields = editedFields(claim.edited, claim.attribution)
  return {
    ...claim,
    ...fields,
    appearances: claim.appearances.map((appearance) => (appearance.id === claim.id ? { ...appearance, ...fields } : appearance)),
  }
}

/** The claim's own appearance (its sentence) with the claim's corrections: what its appearance key should hold. */
export function editedAppearance(claim: Claim, appearance: Appearance): Appearance {
  return claim.edited === null ? appearance : { ...appearance, ...editedFields(claim.edited, appearance.attribution) }
}

/** Where `span` first occurs in a sentence starting at `sentenceStart`, as offsets into the article; null when it does not. */
export function locateSpan(sentence: string, sentenceStart: number, span: string): Claim['offsets'] | null {
  const at = sentence.indexOf(span)
  return at === -1 || span === '' ? null : { start: sentenceStart + at, end: sentenceStart + at + span.length }
}

/** Source types that name who speaks, so need a speaker; a document's issuer may be unknown. */
const NEEDS_SPEAKER = new Set<Attribution['speakerType']>(['person', 'unnamed', 'organization'])

/**
 * The whole attribution after a member's `input` over `current`, as stored with the edits. The
 * outlet's own voice has no speaker and a named source needs one; the mode follows: the outlet's
 * voice is `outlet`, a speaker given to a claim the outlet made is `reported`, otherwise it stays.
 */
export function correctedAttribution(current: Attribution, input: AttributionEditInput): NonNullable<ClaimEdits['attribution']> {
  const merged = { ...current, ...input }
  // Name the field the member changed, so the error points at what they typed.
  const field = input.speakerType !== undefined && input.speaker === undefined ? 'attribution.speakerType' : 'attribution.speaker'
  if (merged.speakerType === 'outlet' && merged.speaker !== null) {
    throw new EditInputError(
      field,
      "speakerType outlet is the outlet's own voice and has no speaker: set speaker to null, or give the speaker's type (person, unnamed, organization or document)",
    )
  }
  if (merged.speaker === null && NEEDS_SPEAKER.has(merged.speakerType)) {
    throw new EditInputError(
      field,
      `a source of speakerType ${merged.speakerType} needs a speaker: give speaker, or speakerType outlet for the outlet's own voice`,
    )
  }
  const mode = merged.speakerType === 'outlet' ? 'outlet' : current.mode === 'outlet' ? 'reported' : current.mode
  const { speaker, role, organization, via, speakerType } = merged
  return { speaker, role, organization, via, speakerType, mode }
}

const shorten = (value: string, length = 60) => (value.length <= length ? value : `${value.slice(0, length - 1)}…`)
const shown = (value: string | null) => (value === null ? 'null' : shorten(value))

/** What changed between two versions of a claim, field by field: `speaker: null → Zabihullah Mujahid`. */
export function describeEdit(before: Claim, after: Claim): string {
  const changes: string[] = []
  if (before.span !== after.span) changes.push(`span: "${shorten(before.span)}" → "${shorten(after.span)}"`)
  for (const field of EDITABLE_ATTRIBUTION_FIELDS) {
    if (before.attribution[field] !== after.attribution[field])
      changes.push(`${field}: ${shown(before.attribution[field])} → ${shown(after.attribution[field])}`)
  }
  if (changes.length === 0 && before.attribution.rule !== after.attribution.rule)
    changes.push(`attribution confirmed (rule: ${before.attribution.rule} → ${HUMAN_RULE})`)
  return changes.join('; ')
}
