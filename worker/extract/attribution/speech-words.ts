// Words of how statements are made: speech verbs and participles, where and to whom something is said.
import { set } from '../lexicon'

/** Verbs that only report what someone says or thinks: a bare plural before one is a source. */
export const REPORTING_VERBS = set(`
  said say says saying told tell telling added adding warned warning concluded concluding believe believed fear
  feared estimated estimate reported reporting claimed claiming argue argued insist insisted
`)

/** Verbs that do nothing but report words: "The utility said" credits a body no list names. */
export const SAYING_VERBS = set(`said says added adds`)

// Participles that report speech: "…, saying …", "with analysts warning that …".
export const SPEECH_PARTICIPLES = set(`
  saying claiming arguing warning insisting reporting suggesting predicting estimating adding stating revealing
  confirming noting concluding explaining stressing announcing denying acknowledging alleging asserting declaring
  telling urging
`)

/** Words before "saying" that make it part of another phrase ("as saying", "without saying", "some saying"), not a credit. */
export const PARTICIPLE_BLOCKERS = set(`
  as after before by without of from while when for on about against despite than in some others many most few all
  both
`)

// Verbs of speech that more often take a plain object: "agreed a deal", "maintained his form", "recalled the car".
export const OBJECT_VERBS = set(`
  agreed agrees maintained maintains continued recalled recalls observed projected reported reports
`)

// Speech verbs that also take a bare demand: "urged the board to sign him".
export const DIRECTIVE_VERBS = set(`urged urges urge warned warns warn told tells tell`)

/** Speech verbs that are also nouns: "their hopes", "the claims". */
export const NOUN_LIKE_VERBS = set(`
  hopes fears claims reports notes estimates forecasts projects comments states shows finds warns concludes says
  predicts
`)

/** Words that relay a source through an outlet: "Quoting X, the agency reported", "…, citing officials, that". */
export const RELAY_WORDS = set(`quoting citing`)

/** Participles that say an outlet reached a source: "Residents reached by VOA said". */
export const CONTACT_PARTICIPLES = set(`reached contacted interviewed quoted cited surveyed polled`)

/** Whom something is told to: "told reporters the talks had failed". */
export const LISTENERS = set(`
  reporters journalists lawmakers parliament supporters residents delegates investors analysts legislators senators
  students crowds mourners
`)

/** Where something is said: "in a statement", "at a news conference", "in an interview". */
export const MEDIUM_NOUNS = set(`
  statement interview post conference briefing message video speech letter broadcast address tweet
`)

/** Words after a speech verb that open where or when it was said: "…, he said in London", "…, she said yesterday". */
export const TRAILING_PREPS = set(`in on at during yesterday today last this earlier after before when while via through`)

/** Words that may follow an inverted credit's name ("…, said John Smith, who …"), where a verb would mean the name opens a clause. */
export const INVERSION_FOLLOWERS = set(`
  in on at during yesterday today last this earlier later after before when while adding who whose which from of for
  to with as and but recently previously via by told
`)

/** What unnamed reports are called: "There are reports that …". */
export const REPORT_NOUNS = set(`reports claims suggestions indications rumours rumors allegations`)

/** What a closing "…, a charge X denies" calls the statement before it. */
export const REBUTTALS = set(`something charge claim allegation accusation assertion suggestion view`)

/** Participles that say who read a document, not who wrote it: "a report by U.N. experts, seen by the AP". */
export const READING_PARTICIPLES = set(`seen obtained reviewed`)

/** Participles that say when or how a document appeared: "a poll published last month". */
export const DOCUMENT_PARTICIPLES = set(`published released issued compiled seen obtained presented unveiled dated`)

/** Participles that name who made a document: "data released by the statistics office", "a survey conducted by". */
export const AUTHORING_PARTICIPLES = set(`released published compiled issued commissioned conducted prepared produced carried`)

/**
 * People in the plural whom a later "they" can be ("French officials were more cautious. They said …"), besides
 * collective roles and plural unnamed sources.
 */
export const PLURAL_SOURCES = set(`analysts experts economists critics legislators investigators researchers scientists
  doctors activists campaigners traders investors negotiators mediators authorities leaders`)

/** What an outlet is, before or after its name: "broadcaster CTV News", "the Kontan newspaper", "radio station DZBB". */
export const MEDIA_NOUNS = set(`
  broadcaster newspaper daily weekly paper tabloid broadsheet magazine radio station channel television tv network
  outlet site website portal newspapers papers broadcasters
`)

/** Last words of an outlet's own name: "SABC News", "Nikkei Asia" is not one, "The Jakarta Post" is. */
export const MEDIA_NAME_ENDS = set(`
  news tv radio times post journal herald tribune gazette telegraph television channel daily mail express observer
  chronicle inquirer monitor
`)

/** Words before "with" that make it whom one spoke to: "in an interview with", "speaking with". */
export const INTERVIEW_WORDS = set(`interview interviews conversation speaking spoke talking talked`)
