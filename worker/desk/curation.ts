import * as v from 'valibot'
import type { Appearance, AppearanceMatch, Claim } from '../../schemas/claim'
import { type CurationEvent, CurationEventSchema, type Suggestion, SuggestionSchema } from '../../schemas/curation'
import { APPEARANCE_PAGE, AppearanceStore } from './appearances'
import { freshClaim } from './claim-edits'
import { Matcher } from './matcher'
import type { Candidate } from '../matching/decide'
import { wordSimilarity } from '../matching/compare'
import { claimFeatures } from '../matching/features'
import { appearanceKey, eventPrefix, suggestionKey, suggestionPrefix } from '../store/keys'
import { parseRecord, withTimeout } from '../store/kv'
import type { ClaimStore } from '../store/store'

/** A merge moves at most this many appearances and reviews, so it stays one bounded request. */
export const MAX_MERGED_APPEARANCES = 100
export const MAX_MERGED_REVIEWS = 100
/** Suggestions one new article may leave (two writes each), most similar first. */
export const MAX_SUGGESTIONS_PER_ARTICLE = 40
/** Suggestions and events served per claim. */
export const CURATION_PAGE = 50

/** The change cannot be made as asked (a claim into itself, its own sentence, too large): 409. */
export class CurationConflictError extends Error {
  override name = 'CurationConflictError'
}

const shorten = (text: string, length = 300) => (text.length <= length ? text : `${text.slice(0, length - 1)}…`)

function eventId(at: string): string {
  return `${Date.parse(at).toString(36).padStart(9, '0')}-${crypto.randomUUID().slice(0, 8)}`
}

/** What reviewers decide about grouping: suggested matches, merges and splits, each recorded as an event. */
export class Curation {
  private readonly appearances: AppearanceStore

  constructor(private readonly claims: ClaimStore) {
    this.appearances = new AppearanceStore(claims)
  }

  private get kv(): KVNamespace {
    return this.claims.kv
  }

  /** Keeps the suggestions matching found for new claims, under both claims of each pair, in list metadata. */
  async propose(items: readonly { claim: Claim; candidates: readonly Candidate[] }[]): Promise<void> {
    const pairs = items
      .flatMap(({ claim, candidates }) => candidates.map((candidate) => ({ claim, candidate })))
      .sort((a, b) => b.candidate.similarity - a.candidate.similarity)
      .slice(0, MAX_SUGGESTIONS_PER_ARTICLE)
    const createdAt = new Date().toISOString()
    await Promise.all(
      pairs.flatMap(({ claim, candidate }) => {
        const common = { proposedFor: claim.id, similarity: candidate.similarity, createdAt, decision: null }
        return [
          this.putSuggestion({ ...common, claimId: claim.id, otherId: candidate.claimId, otherText: shorten(candidate.text) }),
          this.putSuggestion({ ...common, claimId: candidate.claimId, otherId: claim.id, otherText: shorten(claim.text) }),
        ]
      }),
    )
  }

  private async putSuggestion(suggestion: Suggestion): Promise<void> {
    const key = suggestionKey(suggestion.claimId, suggestion.otherId)
    this.claims.written.claims.add(suggestion.claimId)
    await withTimeout(() => this.kv.put(key, JSON.stringify(suggestion), { metadata: suggestion }), 'writing a suggestion')
  }

  /** A claim's suggestions, undecided first, from one list call. */
  async suggestions(claimId: string): Promise<Suggestion[]> {
    const page = await withTimeout(() => this.kv.list({ prefix: suggestionPrefix(claimId), limit: CURATION_PAGE }), 'listing suggestions')
    const suggestions = page.keys.flatMap((key) => {
      const result = v.safeParse(SuggestionSchema, key.metadata)
      return result.success ? [result.output] : []
    })
    return suggestions.sort((a, b) => Number(a.decision !== null) - Number(b.decision !== null) || b.similarity - a.similarity)
  }

  /**
   * Records a reviewer's decision on a suggestion. Confirming merges the claim it was made for
   * into the other (its reviews are kept on both). Deciding again the same way changes nothing;
   * null when there is no such suggestion.
   */
  async decide(
    claimId: string,
    otherId: string,
    outcome: 'confirmed' | 'rejected',
    reviewer: string,
  ): Promise<{ suggestion: Suggestion; claim: Claim | null } | null> {
    const key = suggestionKey(claimId, otherId)
    const value = await withTimeout(() => this.kv.get(key, 'json'), 'reading a suggestion')
    if (value === null) return null
    const suggestion = parseRecord(SuggestionSchema, key, value)
    const [from, to] = suggestion.proposedFor === claimId ? [claimId, otherId] : [otherId, claimId]
    if (suggestion.decision !== null) {
      if (suggestion.decision.outcome !== outcome)
        throw new CurationConflictError(`this suggestion was already ${suggestion.decision.outcome} by ${suggestion.decision.reviewer}`)
      return { suggestion, claim: await this.claims.getClaim(outcome === 'confirmed' ? to : claimId) }
    }
    const claim = outcome === 'confirmed' ? await this.merge(from, to, reviewer, 'confirmed') : await this.claims.getClaim(claimId)
    const decision = { outcome, reviewer, at: new Date().toISOString() }
    const reverse = suggestionKey(otherId, claimId)
    const reverseValue = await withTimeout(() => this.kv.get(reverse, 'json'), 'reading a suggestion')
    await Promise.all([
      this.putSuggestion({ ...suggestion, decision }),
      ...(reverseValue === null ? [] : [this.putSuggestion({ ...parseRecord(SuggestionSchema, reverse, reverseValue), decision })]),
      ...(outcome === 'rejected' ? [this.record('reject', from, to, null, reviewer)] : []),
    ])
    return { suggestion: { ...suggestion, decision }, claim }
  }

