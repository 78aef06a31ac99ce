import * as v from 'valibot'
import { type Appearance, AppearanceSchema, type Claim, type ClaimSummary } from '../../schemas/claim'
import { priorVerdict, withAppearances } from '../model/appearance-projection'
import { appearanceKey, appearancePrefix, linkKey } from '../store/keys'
import { parseRecord, withTimeout } from '../store/kv'
import { summarize } from '../store/metadata'
import type { ClaimStore } from '../store/store'
import { articleOfClaim } from '../model/ids'

/** Appearances served per page of `GET /api/claims/:id/appearances`. */
export const APPEARANCE_PAGE = 20

export interface AppearancePage {
  appearances: Appearance[]
  /** The KV cursor of the next page, or null at the end. */
  cursor: string | null
}

/**
 * The appearances of claims, beside the claims themselves. A claim found in one sentence only
 * keeps that appearance in its record; once it has more, each appearance also gets its own key
 * (`v1:appearance:<claimId>:<appearanceId>`, listed by prefix, so a claim repeated by a thousand
 * articles stays a bounded record) and each sentence that is not the claim's own a link
 * (`v1:link:<appearanceId>` → claim), so its article finds it again and re-posting it changes nothing.
 */
export class AppearanceStore {
  constructor(private readonly claims: ClaimStore) {}

  private get kv(): KVNamespace {
    return this.claims.kv
  }

  /** Writes the keys of appearances of a claim: the record that its embedded list projects. */
  async record(claim: Claim, appearances: readonly Appearance[] = claim.appearances): Promise<void> {
    await Promise.all(
      appearances.flatMap((appearance) => [
        withTimeout(() => this.kv.put(appearanceKey(claim.id, appearance.id), JSON.stringify(appearance)), 'writing an appearance'),
        ...(appearance.id === claim.id
          ? []
          : [
              withTimeout(
                () => this.kv.put(linkKey(appearance.id), JSON.stringify({ claimId: claim.id }), { metadata: { claimId: claim.id } }),
                'writing a link',
              ),
            ]),
      ]),
    )
  }

  /**
   * Attaches sentences of another article to a stored claim, flagged with the verdict the claim
   * already has ("already checked: refuted on …"). The appearance and link keys are written
   * before the claim, so an interrupted attach is never lost: the sentence stays linked. The
   * claim's own sentence gets its key too, the first time it has company. Reviews are untouched.
   */
  async attach(claimId: string, appearances: readonly Appearance[]): Promise<Claim | null> {
    const claim = await this.claims.getClaim(claimId)
    if (claim === null) return null
    const alreadyChecked = priorVerdict(claim)
    const now = new Date().toISOString()
    const arriving = appearances.map((appearance) => ({ ...appearance, addedAt: now, alreadyChecked }))
    const own = claim.appearances.find((appearance) => appearance.id === claim.id)
    await this.record(claim, claim.appearanceCount <= 1 && own !== undefined ? [own, ...arriving] : arriving)
    return this.claims.updateClaim(claimId, (current) => ({ ...withAppearances(current, arriving), lastAppearanceAt: now }))
  }

  /** Removes an appearance from a claim's keys and its sentence's link (a split); the caller rewrites the claim. */
  async remove(claimId: string, appearanceId: string): Promise<void> {
    await withTimeout(() => this.kv.delete(appearanceKey(claimId, appearanceId)), 'deleting an appearance')
    if (appearanceId !== claimId) await withTimeout(() => this.kv.delete(linkKey(appearanceId)), 'deleting a link')
  }

  /** One appearance of a claim, from its key or, for a claim with one sentence, from the record. */
  async get(claim: Claim, appearanceId: string): Promise<Appearance | null> {
    return (await this.getKey(claim.id, appearanceId)) ?? claim.appearances.find((appearance) => appearance.id === appearanceId) ?? null
  }

  /** The appearance stored under its own key, or null. */
  async getKey(claimId: string, appearanceId: string): Promise<Appearance | null> {
    const key = appearanceKey(claimId, appearanceId)
    const value = await withTimeout(() => this.kv.get(key, 'json'), 'reading an appearance')
    return value === null ? null : parseRecord(AppearanceSchema, key, value)
  }

