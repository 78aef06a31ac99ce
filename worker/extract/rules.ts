import type { SpeakerType } from '../../schemas/claim'

/** One attribution pattern: what it recognises and how sure it is; its worked examples are in rule-examples.ts. */
export interface AttributionRule {
  description: string
  /**
   * Confidence when the speaker is named in the sentence, set from the rule's measured accuracy on the tuned
   * labelled sets; references resolved from context lower it.
   */
  confidence: number
}

/**
 * Every attribution pattern the extractor knows, in the order it tries them within a sentence
 * (sentence-level cues first, then continuations that look at the sentences around). Each claim's
 * `attribution.rule` names the entry that decided it.
 */
export const RULES = {
  'according-to-then-quote': {
    description: '"According to <source>, <role> X, "…"": the speaker named before the quotation.',
    confidence: 0.85,
  },
  'according-to': {
    description: '"…, according to X." / "According to X, …" / "In a survey by X, …": X is the source of the rest of the sentence.',
    confidence: 0.8,
  },
  'according-to-agency': {
    description: '"…, according to the Associated Press": a news agency\'s own reporting, which the agency asserts.',
    confidence: 0.7,
  },
  'name-colon-quote': {
    description: '"<role> X: "…"" and "<role> X, "…"": a named speaker introduces a quotation without a verb.',
    confidence: 0.85,
  },
  'with-source-saying': {
    description: '"…, with the firm saying …" / "with analysts predicting …": the noun phrase before the participle says what follows.',
    confidence: 0.7,
  },
  'subject-then-saying': {
    description: '"X did Y, saying/adding/warning (that) …": the subject of the sentence asserts what follows the participle.',
    confidence: 0.75,
  },
  'subject-and-says': {
    description: '"X is angry and says (that) …", "X gave no figure but said …": a speech verb coordinated with the subject\'s first verb.',
    confidence: 0.65,
  },
  'relative-which-said': {
    description: '"…, the Office of Fair Trading (OFT), which said …": the relative clause credits the name before it.',
    confidence: 0.75,
  },
  'speaker-then-verb': {
    description: '"X said (that) …", "…," X said.", "X told Reuters …": the speaker before the speech verb.',
    confidence: 0.9,
  },
  'quoting-source': {
    description:
      '"Quoting X, the agency reported that …" / "The paper reported, citing X, that …" / "…, Anadolu learned from X": X speaks; the outlet that relayed it is `via`.',
    confidence: 0.8,
  },
  'quoted-as-saying': {
    description: '"X was quoted by Interfax as saying …" / "RIA quoted X as saying …": X speaks; the outlet that quoted X is `via`.',
    confidence: 0.85,
  },
  'transcript-turn': {
    description:
      '"MR PRICE: …" in a transcript (two or more paragraphs open with a speaker\'s label): every sentence of the turn is the speaker\'s.',
    confidence: 0.9,
  },
  'verb-then-speaker': {
    description: '"…, said X." / "…, says the minister.": the speaker after an inverted speech verb.',
    confidence: 0.9,
  },
  'quote-continues': {
    description: 'A sentence inside a quotation that an earlier sentence credits: the same speaker.',
    confidence: 0.8,
  },
  'quote-after-credited-sentence': {
    description: 'An uncredited quotation right after a sentence that credits someone: theirs.',
    confidence: 0.85,
  },
  'quote-after-subject': {
    description: "An uncredited quotation right after a sentence about a person, with nobody else credited: that person's.",
    confidence: 0.55,
  },
  'quote-after-paraphrase': {
    description: 'A quotation after a sentence that paraphrases the speaker quoted two sentences before: still theirs.',
    confidence: 0.55,
  },
  'there-are-reports': {
    description: '"There are reports that …", "There were unconfirmed claims that …": unnamed reports assert what follows.',
    confidence: 0.7,
  },
  'description-named-elsewhere': {
    description:
      '"A court spokesman said …" when the article names exactly one court spokesman elsewhere: that person. Not when the source asked not to be named.',
    confidence: 0.7,
  },
  'outlet-voice': {
    description: 'No cue credits anyone: the outlet asserts the sentence in its own voice.',
    confidence: 0.9,
  },
} as const satisfies Record<string, AttributionRule>

export type RuleName = keyof typeof RULES

/** How a speaker phrase was understood, which moves confidence away from the rule's own. */
export type SpeakerForm = 'name' | 'pronoun' | 'common' | 'document'

/** The confidence of an attribution: the rule's, less when the speaker was resolved from an earlier sentence. */
export function ruleConfidence(rule: RuleName, speakerType: SpeakerType, form: SpeakerForm): number {
  let c: number = RULES[rule].confidence
  // Measured on the tuned sets: a pronoun resolves about as well as a name; "the company" or "the minister"
  // resolved from earlier sentences is right about three times in four.
  if (form === 'pronoun') c -= 0.05
  else if (form === 'common' && speakerType !== 'unnamed' && speakerType !== 'document') c -= 0.2
  return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100
}