  /**
   * Merges claim `from` into claim `to`: every appearance of `from` becomes one of `to`, its
   * reviews are copied to `to` (the originals stay, so no review is lost), and `from` is removed,
   * its sentence linked to `to` so that re-posting its article keeps the merge. Null when either
   * claim does not exist.
   */
  async merge(fromId: string, toId: string, reviewer: string, match: AppearanceMatch = 'merged'): Promise<Claim | null> {
    if (fromId === toId) throw new CurationConflictError('a claim cannot be merged into itself')
    const [from, to] = await Promise.all([this.claims.getClaim(fromId), this.claims.getClaim(toId)])
    if (from === null || to === null) return null
    if (from.appearanceCount > MAX_MERGED_APPEARANCES)
      throw new CurationConflictError(`a claim with more than ${MAX_MERGED_APPEARANCES} appearances cannot be merged`)
    if (from.reviewCount > MAX_MERGED_REVIEWS)
      throw new CurationConflictError(`a claim with more than ${MAX_MERGED_REVIEWS} reviews cannot be merged`)
    const moving = await this.allAppearances(from)
    const similarity = wordSimilarity(claimFeatures(from.text, from.attribution), claimFeatures(to.text, to.attribution))
    await this.claims.copyReviews((await this.claims.reviewPage(fromId, MAX_MERGED_REVIEWS)).items, toId)
    const merged = await this.appearances.attach(
      toId,
      moving.map((appearance) => ({
        ...appearance,
        match: appearance.id === fromId ? match : appearance.match,
        similarity: appearance.id === fromId ? similarity : appearance.similarity,
      })),
    )
    await Promise.all(
      moving.map((appearance) => withTimeout(() => this.kv.delete(appearanceKey(fromId, appearance.id)), 'deleting an appearance')),
    )
    await this.claims.deleteClaim(fromId)
    await this.record(match === 'confirmed' ? 'confirm' : 'merge', fromId, toId, null, reviewer)
    return merged
  }

  private async allAppearances(claim: Claim): Promise<Appearance[]> {
    const out: Appearance[] = []
    let cursor: string | null = null
    do {
      const page = await this.appearances.page(claim, cursor, APPEARANCE_PAGE)
      out.push(...page.appearances)
      cursor = page.cursor
    } while (cursor !== null)
    return out
  }

  /**
   * Splits one appearance off a claim into a claim of its own, with the id its sentence has
   * (and the reviews it had, if it was a claim merged in before). The claim keeps its reviews.
   * Null when the claim or the appearance does not exist.
   */
  async split(claimId: string, appearanceId: string, reviewer: string): Promise<{ claim: Claim; split: Claim } | null> {
    if (appearanceId === claimId) throw new CurationConflictError("a claim's own sentence stays with it: split off its other appearances")
    const claim = await this.claims.getClaim(claimId)
    if (claim === null) return null
    const appearance = await this.appearances.get(claim, appearanceId)
    if (appearance === null) return null
    if ((await this.claims.getClaim(appearanceId)) !== null) throw new CurationConflictError('this sentence is already a claim of its own')
    const now = new Date().toISOString()
    const {
      id,
      articleId,
      source,
      match: _match,
      similarity: _similarity,
      addedAt: _addedAt,
      alreadyChecked: _checked,
      ...fields
    } = appearance
    const split = await this.claims.createClaim(
      freshClaim(id, articleId, fields, source, now, [{ ...appearance, match: 'extracted', similarity: 1, alreadyChecked: null }]),
    )
    await this.appearances.remove(claimId, appearanceId)
    const rest = await this.claims.updateClaim(claimId, (current) => ({
      ...current,
      appearances: current.appearances.filter((other) => other.id !== appearanceId),
      appearanceCount: Math.max(1, current.appearanceCount - 1),
    }))
    await new Matcher(this.claims).file([split])
    await this.record('split', claimId, appearanceId, appearanceId, reviewer)
    return { claim: rest ?? claim, split }
  }

  /** Writes an event under both claims it concerns. */
  private async record(
    kind: CurationEvent['kind'],
    from: string,
    to: string,
    appearanceId: string | null,
    reviewer: string,
  ): Promise<void> {
    const at = new Date().toISOString()
    const event: CurationEvent = { id: eventId(at), kind, from, to, appearanceId, reviewer, at }
    for (const claim of [from, to]) this.claims.written.claims.add(claim)
    await Promise.all(
      [from, to].map((claim) =>
        withTimeout(() => this.kv.put(`${eventPrefix(claim)}${event.id}`, JSON.stringify(event), { metadata: event }), 'writing an event'),
      ),
    )
  }

  /** The first CURATION_PAGE events of a claim, oldest first, from one list call. */
  async events(claimId: string): Promise<CurationEvent[]> {
    const page = await withTimeout(() => this.kv.list({ prefix: eventPrefix(claimId), limit: CURATION_PAGE }), 'listing events')
    return page.keys.flatMap((key) => {
      const result = v.safeParse(CurationEventSchema, key.metadata)
      return result.success ? [result.output] : []
    })
  }
}