  /**
   * One page of a claim's appearances in id order (article, then sentence): one list and at most
   * APPEARANCE_PAGE reads. A claim whose appearances all fit in its record is served from it.
   */
  async page(claim: Claim, cursor: string | null, limit = APPEARANCE_PAGE): Promise<AppearancePage> {
    const page = await withTimeout(() => this.kv.list({ prefix: appearancePrefix(claim.id), cursor, limit }), 'listing appearances')
    if (cursor === null && page.keys.length === 0) return { appearances: claim.appearances, cursor: null }
    const read = await Promise.all(
      page.keys.map(async ({ name }) => {
        const value = await withTimeout(() => this.kv.get(name, 'json'), 'reading an appearance')
        const result = v.safeParse(AppearanceSchema, value)
        if (value !== null && !result.success) console.error(JSON.stringify({ event: 'corrupt-record', key: name }))
        return result.success ? result.output : null
      }),
    )
    return { appearances: read.filter((appearance) => appearance !== null), cursor: page.list_complete ? null : page.cursor }
  }
}

/** One highlighted sentence of an article page: where it is and the claim it belongs to. */
export interface ArticleAppearance {
  id: string
  claimId: string
  span: string
  offsets: Appearance['offsets']
  speaker: string | null
  status: Claim['status']
}

/**
 * Every sentence of an article that makes a claim: its own claims (from list metadata) and the
 * sentences linked to a claim (a restatement, a copy, a merge), each read from its appearance
 * key with its claim's status. The reads grow with the article, never with the store.
 */
export async function articleAppearances(claims: ClaimStore, articleId: string): Promise<ArticleAppearance[]> {
  const [own, links] = await Promise.all([claims.listOwnClaims(articleId), claims.listLinks(articleId)])
  const statuses = new Map<string, Promise<Claim['status'] | null>>(own.map((summary) => [summary.id, Promise.resolve(summary.status)]))
  const statusOf = (id: string) => {
    if (!statuses.has(id))
      statuses.set(
        id,
        claims.getClaim(id).then((claim) => claim?.status ?? null),
      )
    return statuses.get(id)!
  }
  const store = new AppearanceStore(claims)
  const linked = await Promise.all(
    [...links].map(async ([appearanceId, claimId]) => {
      const status = await statusOf(claimId)
      const appearance = status === null ? null : await store.getKey(claimId, appearanceId)
      if (status === null || appearance === null) return null
      const { span, offsets, attribution } = appearance
      return { id: appearanceId, claimId, span, offsets, speaker: attribution.speaker, status }
    }),
  )
  const mine = own.map(({ id, span, offsets, speaker, status }) => ({ id, claimId: id, span, offsets, speaker, status }))
  return [...mine, ...linked.filter((entry) => entry !== null)].sort((a, b) => a.offsets.start - b.offsets.start)
}

/**
 * Every claim that appears in one article, in reading order: its own claims, and claims first
 * found elsewhere that it repeats, each shown as it appears here (this article's sentence, span,
 * offsets and speaker; the claim's id, article and status). Reads one claim per repeated claim,
 * so the cost grows with the article, never with the store.
 */
export async function articleClaims(claims: ClaimStore, articleId: string): Promise<ClaimSummary[]> {
  const [own, links] = await Promise.all([claims.listOwnClaims(articleId), claims.listLinks(articleId)])
  const linked = new Map<string, string[]>()
  for (const [appearance, target] of links) {
    if (articleOfClaim(target) !== articleId) linked.set(target, [...(linked.get(target) ?? []), appearance])
  }
  const targets = await claims.versioned([...linked.keys()])
  const repeated = await Promise.all(
    targets.map(async ({ claim }) => {
      const appearances = linked.get(claim.id) ?? []
      const here =
        claim.appearances.find((appearance) => appearances.includes(appearance.id)) ??
        (await claims.getAppearance(claim.id, appearances[0] ?? ''))
      return here === null
        ? null
        : summarize({ ...claim, text: here.text, span: here.span, offsets: here.offsets, attribution: here.attribution })
    }),
  )
  return [...own, ...repeated.filter((summary) => summary !== null)].sort((a, b) => a.offsets.start - b.offsets.start)
}
