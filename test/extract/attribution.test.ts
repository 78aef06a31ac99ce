import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../worker/extract/index'
import { checkInvariants } from './check'
import { workTitleProblem } from './names'

/** The speaker credited with the claim whose sentence contains `needle`. */
function speakerOf(text: string, needle: string): string | null | undefined {
  const a = extractArticle(text)
  checkInvariants(text, a)
  return a.claims.find((c) => c.text.includes(needle))?.attribution.speaker
}

describe('attribution rules', () => {
  it('credits a quotation that runs over paragraphs without reopening marks to the speaker who introduced it', () => {
    const a = `Family visit\n\nPavel Butorin, Alsu's husband, said he was grateful for the support:\n\n“We came to Washington unsure what to expect.\n\nShe has been held for 150 days and has done nothing wrong.”\n\nThe family met 12 lawmakers.`
    expect(speakerOf(a, '150 days')).toBe('Pavel Butorin')
    expect(speakerOf(a, '12 lawmakers')).toBeNull()
  })

  it('credits an unnamed spokesman for an unnamed body, and "he said" right after to the same source', () => {
    const a = `Verdict due\n\nAs Cambodia waits for a ruling, a spokesman for the tribunal says 40 groups have applied.\n\nReparations worth $5 million will be announced alongside the verdict, he said.`
    expect(speakerOf(a, '40 groups')).toBe('a spokesman for the tribunal')
    expect(speakerOf(a, '$5 million')).toBe('a spokesman for the tribunal')
    const span = extractArticle(a).claims.find((claim) => claim.text.includes('40 groups'))?.span
    expect(span).toBe('40 groups have applied')
  })

  it('reads "figures show" and "workers fear that" as a document and people asserting', () => {
    const a = `Election\n\nEarly figures show the ruling party won 68 seats, down from 90.\n\nRelief workers fear that 300 people could die.`
    expect(speakerOf(a, '68 seats')).toBe('Early figures')
    expect(speakerOf(a, '300 people')).toBe('Relief workers')
  })

  it('carries the outlet someone spoke to over every claim credited to them, with its language service', () => {
    const a = `Interview\n\nSomalia's President Hassan Sheikh Mohamud says al-Shabab killed 148 people.\n\nHe was speaking exclusively to VOA Somali, three days after the attack.\n\nMohamud said 12 towns were retaken.\n\nOfficials told VOA's Khmer service that 9 died.\n\nOthers told VOA on Tuesday that 3 died.`
    const via = (needle: string) => extractArticle(a).claims.find((claim) => claim.text.includes(needle))?.attribution.via
    expect(via('148 people')).toBe('VOA Somali')
    expect(via('12 towns')).toBe('VOA Somali')
    expect(via('9 died')).toBe('VOA Khmer')
    expect(via('3 died')).toBe('VOA')
  })

  it('takes as the outlet one no list names when the article says what it is, and only an interview is "with" one', () => {
    const a = `Plant\n\nThe plant will shed 400 jobs, Jean Dupont told Canadian broadcaster CTV News on Tuesday.\n\nMarie Roy told the Kontan newspaper in July that sales fell 12%.\n\nPaul Hess told Kenya's Daily Nation newspaper that 30 mines had closed.\n\nIn an interview with the daily El Norte, Ana Ruiz said 9 wells ran dry.\n\nThe delay of 40 days lies with Royal Mail, the council said.\n\nLi Wei told Mary Smith that 7 staff left.`
    const claims = extractArticle(a).claims
    const claim = (needle: string) => claims.find((c) => c.text.includes(needle))
    expect(claim('400 jobs')?.attribution).toMatchObject({ speaker: 'Jean Dupont', via: 'CTV News' })
    expect(claim('400 jobs')?.span).toBe('The plant will shed 400 jobs')
    expect(claim('12%')?.attribution.via).toBe('Kontan')
    expect(claim('30 mines')?.attribution.via).toBe('Daily Nation')
    expect(claim('9 wells')?.attribution.via).toBe('El Norte')
    expect(claim('40 days')?.attribution.via).toBeNull()
    expect(claim('7 staff')?.attribution.via).toBeNull()
  })

  it('takes the outlet of remarks made to it, and papers named in the plural', () => {
    const a = `Fraud\n\nA lawyer for the firm, Tuncay Aksoy, denied the allegations in remarks to private broadcaster NTV, saying 40 clients had lost money to volatility.\n\nAnnika Hollerbach said in an interview with the Funke Media Group newspapers that 12 programmes would close.`
    const claims = extractArticle(a).claims
    expect(claims.find((c) => c.text.includes('40 clients'))?.attribution.via).toBe('NTV')
    expect(claims.find((c) => c.text.includes('12 programmes'))?.attribution.via).toBe('Funke Media Group')
  })

  it('takes a first line ending in an abbreviation ("D.C.") as the headline, not a claim', () => {
    const a = `Family of detained journalist meets senior White House aides, lawmakers and hostage advocates in Washington, D.C.\n\nThe family held 14 meetings in five days.`
    const extracted = extractArticle(a)
    expect(extracted.title).toBe(
      'Family of detained journalist meets senior White House aides, lawmakers and hostage advocates in Washington, D.C.',
    )
    expect(extracted.claims.map((claim) => claim.text)).toEqual(['The family held 14 meetings in five days.'])
  })

  it('reads "highlighted" and "cited" as speech verbs', () => {
    const a = `Oil prices\n\nThe OECD highlighted weak household spending of 0.5% in Germany in 2004.`
    expect(speakerOf(a, 'household spending')).toBe('OECD')
  })

  it('credits a capitalised office after "the" to the person holding it, not to a person named after the office', () => {
    const a = `Lords seat\n\nNeil Kinnock has accepted a seat in the House of Lords, officials confirmed on Sunday.\n\nBut the outgoing European Commissioner said his comments from 1978 needed to be put in context.\n\nHe said 40% of peers backed reform.`
    expect(speakerOf(a, 'put in context')).toBe('Neil Kinnock')
    expect(speakerOf(a, '40% of peers')).toBe('Neil Kinnock')
  })

  it('reads "agreed a contract" and "maintained the momentum" as narration, and keeps an analyst\'s employer out of "the company"', () => {
    const a = `Rugby news\n\nWales international Andy Williams has agreed a contract with Bath until the end of the 2005 season.`
    expect(speakerOf(a, 'end of the 2005 season')).toBeNull()
    const b = `Mobile deal\n\nTurkcell said the decision "increases the risks" attached to the $3bn project.\n\n"The possibility is next to zero," said Atinc Ozkan, analyst at Finans Investment in Istanbul.\n\nThe company has said it is prepared to accept a 49% stake.`
    expect(speakerOf(b, '49% stake')).toBe('Turkcell')
  })

  it("never credits a bare continent, region or city, but does credit a place's government", () => {
    const a = `Dollar falls\n\nOn Tuesday, traders in Asia said that two central banks had withdrawn their bids to buy $3bn.`
    expect(speakerOf(a, 'withdrawn their bids')).toBe('traders in Asia')
    const b = `Fuel costs\n\nIndonesia's government has confirmed it is considering raising fuel prices by as much as 30%.`
    expect(speakerOf(b, 'raising fuel prices')).toMatch(/government$/)
  })

  it('credits a survey to the body it is "by", and an organisation\'s own review to it, naming the document by its author', () => {
    const a = `Euro gains\n\nThe dollar fell. Compiled by Central Banking Publications and sponsored by the UK's Royal Bank of Scotland, the survey found 39 nations out of 65 questioned were increasing their euro holdings, with 29 cutting back on the US dollar.`
    expect(speakerOf(a, '39 nations')).toBe('Central Banking Publications survey')
    const b = `Growth slows\n\nThe Indian Government said the prospects for the economy remained bright. Its mid-year economic review forecasts growth of 6-6.5% in 2004.`
    expect(speakerOf(b, '6-6.5%')).toBe('Indian Government review')
  })

  it('does not credit an author with what follows "wrote" a work, and reads a trailing source phrase', () => {
    const a = `Film news\n\nAuthor Douglas Adams wrote the screenplay before his death, while a new radio series was aired 26 years after the first broadcast.`
    expect(speakerOf(a, '26 years')).toBeNull()
    const b = `Aid call\n\nSome 45 million children will die needlessly before 2015, Oxfam says in a report, Paying the Price.`
    expect(speakerOf(b, '45 million')).toBe('Oxfam')
  })

  it('ends a quotation left open at the end of the article with its sentence', () => {
    const text = `Tennis news\n\nTournament director Craig Watson said: "I had a message from him saying he was looking forward to it. The tournament will take place from 9-15 January.`
    expect(speakerOf(text, '9-15 January')).toBeNull()
  })

  it('never credits the title of a work, and resolves "the label" to the label named earlier', () => {
    const text = `Singer sues label\n\nSinger Joe Bloggs, who had a 1999 hit with the single Heart of the Night, signed to the Blue Fern Records label in 2003.\n\nHe has released one album since, with the label saying a second album was due for release on 12 March 2005.`
    expect(speakerOf(text, 'due for release')).toBe('Blue Fern Records')
    expect(workTitleProblem(text, 'Heart of the Night')).toBe('title of a work')
    expect(workTitleProblem(text, 'Joe Bloggs')).toBeNull()
  })

  it('credits a news organisation that reports a fact', () => {
    const text = `TV sales grow\n\nDigital television keeps growing, with the BBC reporting 3.2 million homes now use the service.`
    expect(speakerOf(text, 'BBC reporting')).toBe('BBC')
  })

  it('credits a study or a body named in a relative clause', () => {
    const a = `Ink costs\n\nA printer can cost up to £900 a year to run, a study by Printing Weekly Magazine revealed last month.`
    expect(speakerOf(a, 'up to £900')).toBe('Printing Weekly Magazine')
    const b = `Ink costs\n\nThe market was examined by the Competition Commission (CC), which concluded in a 2003 report that prices had to fall by 20%.`
    expect(speakerOf(b, 'prices had to fall')).toBe('Competition Commission')
  })

  it('gives a quotation that follows a sentence about a person to that person', () => {
    const text = `Coach praises side\n\nArsenal manager Arsene Wenger praised his defence after the 2-0 win over Everton.\n\n"We kept 11 clean sheets in 14 games and nobody else has done that this season."`
    expect(speakerOf(text, '11 clean sheets')).toBe('Arsene Wenger')
  })

  it('reads "he" as the subject of the sentence before', () => {
    const text = `Ministers clash\n\nHome Secretary John Smith defended the bill on Monday. Earlier Mr Jones, whose party opposes it, said it was flawed. He told reporters that Mr Smith had spent £40m on the scheme.`
    expect(speakerOf(text, '£40m')).toMatch(/Jones$/)
  })

  it('credits "the <club> boss" to the person the story is about', () => {
    const text = `Boss happy\n\nChelsea's Jose Mourinho has praised his players after the 3-1 win.\n\n"We scored three goals in 20 minutes," said the Stamford Bridge boss.`
    expect(speakerOf(text, 'three goals')).toBe('Jose Mourinho')
  })
})
