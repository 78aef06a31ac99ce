import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../worker/extract/index'
import { checkInvariants } from './check'

function claimFor(sentence: string) {
  const text = `Headline\n\n${sentence}`
  const a = extractArticle(text)
  checkInvariants(text, a)
  return a.claims[0]
}

describe('claim kinds', () => {
  it('keeps a bounded amount a quantity', () => {
    for (const s of [
      'Troops from at least 14 countries were deployed to the region last year.',
      'More than 63,000 mobile phones have been left in the back of black cabs in London.',
      'Almost 5,000 laptops and 5,800 PDAs were left in licensed cabs over the same period.',
      'The company employs about 2,500 people at its plant in Derby.',
    ])
      expect(claimFor(s)?.kind, s).toBe('quantity')
  })

  it('calls changes, rankings and superlatives comparisons', () => {
    for (const s of [
      'Quarterly profits at the media giant rose 8% to $1.13bn in the three months to December.',
      'Sales over Christmas were the biggest fall since 1981, with volumes down 0.9% on the year.',
      'More than twice as many laptops were left in cabs in London as in any of the nine other cities.',
      'Danes were seven times more likely to leave a phone in a cab than travellers in Germany.',
    ])
      expect(claimFor(s)?.kind, s).toBe('comparison')
  })
})

describe('attribution of unnamed and named sources', () => {
  const text = `Cabs collect mountain of mobiles

In London alone over the past six months more than 63,000 mobile phones have been left in the back of black cabs, according to a survey.

This has left Londoners, or those travelling by cab in the capital, as the world's best at losing laptops, according to the research by the Licensed Taxi Drivers Association and Pointsec, a mobile-data backup firm.

Some economists have predicted rates will drop to 4% later in the year.

Film-maker Spike Lee says black representation in 2004 was stronger than ever in cinema and TV.`
  const a = extractArticle(text)
  checkInvariants(text, a)
  const find = (prefix: string) => a.claims.find((c) => c.text.startsWith(prefix))

  it('credits a survey nobody is named for to the survey itself, and unnamed economists to themselves', () => {
    expect(find('In London alone')?.attribution).toMatchObject({
      speaker: 'a survey',
      role: null,
      organization: null,
      speakerType: 'document',
    })
    expect(find('Some economists')?.attribution).toMatchObject({ speaker: 'Some economists', speakerType: 'unnamed' })
  })

  it('gives a clean organisation name for "research by X"', () => {
    const c = find('This has left Londoners')
    expect(c?.attribution.speaker).toBe('Licensed Taxi Drivers Association')
    expect(c?.attribution.role).toBeNull()
    expect(c?.span).toMatch(/^This has left Londoners/)
  })

  it('drops a hyphenated descriptor from a name', () => {
    expect(find('Film-maker Spike Lee')?.attribution.speaker).toBe('Spike Lee')
  })
})

describe('spot-check regressions: never borrow a name', () => {
  const run = (body: string) => {
    const text = `Headline\n\n${body}`
    const a = extractArticle(text)
    checkInvariants(text, a)
    return (prefix: string) => a.claims.find((c) => c.text.startsWith(prefix))
  }

  it('keeps people who share a surname apart', () => {
    const find = run(
      'Prime Minister Tony Blair said the election would be held in May. Sir Ian Blair said 12 terror groups would remember the Madrid bomb.',
    )
    expect(find('Sir Ian Blair')?.attribution.speaker).toBe('Ian Blair')
  })

  it('does not credit a name inside a relative clause or a reported clause', () => {
    const find = run(
      'Three-quarters said Mr Blunkett was right to go to court - whom he says he fathered - and just 14% voiced sympathy.\n\nBritish number one Tim Henman, who announced his retirement earlier this year, believes Britain can win 3-2 in Tel Aviv.',
    )
    expect(find('Three-quarters')?.attribution.speaker ?? null).toBeNull()
    expect(find('British number one')?.attribution.speaker ?? null).not.toBe('Britain')
  })

  it('reads the statement before "…, the ONS said." and a noun "hopes"', () => {
    const find = run(
      'Prices dipped 2% in November, the ONS said.\n\nThe Munster number 10 kicked a total of 14 points to help keep alive their Grand Slam hopes.',
    )
    expect(find('Prices dipped')?.attribution.speaker).toBe('ONS')
    expect(find('Prices dipped')?.span).toContain('2%')
    expect(find('The Munster')?.attribution.speaker ?? null).toBeNull()
  })

  it('does not turn a place or a firm into the person holding a role', () => {
    const find = run("Scotland's first minister has told a group of 40 pupils that it is okay to get drunk.")
    expect(find("Scotland's first minister")?.attribution).toMatchObject({ speaker: "Scotland's first minister", speakerType: 'unnamed' })
  })
})
