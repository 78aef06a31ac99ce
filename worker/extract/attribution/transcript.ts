// Transcripts of briefings and interviews ("MR PRICE: …", "QUESTION: …"): every sentence of a turn is its speaker's.
import type { Attribution } from '../../../schemas/claim'
import { isHonorific, isRoleHead } from '../roles'
import { ruleConfidence } from '../rules'
import type { Token } from '../tokens'
import type { Discourse } from './discourse'
import { set } from '../lexicon'

/** A speaker's turn: who speaks, and where in the sentence the label ends (after its colon), if it opens there. */
export interface Turn {
  speaker: string
  role: string | null
  speakerType: 'person' | 'unnamed'
  /** Text offset just after the label's colon, when this sentence carries the label. */
  afterLabel: number | null
}

/** Labels of the other side of an interview, whose questions assert nothing of the speaker's. */
const QUESTIONERS = set(`question q reporter questioner interviewer moderator`)
/** Labels that mark a note, not a speaker: "NOTE:", "UPDATE:". */
const NOT_SPEAKERS = set(`note update correction editor's editors warning`)
/** A document is a transcript only when at least this many paragraphs open with a speaker's label. */
const MIN_LABELS = 2

/** The label words (capitals, then a colon) that open a paragraph's first sentence, or null. */
function labelAt(tokens: Token[]): string[] | null {
  let k = 0
  while (k < tokens.length && k < 4 && tokens[k]!.word && /\p{Lu}/u.test(tokens[k]!.w) && tokens[k]!.w === tokens[k]!.w.toUpperCase()) k++
  if (k === 0 || tokens[k]?.w !== ':') return null
  const words = tokens.slice(0, k).map((x) => x.w)
  return NOT_SPEAKERS.has(words[0]!.toLowerCase()) ? null : words
}

const titleCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase()

/**
 * Each sentence's turn, or null outside a transcript. A turn runs from a paragraph that opens with a label to the next
 * one; a document with fewer than two labels is an article, not a transcript.
 */
export function transcriptTurns(
  discourse: Discourse,
  sentences: readonly { start: number; tokens: Token[]; para: number }[],
): (Turn | null)[] {
  const labels = sentences.map((s, i) => (i === 0 || sentences[i - 1]!.para !== s.para ? labelAt(s.tokens) : null))
  if (labels.filter((label) => label !== null).length < MIN_LABELS) return sentences.map(() => null)
  let turn: Omit<Turn, 'afterLabel'> | null = null
  return sentences.map((s, i) => {
    const label = labels[i]
    if (!label) return turn ? { ...turn, afterLabel: null } : null
    const lower = label.map((w) => w.toLowerCase())
    if (QUESTIONERS.has(lower[0]!) && label.length === 1) turn = { speaker: 'a reporter', role: null, speakerType: 'unnamed' }
    else {
      // "MR PRICE", "SECRETARY BLINKEN": how the speaker is addressed, then the name.
      const honorific = isHonorific(lower[0]!)
      const titled = label.length > 1 && (honorific || isRoleHead(lower[0]!))
      const name = (titled ? label.slice(1) : label).map(titleCase)
      // "MR PRICE" is the "Ned Price" the briefing names elsewhere.
      const known = discourse.personCanon(name)
      const role = titled && !honorific ? titleCase(label[0]!) : null
      turn = { speaker: known?.name ?? name.join(' '), role: known?.role ?? role, speakerType: 'person' }
    }
    const colon = s.tokens[label.length]!
    return { ...turn, afterLabel: colon.end }
  })
}

/** The attribution of a sentence spoken in a turn. */
export function turnAttribution(turn: Turn): Attribution {
  return {
    speaker: turn.speaker,
    role: turn.role,
    organization: null,
    via: null,
    mode: 'direct',
    speakerType: turn.speakerType,
    rule: 'transcript-turn',
    confidence: ruleConfidence('transcript-turn', turn.speakerType, 'name'),
  }
}
