import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { Review } from '../../schemas/review'
import type { Status } from '../../schemas/status'
import app from '../../worker/app'
import { ClaimStore } from '../../worker/store/store'
import { edgeLocations } from '../support/edge-locations'
import { ALICE, BOB, freshSeed } from './helpers'

/** A request made at one edge location: the Worker there reads and writes KV through that location. */
async function at(kv: KVNamespace, path: string, init: RequestInit = {}): Promise<Response> {
  const ctx = createExecutionContext()
  const response = await app.fetch(new Request(new URL(path, 'https://desk.test'), init), { ...env, FACTCHECK_KV: kv }, ctx)
  await waitOnExecutionContext(ctx)
  return response
}

const STATUSES: Status[] = ['in_review', 'supported', 'misleading', 'refuted', 'unverifiable']

describe("two edge locations that see each other's KV writes up to 60 s late", () => {
  it("keep every review in the claim's history, notes, count and status, the status being the latest review's", async () => {
    const { target } = await freshSeed()
    const { locations, advance } = edgeLocations(env.FACTCHECK_KV, 2)
    const stores = locations.map((kv) => new ClaimStore(kv, env.DESK_LEDGER))
    const posted: Review[] = []
    let staleReads = 0
    for (let index = 0; index < 12; index++) {
      const here = index % 2
      // Both locations read the claim first, so each holds a copy that the other's review makes stale.
      for (const store of stores) await store.getEdgeClaim(target.id)
      const status = STATUSES[index % STATUSES.length] as Status
      const response = await at(locations[here] as KVNamespace, `/api/claims/${target.id}/reviews`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${here === 0 ? ALICE : BOB}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status, note: `review ${index} from location ${here}` }),
      })
      expect(response.status).toBe(201)
      posted.push(((await response.json()) as { review: Review }).review)
      const elsewhere = await (stores[1 - here] as ClaimStore).getEdgeClaim(target.id)
      if (elsewhere?.reviewCount !== index + 1) staleReads++
      advance(3_000)
    }
    // The simulation is real: within the window the other location read an older claim.
    expect(staleReads).toBeGreaterThan(0)

    advance(60_000)
    const latest = posted.at(-1) as Review
    for (const store of stores) {
      const claim = await store.getEdgeClaim(target.id)
      expect(claim?.reviewCount).toBe(12)
      expect(claim?.notes.map((note) => note.id)).toEqual(posted.map((review) => review.id))
      expect(claim?.status).toBe(latest.status)
    }
    for (const kv of locations) {
      const history = (await (
        await at(kv, `/api/claims/${target.id}/reviews?limit=50`, { headers: { Authorization: `Bearer ${ALICE}` } })
      ).json()) as { reviews: Review[] }
      expect(history.reviews.map((review) => review.id).sort()).toEqual(posted.map((review) => review.id).sort())
    }
    const { page, counts } = await (stores[0] as ClaimStore).claimListView(
      { audience: 'member', statuses: [latest.status as Status], dismissed: false },
      50,
      undefined,
      1,
    )
    expect(page.items.map((summary) => summary.id)).toContain(target.id)
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(
      (await (stores[1] as ClaimStore).listClaims({ audience: 'member', dismissed: false }, 1000)).claims.length,
    )
  })
})
