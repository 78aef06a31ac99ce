import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../worker/extract/index'

const text = readFileSync(join(import.meta.dirname, '../../seeds/000_583d68ef50ae58cd.txt'), 'utf8')
const article = extractArticle(text)
const claims = article.claims

describe('seed article', () => {
  it('reads the date header and has no headline', () => {
    expect(article.publishedAt).toBe('2023-03-25')
    expect(article.title).toBeNull()
    for (const c of claims) expect(c.text).not.toContain('date 2023-03-25')
  })

  it('credits "at least 14 countries" in the quote to Zabihullah Mujahid via the Associated Press', () => {
    const c = claims.find((x) => x.span.includes('at least 14 countries') && x.attribution.mode === 'direct')
    expect(c).toBeDefined()
    expect(c!.text).toContain('The Islamic Emirate has sent diplomats')
    expect(c!.attribution.speaker).toBe('Zabihullah Mujahid')
    expect(c!.attribution.role).toBe('government spokesperson')
    expect(c!.attribution.organization).toMatch(/Taliban/)
    expect(c!.attribution.via).toBe('Associated Press')
  })

  it('resolves "The spokesperson added" to Zabihullah Mujahid with the list of countries', () => {
    const c = claims.find((x) => x.text.startsWith('The spokesperson added'))
    expect(c).toBeDefined()
    expect(c!.kind).toBe('list')
    expect(c!.span).toBe(
      'the Taliban has sent its diplomats to Iran, Turkey, Pakistan, Russia, China, Kazakhstan, and other Arab and African countries',
    )
    expect(c!.attribution.speaker).toBe('Zabihullah Mujahid')
    expect(c!.attribution.mode).toBe('reported')
  })

  it('resolves "Mujahid added" to the full name', () => {
    const c = claims.find((x) => x.text.startsWith('Mujahid added'))
    expect(c?.attribution.speaker).toBe('Zabihullah Mujahid')
  })

  it("credits Bilal Karimi's statements, with his role and the agency", () => {
    const said = claims.find((x) => x.text.includes('Karimi said there were many embassies'))
    expect(said).toBeDefined()
    expect(said!.attribution).toMatchObject({
      speaker: 'Bilal Karimi',
      role: 'deputy spokesperson',
      organization: 'Taliban',
      via: 'Associated Press',
      mode: 'reported',
    })
    const karimi = claims.filter((x) => x.attribution.speaker === 'Bilal Karimi')
    expect(karimi.length).toBeGreaterThanOrEqual(1)
  })

  it("credits Amina Mohammed's statement to the UN Deputy Secretary-General", () => {
    const c = claims.find((x) => x.span.includes('the Taliban wanted international recognition'))
    expect(c).toBeDefined()
    expect(c!.attribution.speaker).toBe('Amina Mohammed')
    expect(c!.attribution.role).toBe('Deputy Secretary-General')
    expect(c!.attribution.organization).toMatch(/^(UN|United Nations)$/)
    expect(c!.attribution.mode).toBe('reported')
  })

  it("reports the Tehran embassy handover in the outlet's own voice", () => {
    const c = claims.find((x) => x.text.includes('embassy in Tehran'))
    expect(c).toBeDefined()
    expect(c!.attribution).toMatchObject({
      speaker: null,
      role: null,
      organization: null,
      via: null,
      mode: 'outlet',
      speakerType: 'outlet',
      rule: 'outlet-voice',
    })
  })

  it('takes nothing from the trailer', () => {
    for (const c of claims) {
      expect(c.text).not.toMatch(/With inputs from agencies|WATCH WION LIVE HERE/)
    }
  })
})
