import { isNameToken, runEndingAt } from './entities'
import { isRoleHead } from './roles'
import {
  COLLECTIVE_ROLES,
  FUNCTION_WORDS,
  INDEFINITES,
  ORG_NOUNS,
  PLACE_NOUNS,
  PLURAL_PEOPLE,
  SENTENCE_OPENERS,
  SOURCE_MODIFIERS,
  SOURCE_NOUNS,
} from './lexicon'
import { isDemonym } from './attribution/source-words'
import type { Token } from './tokens'

/** Prepositions that place a source: "officials in Kenya", "a diplomat at the UN", "a police official on Lampedusa", "suppliers to the Debrecen site". */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'across', 'at', 'outside', 'near', 'of', 'on', 'to'])

/** Places chained before the source's noun: "Police in the West Midlands in England". */
const MAX_PLACES = 3
/** Modifiers taken with the noun: "Two senior security officials in Kenya". */
const MAX_MODIFIERS = 4
/** How many: part of the phrase even where such a word usually only opens a sentence. */
const QUANTITIES = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'some',
  'many',
  'dozens',
  'hundreds',
  'thousands',
])

/** The people or body a speaker phrase can be placed with: plural sources and roles, and organisations. */
function isSourceHead(lw: string): boolean {
  return (
    SOURCE_NOUNS.has(lw) ||
    COLLECTIVE_ROLES.has(lw) ||
    ORG_NOUNS.has(lw) ||
    (lw.endsWith('s') && isRoleHead(lw.slice(0, -1))) ||
    lw === 'authorities'
  )
}

/** Where "two people familiar with the talks" starts, when it ends just before `at`; else -1. */
function knowingSourceBefore(tokens: Token[], at: number): number {
  for (let k = at - 2; k >= 1 && k >= at - 6; k--) {
    const w = tokens[k]!
    if (!w.word || w.cap) return -1
    if (!SOURCE_MODIFIERS.has(w.lw) || !SOURCE_NOUNS.has(tokens[k - 1]!.lw)) continue
    let start = k - 1
    if (QUANTITIES.has(tokens[start - 1]?.lw ?? '') || tokens[start - 1]?.numeric) start--
    return start
  }
  return -1
}

/**
 * "Officials in Kenya said", "Residents in Gaza City said", "Police in the West Midlands in England
 * said": the name before the verb is where the source is, not who it is. Given the start of that
 * name, the start of the whole phrase ("Officials") and whether it names an organisation ("Police"),
 * or null when the name is not placed that way.
 */
export function sourceInPlace(tokens: Token[], nameStart: number): { start: number; organization: boolean } | null {
  let place = nameStart
  for (let hops = 0; hops < MAX_PLACES; hops++) {
    let at = place - 1
    if (tokens[at]?.lw === 'the') at--
    const preposition = tokens[at]
    if (preposition === undefined || preposition.cap || !PLACE_PREPOSITIONS.has(preposition.lw)) return null
    // "led the bank to flout the rules": "to" before a verb places nothing.
    const placed = tokens[at + 1]
    if (preposition.lw === 'to' && !(placed?.cap || placed?.lw === 'the')) return null
    const head = tokens[at - 1]
    if (head === undefined || !head.word) return null
    // "residents of Gaza City", but not "the Ministry of Health": "of" places only people in the plural.
    if (preposition.lw === 'of' && !PLURAL_PEOPLE.has(head.lw) && !(hops > 0 && head.lw === 'village')) return null
    // "Residents of the Kaxareey camp outside Dollow": a place named, then the kind of place it is.
    if (!head.cap && PLACE_NOUNS.has(head.lw) && isNameToken(tokens[at - 2], at - 2 === 0)) {
      place = at - 2
      while (place > 0 && tokens[place - 1]!.cap && isNameToken(tokens[place - 1], place - 1 === 0)) place--
      continue
    }
    // "the Centre for Transport and Society at the University": a name goes on through "at".
    if (preposition.lw === 'at' && head.cap) return null
    // "two people familiar with the talks in Doha": the source and what it knows, then where.
    const knowing = knowingSourceBefore(tokens, at)
    if (knowing >= 0) return { start: knowing, organization: false }
    // "A diplomat in Kinshasa", "A senior official in the Interior Ministry": one person, not named.
    const single = !head.cap && isRoleHead(head.lw) && !isSourceHead(head.lw)
    if (!isSourceHead(head.lw) && !single) {
      // Another place before this one: "… in the West Midlands in England".
      const run = isNameToken(head, at - 1 === 0) ? runEndingAt(tokens, at, 0) : null
      if (run === null) return null
      // "The Ministry of Health in Gaza": a body placed where it is, when it opens the phrase.
      const body = tokens.slice(run.from, run.to).some((x) => x.cap && ORG_NOUNS.has(x.lw))
      const opens = run.from === 0 || (tokens[run.from - 1]!.lw === 'the' && run.from - 1 === 0)
      if (body && opens && hops === 0) return { start: run.from === 0 ? 0 : run.from - 1, organization: true }
      place = run.from
      continue
    }
    let start = at - 1
    for (let taken = 0; taken < MAX_MODIFIERS && start > 0; taken++) {
      const before = tokens[start - 1]!
      const opensSentence = start - 1 === 0 && SENTENCE_OPENERS.has(before.lw) && !QUANTITIES.has(before.lw)
      // "The African Union mission in Somalia": a body's own name may come before its noun; "A European diplomat in
      // Bissau": a nationality describes the source.
      const owner = before.cap && (ORG_NOUNS.has(head.lw) || isDemonym(before.w))
      if (
        !before.word ||
        (FUNCTION_WORDS.has(before.lw) && !QUANTITIES.has(before.lw)) ||
        opensSentence ||
        (before.cap && start - 1 > 0 && !owner)
      )
        break
      start--
    }
    if (single) {
      if (!INDEFINITES.has(tokens[start - 1]?.lw ?? '')) return null
      start--
    }
    // "Marc Ostwald, a strategist at Monument Securities": the phrase describes the person named before it.
    if (tokens[start - 1]?.w === ',' && isNameToken(tokens[start - 2], start - 2 === 0)) return null
    // "Police in the West Midlands" names a force; "the court in Washington" describes one without naming it.
    return { start, organization: ORG_NOUNS.has(head.lw) && head.cap }
  }
  return null
}
