import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../worker/extract/index'
import { checkInvariants } from './check'

const SAMPLE = ` date 2023-03-25 The ministry said 12.1% of Mr. Smith's 40 staff left in 2022. "We hired 30 people," Dr. Jones said. "It was hard. We lost £40m of invoices," she added.\n\nThe U.S. Inc. No. 5 firm sold 3 units, according to Reuters.`

describe('invariants', () => {
  it('holds on a small article with abbreviations, decimals and quotes', () => {
    const a = extractArticle(SAMPLE)
    checkInvariants(SAMPLE, a)
    expect(a.publishedAt).toBe('2023-03-25')
    expect(a.claims.length).toBeGreaterThan(0)
    expect(a.claims.some((c) => c.text.startsWith('The ministry said 12.1%'))).toBe(true)
  })

  it('does not split after Mr., Dr., U.S., Inc. or inside decimals', () => {
    const a = extractArticle(SAMPLE)
    for (const c of a.claims) expect(c.text).not.toMatch(/^(Smith|Jones|Inc|5 firm|1%)/)
  })

  it('handles degenerate input without throwing', () => {
    const inputs = [
      '',
      ' ',
      '\n\n\n',
      '\u0000\u0000',
      ' date 2023-13-45 ',
      ' date 2023-02-29 x',
      '"',
      '“”',
      '.'.repeat(1000),
      'A. B. C. D.',
      '\uD800\uDC00\uD800',
      '?'.repeat(500),
    ]
    for (const s of inputs) {
      const a = extractArticle(s)
      checkInvariants(s, a)
    }
    expect(extractArticle(' date 2023-02-29 x').publishedAt).toBeNull()
  })

  // Time is measured by `npm run bench`, not asserted here.
  it('stays valid on 200 KB of text', () => {
    const big = `${'The company said revenue rose 12% to $4.5bn in 2023, according to Reuters. '.repeat(1500)}${'x'.repeat(50_000)}`
    checkInvariants(big, extractArticle(big))
    const noStops = 'Word Name Other '.repeat(15_000)
    checkInvariants(noStops, extractArticle(noStops))
  })

  it('holds for random and hostile strings (fast-check)', () => {
    const piece = fc.constantFrom(
      'Mr.',
      'Dr.',
      'U.S.',
      'said',
      'told',
      'according to',
      '"',
      '“',
      '”',
      ',',
      '.',
      '?',
      '!',
      '\n',
      '\n\n',
      ' ',
      '12.1%',
      '£40m',
      'Ltd.',
      'the company',
      'he',
      'It',
      'Karimi',
      'Zabihullah Mujahid',
      'spokesperson',
      '(',
      ')',
      ':',
      'and',
      'Iran',
      '\u0000',
      '\uD800',
      'é',
      '…',
      ' date 2023-03-25 ',
    )
    const arb = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(piece, { maxLength: 80 }).map((xs) => xs.join(' ')),
      fc.array(piece, { maxLength: 80 }).map((xs) => xs.join('')),
    )
    fc.assert(
      fc.property(arb, (s) => {
        checkInvariants(s, extractArticle(s))
      }),
      { numRuns: 1500 },
    )
  })
})
