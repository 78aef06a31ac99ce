// Speech verbs that also take a plain object: when the words after one are an object ("agreed a deal", "wrote the
// screenplay", "found him guilty"), the outlet reports an act and nobody is credited with a statement.
import { MODALS } from '../../checkworthy/words'
import { CLAUSE_STARTERS, CLAUSE_VERBS, DOCUMENT_NOUNS, SPEECH_VERBS, VERDICT_WORDS } from '../../lexicon'
import { isQuoteMark, type Token } from '../../tokens'
import { FINITE, OBJECT_DETS, PRONOUNS_PERSON, SUBJECTS } from '../grammar-words'
import { authoredDocumentAt, propositionAfter } from '../phrases'
import { OBJECT_VERBS } from '../speech-words'

/** Does the verb at `v` (its subject ending at token `j`) take a plain object here, not a statement? */
/**
 * "insisted spending per pupil had doubled", "denied reports that she had …", "warned last week that …": a clause
 * follows within a few words — not "claimed responsibility for the attack", "comments and reviews were".
 */
function bareSubjectClause(t: Token[], from: number): boolean {
  const first = t[from]
  // "The party's declared aims are": after a possessive the word is an adjective, not a verb.
  if (!first?.word || first.cap || /['’]s$/.test(t[from - 2]?.w ?? '') || NOT_A_SUBJECT.has(first.lw)) return false
  // "the economics think tank said": a noun compound, then the sentence's own speech verb.
  if (SPEECH_VERBS.has(t[from + 1]?.lw ?? '')) return false
  for (let k = from; k < t.length && k <= from + 5; k++) {
    const x = t[k]!
    if (!x.word || x.cap || NOT_A_CLAUSE.has(x.lw)) return false
    if (k === from) continue
    if (x.lw === 'that' || FINITE.has(x.lw)) return true
    if (SUBJECTS.has(x.lw) && x.lw !== 'the' && t[k + 1]?.word && !t[k + 1]!.cap) return true
  }
  return false
}

/** "denied supplying weapons": a denial of an act, in the past tense (the present is a plea in court). */
export function deniesDoing(t: Token[], v: number): boolean {
  return t[v]?.lw === 'denied' && /^\p{Ll}{3,}ing$/u.test(t[v + 1]?.w ?? '')
}

/** Words that show the object goes on as a noun phrase: "comments and reviews", "comments such as his". */
const NOT_A_CLAUSE = new Set(['and', 'or', 'such', 'as', 'with', 'which', 'who'])
/** First words after the verb that begin no subject: "hopes to have", "responds by", "found out", "find enough". */
const NOT_A_SUBJECT = new Set(['to', 'by', 'against', 'out', 'from', 'on', 'about', 'for', 'of', 'in', 'at', 'enough', 'here', 'up'])

/** "Data released by the statistics office": a document, a participle and "by" its author, ending at `j`. */
function authoredDocumentBefore(t: Token[], j: number): boolean {
  for (let by = j - 1; by >= 2 && by >= j - 8; by--) if (authoredDocumentAt(t, by)) return true
  return false
}

export function takesPlainObject(t: Token[], v: number, j: number): boolean {
  const verb = t[v]!
  const after = t[v + 1]
  // "has repeatedly denied supplying weapons": a denial the source made — but "Mr Jackson denies plying a boy with
  // alcohol" is a plea the outlet reports.
  if (deniesDoing(t, v)) return false
  // "argued against": a bare object is not a reported statement.
  // '"…," Justice Raymond Okafor wrote for the majority': the speaker's words just before, however long the name.
  let named = j
  while (named > 0 && j - named < 6 && t[named - 1]!.word) named--
  const afterQuote =
    j >= 0 &&
    (isQuoteMark(t[j - 1]) ||
      isQuoteMark(t[j - 2]) ||
      isQuoteMark(t[j - 3]) ||
      isQuoteMark(t[named - 1]) ||
      (t[named - 1]?.w === ',' && isQuoteMark(t[named - 2])))
  // "indicated to journalists that …", "confirmed to reporters that …": the listener, then the statement.
  const toListener = after?.lw === 'to' && t.slice(v + 2, v + 8).some((x) => x.lw === 'that')
  // "Analysts expect exports to grow 4%": what is expected, as an infinitive.
  const expectation =
    ['expect', 'expects', 'expected'].includes(verb.lw) && after?.lw !== 'to' && t.slice(v + 2, v + 6).some((x) => x.lw === 'to')
  // "A poll showed support at 38 percent", "Data released by the statistics office showed unemployment fell": what a
  // document shows can be a plain object.
  const documentShows =
    ['showed', 'shows', 'show', 'found', 'finds'].includes(verb.lw) &&
    (t.slice(Math.max(0, j - 3), j + 1).some((x) => DOCUMENT_NOUNS.has(x.lw)) || authoredDocumentBefore(t, j))
  // "The rebels claimed to have captured the town": what is claimed, as an infinitive — not "Wales could
  // legitimately claim to have had victory", the outlet's own view.
  const modal = [t[v - 1]?.lw, t[v - 2]?.lw].some((w) => w !== undefined && MODALS.has(w))
  const claimedTo = /^claim(?:s|ed)?$/.test(verb.lw) && after?.lw === 'to' && (t[v + 2]?.lw === 'have' || t[v + 2]?.lw === 'be') && !modal
  if (
    CLAUSE_VERBS.has(verb.lw) &&
    after &&
    !afterQuote &&
    !toListener &&
    !claimedTo &&
    !documentShows &&
    !expectation &&
    // A ruling stays the outlet's report of a fact, as the labels have it: "Law Lords ruled last month that …".
    !(bareSubjectClause(t, v + 1) && verb.lw !== 'ruled' && verb.lw !== 'rules') &&
    after.w !== '.' &&
    !(CLAUSE_STARTERS.has(after.lw) || after.cap || isQuoteMark(after) || after.w === ':' || after.w === ',' || after.numeric)
  )
    return true
  // "The court found him guilty": a verdict the outlet reports, not a finding someone states.
  if (
    (verb.lw === 'found' || verb.lw === 'finds') &&
    t.slice(v + 1, v + 7).some((x) => VERDICT_WORDS.has(x.lw)) &&
    !t.slice(v + 1, v + 7).some((x) => x.lw === 'that')
  )
    return true
  // "has agreed a contract", "maintained the momentum": an object, not a statement, unless a clause follows.
  if (OBJECT_VERBS.has(verb.lw) && after && !afterQuote && OBJECT_DETS.has(after.lw) && !propositionAfter(t, v + 1)) return true
  if ((verb.lw === 'pointed' || verb.lw === 'points') && after?.lw !== 'out') return true
  // "have agreed in principle to a truce": an agreement the outlet reports; "agreed that …" states something.
  if (
    (verb.lw === 'agreed' || verb.lw === 'agrees') &&
    after &&
    !(after.lw === 'that' || after.w === ':' || isQuoteMark(after) || after.w === ',' || after.w === '.')
  )
    return true
  // "Adams wrote the screenplay": a work, not a statement; "wrote in the Times that …", "wrote: "…"" are, and so is
  // '"…," wrote the spokesman'.
  const inverted = isQuoteMark(t[v - 1]) || (t[v - 1]?.w === ',' && isQuoteMark(t[v - 2]))
  if (
    (verb.lw === 'wrote' || verb.lw === 'writes') &&
    after &&
    !inverted &&
    !afterQuote &&
    !(
      after.lw === 'that' ||
      after.lw === 'in' ||
      after.lw === 'on' ||
      after.lw === 'to' ||
      PRONOUNS_PERSON.has(after.lw) ||
      after.lw === 'they' ||
      after.lw === 'it' ||
      after.w === ':' ||
      after.w === ',' ||
      after.w === '.' ||
      isQuoteMark(after)
    )
  )
    return true
  return false
}
