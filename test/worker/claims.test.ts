import { beforeEach, describe, expect, it } from 'vitest'
import type { Claim, ClaimSummary } from '../../schemas/claim'
import type { Review } from '../../schemas/review'
import { ALICE, BOB, call, freshSeed, postJson, problemOf, seed, memberCall } from './helpers'

let claims: Claim[]
let target: Claim

beforeEach(async () => {
  ;({ claims, target } = await freshSeed())
})

const review = (body: unknown, token: string | null = ALICE, headers?: Record<string, string>) =>
  postJson(`/api/claims/${target.id}/reviews`, body, token, headers)

describe('GET /api/claims/:id', () => {
  it('serves the seed claim with who said it, through which outlet', async () => {
    const response = await memberCall(`/api/claims/${target.id}`)
    expect(response.status).toBe(200)
    const claim = (await response.json()) as Claim
    expect(claim.text).toContain('The Islamic Emirate has sent diplomats to at least 14 countries')
    expect(claim.span).toContain('at least 14 countries')
    expect(claim.attribution).toMatchObject({ speaker: 'Zabihullah Mujahid', via: 'Associated Press', mode: 'direct' })
    expect(claim.attribution.role?.toLowerCase()).toContain('spokesperson')
    expect(claim.source).toMatchObject({ outlet: 'WION', publishedAt: '2023-03-25' })
    expect(claim).toMatchObject({ status: 'unreviewed', notes: [] })
  })

  it('answers 404 problem+json for unknown and impossible ids', async () => {
    for (const id of ['0123456789abcdef-000000', 'NOPE', '..%2F..%2Fv1%3Aarticle', 'x'.repeat(300)]) {
      const problem = await problemOf(await memberCall(`/api/claims/${id}`), 404)
      expect(problem.detail).toMatch(/id/)
    }
  })
})

describe('GET /api/claims', () => {
  it('lists every seed claim from list metadata, in reading order', async () => {
    const body = (await (await memberCall('/api/claims')).json()) as { claims: ClaimSummary[]; cursor: string | null }
    expect(body.cursor).toBeNull()
    expect(body.claims.map((claim) => claim.id)).toEqual(claims.map((claim) => claim.id).sort())
    expect(body.claims.find((claim) => claim.id === target.id)).toMatchObject({ speaker: 'Zabihullah Mujahid', status: 'unreviewed' })
  })

  it('pages with limit and cursor without skipping or repeating a claim', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`
      const page = (await (await memberCall(`/api/claims?limit=2${query}`)).json()) as { claims: ClaimSummary[]; cursor: string | null }
      expect(page.claims.length).toBeLessThanOrEqual(2)
      seen.push(...page.claims.map((claim) => claim.id))
      cursor = page.cursor
    } while (cursor !== null)
    expect(seen).toEqual(claims.map((claim) => claim.id).sort())
  })

  it('pages through a filtered list without skipping or repeating a claim', async () => {
    const all = (await (await memberCall('/api/claims?q=the&limit=100')).json()) as { claims: ClaimSummary[] }
    expect(all.claims.length).toBeGreaterThan(2)
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`
      const page = (await (await memberCall(`/api/claims?q=the&limit=1${query}`)).json()) as {
        claims: ClaimSummary[]
        cursor: string | null
      }
      seen.push(...page.claims.map((claim) => claim.id))
      cursor = page.cursor
    } while (cursor !== null)
    expect(seen).toEqual(all.claims.map((claim) => claim.id))
  })

  it('filters by status, article and text', async () => {
    await review({ status: 'refuted', note: 'checked' })
    const refuted = (await (await memberCall('/api/claims?status=refuted')).json()) as { claims: ClaimSummary[] }
    expect(refuted.claims.map((claim) => claim.id)).toEqual([target.id])
    const byArticle = (await (await memberCall(`/api/claims?article=${target.articleId}`)).json()) as { claims: ClaimSummary[] }
    expect(byArticle.claims).toHaveLength(claims.length)
    const none = (await (await memberCall('/api/claims?article=0000000000000000')).json()) as { claims: ClaimSummary[] }
    expect(none.claims).toEqual([])
    const text = (await (await memberCall('/api/claims?q=ISLAMIC%20EMIRATE%20has%20sent')).json()) as { claims: ClaimSummary[] }
    expect(text.claims.map((claim) => claim.id)).toContain(target.id)
    expect(text.claims.every((claim) => claim.text.toLowerCase().includes('islamic emirate has sent'))).toBe(true)
  })

  it('refuses bad query parameters with the field named', async () => {
    const cases: [string, string][] = [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['status=false', 'status'],
      ['cursor=garbage!', 'cursor'],
      ['article=../x', 'article'],
      ['status=refuted&status=supported', 'status'],
    ]
    for (const [query, field] of cases) {
      const problem = await problemOf(await memberCall(`/api/claims?${query}`), 400)
      expect(problem.errors?.map((error) => error.field)).toContain(field)
    }
  })
})

