// The worked examples of each attribution rule in rules.ts, which test/extract/rules.test.ts runs through the whole
// extractor (the rule that decides, who, what type, and the span). Beside the rules, but a module only the tests
// import, so the Worker's bundle does not carry them; every rule must have an entry.
import type { SpeakerType } from '../../schemas/claim'
import type { RuleName } from './rules'

/** A worked example of a rule: the sentence (after any context), who it credits, and the span it asserts. */
export interface RuleExample {
  /** Sentences before the one tested, for rules that resolve a reference ("he", "the company"). */
  context?: string
  sentence: string
  /** Sentences after the one tested, for rules that look ahead ("a court spokesman" named later). */
  followedBy?: string
  speaker: string | null
  speakerType: SpeakerType
  /** A phrase the claim's span must contain. */
  span: string
}

export const RULE_EXAMPLES: Record<RuleName, readonly RuleExample[]> = {
  'according-to-then-quote': [
    {
      sentence: 'According to the ministry, spokesman Ahmad Zia, "The border will reopen on 5 May."',
      speaker: 'Ahmad Zia',
      speakerType: 'person',
      span: 'The border will reopen',
    },
  ],
  'according-to': [
    // A document by its author that opens the sentence, before a statement with no speaker of its own.
    {
      sentence: 'In a survey by the polling institute Civey, 47 per cent of voters named energy costs as the main issue of the vote.',
      speaker: 'Civey',
      speakerType: 'document',
      span: '47 per cent of voters named energy costs',
    },
    {
      sentence:
        'The Commission will propose capping short-term rentals at 90 nights a year, according to a draft regulation seen by POLITICO.',
      speaker: 'a draft regulation',
      speakerType: 'document',
      span: 'capping short-term rentals at 90 nights a year',
    },
    {
      sentence: "Canada's largest grocers earned $6.2 billion last year, according to a report released Tuesday by the Competition Bureau.",
      speaker: 'Competition Bureau',
      speakerType: 'document',
      span: "Canada's largest grocers earned $6.2 billion last year",
    },
    // A body named after whose it is.
    {
      sentence: "The bridge, built in 1978, collapsed at around 3 pm, killing 12 people, according to the Mayor's office.",
      speaker: "Mayor's office",
      speakerType: 'organization',
      span: 'collapsed at around 3 pm, killing 12 people',
    },
    // A document someone obtained or saw, whatever kind it is.
    {
      sentence: 'The request includes 150 billion yen for a satellite network, according to a draft plan obtained by Kyodo News.',
      speaker: 'a draft plan',
      speakerType: 'document',
      span: '150 billion yen for a satellite network',
    },
    // The document, whenever it was made.
    {
      sentence: 'The next ministerial meeting will be held in Doha in March, according to a joint statement released after the talks.',
      speaker: 'a joint statement',
      speakerType: 'document',
      span: 'The next ministerial meeting will be held in Doha in March',
    },
    // A document or body named after whose it is.
    {
      sentence: "Farm output grew 3.8% in the year, according to the state's Economic Survey.",
      speaker: 'Economic Survey',
      speakerType: 'document',
      span: 'Farm output grew 3.8% in the year',
    },
    {
      sentence: 'The factory employs 4,000 workers, according to the Labour Ministry.',
      speaker: 'Labour Ministry',
      speakerType: 'organization',
      span: '4,000 workers',
    },
    // A body's name with a title word in it is still a body.
    {
      sentence: 'At least 19 states have passed such laws since 2023, according to the National Conference of State Legislatures.',
      speaker: 'National Conference of State Legislatures',
      speakerType: 'organization',
      span: 'At least 19 states have passed such laws since 2023',
    },
    // A body's name that lists what it covers.
    {
      sentence: 'According to the Environment, Urbanization and Climate Change Ministry, more than 200,000 homes have been handed over.',
      speaker: 'Environment, Urbanization and Climate Change Ministry',
      speakerType: 'organization',
      span: 'more than 200,000 homes have been handed over',
    },
    // A nationality, then the kind of body.
    {
      sentence: 'Thousands of people were killed in the offensive, according to the Congolese government.',
      speaker: 'Congolese government',
      speakerType: 'organization',
      span: 'Thousands of people were killed in the offensive',
    },
    // A nationality, then the kind of document: whose figures they are, not who published them.
    {
      sentence: 'Trade between the two countries reached $71.6 billion last year, according to Chinese customs data.',
      speaker: 'Chinese customs data',
      speakerType: 'document',
      span: 'Trade between the two countries reached $71.6 billion',
    },
    // A document, the participle that says who made it, then its author.
    {
      sentence: 'Nearly 154,000 homes were demolished in 2022, according to data compiled by the Housing and Land Rights Network.',
      speaker: 'Housing and Land Rights Network',
      speakerType: 'document',
      span: 'Nearly 154,000 homes were demolished in 2022',
    },
    {
      sentence: "Gamers spent 1.3 billion pounds in 2004, according to figures released by the UK gaming industry's trade body.",
      speaker: "figures released by the UK gaming industry's trade body",
      speakerType: 'document',
      span: 'Gamers spent 1.3 billion pounds in 2004',
    },
    {
      sentence: 'According to a senior police officer, 12 people were arrested at the border.',
      speaker: 'a senior police officer',
      speakerType: 'unnamed',
      span: '12 people',
    },
    {
      sentence: 'Grain exports rose 9% last year, according to figures from the Agriculture Ministry.',
      speaker: 'Agriculture Ministry',
      speakerType: 'document',
      span: 'Grain exports rose 9% last year',
    },
    // An opening credit runs to its comma: the place after the source's name is not the claim.
    {
      sentence: 'According to the Garment Manufacturers Association in Cambodia, the sector employs about 750,000 people.',
      speaker: 'Garment Manufacturers Association',
      speakerType: 'organization',
      span: 'the sector employs about 750,000 people',
    },
    // A body that belongs to a place.
    {
      sentence: "The president received 3 envoys, according to Chile's Communications Directorate.",
      speaker: 'Communications Directorate',
      speakerType: 'organization',
      span: 'The president received 3 envoys',
    },
    // A body named after its description; a court's documents.
    {
      sentence: 'According to the city transport authority STM, 12 lines were closed.',
      speaker: 'STM',
      speakerType: 'organization',
      span: '12 lines were closed',
    },
    {
      sentence: 'According to the indictment, 900 investors lost money in the scheme.',
      speaker: 'the indictment',
      speakerType: 'document',
      span: '900 investors lost money',
    },
    // An agency's own count is the agency's; a document whose author is not named is the source itself.
    {
      sentence: 'At least 61 people have died in the fighting, according to an AFP tally.',
      speaker: 'AFP',
      speakerType: 'organization',
      span: 'At least 61 people have died',
    },
    {
      sentence: 'A third of the harvest was lost, according to estimates by aid agencies.',
      speaker: 'estimates by aid agencies',
      speakerType: 'document',
      span: 'A third of the harvest was lost',
    },
    {
      sentence: 'Coastal Rescue Service volunteers saved 14 sailors overnight, according to a statement from the organization.',
      speaker: 'Coastal Rescue Service',
      speakerType: 'document',
      span: '14 sailors',
    },
  ],
  'according-to-agency': [
    {
      sentence: 'The storm killed 23 people in the north, according to Reuters.',
      speaker: 'Reuters',
      speakerType: 'organization',
      span: '23 people',
    },
  ],
  'name-colon-quote': [
    {
      sentence: 'Finance minister Ana Lopes: "Inflation fell to 3.1% in March."',
      speaker: 'Ana Lopes',
      speakerType: 'person',
      span: '3.1%',
    },
  ],
  'with-source-saying': [
    {
      context: 'Rolta Industries reported its results on Monday.',
      sentence: 'Its shares fell sharply, with the company saying that orders had dropped by 40%.',
      speaker: 'Rolta Industries',
      speakerType: 'organization',
      span: 'dropped by 40%',
    },
    {
      sentence: 'The mystery deepened on Monday, with investigators concluding that 239 passengers had boarded.',
      speaker: 'investigators',
      speakerType: 'unnamed',
      span: '239 passengers',
    },
  ],
  'subject-then-saying': [
    // A body a place owns, and where it was said is not what was said.
    {
      sentence: "Kazakhstan's health ministry denied reports of shortages, saying in a statement that all 17 regions had received stocks.",
      speaker: 'Kazakhstan health ministry',
      speakerType: 'organization',
      span: 'all 17 regions had received stocks',
    },
    {
      sentence: 'Health Minister Sara Klein defended the budget, saying that 900 new nurses had been hired.',
      speaker: 'Sara Klein',
      speakerType: 'person',
      span: '900 new nurses',
    },
    // A subject that is a number of people, before a verb in the past tense.
    {
      sentence: 'Four of the seven commissioners disowned the tally, saying 40 counties had reported late.',
      speaker: 'Four of the seven commissioners',
      speakerType: 'unnamed',
      span: '40 counties',
    },
  ],
  'subject-and-says': [
    // "but said": what the subject did, then what it said.
    // A description before the name, an office and where it is held, or ", however," after it.
    {
      sentence: 'Opposition leader Meera Sharma, however, termed the plan "an eyewash" and claimed that 40 per cent of posts were vacant.',
      speaker: 'Meera Sharma',
      speakerType: 'person',
      span: '40 per cent of posts were vacant',
    },
    {
      sentence:
        'Leader of the Opposition in the state Legislative Assembly Vijay Thorat demanded his resignation and claimed that 14 tenders had been altered.',
      speaker: 'Vijay Thorat',
      speakerType: 'person',
      span: '14 tenders had been altered',
    },
    {
      sentence: 'The ministry did not provide a breakdown, but said the majority of the 1,400 detainees had been released.',
      speaker: 'ministry',
      speakerType: 'organization',
      span: 'the majority of the 1,400 detainees had been released',
    },
    {
      sentence: 'Omar Haddad resigned on Monday and said the ministry had lost $2m.',
      speaker: 'Omar Haddad',
      speakerType: 'person',
      span: 'lost $2m',
    },
    {
      sentence: 'The spokesman dismissed the claims as "pure invention" and said 20 aid trucks had crossed.',
      speaker: 'The spokesman',
      speakerType: 'unnamed',
      span: '20 aid trucks had crossed',
    },
  ],
  'relative-which-said': [
    {
      sentence: 'The fine was set by the Competition Commission, which said the cartel had raised prices by 20%.',
      speaker: 'Competition Commission',
      speakerType: 'organization',
      span: '20%',
    },
    // After "has", when a clause follows "that".
    {
      sentence:
        'The Cabinet will settle the plan with the Finance Ministry, which has warned that rising costs of 9% a year strain public finances.',
      speaker: 'Finance Ministry',
      speakerType: 'organization',
      span: 'rising costs of 9% a year strain public finances',
    },
  ],
  'speaker-then-verb': [
    // A portfolio word after "<body> of" is part of the body's name, not a title before a person.
    {
      sentence: 'The Philippine Department of Foreign Affairs said the hotline would be operational within 60 days.',
      speaker: 'Philippine Department of Foreign Affairs',
      speakerType: 'organization',
      span: 'the hotline would be operational within 60 days',
    },
    // A document's author named with its owner.
    {
      sentence: "Data from the IOM's Missing Migrants Project show that at least 1,120 people have died at sea this year.",
      speaker: 'Missing Migrants Project',
      speakerType: 'document',
      span: 'at least 1,120 people have died at sea this year',
    },
    // A document named by who compiled it; a body speaking through its press office; one of a body's staff.
    {
      sentence: 'Deals in the sector totaled $38 billion in the first five months, data compiled by Bloomberg show.',
      speaker: 'Bloomberg',
      speakerType: 'document',
      span: 'Deals in the sector totaled $38 billion',
    },
    // "the company" after "It" went on with the body one sentence named; "X's vice president" says X is a company.
    {
      context:
        'The safety commission said it had opened an inquiry into 40 fires. Voltrail, based in Columbus, has sold 210,000 e-bikes since 2019. It does not make its own battery cells.',
      sentence: 'In a written statement, the company said it was cooperating with regulators on all 40 cases.',
      followedBy: "Marcus Ebbeson, Voltrail's vice president, said 12 fires involved aftermarket chargers.",
      speaker: 'Voltrail',
      speakerType: 'organization',
      span: 'cooperating with regulators on all 40 cases',
    },
    // An unnamed spokesperson: as written, with the body a common noun refers to.
    {
      context: 'Cairn Energy shares fell 12% after the well came up dry.',
      sentence: 'A spokesman for the firm said the setback would wipe 5% off the value of the field.',
      speaker: 'A spokesman for the firm (Cairn Energy)',
      speakerType: 'unnamed',
      span: 'the setback would wipe 5% off the value of the field',
    },
    {
      sentence: 'A spokeswoman for the Economy Ministry said the subsidy pot had been oversubscribed by 2 billion euros.',
      speaker: 'A spokeswoman for the Economy Ministry',
      speakerType: 'unnamed',
      span: 'the subsidy pot had been oversubscribed by 2 billion euros',
    },
    {
      sentence: 'Russia damaged power plants in five regions, the press service of the Ministry of Energy said on Wednesday.',
      speaker: 'Ministry of Energy',
      speakerType: 'organization',
      span: 'Russia damaged power plants in five regions',
    },
    {
      sentence: "An official at Indonesia's Ministry of Investment said the government had been briefed on the $1.8 billion deal.",
      speaker: "An official at Indonesia's Ministry of Investment",
      speakerType: 'unnamed',
      span: 'the government had been briefed',
    },
    {
      context: 'The Finance Ministry has warned that rising costs are straining public finances.',
      sentence: 'A senior official at the ministry said the weaker yen had added 400 billion yen to the cost.',
      speaker: 'A senior official at the ministry',
      speakerType: 'unnamed',
      span: 'the weaker yen had added 400 billion yen',
    },
    // "the report" is the document credited last, by its author, even when another body spoke since.
    {
      context:
        'Africa warmed faster than the world last year, according to the World Meteorological Organization’s annual State of the Climate report. About 27 million people faced hunger in the south, according to the World Food Programme.',
      sentence: 'The report estimated that adaptation would cost the continent $50 billion a year.',
      speaker: 'World Meteorological Organization report',
      speakerType: 'document',
      span: 'adaptation would cost the continent $50 billion a year',
    },
    // "said in a statement" makes the statement the speaker's.
    {
      context:
        'Wildfire data from the forestry institute showed 40,000 hectares had burned. Portugal’s Judiciary Police said in a statement that they had detained a 52-year-old man.',
      sentence: 'Investigators had not established any link to the larger blaze, the statement said.',
      speaker: 'Judiciary Police statement',
      speakerType: 'document',
      span: 'Investigators had not established any link to the larger blaze',
    },
    // A court's bench is the body that rules.
    {
      sentence: 'The bench said the state had failed to justify the 12-year delay.',
      speaker: 'bench',
      speakerType: 'organization',
      span: 'the state had failed to justify the 12-year delay',
    },
    // An event that only dates a statement ("came a day after …") leaves the statement as the claim.
    {
      sentence:
        'The remarks came a day after Iranian Foreign Ministry spokesman Reza Nouri claimed that the corridor had been designed to bypass Iran.',
      speaker: 'Reza Nouri',
      speakerType: 'person',
      span: 'the corridor had been designed to bypass Iran',
    },
    // A name the article shortens to its first word, never to its last, is a body's: news calls people by surname.
    {
      context: 'Brightwater Brands beat estimates for quarterly profit on Thursday. Brightwater raised its forecast.',
      sentence: 'Brightwater Brands said volumes fell 4.5% in the quarter while prices rose 2.7%.',
      speaker: 'Brightwater Brands',
      speakerType: 'organization',
      span: 'volumes fell 4.5%',
    },
    // "she" after a quotation is the subject of the sentence before it, not the person credited earlier.
    {
      context:
        'Torsten Brenneke claimed that 4,000 postal votes had gone missing. State Returning Officer Hannelore Prietz rejected the accusation. "There were no irregularities.',
      sentence: 'Every postal vote was counted twice in the presence of observers," she told the broadcaster NDR.',
      speaker: 'Hannelore Prietz',
      speakerType: 'person',
      span: 'Every postal vote was counted twice',
    },
    // Whom the quotation names by name is spoken about: "he" is the person credited before.
    {
      context: 'Aston Villa boss David O’Leary said he had spoken to the squad. Olof Mellberg spoke of his dislike of the rivals.',
      sentence: '"I have had more than a quiet word with Olof about 20 comments he made," he told the club’s website.',
      speaker: 'David O’Leary',
      speakerType: 'person',
      span: 'I have had more than a quiet word with Olof',
    },
    // "the people" are the unnamed source credited just before.
    {
      context: 'Brightwater is exploring a sale of its frozen-foods business, two people familiar with the matter told Reuters.',
      sentence: 'No final decision has been made and Brightwater could still keep the $2 billion business, the people said.',
      speaker: 'two people familiar with the matter',
      speakerType: 'unnamed',
      span: 'No final decision has been made',
    },
    // A credit after a quotation, however long the name and whatever follows the verb.
    {
      sentence:
        '"The Constitution does not permit one chamber to accomplish through inaction what it could not by a vote," Justice Raymond Okafor wrote for the majority.',
      speaker: 'Raymond Okafor',
      speakerType: 'person',
      span: 'The Constitution does not permit one chamber',
    },
    {
      sentence: 'A police official on Lampedusa, who asked not to be named, told ANSA that three suspected smugglers had been arrested.',
      speaker: 'A police official on Lampedusa',
      speakerType: 'unnamed',
      span: 'three suspected smugglers had been arrested',
    },
    // A portfolio word inside a body's name ("of Health and Welfare") is no title before a person.
    {
      sentence: 'The Idaho Department of Health and Welfare said 41 of the cases were in children.',
      speaker: 'Idaho Department of Health and Welfare',
      speakerType: 'organization',
      span: '41 of the cases',
    },
    // "the department" is the one just discussed, not one the article names further on.
    {
      context: 'The Idaho Department of Health and Welfare said 41 of the cases were in children.',
      sentence: 'Only two of the people who became sick had received the recommended two doses of the vaccine, the department said.',
      followedBy: 'The AP receives support from the Howard Hughes Medical Institute’s Department of Science Education.',
      speaker: 'Idaho Department of Health and Welfare',
      speakerType: 'organization',
      span: 'Only two of the people',
    },
    // A nationality describes an unnamed source placed where it is.
    {
      sentence: 'A European diplomat in Bissau, who asked not to be named, told AFP that observers had received reports of vote-buying.',
      speaker: 'A European diplomat in Bissau',
      speakerType: 'unnamed',
      span: 'observers had received reports of vote-buying',
    },
    // "one of …" describes the source like any noun phrase between commas.
    {
      sentence: 'Residents of the village of Sobral Gordo, one of those evacuated, told Reuters they had been given an hour to leave.',
      speaker: 'Residents of the village of Sobral Gordo',
      speakerType: 'unnamed',
      span: 'they had been given an hour to leave',
    },
    {
      sentence: 'The Interior Ministry said in a statement that 35 officers had been dismissed.',
      speaker: 'Interior Ministry',
      speakerType: 'organization',
      span: '35 officers',
    },
    // A body named "X of Y" is one name, not a person X at Y.
    {
      sentence: 'The National Confederation of Trade said exports fell 3% in May.',
      speaker: 'National Confederation of Trade',
      speakerType: 'organization',
      span: 'exports fell 3%',
    },
    // The person who opens the sentence, then asides before the verb: an age, a relative clause, where they are from.
    {
      sentence: 'Gloria Esparza, 71, who has lived in Mentone for 38 years, said she had 10 minutes to leave.',
      speaker: 'Gloria Esparza',
      speakerType: 'person',
      span: 'she had 10 minutes to leave',
    },
    {
      sentence: 'Jim Parton, from Families Need Fathers, said 40% of fathers lose contact with their children.',
      speaker: 'Jim Parton',
      speakerType: 'person',
      span: '40% of fathers lose contact',
    },
    // Two sources after the statement: the statement ends before the first.
    {
      sentence: 'Measles cases in Europe doubled last year to 127,350, the World Health Organization and UNICEF said Thursday.',
      speaker: 'UNICEF',
      speakerType: 'organization',
      span: 'Measles cases in Europe doubled last year to 127,350',
    },
    // A document opens the clause and names its author after "by" or "from": the author is the source.
    {
      sentence: 'A survey published on Sunday by the newspaper El Deber showed no candidate above 20% of voting intentions.',
      speaker: 'El Deber',
      speakerType: 'document',
      span: 'no candidate above 20% of voting intentions',
    },
    {
      sentence: 'Figures from the Office for National Statistics published last month showed that output fell by 0.8%.',
      speaker: 'Office for National Statistics',
      speakerType: 'document',
      span: 'output fell by 0.8%',
    },
    // A speaker stressed with "himself"; an Arabic surname with its article; a long phrase of where it was said.
    {
      sentence: 'Tony Blair himself has said that 40,000 people complained last year.',
      speaker: 'Tony Blair',
      speakerType: 'person',
      span: '40,000 people complained last year',
    },
    {
      sentence: 'Spokesperson Khalid al-Mansouri said at a weekly briefing in Doha that mediators had held 14 rounds of talks.',
      speaker: 'Khalid al-Mansouri',
      speakerType: 'person',
      span: 'mediators had held 14 rounds of talks',
    },
    // Someone the article describes by a noun of no list, with a clause saying who they are.
    {
      sentence: 'One senior Labour backbencher, who asked not to be named, said 40 MPs had raised the target with the whips.',
      speaker: 'One senior Labour backbencher',
      speakerType: 'unnamed',
      span: '40 MPs had raised the target',
    },
    // A body named, then what it is, before the verb.
    {
      sentence: "Libertad VCF, a supporters' group that has organised marches, said the club had missed four deadlines since 2015.",
      speaker: 'Libertad VCF',
      speakerType: 'organization',
      span: 'the club had missed four deadlines',
    },
    // A speech verb inside the statement is not its credit: the credit set off by commas is.
    {
      sentence:
        'Hodan Warsame runs the agency. The Cabinet declared a drought emergency on Aug. 14, she noted, two weeks after the alerts.',
      speaker: 'Hodan Warsame',
      speakerType: 'person',
      span: 'The Cabinet declared a drought emergency',
    },
    // A body named by whose it is; a body placed where it is.
    {
      sentence: "The Ombudsman's Office said a civilian had also died of a gunshot wound on Monday.",
      speaker: "Ombudsman's Office",
      speakerType: 'organization',
      span: 'a civilian had also died of a gunshot wound',
    },
    {
      sentence: 'The Ministry of Health in Gaza said in a statement that at least 44,500 Palestinians have been killed.',
      speaker: 'The Ministry of Health in Gaza',
      speakerType: 'organization',
      span: 'at least 44,500 Palestinians have been killed',
    },
    // Sources and what they know, placed; where it was said opens the sentence.
    {
      sentence: 'The two sides have agreed to a 30-day truce in El Fasher, two people familiar with the talks in Doha said on Wednesday.',
      speaker: 'two people familiar with the talks in Doha',
      speakerType: 'unnamed',
      span: 'The two sides have agreed to a 30-day truce in El Fasher',
    },
    {
      sentence: 'In letters sent to the two companies, the Commission alleged the firms had overcharged 12 million customers.',
      speaker: 'Commission',
      speakerType: 'organization',
      span: 'the firms had overcharged 12 million customers',
    },
    // A denial of an act is the source's statement.
    {
      sentence: 'The UAE has repeatedly denied supplying weapons to the RSF since 2023.',
      speaker: 'UAE',
      speakerType: 'organization',
      span: 'denied supplying weapons to the RSF since 2023',
    },
    // People in the plural, opening the sentence with a capital; a credit after the statement, past its listener.
    {
      sentence: 'Critics say the demolitions have targeted 40,000 Muslims since 2022.',
      speaker: 'Critics',
      speakerType: 'unnamed',
      span: 'the demolitions have targeted 40,000 Muslims since 2022',
    },
    {
      sentence:
        'Meanwhile, talks in Doha have made little progress since May, two sources familiar with the talks told Al Jazeera, with disagreements persisting.',
      speaker: 'two sources familiar with the talks',
      speakerType: 'unnamed',
      span: 'talks in Doha have made little progress since May',
    },
    // "he" is the person the sentence before was about, after its opening phrase of where or when.
    {
      sentence:
        'Kurdish Peshmerga fighters are vowing to retake the town. In an interview with VOA, Mahmoud Sangawi, a commander, describes the fight. "We have lost 40 men since June," he said.',
      speaker: 'Mahmoud Sangawi',
      speakerType: 'person',
      span: 'We have lost 40 men since June',
    },
    // An unnamed spokesperson of a body named: the phrase, which names both.
    {
      sentence: 'A spokesperson for Aldergate said no decision had been taken on 14 bonuses.',
      speaker: 'A spokesperson for Aldergate',
      speakerType: 'unnamed',
      span: 'no decision had been taken on 14 bonuses',
    },
    // One official, unnamed, placed by where they work.
    {
      sentence: 'A senior official in the Interior Ministry told DW that the government was preparing new legislation in 2026.',
      speaker: 'A senior official in the Interior Ministry',
      speakerType: 'unnamed',
      span: 'the government was preparing new legislation',
    },
    // The credit closes after when it was said, and the sentence goes on.
    {
      sentence: 'Asylum applications fell by 34% this year, the Interior Ministry said on Wednesday, as Berlin prepares new rules.',
      speaker: 'Interior Ministry',
      speakerType: 'organization',
      span: 'Asylum applications fell by 34% this year',
    },
    // A role and the body it serves, then the person's name between commas.
    {
      sentence: 'The commander of the Bolivian Police, General Walter Ríos, told reporters that 2,000 officers had been deployed.',
      speaker: 'Walter Ríos',
      speakerType: 'person',
      span: '2,000 officers had been deployed',
    },
    {
      sentence: 'The president of the Supreme Electoral Tribunal (TSE), Óscar Villanueva, said 7.9 million people were registered to vote.',
      speaker: 'Óscar Villanueva',
      speakerType: 'person',
      span: '7.9 million people were registered to vote',
    },
    // "WHO" in capitals is the World Health Organization, not the relative pronoun.
    {
      sentence: 'The WHO estimates that vaccination has averted 60 million deaths since 2000.',
      speaker: 'WHO',
      speakerType: 'organization',
      span: 'vaccination has averted 60 million deaths',
    },
    // A body named by a noun no list holds is still the one saying it.
    {
      sentence: 'The hospital said 14 people were treated for burns on Monday.',
      speaker: 'hospital',
      speakerType: 'organization',
      span: '14 people were treated for burns',
    },
    {
      sentence: 'The observatory said it had recorded 14 tremors since Monday.',
      speaker: 'The observatory',
      speakerType: 'unnamed',
      span: 'it had recorded 14 tremors',
    },
    {
      sentence: 'Two people familiar with the talks said the deal would be signed within a week.',
      speaker: 'Two people familiar with the talks',
      speakerType: 'unnamed',
      span: 'the deal would be signed within a week',
    },
    // "the institution" is the body the sentence opened with, past the place that owns it.
    {
      sentence: "Peru's Ombudsman's Office registered 212 active social conflicts in February, the institution said on Tuesday.",
      speaker: "Ombudsman's Office",
      speakerType: 'organization',
      span: 'registered 212 active social conflicts in February',
    },
    // An office, where it is held, and its holder in one run: "she" next is the holder.
    {
      context: 'Leader of Opposition in the Delhi Assembly Harpreet Kaur Sandhu slammed the government over the outages.',
      sentence: 'In a post on X, she wrote that 40 colonies had been without power for three hours on Monday night.',
      speaker: 'Harpreet Kaur Sandhu',
      speakerType: 'person',
      span: '40 colonies had been without power for three hours',
    },
    // A body's name run straight into its head's, with or without commas.
    {
      sentence:
        'In Kharkiv, 230,000 consumers were left without electricity, head of the Kharkiv Regional Military Administration Roman Savchuk said.',
      speaker: 'Roman Savchuk',
      speakerType: 'person',
      span: '230,000 consumers were left without electricity',
    },
    {
      sentence: 'The head of state miner Bumi Nikel, Adi Wibowo, said the company planned to raise $3 billion through asset sales.',
      speaker: 'Adi Wibowo',
      speakerType: 'person',
      span: 'the company planned to raise $3 billion',
    },
    {
      sentence: 'The head of national power company Ukrenergo, Oleksandr Hrytsenko, said it was the eighth strike on the grid in 40 days.',
      speaker: 'Oleksandr Hrytsenko',
      speakerType: 'person',
      span: 'the eighth strike on the grid in 40 days',
    },
    // Where it was said, between commas after the speaker — perhaps naming who signed it.
    {
      sentence: 'The ministry, in a statement issued late on Sunday, said 14 people had been arrested in the raids.',
      speaker: 'ministry',
      speakerType: 'organization',
      span: '14 people had been arrested',
    },
    {
      sentence:
        'Malaysia Airports Holdings Bhd (MAHB), in a filing with Bursa Malaysia, said its airports handled 48.9 million passengers in the first half.',
      speaker: 'Malaysia Airports Holdings Bhd',
      speakerType: 'organization',
      span: 'its airports handled 48.9 million passengers',
    },
    {
      sentence:
        'The senator, Yakubu Sule, in a statement signed by his media aide, Haruna Idris, said the village had been attacked four times since January.',
      speaker: 'Yakubu Sule',
      speakerType: 'person',
      span: 'attacked four times since January',
    },
    // Whom it was told to, then when: still a credit after the statement.
    {
      sentence:
        "The court jailed him for 12 years after a closed trial, his sister, Parvina Shohnazarova, told RFE/RL's Tajik Service on February 13.",
      speaker: 'Parvina Shohnazarova',
      speakerType: 'person',
      span: 'The court jailed him for 12 years after a closed trial',
    },
    // "…, it said" after a body the sentence opens with by name.
    {
      context: 'Officials met in Washington on Monday.',
      sentence: 'Shell Energy cut its growth forecast to 3.2% for this year, it said in a statement.',
      speaker: 'Shell Energy',
      speakerType: 'organization',
      span: 'Shell Energy cut its growth forecast to 3.2%',
    },
    // What is claimed, as an infinitive.
    {
      sentence: 'The rebels claimed to have captured the town of Minova and 40 villages around it.',
      speaker: 'The rebels',
      speakerType: 'unnamed',
      span: 'to have captured the town of Minova',
    },
    // "One of them": one of the people credited before in the plural; "said Spain and Portugal backed it" is no inversion.
    {
      context: 'Two EU diplomats said at least five capitals opposed the cap.',
      sentence: 'One of them, who spoke on condition of anonymity, said Spain and Portugal backed it with 40 votes.',
      speaker: 'One of them (Two EU diplomats)',
      speakerType: 'unnamed',
      span: 'Spain and Portugal backed it with 40 votes',
    },
    // What the source knows, or whom it serves, said with a preposition; two clauses about it before the verb.
    {
      sentence:
        'Qasr Capital is in talks to buy a 30% stake in the venture, three sources with knowledge of the matter, who declined to be identified, told Reuters.',
      speaker: 'three sources with knowledge of the matter',
      speakerType: 'unnamed',
      span: 'in talks to buy a 30% stake',
    },
    {
      sentence:
        'Two equipment suppliers to the site, who worked on its first phase, and who asked not to be named, said deliveries due in March had been postponed by six months.',
      speaker: 'Two equipment suppliers to the site',
      speakerType: 'unnamed',
      span: 'deliveries due in March had been postponed by six months',
    },
    // A body described but not named before is still the source.
    {
      sentence: 'The central bank said it expected inflation of 4.5% this year.',
      speaker: 'The central bank',
      speakerType: 'unnamed',
      span: 'inflation of 4.5%',
    },
    {
      sentence: 'The ministry of health said in a statement that 1,200 new cases had been recorded.',
      speaker: 'The ministry of health',
      speakerType: 'unnamed',
      span: '1,200 new cases had been recorded',
    },
    {
      sentence: 'The White House said on Tuesday that the president would travel to Kenya next week.',
      speaker: 'White House',
      speakerType: 'organization',
      span: 'the president would travel to Kenya',
    },
    // What is said about the source between commas: the source is the phrase before it, or the name it gives.
    {
      context: 'Senator Ellen Marsh introduced the bill on Monday.',
      sentence: 'The senator, a Democrat from Ohio, said the bill would create 50,000 jobs.',
      speaker: 'Ellen Marsh',
      speakerType: 'person',
      span: 'the bill would create 50,000 jobs',
    },
    {
      context: 'Shares in Cairn Energy rose 8% on Tuesday.',
      sentence: 'The firm, which employs 1,200 people in Scotland, said it would cut 150 jobs.',
      speaker: 'Cairn Energy',
      speakerType: 'organization',
      span: 'it would cut 150 jobs',
    },
    {
      sentence: "The farmers' union, the NFU, said milk prices fell 12% in March.",
      speaker: 'NFU',
      speakerType: 'organization',
      span: 'milk prices fell 12% in March',
    },
    {
      sentence: 'Her brother, Tomasz, said the boat left at 6 a.m. with 40 people on board.',
      speaker: 'Tomasz',
      speakerType: 'person',
      span: '40 people on board',
    },
    {
      sentence: 'The study, conducted by the Pew Research Center, found that 58% of adults read news online.',
      speaker: 'Pew Research Center',
      speakerType: 'document',
      span: '58% of adults read news online',
    },
    // What a named source is, between commas: the source is the phrase before the description.
    {
      sentence: "A spokeswoman for Maersk, the world's second-largest container line, said 12 ships had been diverted.",
      speaker: 'A spokeswoman for Maersk',
      speakerType: 'unnamed',
      span: '12 ships had been diverted',
    },
    {
      sentence: "Janie Hendrix, the guitarist's stepsister, said the family had raised $2 million.",
      speaker: 'Janie Hendrix',
      speakerType: 'person',
      span: 'the family had raised $2 million',
    },
    // A bare noun after a verb that takes a clause is the clause's subject when its verb follows.
    {
      sentence: 'A Home Office spokeswoman insisted spending per pupil had doubled since 1997.',
      speaker: 'A Home Office spokeswoman',
      speakerType: 'unnamed',
      span: 'spending per pupil had doubled since 1997',
    },
    {
      sentence: 'The minister denied reports that 300 staff would lose their jobs.',
      speaker: 'The minister',
      speakerType: 'unnamed',
      span: '300 staff would lose their jobs',
    },
    {
      sentence: 'Sources at the Labor Ministry, who asked not to be named, told VOA that officials were split on 3 points.',
      speaker: 'Sources at the Labor Ministry',
      speakerType: 'unnamed',
      span: 'officials were split on 3 points',
    },
    // How many of the source speak belongs to it.
    {
      sentence: 'Four of the seven commissioners said the count had been opaque in 40 counties.',
      speaker: 'Four of the seven commissioners',
      speakerType: 'unnamed',
      span: 'the count had been opaque in 40 counties',
    },
    // A title in capitals after the person, with no closing comma.
    {
      sentence: 'Alan Ashley, Chief of Sport Performance for the U.S. Olympic Committee says athletes won 40 medals this season.',
      speaker: 'Alan Ashley',
      speakerType: 'person',
      span: 'athletes won 40 medals this season',
    },
    // A person described, ending in the place or the person the description names.
    {
      sentence: 'The leader of a fishing community in Cambodia told VOA that 412 families had left.',
      speaker: 'The leader of a fishing community in Cambodia',
      speakerType: 'unnamed',
      span: '412 families had left',
    },
    {
      sentence: "A close friend of Khalid's said the intelligence chief had 3 operations.",
      speaker: "A close friend of Khalid's",
      speakerType: 'unnamed',
      span: 'the intelligence chief had 3 operations',
    },
    // A document, then who released it.
    {
      sentence: 'Figures released by the Office for National Statistics on Friday showed unemployment fell to 5.1% in June.',
      speaker: 'Office for National Statistics',
      speakerType: 'document',
      span: 'unemployment fell to 5.1% in June',
    },
    {
      sentence: 'Data released by the statistics office showed exports rose 8% in May.',
      speaker: 'Data released by the statistics office',
      speakerType: 'document',
      span: 'exports rose 8% in May',
    },
    // "They" after a sentence that opens with people in the plural.
    {
      context: 'French officials were more cautious.',
      sentence: 'They said France would not accept lower standards for 12 food products.',
      speaker: 'French officials',
      speakerType: 'unnamed',
      span: 'lower standards for 12 food products',
    },
    // A closing "it said" is the body the sentence opened with.
    {
      context:
        'The Ministry of Agriculture released its harvest forecast on Monday. The Central Statistics Office said 40 new judges had been appointed.',
      sentence: 'The ministry expects maize output to fall by 12% this year, it said in a statement.',
      speaker: 'Ministry of Agriculture',
      speakerType: 'organization',
      span: 'maize output to fall by 12%',
    },
    {
      sentence: '"We have sent 300 trucks of aid," Red Cross spokesman Tomas Berg told Reuters.',
      speaker: 'Tomas Berg',
      speakerType: 'person',
      span: '300 trucks',
    },
    {
      sentence: 'A report by Human Rights Watch found that 1,200 homes were destroyed.',
      speaker: 'Human Rights Watch',
      speakerType: 'document',
      span: '1,200 homes',
    },
    // A place after the source says where it is, not who it is.
    {
      sentence: 'Two senior security officials in Kenya said 148 people were killed.',
      speaker: 'Two senior security officials in Kenya',
      speakerType: 'unnamed',
      span: '148 people were killed',
    },
    {
      sentence: 'Police in the West Midlands in England said 200 kilograms of drugs had been seized.',
      speaker: 'Police in the West Midlands in England',
      speakerType: 'organization',
      span: '200 kilograms of drugs',
    },
    // Names with "and" or "on" inside: a body's full name, not its last words.
    {
      sentence: 'The Department of Labor and Industry said 3,100 claims were filed last week.',
      speaker: 'Department of Labor and Industry',
      speakerType: 'organization',
      span: '3,100 claims were filed',
    },
    {
      sentence: 'The Flood and Coastal Defence Agency said 14 dams were at risk.',
      speaker: 'Flood and Coastal Defence Agency',
      speakerType: 'organization',
      span: '14 dams were at risk',
    },
    {
      sentence: 'The Commission on Road Safety says 1,800 people died on the roads last year.',
      speaker: 'Commission on Road Safety',
      speakerType: 'organization',
      span: '1,800 people died',
    },
    // Documents: by whom, and when they appeared.
    {
      sentence: 'Figures from the national statistics office INE showed on Monday that exports fell 4.2% in May.',
      speaker: 'INE',
      speakerType: 'document',
      span: 'exports fell 4.2% in May',
    },
    {
      sentence: 'A Gallup poll published last week showed support for the plan at 38 percent.',
      speaker: 'A Gallup poll',
      speakerType: 'document',
      span: '38 percent',
    },
    {
      sentence: 'A study by the Baltic Institute released in June found that 2,400 jobs depended on the port.',
      speaker: 'Baltic Institute',
      speakerType: 'document',
      span: '2,400 jobs depended on the port',
    },
    // Where it was said, before a statement with no "that"; a body named after the kind of body it is; "U.N." whole.
    {
      sentence: 'The ministry said in a statement it had recalled 12,000 vehicles.',
      speaker: 'ministry',
      speakerType: 'organization',
      span: 'it had recalled 12,000 vehicles',
    },
    {
      sentence: 'Her party, Green Future, said 40 candidates would stand in June.',
      speaker: 'Green Future',
      speakerType: 'organization',
      span: '40 candidates would stand in June',
    },
    {
      sentence: 'The U.N. food agency, WFP, said 2 million people needed help.',
      speaker: 'WFP',
      speakerType: 'organization',
      span: '2 million people needed help',
    },
    // A body whose name opens with a title word; a family name written first; an aside "for his part"; an expectation.
    {
      sentence: 'The General Administration of Customs said exports rose 7.1 percent in May.',
      speaker: 'General Administration of Customs',
      speakerType: 'organization',
      span: 'exports rose 7.1 percent',
    },
    {
      context: 'Trade grew, said Wu Mingli, spokesperson for the customs office.',
      sentence: 'Exports to Africa rose 12 percent, Wu said.',
      speaker: 'Wu Mingli',
      speakerType: 'person',
      span: 'Exports to Africa rose 12 percent',
    },
    {
      context: 'Hungarian Prime Minister Viktor Orban arrived on Monday.',
      sentence: 'Orban, for his part, said trade would reach 10 billion dollars.',
      speaker: 'Viktor Orban',
      speakerType: 'person',
      span: 'trade would reach 10 billion dollars',
    },
    {
      sentence: 'Analysts at Nordbank expect exports to grow 4 percent this year.',
      speaker: 'Nordbank',
      speakerType: 'organization',
      span: 'exports to grow 4 percent',
    },
    {
      sentence: 'The U.N. refugee agency said 80,000 people had crossed the border.',
      speaker: 'U.N. refugee agency',
      speakerType: 'organization',
      span: '80,000 people had crossed the border',
    },
    // AP-style abbreviated titles; bodies of one kind; accusations.
    {
      context: 'Dr. Ana Ruiz, the state epidemiologist, spoke on Monday.',
      sentence: 'She said 14 new cases had been confirmed.',
      speaker: 'Ana Ruiz',
      speakerType: 'person',
      span: '14 new cases',
    },
    {
      sentence: 'Gov. Lena Park said 2,000 National Guard troops would be deployed.',
      speaker: 'Lena Park',
      speakerType: 'person',
      span: '2,000 National Guard troops',
    },
    {
      sentence: 'Around 300,000 workers joined the protests on Tuesday, unions said.',
      speaker: 'unions',
      speakerType: 'unnamed',
      span: 'Around 300,000 workers joined the protests',
    },
    {
      sentence: 'Amnesty International accused the police of detaining 80 protesters without charge.',
      speaker: 'Amnesty International',
      speakerType: 'organization',
      span: '80 protesters',
    },
    // What is denied, then the statement made in doing so.
    {
      sentence: 'Commission chair Rose Tan denied the allegation, telling reporters that all 2,080 centres were open.',
      speaker: 'Rose Tan',
      speakerType: 'person',
      span: 'all 2,080 centres were open',
    },
    // A person described by any noun after "a"; people described by a clause before their verb.
    {
      sentence: 'Amina Hassan, a herder in Garissa, says 30 of her 50 goats have died since June.',
      speaker: 'Amina Hassan',
      speakerType: 'person',
      span: '30 of her 50 goats have died',
    },
    {
      sentence: 'Tenant groups, who took the city to court in 2023, say 4,000 flats are empty.',
      speaker: 'Tenant groups',
      speakerType: 'unnamed',
      span: '4,000 flats are empty',
    },
    // An agency that relayed a statement is its via; a body's kind before its name; a source with only a surname.
    {
      sentence: 'The Kremlin said 40 drones had been shot down, state news agency TASS reported.',
      speaker: 'Kremlin',
      speakerType: 'organization',
      span: '40 drones had been shot down',
    },
    {
      sentence: 'Rail traffic resumed on 3 lines, state news agency Ria reported.',
      speaker: 'Ria',
      speakerType: 'organization',
      span: 'Rail traffic resumed on 3 lines',
    },
    {
      sentence: 'Prices have doubled in 2 weeks, a market trader surnamed Li told AFP.',
      speaker: 'a market trader surnamed Li',
      speakerType: 'unnamed',
      span: 'Prices have doubled in 2 weeks',
    },
    // An aside between the source and the verb; sources an outlet reached; a listener before a statement with no "that".
    {
      sentence: 'The rebel group, in a statement posted online, claimed its fighters had shot down 2 drones.',
      speaker: 'The rebel group',
      speakerType: 'unnamed',
      span: 'shot down 2 drones',
    },
    {
      sentence: 'The United Nations mission in Mali, known as MINUSMA, said 14 peacekeepers were wounded.',
      speaker: 'United Nations mission in Mali',
      speakerType: 'unnamed',
      span: '14 peacekeepers were wounded',
    },
    {
      sentence: 'Villagers reached by VOA said 60 cattle had died in the drought.',
      speaker: 'Villagers',
      speakerType: 'unnamed',
      span: '60 cattle had died',
    },
    {
      sentence: 'The interior minister, Omar Said, told reporters the curfew would last 10 days.',
      speaker: 'Omar Said',
      speakerType: 'person',
      span: 'the curfew would last 10 days',
    },
    // An unnamed source, where they are from, and why they are not named; "told" never inverts.
    {
      sentence: 'A resident of Kampong district, who asked not to be named for fear of reprisal, said aid had not reached 9 villages.',
      speaker: 'A resident of Kampong district',
      speakerType: 'unnamed',
      span: 'aid had not reached 9 villages',
    },
    {
      sentence: "Sok Dara, a monitor for the rights group Licadho, told VOA's Khmer service that 3,000 people were sheltering in pagodas.",
      speaker: 'Sok Dara',
      speakerType: 'person',
      span: '3,000 people were sheltering',
    },
    // Unnamed sources of two kinds, and sources placed by a common noun.
    {
      sentence: 'At least 19 soldiers were killed in the ambush, military and local sources told AFP on Sunday.',
      speaker: 'military and local sources',
      speakerType: 'unnamed',
      span: 'At least 19 soldiers were killed',
    },
    {
      sentence: 'Police fired tear gas at 3,000 protesters on Sunday, witnesses and officials said.',
      speaker: 'witnesses and officials',
      speakerType: 'unnamed',
      span: 'Police fired tear gas at 3,000 protesters',
    },
    {
      sentence: 'Local officials in Kalinga province said a bridge had collapsed under 3 trucks.',
      speaker: 'Local officials in Kalinga province',
      speakerType: 'unnamed',
      span: 'a bridge had collapsed under 3 trucks',
    },
    // People described by what they are, and a short clause about them.
    {
      sentence: 'The Hindu refugees said at least 86 relatives had died in the attacks.',
      speaker: 'The Hindu refugees',
      speakerType: 'unnamed',
      span: 'at least 86 relatives',
    },
    {
      sentence: 'A woman who crossed the border two days ago said 300 families were stranded.',
      speaker: 'A woman',
      speakerType: 'unnamed',
      span: '300 families',
    },
    {
      sentence: 'The Red Cross and other aid groups told reporters that 20,000 people were waiting.',
      speaker: 'Red Cross and other aid groups',
      speakerType: 'unnamed',
      span: '20,000 people',
    },
    // A noun that refers back to the organisation by another word.
    {
      context: 'West Midlands Police raided a unit on Wednesday.',
      sentence: 'Officers seized 40 boxes of cannabis, the force said.',
      speaker: 'West Midlands Police',
      speakerType: 'organization',
      span: '40 boxes',
    },
    // "The company" is the firm the sentence before was about; "she" the person the sentence before credited.
    {
      context: 'Nordica Airways was fined on Monday. Rival carrier Skyline Airlines welcomed the ruling.',
      sentence: 'The company said its fares would rise by 4%.',
      speaker: 'Skyline Airlines',
      speakerType: 'organization',
      span: 'its fares would rise by 4%',
    },
    {
      context: 'Governor Alan Price ordered the roads closed, his spokeswoman Jo Kent told reporters.',
      sentence: 'She said 300 snowploughs had been sent out.',
      speaker: 'Jo Kent',
      speakerType: 'person',
      span: '300 snowploughs',
    },
    // A time between the speaker and the verb; a listener between the verb and the statement.
    {
      sentence: 'The Transport Ministry on Friday announced that 120 new buses would enter service.',
      speaker: 'Transport Ministry',
      speakerType: 'organization',
      span: '120 new buses',
    },
    {
      sentence: 'The Port Authority, which runs the harbour, has indicated to shipping firms that 14 berths will close.',
      speaker: 'Port Authority',
      speakerType: 'organization',
      span: '14 berths will close',
    },
    // Someone who speaks for the person discussed; the media of a state or a group.
    {
      context: 'Rafael Ortiz was arrested in May.',
      sentence: 'His lawyer told reporters that three witnesses would testify for him.',
      speaker: 'His lawyer',
      speakerType: 'unnamed',
      span: 'three witnesses would testify',
    },
    {
      sentence: 'State media said 17 miners were trapped after the collapse.',
      speaker: 'State media',
      speakerType: 'unnamed',
      span: '17 miners were trapped',
    },
    // A credit between commas: the statement is before it; "he" is the person the sentence opened with.
    {
      context: 'City engineer Marta Silva spoke at the site.',
      sentence: 'The new bridge will open to traffic in June, she said, in time for the summer season.',
      speaker: 'Marta Silva',
      speakerType: 'person',
      span: 'The new bridge will open to traffic in June',
    },
    {
      sentence: 'Harbour master Olu Bakare declined to name the vessel, but he said it carried 300 tonnes of fuel.',
      speaker: 'Olu Bakare',
      speakerType: 'person',
      span: '300 tonnes of fuel',
    },
    // Wire phrasing: a delegate; a role with a name inside the apposition; a possessive before the role.
    {
      sentence: 'The two parties have agreed in principle to a 60-day truce, two diplomats said.',
      speaker: 'two diplomats',
      speakerType: 'unnamed',
      span: '60-day truce',
    },
    {
      sentence: 'The talks will resume in Vienna on Monday, a delegate said.',
      speaker: 'a delegate',
      speakerType: 'unnamed',
      span: 'The talks will resume in Vienna on Monday',
    },
    {
      sentence: 'The survey’s lead author, economist Dana Reyes, told reporters that 41% of firms had cut hiring.',
      speaker: 'Dana Reyes',
      speakerType: 'person',
      span: '41% of firms had cut hiring',
    },
    {
      sentence: 'The mayor ordered schools to close for two days, his spokeswoman Lena Ford told reporters.',
      speaker: 'Lena Ford',
      speakerType: 'person',
      span: 'The mayor ordered schools to close for two days',
    },
    // A credit that closes the sentence covers a statement reported inside it.
    {
      sentence: 'Farmers in the valley say 40 wells have dried up, a Radio Delta reporter said.',
      speaker: 'a Radio Delta reporter',
      speakerType: 'unnamed',
      span: '40 wells have dried up',
    },
    // The question put to the speaker is not the outlet's claim.
    {
      context: 'Energy Minister Carla Diaz spoke to reporters.',
      sentence: 'Asked why prices had risen so sharply, the minister said fuel costs had doubled since January.',
      speaker: 'Carla Diaz',
      speakerType: 'person',
      span: 'fuel costs had doubled',
    },
  ],
  'quoting-source': [
    // What an agency learned from a source.
    {
      sentence: 'The suspect was detained at Istanbul Airport with $2 million in cash, Anadolu learned from security sources.',
      speaker: 'security sources',
      speakerType: 'unnamed',
      span: 'The suspect was detained at Istanbul Airport',
    },
    // The outlet, then whom it cites, then its verb; or whom it cites closing the sentence.
    {
      sentence:
        "Israel's public broadcaster Kan, citing an Israeli official, reported that the negotiating team would return to Doha on Monday.",
      speaker: 'an Israeli official',
      speakerType: 'unnamed',
      span: 'the negotiating team would return to Doha on Monday',
    },
    {
      sentence:
        'Jinhai is considering delaying production at its 7.3 billion euro factory, The Wall Street Journal reported on Monday, citing people familiar with the matter.',
      speaker: 'people familiar with the matter',
      speakerType: 'unnamed',
      span: 'Jinhai is considering delaying production at its 7.3 billion euro factory',
    },
    {
      sentence: 'Quoting the regional governor, Pavel Orlov, the news agency Tass reported that 12 villages had been evacuated.',
      speaker: 'Pavel Orlov',
      speakerType: 'person',
      span: '12 villages had been evacuated',
    },
    {
      sentence: 'The Daily Courier reported on Tuesday, citing two officials, that the plant would cut 900 jobs.',
      speaker: 'two officials',
      speakerType: 'unnamed',
      span: 'cut 900 jobs',
    },
    {
      sentence: 'Quoting a nurse at the city hospital, local radio station Metro FM said 30 patients had been moved.',
      speaker: 'a nurse at the city hospital',
      speakerType: 'unnamed',
      span: '30 patients had been moved',
    },
  ],
  'quoted-as-saying': [
    {
      sentence: 'Kremlin spokesman Dmitry Peskov was quoted by Interfax as saying that 14 drones had been downed.',
      speaker: 'Dmitry Peskov',
      speakerType: 'person',
      span: '14 drones had been downed',
    },
    {
      sentence: 'The official was quoted as saying by the RIA news agency that 40 soldiers had been captured.',
      speaker: 'The official',
      speakerType: 'unnamed',
      span: '40 soldiers had been captured',
    },
    {
      sentence: 'The Tass news agency quoted Governor Pavel Orlov as saying 12 villages had been evacuated.',
      speaker: 'Pavel Orlov',
      speakerType: 'person',
      span: '12 villages had been evacuated',
    },
  ],
  'transcript-turn': [
    {
      context: 'Department Press Briefing\n\nMR PRICE: Good afternoon.\n\nQUESTION: How many Americans remain?\n\n',
      sentence: 'MR PRICE: We are in touch with about 100 U.S. citizens. We have helped 75 of them leave in the past month.',
      speaker: 'Price',
      speakerType: 'person',
      span: '75 of them leave',
    },
    {
      context: 'MS PSAKI: Good afternoon.\n\nQ: Will the President go to Glasgow?\n\n',
      sentence: 'MS PSAKI: The President will travel to Glasgow next week, where 120 leaders are expected.',
      speaker: 'Psaki',
      speakerType: 'person',
      span: '120 leaders are expected',
    },
  ],
  'verb-then-speaker': [
    {
      sentence: 'Three people were killed when the bus overturned near Naivasha, said Kenyan police.',
      speaker: 'Kenyan police',
      speakerType: 'unnamed',
      span: 'Three people were killed when the bus overturned',
    },
    // A relative clause after the name describes the speaker; the statement is before the verb.
    {
      sentence: 'Most victims were aged between 30 and 49, said Ms Sim, who was speaking at a community event in Bedok.',
      speaker: 'Sim',
      speakerType: 'person',
      span: 'Most victims were aged between 30 and 49',
    },
    // A portfolio listed with commas before the title.
    {
      sentence:
        'Malaysia recorded 21.4 million tourist arrivals in the first half, said Tourism, Arts and Culture Minister Datuk Seri Dr Rosli Kamarudin.',
      speaker: 'Rosli Kamarudin',
      speakerType: 'person',
      span: 'Malaysia recorded 21.4 million tourist arrivals',
    },
    // A few words of description before a full name, whatever their noun; the role, then the name between commas.
    {
      sentence: '"Three years ago, 40% of firms were hit by the crisis," said entrepreneur Drayton Valentine.',
      speaker: 'Drayton Valentine',
      speakerType: 'person',
      span: 'Three years ago, 40% of firms were hit by the crisis',
    },
    {
      sentence:
        '"The regime has violated the ceasefire 14 times," wrote the spokesman, Innocent Rwabukamba, adding that civilians had died.',
      speaker: 'Innocent Rwabukamba',
      speakerType: 'person',
      span: 'The regime has violated the ceasefire 14 times',
    },
    { sentence: 'The bridge will cost $40m, said Mayor Lina Ortiz.', speaker: 'Lina Ortiz', speakerType: 'person', span: 'cost $40m' },
  ],
  'quote-continues': [
    {
      context: 'Plant manager Ivo Petrov said: "The plant will close in June.',
      sentence: 'We have already cut 200 jobs."',
      speaker: 'Ivo Petrov',
      speakerType: 'person',
      span: '200 jobs',
    },
  ],
  'quote-after-credited-sentence': [
    {
      context: 'Coach Dan Moss said his side had been unlucky.',
      sentence: '"We had 15 shots on target and scored once."',
      speaker: 'Dan Moss',
      speakerType: 'person',
      span: '15 shots',
    },
  ],
  'quote-after-subject': [
    {
      context: 'Manager Alan Reid praised his young striker.',
      sentence: '"He has scored 14 goals in 20 games."',
      speaker: 'Alan Reid',
      speakerType: 'person',
      span: '14 goals',
    },
  ],
  'quote-after-paraphrase': [
    {
      context: 'Home Secretary Ann Lowe said: "We will hire 500 officers." The government wanted police to be "visible on every street".',
      sentence: '"We are putting 300 more patrols on the roads this year."',
      speaker: 'Ann Lowe',
      speakerType: 'person',
      span: '300 more patrols',
    },
  ],
  'there-are-reports': [
    {
      sentence: 'There are reports that security forces raided 20 villages.',
      speaker: 'reports',
      speakerType: 'unnamed',
      span: 'security forces raided 20 villages',
    },
  ],
  'description-named-elsewhere': [
    {
      sentence: 'The tribunal held 3 trials last year, a court spokesman said.',
      followedBy: 'Speaking on the radio, court spokesman Huy Vannak looked back on the year.',
      speaker: 'Huy Vannak',
      speakerType: 'person',
      span: 'The tribunal held 3 trials last year',
    },
  ],
  'outlet-voice': [
    { sentence: 'The flood destroyed 3,000 homes in the province last week.', speaker: null, speakerType: 'outlet', span: '3,000 homes' },
    // A speech verb that only sets the scene, records a verdict or makes a demand credits nobody with the statement.
    {
      sentence: 'Hours after the army declared a curfew on Monday, 40 shops remained open in the capital.',
      speaker: null,
      speakerType: 'outlet',
      span: '40 shops remained open',
    },
    { sentence: 'The court found the two bankers guilty of a fraud worth $3m.', speaker: null, speakerType: 'outlet', span: '$3m' },
    {
      sentence: 'Residents on Tuesday urged the council to rebuild 200 homes before winter.',
      speaker: null,
      speakerType: 'outlet',
      span: '200 homes',
    },
    // A credit inside a relative clause is that clause's; the sentence's own statement stays the outlet's.
    {
      sentence: 'The rebels, who are armed by a neighbour according to U.N. experts, have seized 6 towns since May.',
      speaker: null,
      speakerType: 'outlet',
      span: 'seized 6 towns',
    },
    {
      sentence: 'For the year to March, the carmaker reported an operating profit of 2.3 billion euros.',
      speaker: null,
      speakerType: 'outlet',
      span: '2.3 billion euros',
    },
  ],
}
