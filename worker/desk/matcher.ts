import * as v from 'valibot'
import type { Claim, ExtractedClaim } from '../../schemas/claim'
import { IdSchema } from '../../schemas/common'
import type { ClaimGroup } from '../matching/restatements'
import { type Decision, decide, fileInto, type SignatureEntry } from '../matching/decide'
import { type ClaimFeatures, claimFeatures } from '../matching/features'
import { signatures } from '../matching/signatures'
import { signatureKey } from '../store/keys'
import { parseRecord, StorageUnavailableError, withTimeout } from '../store/kv'
import type { ClaimStore } from '../store/store'

/**
 * Claims of one article matched against the store: each costs at most BANDS + 2 reads (its
 * signature buckets) and as many writes (filing it), so an article stays within the Workers
 * limit of 1,000 KV operations. Past this many, its least check-worthy claims are stored unmatched.
 * Bucket size and the number of suggestions are in matching/decide.ts.
 */
export const MAX_MATCHED_CLAIMS = 40
/** An appearance filed under a signature (the stored form of SignatureEntry). */
const SignatureEntrySchema = v.object({
  claimId: IdSchema,
  appearanceId: IdSchema,
  text: v.string(),
  speaker: v.nullable(v.string()),
  role: v.nullable(v.string()),
  via: v.nullable(v.string()),
})
const SignatureBucketSchema = v.array(SignatureEntrySchema)

export interface MatchDecision extends Decision {
  group: ClaimGroup
}

function entryOf(claimId: string, appearanceId: string, fields: Pick<ExtractedClaim, 'text' | 'attribution'>): SignatureEntry {
  const { speaker, role, via } = fields.attribution
  return { claimId, appearanceId, text: fields.text, speaker, role, via }
}

/**
 * Which claims a new claim copies or may be, from the signature index (see matching/decide.ts):
 * buckets are read once per request and keep the same entries whatever order they were filed in.
 */
export class Matcher {
  /** Buckets read during this request, by key, so filing a claim needs no second read. */
  private readonly buckets = new Map<string, SignatureEntry[]>()

  constructor(private readonly claims: ClaimStore) {}

  private async readBuckets(keys: readonly string[]): Promise<void> {
    const missing = [...new Set(keys)].filter((key) => !this.buckets.has(key))
    await Promise.all(
      missing.map(async (key) => {
        const value = await withTimeout(() => this.claims.kv.get(signatureKey(key), 'json'), 'reading a signature')
        this.buckets.set(key, value === null ? [] : parseRecord(SignatureBucketSchema, signatureKey(key), value))
      }),
    )
  }

  /** The most check-worthy groups that are matched; the rest are stored as they are. */
  static matchable(groups: readonly ClaimGroup[]): Set<ClaimGroup> {
    const ranked = [...groups].sort((a, b) => b.claim.checkworthiness.score - a.claim.checkworthiness.score)
    return new Set(ranked.slice(0, MAX_MATCHED_CLAIMS))
  }

  /** Decides, for each group of a new article, whether it copies a stored claim or may be one. */
  async match(groups: readonly ClaimGroup[]): Promise<MatchDecision[]> {
    const matchable = Matcher.matchable(groups)
    const signed = groups.map((group) => {
      const features = claimFeatures(group.claim.text, group.claim.attribution)
      return { group, features, keys: matchable.has(group) ? signatures(group.claim.text, features) : [] }
    })
    await this.readBuckets(signed.flatMap(({ keys }) => keys))
    return signed.map(({ group, features, keys }) => this.decide(group, features, keys))
  }

  private decide(group: ClaimGroup, features: ClaimFeatures, keys: readonly string[]): MatchDecision {
    return {
      group,
      ...decide(
        features,
        keys.flatMap((key) => this.buckets.get(key) ?? []),
      ),
    }
  }

  /**
   * Files new claims under their signatures so later articles find them. A bucket keeps the
   * BUCKET_SIZE entries of lowest rank. A write refused because another article filed the same
   * bucket within the second is skipped: the claim is stored, and only its later matching is lost.
   */
  async file(claims: readonly Claim[]): Promise<void> {
    const additions = new Map<string, SignatureEntry[]>()
    for (const claim of claims) {
      for (const key of signatures(claim.text, claimFeatures(claim.text, claim.attribution))) {
        additions.set(key, [...(additions.get(key) ?? []), entryOf(claim.id, claim.id, claim)])
      }
    }
    await this.readBuckets([...additions.keys()])
    await Promise.all(
      [...additions].map(async ([key, entries]) => {
        const before = this.buckets.get(key) ?? []
        const next = fileInto(before, entries)
        if (JSON.stringify(next) === JSON.stringify(before)) return
        try {
          await withTimeout(() => this.claims.kv.put(signatureKey(key), JSON.stringify(next)), 'writing a signature')
          this.buckets.set(key, next)
        } catch (error) {
          if (!(error instanceof StorageUnavailableError && error.rateLimited)) throw error
          console.error(JSON.stringify({ event: 'signature-not-filed', key }))
        }
      }),
    )
  }
}
