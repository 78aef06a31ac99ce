import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HUMAN_RULE } from '../../schemas/claim'
import { articleSentences, claimKind, extractArticle } from '../../worker/extract/index'
import { RULES } from '../../worker/extract/rules'

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname
const SEED = new URL('../../seeds/000_583d68ef50ae58cd.txt', import.meta.url).pathname

/** Every labelled article, trimmed as ingest stores it. */
function articles(): { name: string; text: string }[] {
  return readdirSync(FIXTURES).flatMap((set) =>
    readdirSync(join(FIXTURES, set))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => ({ name: `${set}/${file}`, text: readFileSync(join(FIXTURES, set, file), 'utf8').trim() })),
  )
}

describe('the sentences a member may add a claim from', () => {
  it('are the sentences the extractor reads: every extracted claim sits in one, so an added claim gets the id an extracted one would', () => {
    const all = [...articles(), { name: 'seed', text: readFileSync(SEED, 'utf8').trim() }]
    expect(all.length).toBeGreaterThan(100)
    for (const { name, text } of all) {
      const starts = new Map(articleSentences(text).map((sentence) => [sentence.start, sentence.end]))
      for (const claim of extractArticle(text).claims) {
        expect(starts.get(claim.sentenceOffsets.start), `${name} @${claim.sentenceOffsets.start}`).toBe(claim.sentenceOffsets.end)
      }
    }
  })

  it('leave out the headline and the dateline', () => {
    const text = 'Embassies reopen\n\nKABUL (AP) — The ministry said 12 embassies had reopened. Officials were pleased.'
    expect(articleSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'The ministry said 12 embassies had reopened.',
      'Officials were pleased.',
    ])
  })

  it('leave out a dateline written in ordinary case before its agency, whose name carries every claim', () => {
    const text = 'Port reopens\n\nValletta (AFP) - The port authority said 40 ships had docked. Trade resumed.'
    expect(articleSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'The port authority said 40 ships had docked.',
      'Trade resumed.',
    ])
    expect(extractArticle(text).claims[0]?.attribution.via).toBe('AFP')
  })

  it('leave out a dateline that gives the agency before the place, or no place at all', () => {
    for (const dateline of ['(Reuters) - ', '(ANSA) - ROME, SEP 16 - ']) {
      const text = `Port reopens\n\n${dateline}The port authority said 40 ships had docked. Trade resumed.`
      expect(articleSentences(text).map(({ start, end }) => text.slice(start, end))[0]).toBe('The port authority said 40 ships had docked.')
      expect(extractArticle(text).claims[0]?.attribution.via).toBe(dateline.slice(1, dateline.indexOf(')')))
    }
  })

  it('leave out a dateline with a date, a country in brackets, or a colon or full stop before the dash', () => {
    const datelines = [
      'LONDON/DUBAI, Nov 27 (Reuters) - ',
      'KYIV. Jan 14 (Interfax-Ukraine) - ',
      'Lima, Mar 3 (EFE).- ',
      'New Delhi [India], June 3 (ANI): ',
      'Mumbai, Jan 14 (PTI) ',
      'MOSCOW, April 4. /TASS/. ',
    ]
    for (const dateline of datelines) {
      const text = `Port reopens\n\n${dateline}The port authority said 40 ships had docked. Trade resumed.`
      expect(articleSentences(text).map(({ start, end }) => text.slice(start, end))[0]).toBe('The port authority said 40 ships had docked.')
      const agency = /\(([^)]+)\)|\/([^/ ]+)\//.exec(dateline)
      expect(extractArticle(text).claims[0]?.attribution.via).toBe(agency?.[1] ?? agency?.[2])
    }
  })

  it('classify a span as the extractor does, and a span with nothing to mark it as a statement', () => {
    const text = 'The ministry said 12 embassies had reopened. Officials were pleased.'
    expect(claimKind(text, text.indexOf('12 embassies'), text.indexOf(' had'))).toBe('quantity')
    expect(claimKind(text, text.indexOf('Officials'), text.length)).toBe('statement')
  })
})

describe('the attribution rule of a correction', () => {
  it('is no extraction rule, so a corrected attribution is never mistaken for one the extractor decided', () => {
    expect(Object.keys(RULES)).not.toContain(HUMAN_RULE)
  })
})
