// Word lists shared by the attribution and check-worthiness rules. All lower case.

export const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/))

/** Phrases that open where or when something was said: "In a statement released after the meeting, …". */
export const SCENE_OPENERS = set(`in at on during following after speaking`)

/** People in the plural whom "of" places: "residents of Gaza City", "villagers of Mpofi". */
export const PLURAL_PEOPLE = set(`residents villagers people inhabitants farmers fishermen workers`)

/** Kinds of place a name comes before: "the Kaxareey camp", "the Debrecen site". */
export const PLACE_NOUNS = set(`camp village town district province region site area neighbourhood neighborhood`)

/** Bodies a place has, named by the place: "the Valencia city council", "the Kharkiv regional government". */
export const PUBLIC_BODIES = set(`council government police court parliament assembly administration municipality`)

/** What makes a single official unnamed: "a diplomat in Kinshasa", "one official at the ministry". */
export const INDEFINITES = set(`a an one another`)

/** Particles that are as often prepositions ("in protest over"): a phrasal verb's only after a verb. */
export const VERB_PARTICLES = set(`over back away`)

/** Verbs whose particle ends a phrase even without a past-tense ending: "when they come over". */
export const PARTICLE_VERBS = set(`come came go went take took get got give gave set put hold held turn`)

/** Verbs that introduce speech or a reported statement. */
export const SPEECH_VERBS = set(`
  said says say add added adds told tells tell stated states explained explains noted notes argued argues
  claimed claims insisted insists warned warns admitted admits announced announces confirmed confirms
  reported reports revealed reveals suggested suggests predicted predicts estimated estimates
  acknowledged acknowledges wrote writes declared declares stressed stresses maintained maintains
  conceded concedes denied denies believed believes thinks thought disclosed discloses indicated indicates
  forecast forecasts projected projects urged urges alleged alleges asserted asserts
  recalled recalls replied replies responded responds continued commented comments observed observes
  emphasised emphasized underlined reiterated reiterates hoped hopes feared fears expects expected
  found finds showed shows concluded concludes pointed points agreed agrees
  insist argue warn admit suggest predict confirm deny maintain concede stress acknowledge contend allege
  ruled rules contended contends highlighted highlights cited cites
  announce declare explain reveal disclose clarified clarifies clarify affirmed affirms reaffirmed confided
  show indicate fear believe think find conclude estimate expect hope claim accused accuses
`)

/** Speech verbs that need a clause (that/quote/subject) after them, not a bare object. */
export const CLAUSE_VERBS = set(`
  argued argues claimed claims insisted insists admitted admits denied denies believed believes thinks thought
  warned warns suggested suggests hoped hopes feared fears expects expected found finds showed shows concluded
  concludes agreed agrees continued noted notes stressed stresses maintained maintains acknowledged acknowledges
  recalled recalls replied replies responded responds commented comments observed observes indicated indicates
  explained explains declared declares projected projects
  insist argue warn admit suggest predict confirm deny maintain concede stress acknowledge contend allege
  ruled rules contended contends
  show indicate fear believe think find conclude estimate expect hope claim
`)

/** Verbs whose subject is a document rather than a person: "a study by X found". */
export const DOCUMENT_NOUNS =
  set(`report study survey review poll analysis research investigation inquiry audit paper figures data statement
  records estimates tally calculations draft projections assessment law
  indictment filing filings documents letter memo complaint lawsuit ruling results dashboard census
  plan presentation proposal document sheet forecast transcript communique readout notice advisory circular
  notification bulletin guidelines directive regulation decree`)

/** Words that can follow a speech verb and begin its reported clause. */
export const CLAUSE_STARTERS = set(`
  that the a an he she it they we i you there this these those his her its their our my your some many most
  all no none someone somebody nobody everyone anyone nothing something one two three four five six seven eight
  nine ten several few more less fewer only about around nearly almost over under up at in on if when while
  whether what how why where because although though after before since until unless even just now then
`)

/** Auxiliaries and adverbs allowed between a speaker and the speech verb. */
export const VERB_PREFIX = set(`has have had also then later previously earlier now further once again repeatedly
  already recently yesterday today subsequently separately initially additionally originally simply still just
  would will did does do could may might shall should first`)

/** Finite auxiliaries: a clause's verb when it follows its subject ("Shares in Cairn, a UK firm, have closed"). */
export const FINITE_AUX = set(`is are was were has have had will does did do can must isn't aren't wasn't weren't hasn't haven't
  hadn't won't doesn't didn't can't cannot`)

export const PASSIVE_AUX = set(`is was were be been being are am it's`)

