import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { claimStatement, STATEMENT_TARGET } from '../../worker/formats/claim-statement'
import { extractArticle } from '../../worker/extract/index'

const ROOT = join(import.meta.dirname, '../..')
const FIXTURES = join(ROOT, 'test/fixtures')

function claimsOf(path: string) {
  return extractArticle(readFileSync(path, 'utf8').trim()).claims.map((claim) => ({
    ...claim,
    statement: claimStatement(claim.span),
  }))
}

describe("ClaimReview's claimReviewed: the span, cut short", () => {
  const seed = claimsOf(join(ROOT, 'seeds/000_583d68ef50ae58cd.txt'))
  const cairn = claimsOf(join(FIXTURES, 'eval/business-cairn-shares-slump-on-oil-setback.txt'))
  const statementOf = (claims: typeof seed, sentenceStart: string) =>
    claims.find((claim) => claim.text.startsWith(sentenceStart))?.statement

  it.each([
    // The span is the asserted clause without its attribution (a 268-character sentence → 63).
    [seed, 'According to a report', 'The Islamic Emirate has sent diplomats to at least 14 countries'],
    [
      seed,
      'Mujahid added that',
      'Diplomats of the former government were continuing their activities in coordination with the foreign ministry',
    ],
    [seed, 'And in January', "The Taliban wanted international recognition and Afghanistan's UN seat"],
    [cairn, 'A spokesman for the firm', "The tax would wipe 5% of the field's current value"],
    [cairn, 'He insisted that', 'The contract made it clear that the tax should be shouldered by the licensee'],
    [cairn, 'The company said the rate', 'The rate would be about 900 rupees ($20.40; £10.50) per tonne, or seven barrels, of oil'],
    [cairn, '"These two fields', 'These two fields will provide the core of the future developments in Rajasthan'],
    // A clause longer than the target is cut before a conjunction that starts another clause…
    [cairn, 'Shares in Cairn Energy', 'Shares in Cairn Energy, a UK oil firm, have closed down 18% after a disappointing drilling update'],
    [
      seed,
      'The Taliban government in Afghanistan',
      'The Taliban government in Afghanistan is trying to take charge of more Afghan embassies abroad',
    ],
    // …never inside a phrase ("Mangala and Aishwariya", "80,000 and 100,000"), else at a word, marked with ….
    [
      cairn,
      'The company raised targets',
      'The company raised targets for its Mangala and Aishwariya fields in India from 60,000 barrels a day to…',
    ],
  ])('%#: %s…', (claims, sentenceStart, expected) => {
    expect(statementOf(claims, sentenceStart)).toBe(expected)
  })

  it("on every labelled article: the span's opening words, within the target", () => {
    let count = 0
    for (const set of readdirSync(FIXTURES)) {
      for (const file of readdirSync(join(FIXTURES, set)).filter((name) => name.endsWith('.txt'))) {
        for (const claim of claimsOf(join(FIXTURES, set, file))) {
          count++
          const { statement, span, text } = claim
          const words = statement.replace(/…$/, '').replace(/["”]$/, '')
          expect(words.length).toBeLessThanOrEqual(STATEMENT_TARGET)
          expect(span.toLowerCase().startsWith(words.toLowerCase())).toBe(true)
          expect(text.toLowerCase()).toContain(words.toLowerCase())
        }
      }
    }
    expect(count).toBeGreaterThan(1000)
  })
})
