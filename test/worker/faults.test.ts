import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Claim, ClaimSummary } from '../../schemas/claim'
import type { Review } from '../../schemas/review'
import app from '../../worker/index'
import { type KvFaults, instrumentKv } from '../support/instrumented-kv'
import { ALICE, BOB, call, freshSeed, problemOf, memberCall } from './helpers'

let claims: Claim[]
let target: Claim

beforeEach(async () => {
  ;({ claims, target } = await freshSeed())
})

/** Calls the Worker with its KV binding wrapped, waiting for background work to finish. */
async function callWith(faults: KvFaults, path: string, init: RequestInit = {}) {
  const wrapped = instrumentKv(env.FACTCHECK_KV, faults)
  const ctx = createExecutionContext()
  const response = await app.fetch(new Request(new URL(path, 'https://desk.test'), init), { ...env, FACTCHECK_KV: wrapped.kv }, ctx)
  return { response, ctx, wrapped }
}

const reviewInit = (body: unknown, token = ALICE, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
  body: JSON.stringify(body),
})

const storedReviews = async (id = target.id) => ((await (await memberCall(`/api/claims/${id}/reviews`)).json()) as { reviews: Review[] }).reviews
const storedClaim = async (id = target.id) => (await (await memberCall(`/api/claims/${id}`)).json()) as Claim

describe('KV failures', () => {
  it('a failing binding gives 503 problem+json with a retry hint', async () => {
    const { response } = await callWith({ fault: () => 'throw' }, `/api/claims/${target.id}`)
    const problem = await problemOf(response, 503)
    expect(response.headers.get('Retry-After')).toBe('2')
    expect(problem.detail).toMatch(/retry/i)
    const list = await callWith({ fault: () => 'throw' }, '/api/claims')
    await problemOf(list.response, 503)
  })

  it('a hanging binding times out into a 503 rather than a hung request', { timeout: 15_000 }, async () => {
    const { response } = await callWith({ fault: (operation) => (operation === 'get' ? 'hang' : undefined) }, `/api/claims/${target.id}`)
    await problemOf(response, 503)
  })

  it('a review whose claim update failed is recorded once when retried with its Idempotency-Key', async () => {
    const body = { status: 'refuted', note: 'retried after a 503' }
    const headers = { 'Idempotency-Key': 'retry-1' }
    const failed = await callWith({ fault: (operation, key) => (operation === 'put' && key.startsWith('v1:claim:') ? 'throw' : undefined) }, `/api/claims/${target.id}/reviews`, reviewInit(body, ALICE, headers))
    await problemOf(failed.response, 503)
    const retried = await callWith({}, `/api/claims/${target.id}/reviews`, reviewInit(body, ALICE, headers))
    expect(retried.response.status).toBe(200)
    expect(await storedReviews()).toHaveLength(1)
    expect(await storedClaim()).toMatchObject({ status: 'refuted', notes: [{ note: 'retried after a 503' }] })
  })

  it('a review that failed before anything was written leaves no trace', async () => {
    const failed = await callWith({ fault: (operation) => (operation === 'put' ? 'throw' : undefined) }, `/api/claims/${target.id}/reviews`, reviewInit({ status: 'refuted' }))
    await problemOf(failed.response, 503)
    expect(await storedReviews()).toEqual([])
    expect((await storedClaim()).status).toBe('unreviewed')
  })
})

describe("KV's one write per second per key", () => {
  it('keeps every concurrent review, and the claim and its list entry converge on the latest', { timeout: 60_000 }, async () => {
    const wrapped = instrumentKv(env.FACTCHECK_KV, { oneWritePerSecondPerKey: true })
    const testEnv = { ...env, FACTCHECK_KV: wrapped.kv }
    const contexts: ExecutionContext[] = []
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => {
        const ctx = createExecutionContext()
        contexts.push(ctx)
        const body = { status: (['in_review', 'supported', 'refuted', 'misleading'] as const)[index % 4], note: `concurrent ${index}` }
        const request = new Request(`https://desk.test/api/claims/${target.id}/reviews`, reviewInit(body, index % 2 ? ALICE : BOB))
        return app.fetch(request, testEnv, ctx)
      }),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201))
    expect(wrapped.rateLimited).toBeGreaterThan(0)
    await Promise.all(contexts.map((ctx) => waitOnExecutionContext(ctx)))
    const reviews = await storedReviews()
    expect(reviews).toHaveLength(20)
    const claim = await storedClaim()
    expect(claim.notes.map((review) => review.id)).toEqual(reviews.map((review) => review.id))
    expect(claim.status).toBe(reviews.at(-1)?.status)
    const listed = (await (await memberCall(`/api/claims?article=${target.articleId}`)).json()) as { claims: ClaimSummary[] }
    expect(listed.claims.find((summary) => summary.id === target.id)?.status).toBe(claim.status)
  })
})

describe('stored data that fails its schema', () => {
  it('is reported, not served half-parsed', async () => {
    await env.FACTCHECK_KV.put(`v1:claim:${target.id}`, JSON.stringify({ id: target.id, text: 'written by an old version' }))
    const problem = await problemOf(await memberCall(`/api/claims/${target.id}`), 500)
    expect(problem.detail).toMatch(/failed validation/)
    expect(JSON.stringify(problem)).not.toContain('written by an old version')
  })

  it('is left out of lists rather than breaking them', async () => {
    await env.FACTCHECK_KV.put(`v1:claim:${target.articleId}-999999`, '{}', { metadata: { status: 'bogus' } })
    const body = (await (await memberCall('/api/claims')).json()) as { claims: ClaimSummary[] }
    expect(body.claims).toHaveLength(claims.length)
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
    const notes = (await Promise.all(targets.map((claim) => storedReviews(claim.id)))).flat().map((review) => review.note ?? '')
    expect(notes).toHaveLength(500)
    for (let writer = 0; writer < 20; writer++) {
      for (const claim of targets) {
        const history = (await storedReviews(claim.id)).map((review) => review.note ?? '').filter((note) => note.startsWith(`w${writer}-`))
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
