import type { ClaimKind } from '../../schemas/claim'
import { DAYS, EVENT_VERBS, FINITE_AUX, FUNCTION_WORDS, OPINION_WORDS, SENTENCE_OPENERS, SPEECH_VERBS } from './lexicon'
import { isNameToken, runStartingAt } from './entities'
import { isQuoteMark, type Token } from './tokens'

/** A candidate span: token indices [from, to) within a sentence. */
export interface SpanPick {
  /** The checkable core: the amount, the list, the opening of the statement. */
  from: number
  to: number
  /** The tokens the core was picked from: the asserted content. */
  region: { from: number; to: number }
  kind: ClaimKind
  /** Check-worthiness of the region the span came from, 0..1. */
  score: number
  reasons: string[]
}

const NUMBER_WORDS = new Set(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
  thousands million millions billion billions trillion dozen dozens half third quarter quarters`
    .trim()
    .split(/\s+/),
)
const UNIT_WORDS = new Set(
  `million millions billion billions trillion thousand thousands hundred bn m k per cent percent
  % pence p euros euro dollars pounds yen rupees points pts years months weeks days hours minutes seconds km miles kg
  tonnes tons barrels mph metres meters feet times fold`
    .trim()
    .split(/\s+/),
)
const QUANT_MODS = new Set(
  `at least most more less fewer than up about around almost nearly over under some just only
  roughly approximately an a estimated by another further extra record`
    .trim()
    .split(/\s+/),
)
const CHANGE_VERBS = new Set(
  `rose rise rises risen fell fall falls fallen jumped jump jumps climbed climb grew grow
  grown dropped drop slumped slump plunged plummeted soared surged increased increase decreased decrease cut cuts
  gained lost lose doubled halved reached hit exceeded exceed exceeds overtook overtake topped beat beating won
  posted raised raise boost boosted lower higher up down worth cost costs paid pay earn earned sold sell`
    .trim()
    .split(/\s+/),
)
const COMPARISON_WORDS = new Set(
  `more less fewer than biggest largest smallest highest lowest first youngest
  oldest top record most least overtake overtook exceed exceeded outpaced ahead behind best-selling fastest slowest
  rank ranked ranking second third leading largest-ever increase decrease rise fall higher lower compared`
    .trim()
    .split(/\s+/),
)
const MONTHS = new Set(`january february march april may june july august september october november december`.trim().split(/\s+/))
const PERIODS = new Set(`week month year weekend season quarter decade century summer winter spring autumn`.trim().split(/\s+/))
const MODALS = new Set(`could might may would should if perhaps possibly maybe`.trim().split(/\s+/))
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'me', 'us', "i'm", "we're", "i've", "we've", 'you'])

const INTRO_OPENERS = new Set(
  `however meanwhile moreover also in on at by for from with after before since during last this next
  earlier later now then still despite under over about around instead indeed yet but and so separately elsewhere overall
  although though while when if as because unlike like among between against according speaking until thus therefore
  nevertheless nonetheless besides furthermore further again already back today yesterday tomorrow recently currently`
    .trim()
    .split(/\s+/),
)

// The second half of a hyphenated amount: "five-year", "two-thirds", "one-twentieth", "six-month", "twenty-five".
const HYPHEN_UNITS = new Set(
  `year month week day hour minute mile metre kilometre page point seat storey goal game match
  set man member strong times fold hundred thousand million billion`
    .trim()
    .split(/\s+/),
)
const FRACTION_RE = /^(?:half|halves|thirds?|quarters?|\p{Ll}+ths?)$/u

function isNumberToken(t: Token): boolean {
  if (t.numeric || NUMBER_WORDS.has(t.lw)) return true
  const dash = t.lw.indexOf('-')
  if (dash <= 0) return false
  const head = t.lw.slice(0, dash)
  const tail = t.lw.slice(dash + 1)
  if (!NUMBER_WORDS.has(head) || head === 'half' || head === 'quarter' || head === 'third' || head === 'second') return false
  // "one-off", "one-way" are idioms; "one-twentieth", "one-year" are amounts.
  return FRACTION_RE.test(tail) || NUMBER_WORDS.has(tail) || HYPHEN_UNITS.has(tail)
}

function isYear(t: Token): boolean {
  return /^(1[89]|20)\d\d$/.test(t.w) || /^(?:1[89]|20)?\d0['’]?s$/.test(t.w)
}

/** Is the number a date part ("23 October 2003", "in 1997") rather than a quantity. */
function isDateNumber(tokens: Token[], i: number): boolean {
  const t = tokens[i]!
  if (isYear(t)) return true
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.w) && (MONTHS.has(tokens[i + 1]?.lw ?? '') || MONTHS.has(tokens[i - 1]?.lw ?? ''))) return true
  if (/^\d{4}\/\d{1,2}$|^\d{4}-\d{2}$/.test(t.w)) return true
  // "the first quarter of 2005", "the second half".
  if ((t.lw === 'quarter' || t.lw === 'half') && /^(?:first|second|third|fourth|final|last|next|this)$/.test(tokens[i - 1]?.lw ?? ''))
    return true
  return false
}

/** Number phrases: "at least 14 countries", "jumped 76% to $1.13bn", "£40m of invoices". */
function quantitySpans(tokens: Token[], from: number, to: number): { from: number; to: number; date: boolean }[] {
  const out: { from: number; to: number; date: boolean }[] = []
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    const money = (t.w === '$' || t.w === '£' || t.w === '€' || t.w === '¥') && tokens[i + 1]?.numeric === true
    if (!money && !isNumberToken(t)) continue
    // "The Two Ronnies", "Sex And The City": a capitalised number word inside a name.
    if (!money && t.cap && NUMBER_WORDS.has(t.lw) && i > 0 && tokens[i + 1]?.cap && isNameToken(tokens[i + 1], false)) continue
    // "No 10" (Downing Street), "No 1": a label, not an amount.
    if (!money && (tokens[i - 1]?.w === 'No' || tokens[i - 1]?.w === 'No.' || tokens[i - 1]?.lw === 'number')) continue
    if (
      !money &&
      NUMBER_WORDS.has(t.lw) &&
      (t.lw === 'one' || t.lw === 'half' || t.lw === 'third' || t.lw === 'quarter' || t.lw === 'second') &&
      !isNumberToken(tokens[i + 1] ?? t) &&
      tokens[i + 1]?.lw !== 'in' &&
      (tokens[i + 1]?.lw !== 'of' || t.lw === 'one')
    )
      continue
    // "Spider-Man 2", "Channel 4", "Windows 95": a number inside a name.
    if (
      !money &&
      /^\d+$/.test(t.w) &&
      i > 1 &&
      isNameToken(tokens[i - 1], false) &&
      !QUANT_MODS.has(tokens[i - 1]!.lw) &&
      !CHANGE_VERBS.has(tokens[i - 1]!.lw) &&
      !MONTHS.has(tokens[i - 1]!.lw) &&
      !UNIT_WORDS.has(tokens[i + 1]?.lw ?? '') &&
      tokens[i + 1]?.w !== '%' &&
      !isYear(t)
    )
      continue
    const date = !money && isDateNumber(tokens, i)
    let a = i
    let n = 0
    while (a - 1 >= from && n < 3 && (QUANT_MODS.has(tokens[a - 1]!.lw) || CHANGE_VERBS.has(tokens[a - 1]!.lw))) {
      a--
      n++
      if (CHANGE_VERBS.has(tokens[a]!.lw)) break
    }
    if (tokens[a - 1]?.lw === 'to' && tokens[a - 2]?.lw === 'up' && a - 2 >= from) a -= 2
    if (a < i && (tokens[a]!.lw === 'by' || tokens[a]!.lw === 'a' || tokens[a]!.lw === 'an')) {
      if (a - 1 >= from && CHANGE_VERBS.has(tokens[a - 1]!.lw)) a--
      else if (tokens[a]!.lw === 'by') a++
    }
    let b = i + 1
    let content = 0
    while (b < to && b - a < 14) {
      const x = tokens[b]!
      if (isNumberToken(x) || UNIT_WORDS.has(x.lw) || x.w === '%' || x.w === '$' || x.w === '£' || x.w === '€') {
        b++
        continue
      }
      if (
        (x.lw === 'to' || x.lw === 'and' || x.lw === 'or' || x.w === '-' || x.w === '–' || x.lw === 'from' || x.lw === 'in') &&
        tokens[b + 1] &&
        (isNumberToken(tokens[b + 1]!) || /^[$£€]$/.test(tokens[b + 1]!.w))
      ) {
        b += 2
        continue
      }
      if (x.w === '(') {
        // "(£600m)" conversions.
        let k = b + 1
        while (k < to && k < b + 8 && tokens[k]!.w !== ')') k++
        if (tokens[k]?.w === ')' && k < to) {
          b = k + 1
          continue
        }
        break
      }
      if (x.lw === 'of' && content === 0 && tokens[b + 1] && tokens[b + 1]!.word) {
        b++
        continue
      }
      if (x.word && !FUNCTION_WORDS.has(x.lw) && !SPEECH_VERBS.has(x.lw) && content < 3 && !(x.cap && content > 0)) {
        b++
        content++
        continue
      }
      break
    }
    while (b > i + 1 && FUNCTION_WORDS.has(tokens[b - 1]!.lw)) b--
    out.push({ from: a, to: b, date })
    i = b - 1
  }
  return out
}

/** A name in a list, with a subtitle ("Resident Evil: Apocalypse") or a lower-case article inside ("Once Upon a Time"). */
function itemRun(tokens: Token[], k: number, to: number): { from: number; to: number } | null {
  const run = runStartingAt(tokens, k, to)
  if (!run) return null
  let end = run.to
  for (;;) {
    const sep = tokens[end]
    const next = tokens[end + 1]
    if (!sep || end + 1 >= to || !isNameToken(next, false)) break
    if (!(sep.w === ':' || sep.lw === 'a' || sep.lw === 'an' || sep.lw === 'in' || sep.lw === 'on' || sep.lw === 'at')) break
    const more = runStartingAt(tokens, end + 1, to)
    if (!more) break
    end = more.to
  }
  return { from: k, to: end }
}

/** A list of three or more names: "Iran, Turkey, Pakistan, Russia, China, Kazakhstan, and other Arab…". */
function listSpan(tokens: Token[], from: number, to: number): { from: number; to: number } | null {
  for (let i = from; i < to; i++) {
    let k = i
    if (tokens[k]?.lw === 'the') k++
    if (!isNameToken(tokens[k], k === 0)) continue
    const first = itemRun(tokens, k, to)
    if (!first) continue
    let items = 1
    let commas = 0
    let end = first.to
    let p = first.to
    let closed = false
    while (p < to && items < 30) {
      const sep = tokens[p]!
      let q = p
      if (sep.w === ',') {
        q++
        commas++
      }
      let conj = false
      if (tokens[q]?.lw === 'and' || tokens[q]?.lw === 'or') {
        q++
        conj = true
      } else if (sep.w !== ',') break
      if (tokens[q]?.lw === 'the') q++
      if (isNameToken(tokens[q], false)) {
        const run = itemRun(tokens, q, to)
        if (!run) break
        items++
        end = p = run.to
      } else if (conj && tokens[q]?.word) {
        // "and other Arab and African countries": a lower-case tail closes the list.
        let r = q
        while (r < to && r < q + 6 && tokens[r]!.word) r++
        items++
        end = r
        closed = true
        break
      } else break
      if (conj) {
        closed = true
        break
      }
    }
    if (items >= 3 && closed && commas >= 1) return { from: i, to: end }
    i = Math.max(i, end - 1)
  }
  return null
}

/** How many words (at most three) of a list item start at `k`. */
function listItemLength(tokens: Token[], k: number, to: number): number {
  let n = 0
  while (k + n < to && n < 3) {
    const x = tokens[k + n]!
    // Gerunds and adverbs make a list of actions or manners, not of things.
    if (!x.word || FUNCTION_WORDS.has(x.lw) || LIST_STOP.has(x.lw) || SPEECH_VERBS.has(x.lw) || x.lw.endsWith('ly') || x.lw.endsWith('ing'))
      break
    n++
  }
  return n
}

const LIST_STOP = new Set([
  'said',
  'says',
  'say',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
])

/**
 * A list of three or more things named by common nouns: "cars, chemicals and electronic goods",
 * "better pensions, child care provision and decent wages". Items are one to three words, with no verb or function word.
 */
function nounListSpan(tokens: Token[], from: number, to: number): { from: number; to: number } | null {
  for (let i = from; i < to; i++) {
    // "to combat, cure and eradicate": infinitives, not things.
    if (i > from && ((tokens[i - 1]!.word && !FUNCTION_WORDS.has(tokens[i - 1]!.lw)) || tokens[i - 1]!.lw === 'to')) continue
    const n0 = listItemLength(tokens, i, to)
    if (n0 === 0) continue
    let p = i + n0
    let items = 1
    while (tokens[p]?.w === ',' && p + 1 < to) {
      const n = listItemLength(tokens, p + 1, to)
      if (n === 0) break
      items++
      p = p + 1 + n
    }
    if (
      items >= 2 &&
      (tokens[p]?.lw === 'and' ||
        tokens[p]?.lw === 'or' ||
        (tokens[p]?.w === ',' && (tokens[p + 1]?.lw === 'and' || tokens[p + 1]?.lw === 'or')))
    ) {
      const c = tokens[p]!.w === ',' ? p + 2 : p + 1
      const n = listItemLength(tokens, c, to)
      // The last item ends the list: at a clause boundary, not inside a longer phrase.
      const after = tokens[c + n]
      if (n > 0 && (!after?.word || FUNCTION_WORDS.has(after.lw))) return { from: i, to: c + n }
    }
    i = Math.max(i, p - 1)
  }
  return null
}

/** The first clause of a region, at most `max` words: the reported clause or the main clause. */
function clauseSpan(tokens: Token[], from: number, to: number, max = 12): { from: number; to: number } | null {
  let a = from
  while (a < to && (!tokens[a]!.word || tokens[a]!.lw === 'that')) a++
  // Skip a short introductory phrase: "Last month, …", "However, …".
  if (a >= to) return null
  const opener = tokens[a]!
  // Only a phrase that cannot be the subject: "Last month,", "However,", "In London," — not "This has left Londoners,".
  const introOpener =
    (INTRO_OPENERS.has(opener.lw) &&
      !(
        (opener.lw === 'this' || opener.lw === 'last' || opener.lw === 'next') &&
        !PERIODS.has(tokens[a + 1]?.lw ?? '') &&
        !DAYS.has(tokens[a + 1]?.lw ?? '') &&
        !MONTHS.has(tokens[a + 1]?.lw ?? '')
      )) ||
    /ly$/.test(opener.lw)
  for (let k = a; k < Math.min(to, a + 9) && introOpener && (!opener.cap || SENTENCE_OPENERS.has(opener.lw)); k++) {
    if (tokens[k]!.w === ',') {
      if (k - a <= (introOpener ? 8 : 5) && k + 1 < to) a = k + 1
      break
    }
  }
  while (a < to && (!tokens[a]!.word || tokens[a]!.lw === 'that')) a++
  // "Bilal Karimi, the deputy spokesperson of the Taliban, was unable…": the predicate is the checkable part.
  if (a < to && tokens[a]!.cap && isNameToken(tokens[a], a === 0)) {
    const run = runStartingAt(tokens, a, to)
    if (run && tokens[run.to]?.w === ',') {
      for (let k = run.to + 1; k < Math.min(to, run.to + 14); k++) {
        if (tokens[k]!.w === ',') {
          if (k + 3 < to) a = k + 1
          break
        }
      }
    }
  }
  if (a >= to) return null
  let b = a
  let words = 0
  while (b < to && words < max) {
    const x = tokens[b]!
    if ((x.w === ',' || x.w === ';' || x.w === ':' || x.w === '—' || x.w === '–' || (x.w === '-' && x.start > 0)) && words >= 4) break
    if (isQuoteMark(x) && words >= 3) break
    if (x.word) words++
    b++
  }
  while (b > a && ((!tokens[b - 1]!.word && tokens[b - 1]!.w !== '%' && tokens[b - 1]!.w !== ')') || FUNCTION_WORDS.has(tokens[b - 1]!.lw)))
    b--
  if (b <= a) return null
  return { from: a, to: b }
}

const TREND_WORDS = new Set(
  `rose rise rises risen rising fell fall falls fallen falling jumped jump jumps climbed climb climbs
  grew grow grows grown growth dropped drop drops slumped slump slumps plunged plunge plummeted soared soar surged surge
  increased increase increases decreased decrease decreases declined decline declines doubled halved tripled gained gain
  gains slipped slid sank tumbled rebounded recovered widened narrowed shrank shrunk contracted expanded boosted up down
  higher lower outpaced overtook overtake overtaken exceeded`
    .trim()
    .split(/\s+/),
)
const RANK_WORDS = new Set(
  `biggest largest smallest highest lowest youngest oldest fastest slowest best-selling
  largest-ever record first top ranked ranking rank worst best most least second-largest second-biggest`
    .trim()
    .split(/\s+/),
)
const BOUND_WORDS = new Set(['more', 'less', 'fewer', 'over', 'under', 'nearly', 'almost', 'about', 'around', 'least', 'up'])

/**
 * True when tokens [a, b) compare or rank rather than count: "rose 8%", "the biggest since 1981",
 * "twice as many", "3% higher than". A bounded amount ("at least 14", "more than 63,000") is not a comparison.
 */
function comparesIn(tokens: Token[], a: number, b: number): boolean {
  for (let i = Math.max(0, a); i < Math.min(tokens.length, b); i++) {
    const t = tokens[i]!
    if (!t.word) continue
    const lw = t.lw
    if (TREND_WORDS.has(lw)) {
      // "up to 500" bounds; "up 8%" is a change.
      if (lw === 'up' && tokens[i + 1]?.lw === 'to') continue
      return true
    }
    if (RANK_WORDS.has(lw) && !t.cap) {
      if (
        lw === 'first' &&
        (!(tokens[i + 1]?.lw === 'time' || tokens[i - 1]?.lw === 'the') ||
          PERIODS.has(tokens[i + 1]?.lw ?? '') ||
          tokens[i + 1]?.lw === 'half')
      )
        continue
      if ((lw === 'most' || lw === 'least') && tokens[i - 1]?.lw === 'at') continue
      // "three top bosses" is not a ranking; "the top eight", "top 10" are.
      if (lw === 'top' && !(tokens[i - 1]?.lw === 'the' || tokens[i + 1]?.numeric === true || NUMBER_WORDS.has(tokens[i + 1]?.lw ?? '')))
        continue
      return true
    }
    if (
      lw.endsWith('est') &&
      tokens[i - 1]?.lw === 'the' &&
      /^\p{Ll}{3,}est$/u.test(lw) &&
      !/(?:interest|test|rest|west|east|request|protest|contest|suggest|invest|harvest|forest|modest|honest|latest|manifest|arrest|guest|quest|chest|nest|pest|vest|crest|digest|detest|attest)$/.test(
        lw,
      )
    )
      return true
    if (lw === 'than') {
      // "more than 63,000" is a bound; "3% higher than last year", "more people than" compare.
      const prev = tokens[i - 1]
      const next = tokens[i + 1]
      const bounded =
        prev &&
        BOUND_WORDS.has(prev.lw) &&
        next &&
        (next.numeric ||
          /^[$£€]$/.test(next.w) ||
          /^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|half|double|twice|dozen|doubled)$/.test(
            next.lw,
          ))
      if (!bounded) return true
    }
    if (
      (lw === 'times' || lw === 'fold') &&
      /^(?:more|higher|as|larger|bigger|greater|faster|less|lower|likelier|likely|the|over)$/.test(tokens[i + 1]?.lw ?? '')
    )
      return true
    if (lw === 'twice' || lw === 'double' || (lw === 'half' && tokens[i + 1]?.lw === 'as')) {
      if (tokens[i + 1]?.lw === 'as' || tokens[i + 1]?.lw === 'the') return true
    }
    if (lw === 'compared' || lw === 'versus' || lw === 'ahead' || lw === 'behind') return true
  }
  return false
}

/** "twice as many", "seven times more likely", "half as much": a ratio anywhere in the region. */
function multiplies(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b - 1; i++) {
    const lw = tokens[i]!.lw
    const next = tokens[i + 1]!.lw
    if (
      (lw === 'twice' || lw === 'half' || lw === 'times' || lw === 'double' || lw === 'triple') &&
      (next === 'as' ||
        next === 'more' ||
        next === 'the' ||
        next === 'higher' ||
        next === 'larger' ||
        next === 'bigger' ||
        next === 'greater' ||
        next === 'less' ||
        next === 'lower')
    )
      return true
  }
  return false
}

// Present-tense verbs that state what a rule, body or firm does: "The Act bans…", "It also requires…".
const STATE_VERBS = new Set(
  `bans requires allows permits prohibits forbids obliges outlaws imposes grants sets orders limits
  restricts covers employs owns controls operates plans proposes backs supports opposes rejects calls urges includes
  introduces extends abolishes replaces creates exempts entitles forces accuses seeks`
    .trim()
    .split(/\s+/),
)
// Nouns that name a rule or a decision: "the new law", "the vote", "an amendment to the Bill".
const RULE_NOUNS = new Set(
  `law laws act bill bills legislation regulation regulations rules ban bans amendment vote votes
  ruling treaty directive licence license licences licenses powers orders referendum election verdict sentence
  contract deal agreement merger takeover bid`
    .trim()
    .split(/\s+/),
)
const AUX_PERFECT = new Set(['has', 'have', 'had'])
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'who', 'which'])
const ADVERBS = new Set([
  'also',
  'already',
  'now',
  'still',
  'since',
  'recently',
  'previously',
  'then',
  'later',
  'just',
  'never',
  'not',
  'both',
  'all',
])
// Words in -ed that are not a past action: adjectives, and verbs of wanting, seeming or feeling.
const NOT_PAST =
  /(?:eed|ied)$|^(?:hundred|kindred|sacred|naked|wicked|rugged|aged|beloved|wretched|red|bed|shed|fed|wed|led|bred|based|related|supposed|so-called|needed|wanted|seemed|appeared|wished|liked|loved|hated|tended|deserved|used|happened|managed|pleased|concerned|interested|worried|surprised|shocked|disappointed|delighted|excited|tired|determined)$/

/** A finite verb with a concrete subject: "the Liberal Democrats backed", "has defended", "the Act bans". */
function actionIn(tokens: Token[], from: number, to: number): boolean {
  for (let v = from + 1; v < to; v++) {
    const t = tokens[v]!
    if (!t.word || t.cap) continue
    const lw = t.lw
    let j = v - 1
    while (j > from && ADVERBS.has(tokens[j]!.lw)) j--
    const prev = tokens[j]!
    // "might have influenced", "would have ended": a possibility, not an action.
    const perfect = AUX_PERFECT.has(prev.lw) && !MODALS.has(tokens[j - 1]?.lw ?? '') && tokens[j - 1]?.lw !== 'to'
    const pastForm =
      lw.endsWith('ed') && /^\p{Ll}{3,}ed$/u.test(lw) && !NOT_PAST.test(lw) && !SPEECH_VERBS.has(lw) && !OPINION_WORDS.has(lw)
    if (perfect && (pastForm || EVENT_VERBS.has(lw))) return true
    // "The new law will allow…", "will control": what a rule or body will do.
    if (prev.lw === 'will' && STATE_VERBS.has(`${lw}s`)) return true
    if (!(pastForm || STATE_VERBS.has(lw))) continue
    // The subject: a name, a pronoun, or a noun after a determiner or in the plural ("the committee", "people").
    if (prev.cap && isNameToken(prev, j === from)) return true
    if (SUBJECT_PRONOUNS.has(prev.lw)) return true
    if (prev.word && !prev.cap && !FUNCTION_WORDS.has(prev.lw) && !MODALS.has(prev.lw) && !/(?:ed|ing|ly)$/.test(prev.lw)) {
      const det = tokens[j - 1]?.lw ?? ''
      if (
        det === 'the' ||
        det === 'its' ||
        det === 'their' ||
        det === 'his' ||
        det === 'her' ||
        (/(?:[^s]s|ople)$/.test(prev.lw) && STATE_VERBS.has(lw) === false)
      )
        return true
    }
  }
  return false
}

/** A rule or decision ("the new law will allow", "the vote is due to be taken on Wednesday"). */
function ruleIn(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if ((RULE_NOUNS.has(tokens[i]!.lw) && !tokens[i]!.cap) || (tokens[i]!.cap && /^(?:Act|Bill)$/.test(tokens[i]!.w))) return true
  return false
}

const SCHEDULED_VERBS = new Set(
  `start begin open close come take hit launch go meet end finish arrive return appear face resume vote
  announce publish release report make sign complete leave retire stand hold run play visit debate decide rule hear give get
  expire reopen air screen premiere travel fly enter`
    .trim()
    .split(/\s+/),
)

/** A schedule: "is due to be taken", "is scheduled for", "comes into force". */
function scheduleIn(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const lw = tokens[i]!.lw
    const next = tokens[i + 1]!.lw
    // "is due to be taken", "due to open", "scheduled for 27 February" — not the causal "due to falling costs".
    if (lw === 'due' && next === 'to' && (tokens[i + 2]?.lw === 'be' || SCHEDULED_VERBS.has(tokens[i + 2]?.lw ?? ''))) return true
    if (lw === 'due' && (next === 'on' || next === 'in' || next === 'next' || next === 'this' || next === 'by')) return true
    if (
      (lw === 'scheduled' || lw === 'timetabled') &&
      (next === 'to' || next === 'on' || next === 'for' || next === 'in' || next === 'next' || next === 'this')
    )
      return true
    if (lw === 'into' && (next === 'force' || next === 'effect')) return true
    if ((lw === 'takes' || lw === 'take' || lw === 'took') && next === 'effect') return true
  }
  return false
}

// Finite verbs that make a clause a statement: "is already allowed", "has a quarter stake", "will be in charge of".
const NOT_VERB_S =
  /(?:ss|us|is|ics|ous|news|series|species|sales|means|always|perhaps|whereas|was|has|does|yes|less|unless|across|towards|afterwards|besides|its|this|thus|his|hers|ours|yours|theirs)$/

/**
 * A declarative clause: a finite verb ("is", "has", "will", a past tense, a third-person present after its subject).
 * Most sentences that state something verifiable have one; fragments, captions and headlines do not.
 */
function finiteIn(tokens: Token[], from: number, to: number): boolean {
  let inQuote = false
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    if (isQuoteMark(t)) inQuote = !inQuote
    if (!t.word || (t.cap && i > from)) continue
    const lw = t.lw
    if (FINITE_AUX.has(lw) && i + 1 < to) return true
    if (EVENT_VERBS.has(lw) && i > from) return true
    if (lw.endsWith('ed') && i > from && /^\p{Ll}{3,}ed$/u.test(lw) && !NOT_PAST.test(lw) && !FUNCTION_WORDS.has(tokens[i - 1]!.lw))
      return true
    if (i > from && lw.endsWith('s') && /^\p{Ll}{3,}s$/u.test(lw) && !NOT_VERB_S.test(lw)) {
      const prev = tokens[i - 1]!
      if (
        SUBJECT_PRONOUNS.has(prev.lw) ||
        prev.lw === 'that' ||
        (prev.cap && isNameToken(prev, i - 1 === from)) ||
        (ADVERBS.has(prev.lw) && i - 1 > from)
      )
        return true
    }
  }
  return false
}

/** Scores how check-worthy a region of a sentence is, with reasons. */
export function scoreRegion(tokens: Token[], from: number, to: number, quoted: boolean): RegionScore {
  return scoreFacts(tokens, from, to, quoted, regionFacts(tokens, from, to))
}

/** What a region holds that makes it checkable, found once and shared by its score and its span. */
interface RegionFacts {
  quantities: { from: number; to: number; date: boolean }[]
  names: { from: number; to: number } | null
  /** A list of things, looked for only when there is no list of names. */
  things: { from: number; to: number } | null
}

interface RegionScore {
  score: number
  reasons: string[]
  quantity: boolean
  list: boolean
  comparison: boolean
  event: boolean
}

function regionFacts(tokens: Token[], from: number, to: number): RegionFacts {
  const names = listSpan(tokens, from, to)
  return { quantities: quantitySpans(tokens, from, to), names, things: names ? null : nounListSpan(tokens, from, to) }
}

function scoreFacts(tokens: Token[], from: number, to: number, quoted: boolean, facts: RegionFacts): RegionScore {
  let score = 0.3
  const reasons: string[] = []
  const q = facts.quantities
  const quantity = q.some((x) => !x.date)
  if (quantity) {
    score += 0.4
    reasons.push('a quantity')
  } else if (q.length) {
    score += 0.2
    reasons.push('a date')
  }
  let list = facts.names !== null
  if (list) {
    score += 0.35
    reasons.push('a list of names')
  } else if (facts.things) {
    list = true
    score += 0.2
    reasons.push('a list')
  }
  // In the outlet's own words, a quotation it goes on to cite ("…, saying: "I'm sorry."") is not the outlet's opinion.
  let unquotedWords = 0
  if (!quoted) {
    let inQuote = false
    for (let i = from; i < to; i++) {
      if (isQuoteMark(tokens[i])) inQuote = !inQuote
      else if (!inQuote && tokens[i]!.word) unquotedWords++
    }
  }
  const skipQuoted = !quoted && unquotedWords >= 6
  let comparison = false
  let event = false
  let names = 0
  let opinion = 0
  let modal = 0
  let firstPerson = 0
  let possessive1p = 0
  let words = 0
  let inQuote = false
  // Inside a condition ("if they think they have…") an opinion word evaluates nothing.
  let conditional = false
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    if (isQuoteMark(t)) inQuote = !inQuote
    if (t.w === ',' || t.w === ';' || isQuoteMark(t)) conditional = false
    if (!t.word) continue
    words++
    if (
      COMPARISON_WORDS.has(t.lw) ||
      (t.lw.endsWith('est') &&
        t.lw.length > 5 &&
        !t.cap &&
        !/(?:interest|test|rest|west|east|request|protest|contest|suggest|invest|harvest|forest|modest|honest|latest|manifest|arrest)$/.test(
          t.lw,
        ))
    )
      comparison = true
    if (EVENT_VERBS.has(t.lw)) event = true
    if (t.cap && i > from && isNameToken(t, false)) names++
    if (MODALS.has(t.lw)) modal++
    if (t.lw === 'if' || t.lw === 'unless' || t.lw === 'whether') conditional = true
    if (skipQuoted && inQuote) continue
    if (OPINION_WORDS.has(t.lw) && !conditional) opinion++
    // "US" is not "us".
    if (FIRST_PERSON.has(t.lw) && !(t.lw === 'us' && t.w !== 'us')) {
      if (t.lw === 'my' || t.lw === 'our') possessive1p++
      else firstPerson++
    }
  }
  if (comparison) {
    score += 0.15
    reasons.push('a comparison')
  }
  if (event) {
    score += 0.2
    reasons.push('a concrete event')
  }
  // A concrete fact needs no number: an action by a named actor, a rule or decision, a schedule.
  const action = actionIn(tokens, from, to)
  const rule = ruleIn(tokens, from, to)
  const schedule = scheduleIn(tokens, from, to)
  // An event verb anywhere ("could have won") is weaker evidence than one with its actor ("Mr Clarke has rejected").
  if (action) {
    score += event ? 0.1 : 0.2
    reasons.push('an action by a named actor')
  }
  if (schedule) {
    score += 0.2
    reasons.push('a schedule')
  }
  if (rule && (action || event || schedule || tokens.slice(from, to).some((t) => t.lw === 'will'))) {
    score += 0.1
    reasons.push('a rule or decision')
  }
  // Any declarative clause states something; what lowers it is opinion, hedging, the first person or brevity.
  if (!action && !schedule && words >= 6 && finiteIn(tokens, from, to)) {
    score += 0.2
    reasons.push('a statement of fact')
  }
  if (names > 0) score += Math.min(0.15, names * 0.05)
  let when = false
  for (let i = from; i < to; i++) {
    const lw = tokens[i]!.lw
    if (
      DAYS.has(lw) ||
      (MONTHS.has(lw) && tokens[i]!.cap) ||
      ((lw === 'last' || lw === 'next' || lw === 'this') && PERIODS.has(tokens[i + 1]?.lw ?? '')) ||
      lw === 'yesterday' ||
      (lw === 'ago' && i > from)
    )
      when = true
  }
  if (when) {
    score += 0.1
    reasons.push('a time reference')
  }
  if (opinion) {
    score -= Math.min(quantity || list ? 0.2 : 0.4, opinion * 0.2 * Math.min(1, 15 / Math.max(1, words)))
    reasons.push('opinion words')
  }
  if (modal) score -= 0.1
  // Unquoted first person is an interview transcript or a columnist, rarely a checkable report.
  // "I", "we", "you" speak of the speaker's own view or experience; "our results" can still be a fact about a firm.
  if (firstPerson) score -= 0.15
  else if (possessive1p) score -= 0.05
  if (words < 6) score -= 0.3
  return { score, reasons, quantity, list, comparison, event }
}

/** How strongly an amount marks a claim: money and percentages most, spans of time least. */
function quantityWeight(tokens: Token[], x: { from: number; to: number }): number {
  let w = x.to - x.from
  for (let i = x.from; i < x.to; i++) {
    const lw = tokens[i]!.lw
    if (
      lw === '%' ||
      lw === '$' ||
      lw === '£' ||
      lw === '€' ||
      lw === 'cent' ||
      /^\p{N}[\p{N}.,]*(?:bn|m|k|p)$/u.test(lw) ||
      lw === 'million' ||
      lw === 'billion'
    )
      w += 10
    if (lw === 'years' || lw === 'months' || lw === 'weeks' || lw === 'days') w -= 5
  }
  return w
}

/** Picks the most checkable span of tokens [from, to) and its kind. */
export function pickSpan(tokens: Token[], from: number, to: number, quoted: boolean): SpanPick | null {
  const facts = regionFacts(tokens, from, to)
  const s = scoreFacts(tokens, from, to, quoted, facts)
  const quants = facts.quantities
  const real = quants.filter((x) => !x.date)
  const list = facts.names ?? (real.length ? null : facts.things)
  if (list && (!real.length || list.to - list.from >= 4)) {
    return { ...list, region: { from, to }, kind: 'list', score: s.score, reasons: s.reasons }
  }
  if (real.length) {
    const best = real.reduce((a, b) => (quantityWeight(tokens, b) > quantityWeight(tokens, a) ? b : a))
    // The comparison has to bear on the amount: "rose 8% to £4bn", "the biggest loss since 1981", "twice as many".
    const compares = comparesIn(tokens, Math.max(from, best.from - 3), Math.min(to, best.to + 3)) || multiplies(tokens, from, to)
    return {
      from: best.from,
      to: best.to,
      region: { from, to },
      kind: compares ? 'comparison' : 'quantity',
      score: s.score,
      reasons: s.reasons,
    }
  }
  const clause = clauseSpan(tokens, from, to)
  if (!clause) return null
  const kind: ClaimKind = quoted
    ? 'quote'
    : comparesIn(tokens, clause.from, clause.to)
      ? 'comparison'
      : s.event || quants.length
        ? 'event'
        : 'statement'
  return { ...clause, region: { from, to }, kind, score: s.score, reasons: s.reasons }
}
