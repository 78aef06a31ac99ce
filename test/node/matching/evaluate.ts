// Scores claim matching on the labelled pairs of test/fixtures/matching/ with the Worker's own
// functions (features, signatures, buckets, decide), against a store of every claim of the
// fixture articles. `npx tsx test/node/matching/report.ts` prints the figures.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractArticle } from '../../../worker/extract'
import { COPY_SIMILARITY, SUGGEST_SIMILARITY, wordSimilarity } from '../../../worker/matching/compare'
import { type Decision, decide, fileInto, MAX_SUGGESTIONS, type SignatureEntry } from '../../../worker/matching/decide'
import { type ClaimFeatures, claimFeatures } from '../../../worker/matching/features'
import { normalisedText, signatures } from '../../../worker/matching/signatures'

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname

export type Label = 'copy' | 'paraphrase' | 'contains' | 'different'

export interface Side {
  file: string
  text: string
  speaker: string | null
  role: string | null
  via: string | null
}

export interface LabelledPair {
  id: string
  /** bbc, modern: real pairs labelled by reading; heldout: real pairs labelled after tuning; generated: edited copies; negative: hard negatives. */
  set: 'bbc' | 'modern' | 'heldout' | 'generated' | 'negative'
  kind?: 'number' | 'negation' | 'country'
  label: Label
  a: Side
  b: Side
}

export function loadPairs(): LabelledPair[] {
  const read = (file: string) => (JSON.parse(readFileSync(join(FIXTURES, 'matching', file), 'utf8')) as { pairs: LabelledPair[] }).pairs
  return [...read('labelled.json'), ...read('heldout.json'), ...read('generated.json')]
}

let fixtureEntries: SignatureEntry[] | null = null

/** Every claim of every labelled fixture article: the store the pairs are matched in. */
function fixtureClaims(): SignatureEntry[] {
  if (fixtureEntries !== null) return fixtureEntries
  const entries: SignatureEntry[] = []
  for (const set of readdirSync(FIXTURES)
    .filter((name) => name !== 'matching')
    .sort()) {
    for (const file of readdirSync(join(FIXTURES, set))
      .filter((name) => name.endsWith('.txt'))
      .sort()) {
      extractArticle(readFileSync(join(FIXTURES, set, file), 'utf8').trim()).claims.forEach((claim, index) => {
        const { speaker, role, via } = claim.attribution
        const id = `${set}-${file}-${index}`.replace(/[^a-z0-9-]/g, '-')
        entries.push({ claimId: id, appearanceId: id, text: claim.text, speaker, role, via })
      })
    }
  }
  fixtureEntries = entries
  return entries
}

type Decider = (features: ClaimFeatures, entries: readonly SignatureEntry[]) => Decision

/** The lexical baseline: word overlap alone, no guards on numbers, negation, dates or entities. */
export const overlapOnly: Decider = (features, entries) => {
  const scored = entries
    .map((entry) => ({ claimId: entry.claimId, text: entry.text, similarity: wordSimilarity(features, claimFeatures(entry.text, entry)) }))
    .filter((candidate) => candidate.similarity >= SUGGEST_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity || a.claimId.localeCompare(b.claimId))
  const copyOf = scored[0] !== undefined && scored[0].similarity >= COPY_SIMILARITY ? scored[0] : null
  return { copyOf, suggestions: scored.filter((candidate) => candidate !== copyOf).slice(0, MAX_SUGGESTIONS) }
}

export interface Scores {
  pairs: number
  /** Automatic merges, and those into the same claim (a copy or paraphrase of it, or the same sentence). */
  merges: number
  rightMerges: number
  precision: number
  /** Copy pairs, and those merged automatically. */
  copies: number
  copiesMerged: number
  recall: number
  /** Pairs of the same claim (copy, paraphrase, contains), and those whose claim was merged into or among the top 3 suggestions. */
  same: number
  sameAt3: number
  recallAt3: number
  paraphrases: number
  paraphrasesAt3: number
  paraphraseRecallAt3: number
  /** Generated hard negatives, and those merged or suggested. */
  negatives: number
  negativesMatched: number
  /** Labelled pairs of different claims, and those suggested (a reviewer's wasted look). */
  different: number
  differentSuggested: number
  wrongMerges: string[]
}

