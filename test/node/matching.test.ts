import { describe, expect, it } from 'vitest'
import { compare } from '../../worker/matching/compare'
import { claimFeatures } from '../../worker/matching/features'
import { evaluate, type LabelledPair, loadPairs, overlapOnly } from './matching/evaluate'

const pairs = loadPairs()
const real = pairs.filter((pair) => pair.set === 'bbc' || pair.set === 'modern')
const heldOut = pairs.filter((pair) => pair.set === 'heldout')
const generated = pairs.filter((pair) => pair.set === 'generated' || pair.set === 'negative')
const outlet = { speaker: null, role: null, via: null }
const relation = (a: string, b: string) => compare(claimFeatures(a, outlet), claimFeatures(b, outlet)).relation

describe('claim matching on the labelled pairs (README, "Appearances")', () => {
  it('merges automatically only what is the same claim: precision at least 0.98 on real pairs and on all', () => {
    for (const set of [real, heldOut, pairs]) {
      const scores = evaluate(set)
      expect(scores.merges).toBeGreaterThan(25)
      expect(scores.precision).toBeGreaterThanOrEqual(0.98)
    }
  })

  it('merges most copies: recall at least 0.65 on real copies and 0.90 on edited wire copies', () => {
    expect(evaluate(real).recall).toBeGreaterThanOrEqual(0.65)
    expect(evaluate(generated).recall).toBeGreaterThanOrEqual(0.9)
  })

  it('finds the same claim among its top three matches: recall@3 at least 0.80 on the tuned pairs, 0.65 held out', () => {
    const scores = evaluate(real)
    expect(scores.recallAt3).toBeGreaterThanOrEqual(0.8)
    expect(scores.paraphraseRecallAt3).toBeGreaterThanOrEqual(0.65)
    expect(evaluate(heldOut).recallAt3).toBeGreaterThanOrEqual(0.65)
  })

  it('never merges or suggests a hard negative: a changed number, a negation, another country', () => {
    const negatives = pairs.filter((pair) => pair.set === 'negative')
    expect(negatives.length).toBeGreaterThan(500)
    expect(evaluate(negatives).negativesMatched).toBe(0)
  })

  it('is more precise than word overlap alone, the lexical baseline', () => {
    expect(evaluate(pairs).precision).toBeGreaterThan(evaluate(pairs, overlapOnly).precision + 0.3)
  })

  it.each([
    [
      'at least 14 countries',
      'The Islamic Emirate has sent diplomats to at least 14 countries.',
      'The Islamic Emirate has sent diplomats to at least 15 countries.',
    ],
    ['has not sent', 'The Taliban has sent diplomats to Iran.', 'The Taliban has not sent diplomats to Iran.'],
    ['another country', 'The Taliban has sent diplomats to Iran and to Turkey.', 'The Taliban has sent diplomats to Iran and to Pakistan.'],
    ['another year', 'The council spent £40m on roads in 2004.', 'The council spent £40m on roads in 2005.'],
    ['another fraction', 'Two-thirds of the passengers were Chinese nationals.', 'Three-thirds of the passengers were Chinese nationals.'],
  ])('tells apart %s', (_, a, b) => {
    expect(relation(a, b)).toBe('different')
    expect(relation(b, a)).toBe('different')
  })

  it.each([
    ['aliases', 'Britain has sent diplomats to at least 14 countries.', 'The UK has sent diplomats to at least 14 countries.'],
    [
      'spelling and honorifics',
      'Mr Brown said the plan would be organised by the Treasury.',
      'Brown said the plan would be organized by the Treasury.',
    ],
    ['numbers in words', 'Six kilometres of road were closed for 12 days.', '6km of road were closed for twelve days.'],
  ])('takes as copies sentences that differ only in %s', (_, a, b) => {
    expect(relation(a, b)).toBe('copy')
  })

  it('labels every pair once, with both sides from a named file', () => {
    const ids = pairs.map((pair: LabelledPair) => pair.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const pair of pairs) expect(Boolean(pair.a.file && pair.b.file && pair.a.text && pair.b.text)).toBe(true)
  })
})
