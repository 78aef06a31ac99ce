// Prints every labelled set's scores: `npx tsx test/extract/report.ts [--misses set…]`.
// Misses are printed only for sets named after --misses; never ask for those of the never-read sets (blind2, modern-blind, wire-blind, wire4-blind, wire6-blind, wire8-blind, wire10-blind).
import { row, scoreSet } from './score'

const SETS = [
  'eval',
  'dev',
  'dev2',
  'holdout',
  'blind',
  'blind2',
  'modern',
  'modern-blind',
  'wire',
  'wire-blind',
  'wire2',
  'wire3',
  'wire4-blind',
  'wire5',
  'wire6-blind',
  'wire7',
  'wire8-blind',
  'wire9',
  'wire10-blind',
  'wire11',
]
const args = process.argv.slice(2)
const show = args[0] === '--misses' ? new Set(args.slice(1)) : new Set<string>()
const scores = SETS.map(scoreSet)
console.table(scores.map(row))
for (const s of scores) if (show.has(s.set)) console.log(`\n${s.set}:\n${s.misses.join('\n')}`)
