import { createExecutionContext, env, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Claim, ClaimSummary } from '../../schemas/claim'
import type { Review } from '../../schemas/review'
import app from '../../worker/index'
import type { DeskLedger } from '../../worker/store/ledger'
import { type KvFaults, instrumentKv, unreachableLedger } from '../support/instrumented-kv'
import { ALICE, BOB, call, freshSeed, problemOf, memberCall } from './helpers'

let claims: Claim[]
let target: Claim

beforeEach(async () => {
  ;({ claims, target } = await freshSeed())
})

/** Calls the Worker with its KV binding wrapped (and, when `ledgerDown`, the desk ledger unreachable). */
async function callWith(faults: KvFaults, path: string, init: RequestInit = {}, ledgerDown = false) {
  const wrapped = instrumentKv(env.FACTCHECK_KV, faults)
  const ctx = createExecutionContext()
  const testEnv = { ...env, FACTCHECK_KV: wrapped.kv, ...(ledgerDown ? { DESK_LEDGER: unreachableLedger<DeskLedger>() } : {}) }
  const response = await app.fetch(new Request(new URL(path, 'https://desk.test'), init), testEnv, ctx)
  return { response, ctx, wrapped }
}

const reviewInit = (body: unknown, token = ALICE, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
  body: JSON.stringify(body),
})

const storedReviews = async (id = target.id) => ((await (await memberCall(`/api/claims/${id}/reviews`)).json()) as { reviews: Review[] }).reviews
const storedClaim = async (id = target.id) => (await (await memberCall(`/api/claims/${id}`)).json()) as Claim

/** All of a claim's history, following the pages. */
async function wholeHistory(id: string): Promise<Review[]> {
  const reviews: Review[] = []
  let cursor: string | null = null
  do {
    const page = (await (await memberCall(`/api/claims/${id}/reviews?limit=100${cursor === null ? '' : `&cursor=${cursor}`}`)).json()) as { reviews: Review[]; cursor: string | null }
    reviews.push(...page.reviews)
    cursor = page.cursor
  } while (cursor !== null)
  return reviews
}

describe('storage failures', () => {
  it('a failing binding gives 503 problem+json with a retry hint', async () => {
    const { response } = await callWith({ fault: () => 'throw' }, `/api/claims/${target.id}`)
    const problem = await problemOf(response, 503)
    expect(response.headers.get('Retry-After')).toBe('2')
    expect(problem.detail).toMatch(/retry/i)
    const list = await callWith({}, '/api/claims', {}, true)
    await problemOf(list.response, 503)
  })

  it('a hanging binding times out into a 503 rather than a hung request', { timeout: 15_000 }, async () => {
    const { response } = await callWith({ fault: (operation) => (operation === 'get' ? 'hang' : undefined) }, `/api/claims/${target.id}`)
    await problemOf(response, 503)
  })

  it('a review the ledger could not take leaves no trace, and its retry is recorded once', async () => {
    const body = { status: 'refuted', note: 'retried after a 503' }
    const headers = { 'Idempotency-Key': 'retry-1' }
    const failed = await callWith({}, `/api/claims/${target.id}/reviews`, reviewInit(body, ALICE, headers), true)
    await problemOf(failed.response, 503)
    expect(await storedReviews()).toEqual([])
    expect((await storedClaim()).status).toBe('unreviewed')
    for (const expected of [201, 200]) {
      const sent = await callWith({}, `/api/claims/${target.id}/reviews`, reviewInit(body, ALICE, headers))
      expect(sent.response.status).toBe(expected)
    }
    expect(await storedReviews()).toHaveLength(1)
    expect(await storedClaim()).toMatchObject({ status: 'refuted', reviewCount: 1, notes: [{ note: 'retried after a 503' }] })
  })

  it('a review acknowledged while KV refused the write reaches KV when the ledger writes again', async () => {
    const stub = env.DESK_LEDGER.get(env.DESK_LEDGER.idFromName('desk'))
    const failing = instrumentKv(env.FACTCHECK_KV, { fault: (operation) => (operation === 'put' ? 'throw' : undefined) })
    // The ledger writes KV itself: its binding is the one that fails.
    await runInDurableObject(stub, (ledger) => {
      Object.assign(ledger, { env: { ...env, FACTCHECK_KV: failing.kv } })
    })
    const response = await call(`/api/claims/${target.id}/reviews`, reviewInit({ status: 'refuted', note: 'kept through an outage' }))
    expect(response.status).toBe(201)
    const review = ((await response.json()) as { review: Review }).review
    expect(await env.FACTCHECK_KV.get(`v1:review:${target.id}:${review.id}`)).toBeNull()
    expect(((await (await call(`/api/claims/${target.id}`)).json()) as Claim).status).toBe('unreviewed')
    await runInDurableObject(stub, (ledger) => {
      Object.assign(ledger, { env })
    })
    expect(await runDurableObjectAlarm(stub)).toBe(true)
    expect(await env.FACTCHECK_KV.get(`v1:review:${target.id}:${review.id}`, 'json')).toMatchObject({ note: 'kept through an outage' })
    // The edge copy of the public answer may keep the older status for up to a minute more (README).
    expect(await env.FACTCHECK_KV.get<Claim>(`v1:claim:${target.id}`, 'json')).toMatchObject({ status: 'refuted', reviewCount: 1 })
  })
})

