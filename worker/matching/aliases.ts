// Names that stand for the same entity, so "the UK" and "Britain", or "the Islamic Emirate" and
// "the Taliban", agree when claims are matched. Each line is one entity: its canonical name first,
// then its other names and demonyms, separated by "|". Lower case.
const GROUPS = `
afghanistan|afghan|afghans
taliban|islamic emirate|islamic emirate of afghanistan|taliban government|taliban's government
united states|us|u.s|usa|u.s.a|america|american|americans
united kingdom|uk|u.k|britain|great britain|british|briton|britons
united nations|un|u.n
european union|eu|e.u
china|chinese|prc|people's republic of china
russia|russian|russians|russian federation
france|french
germany|german|germans
india|indian|indians
pakistan|pakistani|pakistanis
iran|iranian|iranians
iraq|iraqi|iraqis
israel|israeli|israelis
japan|japanese
ukraine|ukrainian|ukrainians
turkey|turkish|turkiye|türkiye
spain|spanish
italy|italian|italians
canada|canadian|canadians
australia|australian|australians
mexico|mexican|mexicans
brazil|brazilian|brazilians
south korea|korea|korean|south korean|republic of korea
north korea|north korean|dprk
saudi arabia|saudi|saudis
egypt|egyptian|egyptians
syria|syrian|syrians
cambodia|cambodian|cambodians
myanmar|burma|burmese
netherlands|holland|dutch
ireland|irish
scotland|scottish|scots
wales|welsh
england|english
europe|european|europeans
africa|african|africans
asia|asian|asians
world health organization|world health organisation
international monetary fund|imf
world trade organization|wto|world trade organisation
north atlantic treaty organization|nato
federal reserve|fed|us federal reserve
bank of england|boe
`

/** Canonical name of every alias, keyed by the alias in lower case. */
export const CANONICAL_NAMES: ReadonlyMap<string, string> = new Map(
  GROUPS.trim()
    .split('\n')
    .flatMap((line) => {
      const names = line.split('|').map((name) => name.trim())
      return names.map((name) => [name, names[0]!] as const)
    }),
)

/** The longest alias in words, which bounds how far a name is looked up. */
export const LONGEST_ALIAS_WORDS = Math.max(...[...CANONICAL_NAMES.keys()].map((name) => name.split(' ').length))
