import type { ActivityType } from '../../schemas/activity'
import { OUTLET } from '../extract/claim'
import type { Article } from '../../schemas/article'
import { type Attribution, type Claim, type ExtractedClaim, HUMAN_RULE } from '../../schemas/claim'
import type { ClaimAddInput, ClaimEditInput } from '../../schemas/editing'
import { ActivityLog } from './activity'
import { appearanceOf } from '../model/appearance-projection'
import { AppearanceStore } from './appearances'
import { applyEdits, correctedAttribution, describeEdit, editedAppearance, EditInputError, locateSpan, freshClaim } from './claim-edits'
import { articleSentences, claimKind } from '../extract'
import type { SentenceSpan } from '../extract/sentences'
import { claimId } from '../model/ids'
import { Matcher } from './matcher'
import { type ClaimStore, StorageUnavailableError, WriteConflictError } from '../store/store'

/** The change cannot be made as asked (the sentence already is a claim): 409. */
export class EditConflictError extends Error {
  override name = 'EditConflictError'
}

/** The claim after a member's request, and whether it changed anything (a repeat changes nothing and logs nothing). */
export interface EditResult {
  claim: Claim
  changed: boolean
}

/** Who a claim added by hand is credited to unless the member says: the outlet, in its own voice. */
const OUTLET_VOICE: Attribution = { ...OUTLET, rule: HUMAN_RULE, confidence: 1 }

const shorten = (value: string, length = 80) => (value.length <= length ? value : `${value.slice(0, length - 1)}…`)

/** The sentence of the article a member chose: by the offset it starts at, or by a quote from inside it. */
function chooseSentence(text: string, input: ClaimAddInput): SentenceSpan {
  const sentences = articleSentences(text)
  const { quote } = input
  if (quote === undefined) {
    const found = sentences.find((sentence) => sentence.start === input.sentenceStart)
    if (found === undefined) throw new EditInputError('sentenceStart', `no sentence of the article body starts at ${input.sentenceStart}`)
    return found
  }
  const at = text.indexOf(quote)
  if (at === -1) throw new EditInputError('quote', 'quote does not occur in the article: copy it from the text exactly')
  if (text.indexOf(quote, at + 1) !== -1)
    throw new EditInputError('quote', 'quote occurs more than once in the article: quote more of the sentence, or give sentenceStart')
  const found = sentences.find((sentence) => sentence.start <= at && at + quote.length <= sentence.end)
  if (found === undefined)
    throw new EditInputError('quote', 'quote must lie inside one sentence of the article body, not across sentences or in the headline')
  return found
}

/**
 * What members change about claims by hand: a corrected span or attribution, a claim the
 * extractor missed, a dismissal, an assignment. Each goes through the claim's one record, so it
 * costs a fixed number of KV operations, and each change is an event in the activity log.
 */
export class ClaimEditing {
  private readonly log: ActivityLog

  constructor(private readonly claims: ClaimStore) {
    this.log = new ActivityLog(claims.kv)
  }

  /**
   * Rewrites the claim through `change` and records what changed in the activity log. A change
   * that leaves the claim as it is writes and records nothing. Null when no claim has the id.
   */
  private async change(
    id: string,
    by: string,
    type: ActivityType,
    change: (claim: Claim, at: string) => Claim,
    describe: (before: Claim, after: Claim) => string,
  ): Promise<EditResult | null> {
    const at = new Date().toISOString()
    const seen: { before?: Claim } = {}
    const after = await this.claims.updateClaim(id, (current) => {
      seen.before ??= current
      const next = change(current, at)
      return JSON.stringify(next) === JSON.stringify(current) ? current : { ...next, updatedAt: at }
    })
    if (after === null || seen.before === undefined) return null
    const changed = after !== seen.before
    if (changed) await this.log.record(type, id, by, describe(seen.before, after))
    return { claim: after, changed }
  }

  /** Corrects a claim's span (text of its sentence) and attribution; kept over every later extraction. */
  async edit(id: string, input: ClaimEditInput, by: string): Promise<EditResult | null> {
    const result = await this.change(
      id,
      by,
      'edit',
      (claim, at) => {
        let edits = { ...claim.edited, by, at }
        if (input.span !== undefined) {
          const offsets = locateSpan(claim.text, claim.sentenceOffsets.start, input.span)
          if (offsets === null) throw new EditInputError('span', "span must be text of the claim's sentence, exactly as published")
          edits = { ...edits, span: input.span, offsets }
        }
        if (input.attribution !== undefined) edits = { ...edits, attribution: correctedAttribution(claim.attribution, input.attribution) }
        const next = applyEdits({ ...claim, edited: edits })
        return describeEdit(claim, next) === '' ? claim : next
      },
      describeEdit,
    )
    if (result?.changed && result.claim.appearanceCount > 1) await this.recordOwnAppearance(result.claim)
    return result
  }

