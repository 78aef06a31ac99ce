import { createExecutionContext, env, reset } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Article, ArticleSummary } from '../../schemas/article'
import type { Claim, ClaimSummary } from '../../schemas/claim'
import app from '../../worker/index'
import { instrumentKv } from '../support/instrumented-kv'
import { ALICE, call, fourteenCountries, postJson, problemOf, seed, seedText, memberCall } from './helpers'

const ARTICLE = `Ministers announce £40m flood fund

The government has set aside £40m for flood defences in 12 towns, the Environment Agency said on Monday.

"We have already spent 12.1% more than last year," Environment Secretary Jane Doe said.

Critics said the sum was far too small.`

beforeEach(() => reset())

describe('GET /api/articles', () => {
  it('lists articles with their claim counts, and serves one with its claims', async () => {
    const { article, claims } = await seed()
    const list = (await (await call('/api/articles')).json()) as { articles: ArticleSummary[] }
    expect(list.articles).toEqual([
      { id: article.id, title: article.title, outlet: 'WION', publishedAt: '2023-03-25', claimCount: claims.length },
    ])
    const one = (await (await call(`/api/articles/${article.id}`)).json()) as { article: Article; claims: ClaimSummary[] }
    expect(one.article.text).toBe(seedText.trim())
    expect(one.claims.map((claim) => claim.id)).toEqual(claims.map((claim) => claim.id))
    await problemOf(await call('/api/articles/0000000000000000'), 404)
  })
})

describe('POST /api/articles', () => {
  it('extracts and stores the claims of a posted article', async () => {
    const response = await postJson('/api/articles', { text: ARTICLE, outlet: 'BBC', url: 'https://www.bbc.co.uk/news/x' })
    expect(response.status).toBe(201)
    const { article, claims } = (await response.json()) as { article: Article; claims: Claim[] }
    expect(article).toMatchObject({ title: 'Ministers announce £40m flood fund', outlet: 'BBC', url: 'https://www.bbc.co.uk/news/x' })
    expect(claims.some((claim) => claim.span.includes('£40m'))).toBe(true)
    for (const claim of claims) {
      expect(article.text.slice(claim.offsets.start, claim.offsets.end)).toBe(claim.span)
      expect(claim.source).toMatchObject({ outlet: 'BBC', title: article.title })
    }
    const stored = (await (await memberCall(`/api/claims/${claims[0]?.id}`)).json()) as Claim
    expect(stored.id).toBe(claims[0]?.id)
  })

  it('answers 200 with the same ids for the same text, keeping reviews', async () => {
    const first = (await (await postJson('/api/articles', { text: ARTICLE })).json()) as { article: Article; claims: Claim[] }
    const claim = first.claims[0]
    if (claim === undefined) throw new Error('no claim extracted')
    await postJson(`/api/claims/${claim.id}/reviews`, { status: 'refuted', note: 'wrong sum' })
    const again = await postJson('/api/articles', { text: `\n${ARTICLE}\n` })
    expect(again.status).toBe(200)
    const second = (await again.json()) as { article: Article; claims: Claim[] }
    expect(second.article.id).toBe(first.article.id)
    expect(second.claims.map((entry) => entry.id)).toEqual(first.claims.map((entry) => entry.id))
    expect(second.claims[0]).toMatchObject({ status: 'refuted', notes: [{ note: 'wrong sum' }] })
    const list = (await (await call('/api/articles')).json()) as { articles: ArticleSummary[] }
    expect(list.articles).toHaveLength(1)
  })

  it('keeps the title, outlet and link given before when the same text comes again without them', async () => {
    await postJson('/api/articles', { text: ARTICLE, outlet: 'BBC', url: 'https://www.bbc.co.uk/news/x', title: 'Flood fund' })
    const again = (await (await postJson('/api/articles', { text: ARTICLE })).json()) as { article: Article; claims: Claim[] }
    expect(again.article).toMatchObject({ outlet: 'BBC', url: 'https://www.bbc.co.uk/news/x', title: 'Flood fund' })
    expect(again.claims[0]?.source.outlet).toBe('BBC')
  })

  // The one worker test of the extractor end to end; the others store a fixed extraction (helpers.ts).
  it('extracts the seed as posted: the spokesperson via the AP, the deputy spokesperson, the UN deputy chief', async () => {
    const response = await postJson('/api/articles', { text: seedText, outlet: 'WION' })
    expect(response.status).toBe(201)
    const { claims } = (await response.json()) as { claims: Claim[] }
    expect(fourteenCountries(claims).attribution).toMatchObject({ speaker: 'Zabihullah Mujahid', via: 'Associated Press' })
    expect(claims.map((claim) => claim.attribution.speaker)).toEqual(expect.arrayContaining(['Bilal Karimi', 'Amina Mohammed', null]))
  })

  it('posting the seed text finds the seeded article', async () => {
    const seeded = await seed()
    const response = await postJson('/api/articles', { text: seedText, outlet: 'WION' })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { claims: Claim[] }
    expect(fourteenCountries(body.claims).id).toBe(fourteenCountries(seeded.claims).id)
  })

  it('keeps a long article within the Workers limit of 1,000 KV operations per request', async () => {
    const sentences = Array.from({ length: 600 }, (_, index) => `The council spent £${index + 1}m on ${index % 2 ? 'roads' : 'schools'} in ${1990 + (index % 15)}.`)
    const text = `Council spending\n\n${sentences.join(' ')}`
    const post = async () => {
      const counted = instrumentKv(env.FACTCHECK_KV)
      const response = await app.fetch(
        new Request('https://desk.test/api/articles', { method: 'POST', headers: { Authorization: `Bearer ${ALICE}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) }),
        { ...env, FACTCHECK_KV: counted.kv },
        createExecutionContext(),
      )
      const { get, list, put, delete: deletes } = counted.counts
      return { response, operations: get + list + put + deletes }
    }
    const first = await post()
    expect(first.response.status).toBe(201)
    expect(((await first.response.json()) as { claims: Claim[] }).claims).toHaveLength(400)
    expect(first.operations).toBeLessThan(1000)
    const again = await post()
    expect(again.response.status).toBe(200)
    expect(again.operations).toBeLessThan(1000)
  })

  it('refuses empty, oversized, unknown-field, unauthenticated and non-JSON posts', async () => {
    expect((await problemOf(await postJson('/api/articles', { text: '  ' }), 400)).errors?.[0]?.field).toBe('text')
    expect((await problemOf(await postJson('/api/articles', {}), 400)).errors).toEqual([{ field: 'body', message: expect.stringMatching(/either text .* or url/) }])
    expect((await problemOf(await postJson('/api/articles', { text: ARTICLE, author: 'x' }), 400)).errors?.[0]?.field).toBe('author')
    expect((await problemOf(await postJson('/api/articles', { text: ARTICLE, publishedAt: '25 March' }), 400)).errors?.[0]?.field).toBe(
      'publishedAt',
    )
    await problemOf(await postJson('/api/articles', { text: 'word '.repeat(50_000) }), 413)
    await problemOf(await postJson('/api/articles', { text: ARTICLE }, null), 401)
    await problemOf(
      await call('/api/articles', { method: 'POST', headers: { Authorization: `Bearer ${ALICE}` }, body: ARTICLE }),
      415,
    )
    const list = (await (await call('/api/articles')).json()) as { articles: ArticleSummary[] }
    expect(list.articles).toEqual([])
  })
})
