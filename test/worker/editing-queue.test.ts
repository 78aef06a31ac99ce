import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ActivityEvent } from '../../schemas/activity'
import type { Claim, ClaimSummary } from '../../schemas/claim'
import { ActivityLog } from '../../worker/desk/activity'
import app from '../../worker/index'
import { instrumentKv } from '../support/instrumented-kv'
import { ALICE, BOB, call, freshSeed, postJson, problemOf, memberCall } from './helpers'

/** A sentence of the seed the extractor does not make a claim of. */
const MISSED = 'The international community remains wary of officially recognising the Islamic Emirate.'

let claims: Claim[]
let target: Claim
/** The seed claim the extractor credits to the outlet: "Bilal Karimi … was unable to immediately provide figures …". */
let unable: Claim

beforeEach(async () => {
  ;({ claims, target } = await freshSeed())
  const found = claims.find((claim) => claim.span.startsWith('was unable to immediately provide figures'))
  if (found === undefined) throw new Error('the seed claim "was unable to immediately provide figures" was not extracted')
  unable = found
})

/** Reads as a desk member: who was assigned and who edited are the desk's. */
const json = async <T>(path: string): Promise<T> => (await memberCall(path)).json() as Promise<T>
const getClaim = (id: string) => json<Claim>(`/api/claims/${id}`)
const list = async (query = '') => (await json<{ claims: ClaimSummary[] }>(`/api/claims?limit=100${query}`)).claims
const events = async (id: string): Promise<ActivityEvent[]> => (await new ActivityLog(env.FACTCHECK_KV).claim(id, 50, null)).events

/** The field a refusal names: 400 for a body the document refuses, 422 for one that cannot apply to this record. */
async function fieldOf(response: Response, status: 400 | 422 = 400): Promise<string | undefined> {
  return (await problemOf(response, status)).errors?.[0]?.field
}

describe('dismissing a claim', () => {
  it('takes it out of the default list and the queue, keeps its reviews, lists it with dismissed=true, and restores it', async () => {
    expect((await postJson(`/api/claims/${unable.id}/reviews`, { note: 'An absence of figures is not a claim.' })).status).toBe(201)
    const response = await postJson(`/api/claims/${unable.id}/dismiss`, { reason: 'Not check-worthy: no figure asserted.' }, BOB)
    expect(response.status).toBe(200)
    const { claim } = (await response.json()) as { claim: Claim }
    expect(claim.dismissed).toMatchObject({ by: 'bob', reason: 'Not check-worthy: no figure asserted.' })
    expect(claim.notes.map((note) => note.note)).toEqual(['An absence of figures is not a claim.'])
    expect((await list()).map((summary) => summary.id)).not.toContain(unable.id)
    expect((await list('&status=unreviewed')).map((summary) => summary.id)).not.toContain(unable.id)
    expect((await list('&dismissed=true')).map((summary) => [summary.id, summary.dismissed])).toEqual([[unable.id, true]])
    expect((await postJson(`/api/claims/${unable.id}/dismiss`, {}, ALICE)).status).toBe(200)
    expect((await events(unable.id)).filter((event) => event.type === 'dismiss').map((event) => event.summary)).toEqual([
      'dismissed: no → yes (Not check-worthy: no figure asserted.)',
    ])
    const restored = await call(`/api/claims/${unable.id}/undismiss`, { method: 'POST', headers: { Authorization: `Bearer ${ALICE}` } })
    expect(restored.status).toBe(200)
    expect((await list()).map((summary) => summary.id)).toContain(unable.id)
    expect((await events(unable.id)).at(-1)).toMatchObject({
      type: 'dismiss',
      by: 'alice',
      summary: 'dismissed: yes → no (back in the queue)',
    })
  })

  it('refuses a bad reason, an unknown claim and a missing token', async () => {
    expect(await fieldOf(await postJson(`/api/claims/${unable.id}/dismiss`, { reason: '' }))).toBe('reason')
    await problemOf(await postJson('/api/claims/no-such-claim/dismiss', {}), 404)
    await problemOf(await postJson(`/api/claims/${unable.id}/dismiss`, {}, null), 401)
    await problemOf(
      await call('/api/claims/no-such-claim/undismiss', { method: 'POST', headers: { Authorization: `Bearer ${ALICE}` } }),
      404,
    )
    expect((await getClaim(unable.id)).dismissed).toBeNull()
  })
})

describe('assigning a claim: POST /api/claims/:id/assignee', () => {
  it('assigns it to a member, lists it under assignee=, shows the assignee in the list, and unassigns with null', async () => {
    const response = await postJson(`/api/claims/${target.id}/assignee`, { name: 'bob' })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { claim: Claim }).claim.assignee).toBe('bob')
    expect((await list('&assignee=bob')).map((summary) => [summary.id, summary.assignee])).toEqual([[target.id, 'bob']])
    expect(await list('&assignee=alice')).toEqual([])
    expect((await list()).find((summary) => summary.id === target.id)?.assignee).toBe('bob')
    expect((await postJson(`/api/claims/${target.id}/assignee`, { name: null })).status).toBe(200)
    expect(await list('&assignee=bob')).toEqual([])
    expect((await events(target.id)).map((event) => event.summary)).toEqual(['assignee: null → bob', 'assignee: bob → null'])
  })

  it('refuses a name that is not a desk member, naming the field, and changes nothing', async () => {
    expect(await fieldOf(await postJson(`/api/claims/${target.id}/assignee`, { name: 'mallory' }), 422)).toBe('name')
    expect(await fieldOf(await postJson(`/api/claims/${target.id}/assignee`, {}))).toBe('name')
    expect(await fieldOf(await postJson(`/api/claims/${target.id}/assignee`, { name: 7 }))).toBe('name')
    await problemOf(await postJson('/api/claims/no-such-claim/assignee', { name: 'bob' }), 404)
    expect((await getClaim(target.id)).assignee).toBeNull()
    expect(await events(target.id)).toEqual([])
  })
})

describe('bounded work', () => {
  /** KV operations of one request through a counting binding. */
  async function operations(method: string, path: string, body?: unknown) {
    const counted = instrumentKv(env.FACTCHECK_KV)
    const ctx = createExecutionContext()
    const request = new Request(`http://desk.test${path}`, {
      method,
      headers: { Authorization: `Bearer ${ALICE}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const response = await app.fetch(request, { ...env, FACTCHECK_KV: counted.kv }, ctx)
    await waitOnExecutionContext(ctx)
    expect(response.status, await response.clone().text()).toBeLessThan(300)
    return counted.counts
  }

  it('costs the same KV operations in a store of one article and of many', async () => {
    const run = async () => [
      await operations('PATCH', `/api/claims/${unable.id}`, { attribution: { speaker: 'Bilal Karimi', speakerType: 'person' } }),
      await operations('POST', `/api/claims/${unable.id}/dismiss`, {}),
      await operations('POST', `/api/claims/${unable.id}/assignee`, { name: 'bob' }),
      await operations('POST', `/api/articles/${target.articleId}/claims`, { quote: MISSED }),
    ]
    const small = await run()
    await freshSeed()
    for (let index = 0; index < 30; index++) {
      expect(
        (await postJson('/api/articles', { text: `The council said ${index + 3} new schools opened in district ${index} this year.` }))
          .status,
      ).toBe(201)
    }
    expect(await run()).toEqual(small)
    expect(small[0]).toEqual({ get: 0, list: 0, put: 2, delete: 0 })
  })
})