/** Heads of role descriptions: "the deputy spokesperson", "Finance Minister". */
export const ROLE_HEADS = set(`
  spokesman spokeswoman spokesperson spokespeople spokesmen minister ministers secretary secretary-general chancellor president
  vice-president premier chairman chairwoman chair chairperson ceo executive director directors manager head leader
  captain coach boss analyst analysts economist economists official officials officer adviser advisor governor mayor
  senator congressman congresswoman general commissioner ambassador envoy editor founder co-founder owner partner chief
  professor lawyer lawyers attorney judge researcher researchers scientist scientists representative mp mep mps meps
  correspondent expert experts prosecutor prosecutors inspector superintendent constable commander colonel admiral
  sergeant lieutenant king queen prince princess pope bishop archbishop cardinal rabbi imam mullah president-elect
  strategist consultant campaigner activist author writer singer actor actress comedian presenter star model rapper
  player striker midfielder defender goalkeeper winger forward keeper chef designer producer director-general
  vice-chairman treasurer auditor regulator trader broker banker investor principal dean teacher doctor surgeon nurse
  mother father wife husband son daughter brother sister widow deputy governor-general secretary-of-state
  speaker whip leader-elect ombudsman registrar curator architect engineer programmer developer inventor
  administrator coordinator planner mediator negotiator diplomat diplomats adjudicator veteran member
  delegate delegates specialist physician epidemiologist cardiologist journalist reporter monitor
  hydrologist geologist climatologist seismologist meteorologist volcanologist oceanographer virologist immunologist
  lecturer historian psychologist sociologist biologist ecologist chemist physicist pharmacist demographer statistician
`)

/** Role titles used before a name that also read as capitalised words. */
export const TITLE_WORDS = set(`
  president prime minister chancellor secretary secretary-general deputy vice vice-president foreign home finance
  defence defense health education justice interior trade culture sports transport environment energy shadow senator
  governor mayor general colonel major captain lieutenant sergeant admiral commander judge king queen prince
  princess pope bishop archbishop cardinal professor prof dr doctor sir dame lord lady chief executive chairman
  chairwoman chair director manager coach ambassador envoy commissioner spokesman spokeswoman spokesperson speaker
  premier leader attorney inspector superintendent chief-executive managing senior junior acting interim
  former new state assistant associate first under-secretary undersecretary permanent
  gov sen rep gen lt col capt sgt maj adm supt insp cmdr
`)

/** Honorifics that mark the following surname as a person. */
export const HONORIFICS = set(`mr mrs ms miss dr prof sir dame lord lady mx mme mlle herr`)

/** Common nouns that refer back to an organisation: "the company said". */
export const ORG_NOUNS = set(`
  company firm group bookmaker business bank carrier airline operator retailer manufacturer maker giant corporation
  government ministry department agency organisation organization union council commission committee association
  party club team federation board authority regulator watchdog court institute network broadcaster channel station
  publisher studio label charity foundation body office embassy army police military university school hospital
  administration league service insurer lender supermarket chain developer provider site website newspaper
  paper magazine journal outlet exchange fund trust society industry force daily tabloid bench
  governorship presidency municipality prefecture state guard staff mission directorate secretariat
  inspectorate bureau parliament assembly cabinet senate tribunal coalition alliance institution
`)

/** Nouns that refer back to an organisation named by other words: "the force" for "West Midlands Police". */
export const ORG_NOUN_REFERENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['force', ['police', 'constabulary']],
  ['tribunal', ['court', 'courts', 'chambers']],
  ['court', ['tribunal', 'chambers']],
  ['military', ['army', 'forces']],
  ['army', ['forces', 'military']],
])

/** Language services of international broadcasters: "VOA Somali", "VOA's Khmer service", "BBC Persian". */
export const SERVICE_LANGUAGES =
  set(`somali khmer bangla bengali burmese afghan persian farsi urdu pashto dari kurdish swahili hausa amharic
  tibetan uyghur mandarin cantonese russian ukrainian turkish arabic french spanish korean vietnamese indonesian thai lao hindi
  tigrinya oromo azerbaijani georgian armenian albanian serbian bosnian macedonian romanian`)

/** Sources an article describes without naming: "a local source", "two people familiar with the talks", "witnesses". */
export const SOURCE_NOUNS = set(`source sources people person witness witnesses eyewitness eyewitnesses resident residents
  insider insiders aide aides observer observers medic medics villager villagers relative relatives colleague colleagues
  friend friends worker workers survivor survivors protester protesters media organiser organisers organizer
  organizers demonstrators farmers fishermen passengers parents students patients`)