/** Matches every pair's second sentence against a store holding every first sentence and the fixture claims. */
export function evaluate(pairs: readonly LabelledPair[], decider: Decider = decide): Scores {
  const stored = [
    ...fixtureClaims(),
    ...pairs.map((pair) => ({
      claimId: `pair-${pair.id}`.toLowerCase(),
      appearanceId: `pair-${pair.id}`.toLowerCase(),
      text: pair.a.text,
      speaker: pair.a.speaker,
      role: pair.a.role,
      via: pair.a.via,
    })),
  ]
  const buckets = new Map<string, SignatureEntry[]>()
  for (const entry of stored) {
    for (const key of signatures(entry.text, claimFeatures(entry.text, entry))) buckets.set(key, fileInto(buckets.get(key) ?? [], [entry]))
  }
  // A merge into a claim other than the pair's first sentence is right when another pair labels the two the same claim.
  const key = (a: string, b: string) => `${normalisedText(a)}\u0000${normalisedText(b)}`
  const labelledSame = new Set(
    pairs
      .filter((pair) => pair.label === 'copy' || pair.label === 'paraphrase')
      .flatMap((pair) => [key(pair.a.text, pair.b.text), key(pair.b.text, pair.a.text)]),
  )
  const scores: Scores = {
    pairs: pairs.length,
    merges: 0,
    rightMerges: 0,
    precision: 1,
    copies: 0,
    copiesMerged: 0,
    recall: 0,
    same: 0,
    sameAt3: 0,
    recallAt3: 0,
    paraphrases: 0,
    paraphrasesAt3: 0,
    paraphraseRecallAt3: 0,
    negatives: 0,
    negativesMatched: 0,
    different: 0,
    differentSuggested: 0,
    wrongMerges: [],
  }
  for (const pair of pairs) {
    const features = claimFeatures(pair.b.text, pair.b)
    const found = signatures(pair.b.text, features).flatMap((key) => buckets.get(key) ?? [])
    const { copyOf, suggestions } = decider(features, found)
    const isA = (text: string) => normalisedText(text) === normalisedText(pair.a.text)
    const isB = (text: string) => normalisedText(text) === normalisedText(pair.b.text)
    const matchedA = (copyOf !== null && isA(copyOf.text)) || suggestions.some((suggestion) => isA(suggestion.text))
    const sameClaim = pair.label === 'copy' || pair.label === 'paraphrase'
    if (copyOf !== null) {
      scores.merges++
      const right = isB(copyOf.text) || (isA(copyOf.text) ? sameClaim : labelledSame.has(key(pair.b.text, copyOf.text)))
      if (right) scores.rightMerges++
      else scores.wrongMerges.push(`${pair.id} (${pair.label}): ${pair.b.text}  →  ${copyOf.text}`)
    }
    if (pair.label === 'copy') {
      scores.copies++
      if (copyOf !== null && isA(copyOf.text)) scores.copiesMerged++
    }
    if (pair.label !== 'different') {
      scores.same++
      if (matchedA) scores.sameAt3++
    }
    if (pair.label === 'paraphrase') {
      scores.paraphrases++
      if (matchedA) scores.paraphrasesAt3++
    }
    if (pair.set === 'negative') {
      scores.negatives++
      if (matchedA) scores.negativesMatched++
    } else if (pair.label === 'different') {
      scores.different++
      if (matchedA) scores.differentSuggested++
    }
  }
  scores.precision = scores.merges === 0 ? 1 : scores.rightMerges / scores.merges
  scores.recall = scores.copies === 0 ? 0 : scores.copiesMerged / scores.copies
  scores.recallAt3 = scores.same === 0 ? 0 : scores.sameAt3 / scores.same
  scores.paraphraseRecallAt3 = scores.paraphrases === 0 ? 0 : scores.paraphrasesAt3 / scores.paraphrases
  return scores
}
