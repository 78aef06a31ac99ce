// Prints the matching figures of the README: `npx tsx test/node/matching/report.ts [--errors]`.
import { evaluate, type LabelledPair, loadPairs, overlapOnly, type Scores } from './evaluate'

const pairs = loadPairs()
const sets: [string, (pair: LabelledPair) => boolean][] = [
  ['real pairs (BBC, modern; tuned on)', (pair) => pair.set === 'bbc' || pair.set === 'modern'],
  ['held-out BBC pairs (never tuned on)', (pair) => pair.set === 'heldout'],
  ['edited copies and hard negatives', (pair) => pair.set === 'generated' || pair.set === 'negative'],
  ['all', () => true],
]
const row = (name: string, method: string, scores: Scores) => ({
  set: name,
  method,
  pairs: scores.pairs,
  'merge precision': `${scores.precision.toFixed(3)} (${scores.rightMerges}/${scores.merges})`,
  'merge recall (copies)': `${scores.recall.toFixed(3)} (${scores.copiesMerged}/${scores.copies})`,
  'recall@3 (same claim)': `${scores.recallAt3.toFixed(3)} (${scores.sameAt3}/${scores.same})`,
  'recall@3 (paraphrases)':
    scores.paraphrases === 0 ? '–' : `${scores.paraphraseRecallAt3.toFixed(3)} (${scores.paraphrasesAt3}/${scores.paraphrases})`,
  'hard negatives matched': scores.negatives === 0 ? '–' : `${scores.negativesMatched}/${scores.negatives}`,
  'different suggested': scores.different === 0 ? '–' : `${scores.differentSuggested}/${scores.different}`,
})
const rows = []
for (const [name, keep] of sets) {
  const subset = pairs.filter(keep)
  rows.push(row(name, 'overlap only', evaluate(subset, overlapOnly)), row(name, 'guards + overlap', evaluate(subset)))
}
console.table(rows)
if (process.argv.includes('--errors')) for (const error of evaluate(pairs).wrongMerges) console.log(error)
