import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../worker/extract/index'
import { checkInvariants } from './check'

function spanOf(sentence: string): string | undefined {
  const text = `Headline\n\n${sentence}`
  const article = extractArticle(text)
  checkInvariants(text, article)
  return article.claims[0]?.span
}

describe('claim spans', () => {
  it('keeps a list whole across its commas', () => {
    expect(
      spanOf('The delegation met the Finance Ministry, the central bank, two trade unions and 14 employer groups on Tuesday.'),
    ).toContain('the central bank, two trade unions and 14 employer groups')
  })

  it('ends before a later clause in which someone else speaks, and keeps a.m. inside', () => {
    const span = spanOf("Israel's military said it had struck 50 targets at 6 a.m. local time, after Hamas said talks would resume.")
    expect(span).toContain('50 targets at 6 a.m. local time')
    expect(span).not.toContain('Hamas')
  })

  it('closes a quotation it opens', () => {
    expect(spanOf('The opposition rejected the 50.5% result, calling it "a travesty".')).toMatch(/"a travesty"$/)
  })

  it('keeps a phrase that goes on after a comma', () => {
    expect(spanOf('The board approved 40 new licences, including three for offshore wind farms.')).toContain(
      'including three for offshore wind farms',
    )
  })

  it('holds every checkable clause the sentence asserts', () => {
    const span = spanOf('The port handled 2.1 million containers last year, and its new terminal will open in March with 600 jobs.')
    expect(span).toContain('2.1 million containers')
    expect(span).toContain('600 jobs')
  })

  it('goes on across a comma into "including", "particularly" or "but"', () => {
    expect(spanOf('Officials said they had not ruled out any cause, including sabotage or a fault in 2 engines.')).toContain(
      'including sabotage or a fault in 2 engines',
    )
    expect(spanOf('The minister said the rebels could not hold 3 towns, but now only attack remote villages.')).toContain(
      'but now only attack remote villages',
    )
  })

  it('keeps the subject of a predicate across a participle between commas', () => {
    expect(spanOf('The verdict in the first trial, delayed twice, is expected on 7 August.')).toContain(
      'The verdict in the first trial, delayed twice, is expected',
    )
  })

  it('does not stop at the full stop of an abbreviation', () => {
    expect(spanOf('The grant was awarded by the U.S.-based Harlow Foundation to 12 clinics in the north.')).toContain(
      'Harlow Foundation to 12 clinics',
    )
    expect(spanOf('The hearing was moved to Sept. 14 after 30 witnesses asked for more time.')).toContain('Sept. 14 after 30 witnesses')
  })

  it('ends after the particle of a phrasal verb, and after a capitalised word that spells a function word', () => {
    expect(spanOf('Officials said 40 wells in the northern district have dried up.')).toContain(
      '40 wells in the northern district have dried up',
    )
    expect(spanOf('Factory output fell 3.1% in May.')).toContain('fell 3.1% in May')
  })

  it('leaves out a phrase that only sets the scene', () => {
    const span = spanOf('As the talks resumed in Geneva, the two sides exchanged 120 prisoners at the border.')
    expect(span).toContain('exchanged 120 prisoners')
    expect(span).not.toContain('As the talks')
  })

  it('never holds the speaker or the speech verb', () => {
    const span = spanOf('The new line will carry 40,000 passengers a day, the transport minister, Elena Varga, said on Monday.')
    expect(span).toContain('40,000 passengers')
    expect(span).not.toContain('Varga')
    expect(span).not.toContain('said')
  })
})
