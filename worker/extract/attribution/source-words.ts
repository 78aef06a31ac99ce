// Words of who makes statements: companies, wires, unnamed and anonymous sources, parts of names.
import { set, WIRE_AGENCIES } from '../lexicon'

/** Last words of a company's full name after the word it is called by: "Voltrail Mobility", "WMC Resources". */
export const COMPANY_NAME_ENDS = set(`
  ltd inc corp corporation co plc llc ag sa group holdings brands foods agri mobility logistics pharma
  pharmaceuticals chemicals metals mining petroleum shipping resources motors airlines energy technologies systems
  industries partners capital ventures
`)

/** Nouns that refer back to a company: "the company said", "the airline said". */
export const COMPANY_NOUNS = set(`
  company firm group business bookmaker giant maker manufacturer retailer carrier airline operator corporation bank
  insurer lender supermarket chain broadcaster network publisher studio label developer provider site website
  conglomerate utility
`)

// News agencies only carry news; a broadcaster or paper that "has said" something speaks for itself.
export const WIRES = new Set(WIRE_AGENCIES)

/** What a news agency makes of its own: "according to an AFP tally", "Reuters calculations", "dpa information". */
export const AGENCY_WORK = set(`
  tally count calculations calculation information analysis estimates estimate survey poll data reporting review
  figures
`)

/** Documents of public record, written by no source the article quotes. */
export const PUBLIC_RECORDS = set(`law records`)

/** A source that asked not to be named stays unnamed, whoever else the article names. */
export const ANONYMITY_WORDS = set(`anonymity anonymously unnamed unauthorized unauthorised`)

/** "spokesman", "spokeswoman", "spokesperson" and their plurals. */
export const SPOKES_RE = /^spokes(?:man|woman|person|people|men)$/

/** "34-year-old", "forty-year-old": an age that heads a description of a person. */
export const AGE_RE = /^\d+-year-old$|^(?:\p{Ll}+-)+year-old$/u

/** Lower-case particles inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
export const NAME_PARTICLES = set(`of for and the de del da di van von der den du la le al el bin & on`)

/** Nationalities an adjective pattern does not catch. */
const DEMONYMS = set(`
  thai swiss greek iraqi israeli pakistani saudi kuwaiti qatari yemeni omani bangladeshi nepali afghan german korean cuban chilean mexican moroccan scots welsh czech slovak serb croat dutch french belgian kenyan ugandan
  asian african american arab emirati nordic latin
`)

/** "Swedish", "Japanese", "American": a nationality or regional adjective, not a name. */
export function isDemonym(name: string): boolean {
  if (/\s/.test(name)) return false
  const lw = name.toLowerCase()
  return DEMONYMS.has(lw) || /^\p{Lu}\p{Ll}{2,}(?:ish|ese|ian|ean)$/u.test(name)
}
