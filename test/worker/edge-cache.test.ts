import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../schemas/claim'
import app from '../../worker/app'
import { EDGE_CACHE_NAME } from '../../worker/http/edge-cache'
import { instrumentKv } from '../support/instrumented-kv'
import { ALICE, freshSeed, postJson } from './helpers'

let target: Claim

beforeEach(async () => {
  ;({ target } = await freshSeed())
  const cache = await caches.open(EDGE_CACHE_NAME)
  for (const path of ['/', `/claims/${target.id}`, `/api/claims/${target.id}`, '/api/claims'])
    await cache.delete(new URL(path, 'https://desk.test').href)
})

/** One request through the app with a counted KV, waiting for what it left to finish (the cache write). */
async function counted(path: string, headers: Record<string, string> = {}) {
  const kv = instrumentKv(env.FACTCHECK_KV)
  const ctx = createExecutionContext()
  const response = await app.fetch(new Request(new URL(path, 'https://desk.test'), { headers }), { ...env, FACTCHECK_KV: kv.kv }, ctx)
  const body = await response.text()
  await waitOnExecutionContext(ctx)
  return { response, body, reads: kv.counts.get + kv.counts.list }
}

describe('the edge cache', () => {
  it('answers a repeated public claim GET from the cache, without a KV read, and the same body', async () => {
    const first = await counted(`/api/claims/${target.id}`)
    expect(first.response.headers.get('Cache-Status')).toBe('desk-edge; fwd=miss; stored')
    expect(first.reads).toBe(1)
    const second = await counted(`/api/claims/${target.id}`)
    expect(second.response.status).toBe(200)
    expect(second.response.headers.get('Cache-Status')).toBe('desk-edge; hit')
    expect(second.reads).toBe(0)
    expect(second.body).toBe(first.body)
    // Downstream caches are still told to ask each time; the edge copy ages out on its own.
    expect(second.response.headers.get('Cache-Control')).toBe('public, max-age=0, must-revalidate')
  })

  it('answers a matching conditional GET with 304 and no body, reading nothing', async () => {
    const first = await counted(`/api/claims/${target.id}`)
    const tag = first.response.headers.get('ETag') as string
    const again = await counted(`/api/claims/${target.id}`, { 'If-None-Match': tag })
    expect(again.response.status).toBe(304)
    expect(again.body).toBe('')
    expect(again.reads).toBe(0)
    expect(again.response.headers.get('ETag')).toBe(tag)
  })

  it('is purged where a review is written: the next public read shows the new status', async () => {
    await counted(`/api/claims/${target.id}`)
    await counted(`/claims/${target.id}`)
    await counted('/api/claims')
    const review = await postJson(`/api/claims/${target.id}/reviews`, { status: 'in_review', note: 'checking the AP wire' })
    expect(review.status).toBe(201)
    const claim = await counted(`/api/claims/${target.id}`)
    expect(claim.response.headers.get('Cache-Status')).toBe('desk-edge; fwd=miss; stored')
    expect((JSON.parse(claim.body) as Claim).status).toBe('in_review')
    const list = await counted('/api/claims')
    expect(list.response.headers.get('Cache-Status')).toBe('desk-edge; fwd=miss; stored')
    const page = await counted(`/claims/${target.id}`)
    expect(page.response.headers.get('Cache-Status')).toBe('desk-edge; fwd=miss; stored')
  })

  it("keeps a visitor's home page, and never a signed-in reader's answer", async () => {
    await counted('/')
    const visitor = await counted('/')
    expect(visitor.response.headers.get('Cache-Status')).toBe('desk-edge; hit')
    expect(visitor.reads).toBe(0)
    const member = await counted(`/api/claims/${target.id}`, { Authorization: `Bearer ${ALICE}` })
    expect(member.response.headers.get('Cache-Status')).toBeNull()
    expect(member.response.headers.get('Cache-Control')).toBe('private, no-store')
    const memberAgain = await counted(`/api/claims/${target.id}`)
    // The member's private answer was not stored: the public read builds its own.
    expect(memberAgain.response.headers.get('Cache-Status')).toBe('desk-edge; fwd=miss; stored')
    const session = await counted('/', { Cookie: 'session=not-a-valid-session' })
    expect(session.response.headers.get('Cache-Status')).toBeNull()
  })

  it('answers HEAD from the cached copy, with its headers and no body', async () => {
    await counted(`/api/claims/${target.id}`)
    const kv = instrumentKv(env.FACTCHECK_KV)
    const ctx = createExecutionContext()
    const head = await app.fetch(
      new Request(`https://desk.test/api/claims/${target.id}`, { method: 'HEAD' }),
      { ...env, FACTCHECK_KV: kv.kv },
      ctx,
    )
    await waitOnExecutionContext(ctx)
    expect(head.status).toBe(200)
    expect(head.headers.get('Cache-Status')).toBe('desk-edge; hit')
    expect(await head.text()).toBe('')
    expect(kv.counts.get).toBe(0)
  })

  it('purges the CSV export with the claim, so a public export after a review shows it', async () => {
    const before = await counted('/api/claims.csv')
    expect(before.body).not.toContain('in_review')
    expect((await postJson(`/api/claims/${target.id}/reviews`, { status: 'in_review' })).status).toBe(201)
    const after = await counted('/api/claims.csv')
    expect(after.response.headers.get('Cache-Status')).toBe('desk-edge; fwd=miss; stored')
    expect(after.body).toContain('in_review')
  })

  it('does not keep errors: a claim that does not exist yet is looked up each time', async () => {
    const missing = await counted('/api/claims/0000000000000000-000001')
    expect(missing.response.status).toBe(404)
    expect(missing.response.headers.get('Cache-Status')).toBeNull()
  })
})
