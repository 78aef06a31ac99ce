import { DurableObject } from 'cloudflare:workers'
import type { KeyUse } from './idempotency'

/**
 * The Idempotency-Keys of one claim's reviews, each with a digest of the review it was first
 * used for. KV has no compare-and-set, so two posts with one key and different bodies could both
 * be acknowledged while one overwrote the other; a Durable Object handles one call at a time,
 * so exactly one body wins a key and every other body is refused.
 */
export class IdempotencyLedger extends DurableObject<Env> {
  async use(key: string, digest: string): Promise<KeyUse> {
    const held = await this.ctx.storage.get<string>(key)
    if (held === undefined) {
      await this.ctx.storage.put(key, digest)
      return 'first'
    }
    return held === digest ? 'repeat' : 'conflict'
  }
}