  /** A claim with company keeps its own sentence under an appearance key too: it carries the correction. */
  private async recordOwnAppearance(claim: Claim): Promise<void> {
    const appearances = new AppearanceStore(this.claims)
    const own = claim.appearances.find((appearance) => appearance.id === claim.id) ?? (await appearances.getKey(claim.id, claim.id))
    if (own !== null) await appearances.record(claim, [editedAppearance(claim, own)])
  }

  /**
   * Adds a claim the extractor missed: a sentence of the article and the checkable part of it,
   * credited as the member says or to the outlet. Its id is its sentence's, as an extracted
   * claim's would be, and its fields are kept as edits, so re-posting the article keeps it as
   * given. Null when no article has the id.
   */
  async add(articleId: string, input: ClaimAddInput, by: string): Promise<EditResult | null> {
    const entry = await this.claims.getArticleEntry(articleId)
    if (entry === null) return null
    const { article } = entry
    const sentence = chooseSentence(article.text, input)
    const id = claimId(article.id, sentence.start)
    const [existing, linked] = await Promise.all([this.claims.getClaim(id), this.claims.linkTarget(id)])
    if (existing !== null) throw new EditConflictError(`this sentence is already claim ${id}`)
    if (linked !== null) throw new EditConflictError(`this sentence is already an appearance of claim ${linked}`)
    const text = article.text.slice(sentence.start, sentence.end)
    const span = input.span ?? input.quote ?? text
    const offsets = locateSpan(text, sentence.start, span)
    if (offsets === null) throw new EditInputError('span', 'span must be text of the chosen sentence, exactly as published')
    const attribution = correctedAttribution(OUTLET_VOICE, input.attribution ?? {})
    const at = new Date().toISOString()
    const fields: ExtractedClaim = {
      text,
      span,
      kind: claimKind(article.text, offsets.start, offsets.end),
      offsets,
      sentenceOffsets: { start: sentence.start, end: sentence.end },
      checkworthiness: { score: 1, reason: `Added by ${by}: the extractor missed it` },
      attribution: { ...attribution, rule: HUMAN_RULE, confidence: 1 },
    }
    const source = { outlet: article.outlet, title: article.title, publishedAt: article.publishedAt, url: article.url }
    let claim: Claim
    try {
      claim = await this.claims.createClaim({
        ...freshClaim(id, article.id, fields, source, at, [
          appearanceOf(article.id, fields, source, { match: 'extracted', similarity: 1, addedAt: at }),
        ]),
        edited: { span, offsets, attribution, by, at },
        added: { by, at },
      })
    } catch (error) {
      // The ledger refuses to create a claim that exists: another member just added this sentence.
      if (error instanceof WriteConflictError) throw new EditConflictError('another member added this sentence as a claim a moment ago')
      throw error
    }
    await Promise.all([
      this.countAddedClaim(entry),
      // Filed like a claim split off: later copies of it in other articles find it.
      new Matcher(this.claims).file([claim]),
      this.log.record('add', id, by, `added "${shorten(span)}", credited to ${attribution.speaker ?? 'the outlet'}`),
    ])
    return { claim, changed: true }
  }

  /** The article's list entry counts the added claim; a refused write is corrected by the article's next save. */
  private async countAddedClaim({ article, claimCount }: { article: Article; claimCount: number }): Promise<void> {
    try {
      await this.claims.putArticle(article, claimCount + 1)
    } catch (error) {
      if (!(error instanceof StorageUnavailableError && error.rateLimited)) throw error
      console.error(JSON.stringify({ event: 'article-count-not-written', articleId: article.id }))
    }
  }

  /** Takes a claim out of the queue as not check-worthy; its reviews and history stay. */
  async dismiss(id: string, reason: string | null, by: string): Promise<EditResult | null> {
    return this.change(
      id,
      by,
      'dismiss',
      (claim, at) => (claim.dismissed !== null ? claim : { ...claim, dismissed: { by, at, reason } }),
      (_, after) => `dismissed: no → yes${after.dismissed?.reason == null ? '' : ` (${shorten(after.dismissed.reason, 160)})`}`,
    )
  }

  /** Puts a dismissed claim back in the queue. */
  async restore(id: string, by: string): Promise<EditResult | null> {
    return this.change(
      id,
      by,
      'dismiss',
      (claim) => (claim.dismissed === null ? claim : { ...claim, dismissed: null }),
      () => 'dismissed: yes → no (back in the queue)',
    )
  }

  /** Assigns the claim to a desk member, or unassigns it (`name` null). */
  async assign(id: string, name: string | null, by: string, members: readonly string[]): Promise<EditResult | null> {
    if (name !== null && !members.includes(name)) throw new EditInputError('name', 'name is not a desk member (a name in REVIEWER_TOKENS)')
    return this.change(
      id,
      by,
      'assign',
      (claim) => (claim.assignee === name ? claim : { ...claim, assignee: name }),
      (before, after) => `assignee: ${before.assignee ?? 'null'} → ${after.assignee ?? 'null'}`,
    )
  }
}
