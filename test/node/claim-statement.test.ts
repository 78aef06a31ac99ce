import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { claimStatement, STATEMENT_TARGET } from '../../worker/claim-statement'
import { extractArticle } from '../../worker/extract/index'

const ROOT = join(import.meta.dirname, '../..')
const FIXTURES = join(ROOT, 'test/fixtures')

function claimsOf(path: string) {
  return extractArticle(readFileSync(path, 'utf8').trim()).claims.map((claim) => ({
    ...claim,
    statement: claimStatement(claim.text, claim.span, claim.offsets.start - claim.sentenceOffsets.start),
  }))
}

describe("ClaimReview's claimReviewed: the span in its clause", () => {
  const seed = claimsOf(join(ROOT, 'seeds/000_583d68ef50ae58cd.txt'))
  const cairn = claimsOf(join(FIXTURES, 'eval/business-cairn-shares-slump-on-oil-setback.txt'))
  const statementOf = (claims: typeof seed, sentenceStart: string) => claims.find((claim) => claim.text.startsWith(sentenceStart))?.statement

  it.each([
    // The quotation the span is in, without the attribution around it (268 characters → 63).
    [seed, 'According to a report', 'The Islamic Emirate has sent diplomats to at least 14 countries'],
    // What follows a reporting cue (`added that`, `said`).
    [seed, 'Mujahid added that', 'Diplomats of the former government were continuing their activities in coordination with the foreign ministry'],
    [seed, 'And in January', "The Taliban wanted international recognition and Afghanistan's UN seat"],
    [cairn, 'A spokesman for the firm', "The tax would wipe 5% of the field's current value"],
    [cairn, 'He insisted that', 'The contract made it clear that the tax should be shouldered by the licensee'],
    [cairn, 'The company said the rate', 'The rate would be about 900 rupees ($20.40; £10.50) per tonne'],
    // A short span ("down 18%") grows to its clause, cut before a following conjunction when long.
    [cairn, 'Shares in Cairn Energy', 'Shares in Cairn Energy, a UK oil firm, have closed down 18%'],
    [cairn, '"These two fields', 'These two fields will provide the core of the future developments in Rajasthan'],
    // A clause too long for the target loses words from the left, marked with …
    [seed, 'The Taliban government in Afghanistan', '…is trying to take charge of more Afghan embassies abroad and has sent diplomats to at least 14 countries'],
  ])('%#: %s…', (claims, sentenceStart, expected) => {
    expect(statementOf(claims, sentenceStart)).toBe(expected)
  })

  it('on every labelled article: contains the span, stays within the target, and is words of the sentence', () => {
    let count = 0
    for (const set of readdirSync(FIXTURES)) {
      for (const file of readdirSync(join(FIXTURES, set)).filter((name) => name.endsWith('.txt'))) {
        for (const claim of claimsOf(join(FIXTURES, set, file))) {
          count++
          const { statement, span, text } = claim
          expect(statement).toContain(span.slice(1))
          if (statement !== span) expect(statement.replace(/^…|…$/g, '').length).toBeLessThanOrEqual(STATEMENT_TARGET + 1)
          const words = statement.replace(/^…|…$/g, '').replace(/["”]$/, '')
          expect(text.toLowerCase()).toContain(words.toLowerCase())
        }
      }
    }
    expect(count).toBeGreaterThan(1000)
  })
})