/** Words after a source noun that describe what it knows: "people familiar with the talks", "sources close to him". */
export const SOURCE_MODIFIERS = set(`familiar close briefed knowledgeable involved privy`)

/** Nouns that refer back to a person: "the spokesperson added". */
export const PERSON_NOUNS = set(`man woman boy girl player star singer actor actress veteran striker defender keeper
  rapper comedian presenter teenager youngster mother father wife husband son daughter brother sister`)

/** Words that end an organisation name at the right: suffixes that mark a name as an organisation. */
export const ORG_SUFFIXES = set(`
  ltd inc corp corporation co plc llc group association office department ministry council commission committee
  bank energy party union institute society federation agency authority service services court government treasury
  university college school board foundation fund network press news times post company industries airlines airways
  motors systems technologies technology labs laboratories records music studios pictures club fc united league
  organisation organization nations forum programme program trust police army navy force forces parliament assembly
  congress senate cabinet commons lords bureau centre center institution alliance coalition exchange
  securities capital partners holdings investments insurance media entertainment electronics communications
  telecom telecoms mobile railways railway hospital clinic church councils tribunal unit division state
  economics research studies statistics reserve ventures bros brothers enterprises international inc. assurance
  directorate secretariat command inspectorate observatory mission watch confederation conference house chamber
  project initiative brands foods agri mobility logistics pharma pharmaceuticals chemicals metals mining crescent
  shipping resources
`)

/** News agencies: they carry news (a statement reported through one is someone else's). */
export const WIRE_AGENCIES = [
  'Associated Press',
  'AP',
  'Reuters',
  'Agence France-Presse',
  'AFP',
  'Press Trust of India',
  'PTI',
  'ANI',
  'IANS',
  'Xinhua',
  'TASS',
  'Interfax',
  'Bloomberg',
  'Dow Jones',
  'Kyodo',
  'Yonhap',
  'EFE',
  'ANSA',
  'DPA',
  'dpa',
  'Press Association',
  'PA',
  // State and national agencies wire copy quotes, as AP and Reuters spell them.
  'Tass',
  'RIA Novosti',
  'RIA',
  'IRNA',
  'Tasnim',
  'ISNA',
  'SANA',
  'KCNA',
  'WAFA',
  'Bernama',
  'Antara',
  'Ukrinform',
  'Sputnik',
  'Jiji Press',
  'Kyodo News',
  'Lusa',
  'Saudi Press Agency',
  'Emirates News Agency',
  'Qatar News Agency',
  'Kuwait News Agency',
  'Anadolu Agency',
  'Yonhap News Agency',
]

/** Known news agencies and outlets that carry statements (→ `via`). */
export const AGENCIES = [
  ...WIRE_AGENCIES,
  'BBC',
  'CNN',
  'Fox News',
  'Al Jazeera',
  'Sky News',
  'ABC',
  'CBS',
  'NBC',
  'NPR',
  'The New York Times',
  'New York Times',
  'The Washington Post',
  'Washington Post',
  'The Guardian',
  'Financial Times',
  'The Times',
  'Wall Street Journal',
  'The Wall Street Journal',
  'Le Monde',
  'Der Spiegel',
  'Anadolu',
  'Tolo News',
  'TOLOnews',
  'Voice of America',
  'VOA',
  'Radio Free Asia',
  'RFA',
  'Radio Free Europe',
  'RFE/RL',
  'Radio Liberty',
  'Wikinews',
  'Deutsche Welle',
  'DW',
  'France 24',
  'RFI',
  'Al Arabiya',
  'NHK',
  'WION',
  'Euronews',
  'Axios',
  'Politico',
  'CCTV',
  'Global Times',
  'Ukrainska Pravda',
  'Kyiv Independent',
  'Haaretz',
  'Times of Israel',
  // Papers and broadcasters that agency copy cites by name alone.
  'Nikkei Asia',
  'Nikkei',
  'Asahi Shimbun',
  'Yomiuri Shimbun',
  'Mainichi Shimbun',
  'South China Morning Post',
  'Straits Times',
  'The Hindu',
  'Hindustan Times',
  'Times of India',
  'Dawn',
  'Corriere della Sera',
  'La Repubblica',
  'El País',
  'El Pais',
  'Le Figaro',
  'Bild',
  'Süddeutsche Zeitung',
  'Frankfurter Allgemeine Zeitung',
  'CNBC',
  'ITV',
  'CBC',
  'Globe and Mail',
  'Sydney Morning Herald',
  'Kommersant',
  'Vedomosti',
  'Arab News',
  'Asharq Al-Awsat',
  'Bloomberg News',
  'Bloomberg TV',
  'KBS',
  'MBC',
  'YTN',
  'NTV',
  'TRT',
]

