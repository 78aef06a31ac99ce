// Word lists of check-worthiness: number and unit words, change and comparison verbs, modals and hedges, openers.
import { set } from '../lexicon'

export const NUMBER_WORDS = set(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
  thousands million millions billion billions trillion dozen dozens half third quarter quarters`)

export const UNIT_WORDS = set(`million millions billion billions trillion thousand thousands hundred bn m k per cent percent
  % pence p euros euro dollars pounds yen rupees points pts years months weeks days hours minutes seconds km miles kg
  tonnes tons barrels mph metres meters feet times fold`)

export const QUANT_MODS = set(`at least most more less fewer than up about around almost nearly over under some just only
  roughly approximately an a estimated by another further extra record`)

export const CHANGE_VERBS = set(`rose rise rises risen fell fall falls fallen jumped jump jumps climbed climb grew grow
  grown dropped drop slumped slump plunged plummeted soared surged increased increase decreased decrease cut cuts
  gained lost lose doubled halved reached hit exceeded exceed exceeds overtook overtake topped beat beating won
  posted raised raise boost boosted lower higher up down worth cost costs paid pay earn earned sold sell`)

export const COMPARISON_WORDS = set(`more less fewer than biggest largest smallest highest lowest first youngest
  oldest top record most least overtake overtook exceed exceeded outpaced ahead behind best-selling fastest slowest
  rank ranked ranking second third leading largest-ever increase decrease rise fall higher lower compared`)

export const MONTHS = set(`january february march april may june july august september october november december`)

export const PERIODS = set(`week month year weekend season quarter decade century summer winter spring autumn`)

export const MODALS = set(`could might may would should if perhaps possibly maybe`)

export const FIRST_PERSON = set(`i we my our me us i'm we're i've we've you`)

export const INTRO_OPENERS = set(`however meanwhile moreover also in on at by for from with after before since during last this next
  earlier later now then still despite under over about around instead indeed yet but and so separately elsewhere overall
  although though while when if as because unlike like among between against according speaking until thus therefore
  nevertheless nonetheless besides furthermore further again already back today yesterday tomorrow recently currently`)

// The second half of a hyphenated amount: "five-year", "two-thirds", "one-twentieth", "six-month", "twenty-five".
export const HYPHEN_UNITS = set(`year month week day hour minute mile metre kilometre page point seat storey goal game match
  set man member strong times fold hundred thousand million billion`)

export const FRACTION_RE = /^(?:half|halves|thirds?|quarters?|\p{Ll}+ths?)$/u

export const LIST_STOP = set(`said says say is are was were be been has have had will would can could`)

export const TREND_WORDS = set(`rose rise rises risen rising fell fall falls fallen falling jumped jump jumps climbed climb climbs
  grew grow grows grown growth dropped drop drops slumped slump slumps plunged plunge plummeted soared soar surged surge
  increased increase increases decreased decrease decreases declined decline declines doubled halved tripled gained gain
  gains slipped slid sank tumbled rebounded recovered widened narrowed shrank shrunk contracted expanded boosted up down
  higher lower outpaced overtook overtake overtaken exceeded`)

export const RANK_WORDS = set(`biggest largest smallest highest lowest youngest oldest fastest slowest best-selling
  largest-ever record first top ranked ranking rank worst best most least second-largest second-biggest`)

export const BOUND_WORDS = set(`more less fewer over under nearly almost about around least up`)

// Present-tense verbs that state what a rule, body or firm does: "The Act bans…", "It also requires…".
export const STATE_VERBS = set(`bans requires allows permits prohibits forbids obliges outlaws imposes grants sets orders limits
  restricts covers employs owns controls operates plans proposes backs supports opposes rejects calls urges includes
  introduces extends abolishes replaces creates exempts entitles forces accuses seeks`)

// Nouns that name a rule or a decision: "the new law", "the vote", "an amendment to the Bill".
export const RULE_NOUNS = set(`law laws act bill bills legislation regulation regulations rules ban bans amendment vote votes
  ruling treaty directive licence license licences licenses powers orders referendum election verdict sentence
  contract deal agreement merger takeover bid`)

export const AUX_PERFECT = set(`has have had`)

export const SUBJECT_PRONOUNS = set(`he she it they who which`)

export const ADVERBS = set(`also already now still since recently previously then later just never not both all`)

// Words in -ed that are not a past action: adjectives, and verbs of wanting, seeming or feeling.
export const NOT_PAST =
  /(?:eed|ied)$|^(?:hundred|kindred|sacred|naked|wicked|rugged|aged|beloved|wretched|red|bed|shed|fed|wed|led|bred|based|related|supposed|so-called|needed|wanted|seemed|appeared|wished|liked|loved|hated|tended|deserved|used|happened|managed|pleased|concerned|interested|worried|surprised|shocked|disappointed|delighted|excited|tired|determined)$/

export const SCHEDULED_VERBS = set(`start begin open close come take hit launch go meet end finish arrive return appear face resume vote
  announce publish release report make sign complete leave retire stand hold run play visit debate decide rule hear give get
  expire reopen air screen premiere travel fly enter`)

// Finite verbs that make a clause a statement: "is already allowed", "has a quarter stake", "will be in charge of".
export const NOT_VERB_S =
  /(?:ss|us|is|ics|ous|news|series|species|sales|means|always|perhaps|whereas|was|has|does|yes|less|unless|across|towards|afterwards|besides|its|this|thus|his|hers|ours|yours|theirs)$/