describe('concurrent reviews', () => {
  it('keeps every one, and the claim and its list entry take the latest', { timeout: 60_000 }, async () => {
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) => {
        const body = { status: (['in_review', 'supported', 'refuted', 'misleading'] as const)[index % 4], note: `concurrent ${index}` }
        return call(`/api/claims/${target.id}/reviews`, reviewInit(body, index % 2 ? ALICE : BOB))
      }),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(30).fill(201))
    const reviews = await wholeHistory(target.id)
    expect(reviews).toHaveLength(30)
    const claim = await storedClaim()
    expect(claim.reviewCount).toBe(30)
    expect(claim.notes.map((review) => review.id)).toEqual(reviews.slice(-20).map((review) => review.id))
    expect(claim.status).toBe(reviews.at(-1)?.status)
    const listed = (await (await memberCall(`/api/claims?article=${target.articleId}`)).json()) as { claims: ClaimSummary[] }
    expect(listed.claims.find((summary) => summary.id === target.id)?.status).toBe(claim.status)
  })
})

describe('stored data that fails its schema', () => {
  it('is reported, not served half-parsed', async () => {
    await env.FACTCHECK_KV.put(`v1:claim:${target.id}`, JSON.stringify({ id: target.id, text: 'written by an old version' }))
    const problem = await problemOf(await call(`/api/claims/${target.id}`), 500)
    expect(problem.detail).toMatch(/failed validation/)
    expect(JSON.stringify(problem)).not.toContain('written by an old version')
  })

})

describe('load', () => {
  it('20 writers × 25 reviews over three claims: every one answered 201 and kept in order', { timeout: 120_000 }, async () => {
    const targets = claims.slice(0, 3)
    const writers = Array.from({ length: 20 }, async (_, writer) => {
      const statuses: number[] = []
      for (let index = 0; index < 25; index++) {
        const claim = targets[(writer + index) % targets.length] as Claim
        const response = await call(`/api/claims/${claim.id}/reviews`, reviewInit({ note: `w${writer}-${index}` }, writer % 2 ? ALICE : BOB))
        statuses.push(response.status)
      }
      return statuses
    })
    const statuses = (await Promise.all(writers)).flat()
    expect(statuses).toEqual(Array(500).fill(201))
    const histories = await Promise.all(targets.map((claim) => wholeHistory(claim.id)))
    expect(histories.flat()).toHaveLength(500)
    for (let writer = 0; writer < 20; writer++) {
      for (const reviews of histories) {
        const history = reviews.map((review) => review.note ?? '').filter((note) => note.startsWith(`w${writer}-`))
        const written = history.map((note) => Number(note.split('-')[1]))
        expect(written).toEqual([...written].sort((a, b) => a - b))
      }
    }
  })
})

describe('caching', () => {
  it('public GETs carry an ETag and revalidate', async () => {
    const first = await call(`/api/claims/${target.id}`)
    const tag = first.headers.get('ETag')
    expect(tag).toBeTruthy()
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=0, must-revalidate')
    const again = await call(`/api/claims/${target.id}`, { headers: { 'If-None-Match': tag ?? '' } })
    expect(again.status).toBe(304)
    // A member's view holds the desk's notes: no shared cache keeps it.
    const member = await memberCall(`/api/claims/${target.id}`)
    expect(member.headers.get('Cache-Control')).toBe('private, no-store')
    expect(member.headers.get('Vary')).toBe('Authorization')
  })
})