/** Words that usually start a sentence without being a name. */
export const SENTENCE_OPENERS = set(`
  the a an and but or so yet however meanwhile moreover also in on at by for from with after before since during
  last this that these those it its he she they we i you his her their our my there here when while although though
  if as because according speaking separately earlier later now then still despite under over about around some
  many most several few all both each every one two three four five six seven eight nine ten no not other another
  such what which who whose where why how instead indeed even just only more less nor thus therefore shortly
  yesterday today tomorrow aged asked unlike like among between against
`)

/** Function words that stop noun-phrase expansion. */
export const FUNCTION_WORDS = set(`
  a an the and or but nor of to in on at by for from with into onto over under about after before since until while
  as than that which who whom whose what when where why how is are was were be been being has have had will would
  shall should can could may might must do does did not no its his her their our my your this these those it he she
  they we i you there here also if so because although though per via up out off down
`)

/** Evaluative words that mark opinion rather than fact. */
export const OPINION_WORDS = set(`
  delighted pleased happy proud thrilled excited honoured honored disappointed sad saddened upset angry furious
  wonderful fantastic great brilliant amazing incredible terrific superb excellent awful terrible horrible
  best worst love hate feel felt hope hopes hoped wish dream dreaming believe think beautiful lovely nice fun
  tough shame sorry regret glad grateful thankful confident optimistic pessimistic worried concerned fear
  outrageous ridiculous unacceptable disgraceful shocking good bad obviously really
  frustrating frustrated encouraging disappointing impressive exciting special perfect magnificent marvellous
  fabulous stunning remarkable extraordinary wonderfully unbelievable crucial vital key important difficult
  easy hard keen fair unfair deserve deserved deserves favourite passionate perhaps probably surely clearly
  absolutely certainly totally definitely
`)

/** Irregular past tenses and participles that mark a concrete event. */
export const EVENT_VERBS = set(`
  died killed won lost beat sent made took gave held met left went came began begun ran sold bought paid built
  broke fell rose grew hit struck shot fought led flew drove signed launched opened closed announced handed
  arrested charged convicted sentenced jailed fined banned elected appointed resigned quit sacked fired hired
  released published unveiled approved rejected passed voted sued settled acquired merged raised cut overtook
  undergone underwent named awarded scored finished reached recorded posted reported collapsed crashed exploded
  attacked invaded seized captured freed withdrew withdrawn retired joined founded established created
  recalled replaced introduced confirmed became overturned upheld ruled dropped axed earmarked
`)

/** Nouns that introduce the title of a work: "the 1996 single Return of the Mack", "his album Innocent Man". */
export const WORK_NOUNS = set(`album albums single singles song songs track tracks film films movie movies book books novel
  novels play plays musical opera show shows series sitcom drama documentary record records hit hits ep title video game
  sequel biopic comedy thriller programme poem painting`)

/** Plural roles that act as a body: "Scottish ministers insist …". */
export const COLLECTIVE_ROLES = set(`ministers officials mps meps diplomats prosecutors lawmakers senators regulators`)

/** Words that open a subordinate clause: "As Cambodia waits, a spokesman says", "After the vote, …". */
export const SUBORDINATORS = set(`as while when after before although though if because since once until whereas unless`)

/** Adverbs that open or interrupt a sentence without being its subject: "The Halifax, meanwhile, said". */
export const SENTENCE_ADVERBS = set(`meanwhile however though too also moreover separately instead nevertheless meantime later earlier
  previously now then still yesterday today`)

/** Days of the week. */
export const DAYS = set(`monday tuesday wednesday thursday friday saturday sunday`)

/** Periods a time phrase counts in: "last week", "earlier this month". */
export const TIME_PERIODS = set(`week weekend month year quarter season`)

/** What a court or inquiry finds someone: "found him guilty", "found the firm liable". */
export const VERDICT_WORDS = set(`guilty innocent liable culpable negligent`)

/** Abbreviated titles written before a name with a full stop (AP style: "Gov.", "Sen.", "Rep."). */
export const TITLE_ABBREVIATIONS = set(`mr mrs ms dr prof st gov sen rep gen lt col capt sgt maj adm rev supt insp det cpl pvt cmdr`)

/** Other words that end with a full stop without ending the sentence: "Inc.", "Jan.", "etc.". */
export const ABBREVIATIONS = set(`
  jr sr hon inc ltd co corp plc bros vs v etc approx est dept univ jan feb mar apr jun jul aug sep sept oct nov dec mt ft
  fig ave
`)