describe('POST /api/claims/:id/reviews', () => {
  it('records a review by the token owner and updates the claim and its list entry', async () => {
    const response = await review({
      status: 'supported',
      note: 'Matches the AP report of 25 March.',
      explanation: 'AP quotes the spokesperson saying this.',
      sources: [{ url: 'https://apnews.com/article/taliban-diplomats', title: 'AP' }],
    })
    expect(response.status).toBe(201)
    const body = (await response.json()) as { review: Review; claim: Claim }
    expect(body.review).toMatchObject({ reviewer: 'alice', status: 'supported', claimId: target.id })
    expect(body.claim.status).toBe('supported')
    const stored = (await (await memberCall(`/api/claims/${target.id}`)).json()) as Claim
    expect(stored.status).toBe('supported')
    expect(stored.notes).toEqual([body.review])
    const listed = (await (await memberCall(`/api/claims?article=${target.articleId}`)).json()) as { claims: ClaimSummary[] }
    expect(listed.claims.find((claim) => claim.id === target.id)?.status).toBe('supported')
  })

  it('keeps the history oldest first, status from the latest review that set one', async () => {
    await review({ status: 'in_review', note: 'looking' })
    await review({ status: 'misleading' }, BOB)
    await review({ note: 'a note without a status' })
    const history = (await (await memberCall(`/api/claims/${target.id}/reviews`)).json()) as { reviews: Review[] }
    expect(history.reviews.map((entry) => [entry.reviewer, entry.status ?? null])).toEqual([
      ['alice', 'in_review'],
      ['bob', 'misleading'],
      ['alice', null],
    ])
    expect(((await (await memberCall(`/api/claims/${target.id}`)).json()) as Claim).status).toBe('misleading')
  })

  it('keeps all of 50 concurrent reviews of one claim', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        review({ status: index % 2 ? 'supported' : 'in_review', note: `review ${index}` }, index % 3 ? ALICE : BOB),
      ),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201))
    const history = (await (await memberCall(`/api/claims/${target.id}/reviews`)).json()) as { reviews: Review[] }
    expect(history.reviews.map((entry) => entry.note).sort()).toEqual(Array.from({ length: 50 }, (_, index) => `review ${index}`).sort())
    const claim = (await (await memberCall(`/api/claims/${target.id}`)).json()) as Claim
    expect(claim.notes).toHaveLength(20)
    expect(claim.reviewCount).toBe(50)
    expect(claim.status).toBe(history.reviews.at(-1)?.status)
  })

  it('refuses a missing or wrong token and stores nothing', async () => {
    await problemOf(await review({ status: 'refuted' }, null), 401)
    const wrong = await review({ status: 'refuted' }, 'not-a-token')
    expect(wrong.headers.get('WWW-Authenticate')).toMatch(/^Bearer/)
    await problemOf(wrong, 401)
    await problemOf(await review({ status: 'refuted' }, `${ALICE}x`), 401)
    const history = (await (await memberCall(`/api/claims/${target.id}/reviews`)).json()) as { reviews: Review[] }
    expect(history.reviews).toEqual([])
  })

  it('never echoes a token, and rate limits a client that keeps presenting wrong ones', async () => {
    const guess = 'wrong-token-that-must-not-be-echoed'
    const statuses: number[] = []
    // The limiter counts 10 a minute in fixed windows: across a window's end it can take twice that.
    while (statuses.length < 25 && statuses.at(-1) !== 429) {
      const response = await review({ status: 'refuted' }, guess, { 'CF-Connecting-IP': '203.0.113.99' })
      statuses.push(response.status)
      expect(await response.text()).not.toContain(guess)
    }
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.slice(0, -1).length).toBeGreaterThanOrEqual(10)
    expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true)
    const other = await review({ note: 'from another client' }, ALICE, { 'CF-Connecting-IP': '198.51.100.2' })
    expect(other.status).toBe(201)
  })

  it('refuses invalid bodies naming the field, and stores nothing', async () => {
    const cases: [unknown, string][] = [
      [{}, 'status'],
      [{ status: 'true' }, 'status'],
      [{ note: '   ' }, 'note'],
      [{ note: 'x'.repeat(5001) }, 'note'],
      [{ note: 'fine', reviewer: 'mallory' }, 'reviewer'],
      [{ note: 'fine', sources: [{ url: 'javascript:alert(1)' }] }, 'sources.0.url'],
      [{ note: 'fine', sources: 'https://example.org' }, 'sources'],
      [[], 'status'],
      ['null', 'body'],
    ]
    for (const [body, field] of cases) {
      const problem = await problemOf(await review(body), 400)
      expect(
        problem.errors?.map((error) => error.field),
        JSON.stringify(body),
      ).toContain(field)
    }
    await problemOf(await review('{"status": "supported"'), 400)
    const history = (await (await memberCall(`/api/claims/${target.id}/reviews`)).json()) as { reviews: Review[] }
    expect(history.reviews).toEqual([])
  })

  it('answers 415 for a body that is not JSON and 413 over the cap', async () => {
    const form = await call(`/api/claims/${target.id}/reviews`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ALICE}`, 'Content-Type': 'text/plain' },
      body: 'status=refuted',
    })
    await problemOf(form, 415)
    await problemOf(await review({ note: 'x'.repeat(70 * 1024) }), 413)
  })

  it('answers 404 for a review of an unknown claim', async () => {
    await problemOf(await postJson('/api/claims/0123456789abcdef-000000/reviews', { status: 'refuted' }), 404)
  })

  it('records a review sent twice at once with one Idempotency-Key once', async () => {
    const body = { status: 'supported', note: 'double click' }
    const responses = await Promise.all([1, 2].map(() => review(body, ALICE, { 'Idempotency-Key': 'double-click' })))
    expect(responses.every((response) => response.status === 200 || response.status === 201)).toBe(true)
    const history = (await (await memberCall(`/api/claims/${target.id}/reviews`)).json()) as { reviews: Review[] }
    expect(history.reviews.map((entry) => entry.note)).toEqual(['double click'])
  })

  it('acknowledges only one of four different reviews sent at once with one Idempotency-Key; the others get 409', async () => {
    const bodies = ['first', 'second', 'third', 'fourth'].map((note) => ({ status: 'in_review', note }))
    const responses = await Promise.all(bodies.map((body) => review(body, ALICE, { 'Idempotency-Key': 'one-key' })))
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses).toEqual([201, 409, 409, 409])
    const winner = (await responses.find((response) => response.status === 201)?.json()) as { review: Review }
    const history = (await (await memberCall(`/api/claims/${target.id}/reviews`)).json()) as { reviews: Review[] }
    expect(history.reviews).toEqual([winner.review])
  })

  it('records a retried review once with the same Idempotency-Key', async () => {
    const body = { status: 'refuted', note: 'retry me' }
    const first = await review(body, ALICE, { 'Idempotency-Key': 'abc-123' })
    const again = await review(body, ALICE, { 'Idempotency-Key': 'abc-123' })
    expect([first.status, again.status]).toEqual([201, 200])
    const [a, b] = [(await first.json()) as { review: Review }, (await again.json()) as { review: Review }]
    expect(b.review).toEqual(a.review)
    await problemOf(await review({ status: 'supported' }, ALICE, { 'Idempotency-Key': 'abc-123' }), 409)
    const history = (await (await memberCall(`/api/claims/${target.id}/reviews`)).json()) as { reviews: Review[] }
    expect(history.reviews).toHaveLength(1)
  })
})

describe('re-seeding', () => {
  it('keeps every review, status and note', async () => {
    await review({ status: 'in_review', note: 'first' })
    await review({ status: 'refuted', note: 'second' }, BOB)
    const before = (await (await memberCall(`/api/claims/${target.id}`)).json()) as Claim
    const again = await seed()
    expect(again.created).toBe(false)
    expect(again.claims.map((claim) => claim.id)).toEqual(claims.map((claim) => claim.id))
    const after = (await (await memberCall(`/api/claims/${target.id}`)).json()) as Claim
    expect(after).toEqual(before)
    const history = (await (await memberCall(`/api/claims/${target.id}/reviews`)).json()) as { reviews: Review[] }
    expect(history.reviews.map((entry) => entry.note)).toEqual(['first', 'second'])
    const listed = (await (await memberCall('/api/claims?status=refuted')).json()) as { claims: ClaimSummary[] }
    expect(listed.claims.map((claim) => claim.id)).toEqual([target.id])
  })
})
