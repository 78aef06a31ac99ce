import { createExecutionContext, env, reset, waitOnExecutionContext } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../schemas/article'
import type { Claim, ClaimSummary } from '../../schemas/claim'
import type { CurationEvent } from '../../schemas/curation'
import type { Review } from '../../schemas/review'
import app from '../../worker/index'
import { instrumentKv } from '../support/instrumented-kv'
import { ALICE, call, freshSeed, postJson, problemOf, seed, memberCall, publish } from './helpers'

const ORIGINAL = `Flood defences get £40m boost

The government has set aside £40m for flood defences in 12 towns, the Environment Agency said on Monday.

"We have already spent 12.1% more than last year on defences," Environment Secretary Jane Doe said.

The agency said 3,000 homes had been flooded in the north of England since January.

Critics said the sum was far too small to protect the towns.`

/** A wire rewrite of ORIGINAL: new headline, no weekday, "told reporters", a new last paragraph. */
const REPEAT = `Rivers burst their banks again

The agency said 3,000 homes had been flooded in the north of England since January.

Residents of 40 streets in York were told to leave their homes on Thursday.`

/** ORIGINAL's claims with a number changed and a negation added: other truth conditions. */
type Posted = { article: Article; claims: Claim[] }

async function post(text: string, publishedAt?: string): Promise<Posted> {
  const response = await postJson('/api/articles', { text, outlet: 'Test Wire', ...(publishedAt === undefined ? {} : { publishedAt }) })
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`POST /api/articles answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as Posted
}

const json = async <T>(path: string): Promise<T> => {
  const response = await memberCall(path)
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}
const claimWith = (posted: Posted, span: string) => {
  const claim = posted.claims.find((candidate) => candidate.span.includes(span))
  if (claim === undefined) throw new Error(`no claim with span ${span}`)
  return claim
}
const reviewsOf = (id: string) => json<{ reviews: Review[] }>(`/api/claims/${id}/reviews`).then((body) => body.reviews)
const list = (query: string) => json<{ claims: ClaimSummary[] }>(`/api/claims?${query}`).then((body) => body.claims)
/** A reviewer refutes the claim with a note and a source, and an editor publishes it. */
beforeEach(() => reset())

describe('appearances under KV limits', () => {
  it('keeps a copy that arrives within a second of a review: 201, then the claim gains the appearance and keeps the review', async () => {
    const homes = claimWith(await post(ORIGINAL), '3,000 homes')
    // One wrapped binding for both requests: it refuses a second write to a key within a second, as KV does.
    const kv = instrumentKv(env.FACTCHECK_KV, { oneWritePerSecondPerKey: true })
    const send = async (path: string, body: unknown) => {
      const ctx = createExecutionContext()
      const init = {
        method: 'POST',
        headers: { Authorization: `Bearer ${ALICE}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }
      const response = await app.fetch(new Request(`http://desk.test${path}`, init), { ...env, FACTCHECK_KV: kv.kv }, ctx)
      return { response, ctx }
    }
    await publish(homes.id, 'refuted')
    expect((await send(`/api/claims/${homes.id}/reviews`, { note: 'The agency confirmed its figure.' })).response.status).toBe(201)
    const copy = await send('/api/articles', { text: REPEAT })
    expect(copy.response.status).toBe(201)
    await waitOnExecutionContext(copy.ctx)
    const claim = await json<Claim>(`/api/claims/${homes.id}`)
    expect(claim).toMatchObject({ appearanceCount: 2, status: 'refuted' })
    expect(claim.appearances.map((appearance) => appearance.alreadyChecked?.status ?? null)).toEqual([null, 'refuted'])
  })
})

describe('splitting and merging by hand', () => {
  it('splits the seed lead off and merges it back; every review is kept and re-seeding undoes neither', async () => {
    const { target } = await freshSeed()
    const lead = (await json<Claim>(`/api/claims/${target.id}`)).appearances.find((appearance) => appearance.match === 'restatement')!
    await postJson(`/api/claims/${target.id}/reviews`, { status: 'supported', note: 'AP confirms.' })

    const split = await call(`/api/claims/${target.id}/appearances/${lead.id}/split`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ALICE}` },
    })
    expect(split.status).toBe(201)
    const { claim, split: alone } = (await split.json()) as { claim: Claim; split: Claim }
    expect(claim).toMatchObject({ id: target.id, appearanceCount: 1, status: 'supported' })
    expect(alone).toMatchObject({ id: lead.id, status: 'unreviewed', attribution: { speaker: null, mode: 'outlet' } })
    await seed()
    expect((await list(`q=${encodeURIComponent('at least 14 countries')}`)).map((entry) => entry.id).sort()).toEqual(
      [lead.id, target.id].sort(),
    )

    await postJson(`/api/claims/${lead.id}/reviews`, { note: "The lead says it in the outlet's voice." })
    const merged = await postJson(`/api/claims/${lead.id}/merge`, { into: target.id })
    expect(merged.status).toBe(200)
    expect(((await merged.json()) as { claim: Claim }).claim).toMatchObject({ id: target.id, appearanceCount: 2, status: 'supported' })
    expect((await reviewsOf(target.id)).map((review) => review.note).sort()).toEqual([
      'AP confirms.',
      "The lead says it in the outlet's voice.",
    ])
    await seed()
    expect((await list(`q=${encodeURIComponent('at least 14 countries')}`)).map((entry) => entry.id)).toEqual([target.id])
    const events = await json<{ events: CurationEvent[] }>(`/api/claims/${target.id}/events`)
    expect(events.events.map((event) => event.kind)).toEqual(['split', 'merge'])
  })

  it('refuses what cannot be done, and writes nothing without a token', async () => {
    const { target, claims } = await freshSeed()
    const other = claims.find((claim) => claim.id !== target.id)!
    const split = (id: string, appearance: string, token: string | null = ALICE) =>
      call(`/api/claims/${id}/appearances/${appearance}/split`, {
        method: 'POST',
        headers: token === null ? {} : { Authorization: `Bearer ${token}` },
      })
    await problemOf(await split(target.id, target.id), 409)
    await problemOf(await split(target.id, other.id), 404)
    await problemOf(await split(target.id, `${target.articleId}-000016`, null), 401)
    await problemOf(await postJson(`/api/claims/${target.id}/merge`, { into: target.id }), 409)
    await problemOf(await postJson(`/api/claims/${target.id}/merge`, { into: '0123456789abcdef-000000' }), 404)
    expect((await problemOf(await postJson(`/api/claims/${target.id}/merge`, { into: 'NOT AN ID' }), 400)).errors?.[0]?.field).toBe('into')
    expect((await problemOf(await postJson(`/api/claims/${target.id}/merge`, { into: other.id, why: 'x' }), 400)).errors?.[0]?.field).toBe(
      'why',
    )
    await problemOf(await postJson(`/api/claims/${target.id}/merge`, { into: other.id }, null), 401)
    expect((await json<Claim>(`/api/claims/${target.id}`)).appearanceCount).toBe(2)
    expect((await json<Claim>(`/api/claims/${other.id}`)).appearanceCount).toBe(1)
  })
})
