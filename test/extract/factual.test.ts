import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../worker/extract/index'
import { checkInvariants } from './check'

function extract(body: string) {
  const text = `Headline\n\n${body}`
  const a = extractArticle(text)
  checkInvariants(text, a)
  return a.claims
}

describe('check-worthiness without numbers', () => {
  it('keeps concrete facts: actions by named actors, rules, schedules and lists', () => {
    for (const s of [
      'The Green Party backed Labour demands that the scheme be scrapped.',
      'The Harbour Safety Act bans the sale of fireworks to anyone under eighteen.',
      'It also requires retailers to publish the origin of their timber.',
      'The ballot is due to be held on Thursday and the result announced next week.',
      'Among the worst-hit exports were steel, textiles and farm machinery.',
      'Regional Mayor Anna Cole has rejected the proposal outright.',
      'Drivers who break the rules face a two-year ban from the roads.',
    ])
      expect(extract(s).length, s).toBe(1)
  })

  it('leaves out feelings, questions and vague commentary', () => {
    for (const s of [
      'I think it is a wonderful thing for everybody involved.',
      "What happens next is anybody's guess?",
      'It could be a difficult few months for everyone.',
      'Fans will be delighted to hear the news.',
    ])
      expect(extract(s), s).toHaveLength(0)
  })

  it('does not count an opinion word inside a condition against a fact', () => {
    expect(extract('Customers can claim up to $500 in compensation if they think the product was faulty.')).toHaveLength(1)
  })
})

describe('attribution of organisations and reported speech', () => {
  it('credits the subject of a sentence that goes on "…, saying …"', () => {
    const [c] = extract('Health Minister Jane Parr has defended the new rules, saying they will cut waiting lists across the region.')
    expect(c?.attribution.speaker).toBe('Jane Parr')
  })

  it("keeps the outlet's report of the act when the quoted words are not check-worthy", () => {
    const [c] = extract('Chief Constable Sir Alan Rees has backed the curfew orders, saying: "I\'m sorry.')
    expect(c?.attribution.speaker).toBeNull()
    expect(c?.span).toContain('backed the curfew orders')
  })

  it('credits the name before ", which said"', () => {
    const [c] = extract('Ministers ignored the Pensions Review Board, which said 40,000 savers had lost money.')
    expect(c?.attribution.speaker).toBe('Pensions Review Board')
  })

  it('credits the spokesman of an organisation named with a comma inside it, whole', () => {
    const [c] = extract(
      'A Department for Energy, Climate and Transport spokesman said: "We are reviewing 30 applications from the region."',
    )
    expect(c?.attribution.speaker).toBe('A Department for Energy, Climate and Transport spokesman')
    expect(c?.attribution.speakerType).toBe('unnamed')
  })

  it('credits the person after a possessive in an inverted attribution', () => {
    const [c] = extract('"The album has sold 200,000 copies in its first week," said Tesco\'s Mark Hill.')
    expect(c?.attribution.speaker).toBe('Mark Hill')
    expect(c?.attribution.organization).toBe('Tesco')
  })

  it('credits the sentence subject of "… and says that …"', () => {
    const claims = extract(
      'Professor Ruth Mayo chaired the inquiry. Mayo is also critical and says that 12 hospitals ignored the guidance.',
    )
    expect(claims.find((c) => c.text.includes('12 hospitals'))?.attribution.speaker).toBe('Ruth Mayo')
  })

  it('credits "the report" to the body last quoted, as that body\'s report', () => {
    const claims = extract(
      'The cost of rail travel has risen sharply, the Passenger Transport Council said. The report said fares on 40 routes had doubled since 2000.',
    )
    expect(claims.find((c) => c.text.includes('40 routes'))?.attribution.speaker).toBe('Passenger Transport Council report')
  })

  it('credits the body an unnamed spokesperson speaks for, also after an inverted verb', () => {
    const [c] = extract('"The club will appeal against all 12 bans," said a Rovers spokeswoman.')
    expect(c?.attribution.speaker).toBe('Rovers')
  })

  it('keeps a news wire as the carrier, not the speaker', () => {
    const [c] = extract('Shares in the carmaker fell 4% on Monday, Reuters said.')
    expect(c?.attribution.speaker).toBeNull()
  })
})

describe('inclusive statements and general reported speech', () => {
  it('keeps present-tense states, negated facts and plans stated as fact', () => {
    for (const s of [
      'The company has a quarter stake in the Brazilian mining group Vale.',
      'The drug did not significantly prolong survival in patients with lung cancer.',
      'Smoking in pubs is already allowed in most parts of the country.',
      'Mr Jones will be in charge of the new unit from next month.',
    ])
      expect(extract(s).length, s).toBe(1)
  })

  it('credits a quotation that follows a reported speaker to that speaker', () => {
    const claims = extract(
      'Manager Alan Curbishley said his side had been unlucky to lose 2-1 at home.\n\n"We had 15 shots on target and hit the post twice in the second half."',
    )
    expect(claims.find((c) => c.text.includes('15 shots'))?.attribution.speaker).toBe('Alan Curbishley')
  })

  it('reads the speaker past an age, and reports a bare demand in the outlet voice', () => {
    expect(extract('Mr Brown, 54, said the 2004 accounts had been approved by auditors.')[0]?.attribution.speaker).toBe('Brown')
    expect(
      extract('Mr Smith urged the board to sign the striker before the transfer window closes.')[0]?.attribution.speaker ?? null,
    ).toBeNull()
  })

  it('credits the subject of a base-form speech verb', () => {
    expect(extract('Scottish ministers insist they will still have the final say on the new casino.')[0]?.attribution.speaker).toMatch(
      /Scottish/,
    )
  })
})
