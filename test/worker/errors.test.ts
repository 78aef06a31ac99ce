import { reset } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../schemas/claim'
import { ALICE, call, fourteenCountries, postJson, problemOf, seed } from './helpers'

const ORIGIN = 'https://desk.test'
let target: Claim

beforeEach(async () => {
  await reset()
  target = fourteenCountries((await seed()).claims)
})

function postForm(path: string, body: string, headers: Record<string, string> = {}) {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, ...headers },
    body,
    redirect: 'manual',
  })
}

async function htmlPage(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status)
  expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
  return response.text()
}

describe('errors people see', () => {
  it('are HTML pages on page paths, and problem+json on API paths', async () => {
    for (const path of ['/articles', '/claims', '/favicon.ico', '/nothing/here']) {
      const html = await htmlPage(await call(path), 404)
      expect(html).toContain('<h1>Page not found</h1>')
      expect(html).toContain('<a href="/">All claims</a>')
    }
    await problemOf(await call('/api/nothing'), 404)
    await problemOf(await call('/api/claims/0123456789abcdef-000000'), 404)
  })

  it('refuse a cross-site form post with an HTML page that says nothing was saved', async () => {
    const html = await htmlPage(await postForm(`/claims/${target.id}/review`, 'status=refuted', { Origin: 'https://evil.example' }), 403)
    expect(html).toContain('nothing was saved')
  })
})

describe('methods a path does not answer', () => {
  it('get 405 with Allow, on the API and on pages', async () => {
    const claim = await problemOf(await call(`/api/claims/${target.id}`, { method: 'DELETE' }), 405)
    expect(claim.detail).toContain('GET')
    expect((await call(`/api/claims/${target.id}`, { method: 'DELETE' })).headers.get('Allow')).toBe('GET, HEAD, PATCH')
    const reviews = await call(`/api/claims/${target.id}/reviews`, { method: 'PUT', headers: { Authorization: `Bearer ${ALICE}` } })
    expect(reviews.status).toBe(405)
    expect(reviews.headers.get('Allow')).toBe('GET, HEAD, POST')
    const page = await call('/login', { method: 'DELETE', headers: { Origin: ORIGIN } })
    expect(page.status).toBe(405)
    expect(page.headers.get('Allow')).toBe('GET, HEAD, POST')
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/)
  })
})

describe('form posts over the size cap', () => {
  it('are refused with 413 before they are read: nothing echoed, nothing stored, no sign-in attempt counted', async () => {
    const huge = `status=refuted&note=${'x'.repeat(200 * 1024)}`
    const review = await postForm(`/claims/${target.id}/review`, huge)
    const html = await htmlPage(review, 413)
    expect(html.length).toBeLessThan(10_000)
    const claim = (await (await call(`/api/claims/${target.id}`)).json()) as Claim
    expect(claim.notes).toEqual([])
    const login = await postForm('/login', `token=${'y'.repeat(20 * 1024)}`, { 'CF-Connecting-IP': '203.0.113.50' })
    expect(login.status).toBe(413)
  })
})

describe('the sign-in rate limit', () => {
  it('counts an IPv6 client by its /64, and other networks separately', async () => {
    const attempt = (address: string) => postForm('/login', 'token=wrong', { 'CF-Connecting-IP': address })
    const statuses: number[] = []
    for (let index = 1; index <= 12; index++) statuses.push((await attempt(`2001:db8:7:1:${index.toString(16)}::1`)).status)
    expect(statuses).toContain(429)
    expect((await attempt('2001:0db8:0007:0001:ffff::2')).status).toBe(429)
    expect((await attempt('2001:db8:7:2::1')).status).toBe(401)
  })
})

describe('article metadata', () => {
  it('refuses dates that do not exist or are not plausible publication dates', async () => {
    for (const publishedAt of ['2024-02-30', '0000-01-01', '2023-13-01', '2999-01-01']) {
      const problem = await problemOf(
        await postJson('/api/articles', { text: 'The minister said 40 schools would close.', publishedAt }),
        400,
      )
      expect(problem.errors?.map((error) => error.field)).toEqual(['publishedAt'])
    }
    expect((await postJson('/api/articles', { text: 'The minister said 40 schools would close.', publishedAt: '2024-02-29' })).status).toBe(
      201,
    )
  })

  it('stores an article whose valid title is too long for KV metadata in its own script', async () => {
    const title = '中'.repeat(300)
    const response = await postJson('/api/articles', {
      text: 'The minister said 40 schools would close in 2025.',
      title,
      outlet: '新'.repeat(120),
    })
    expect(response.status).toBe(201)
    const { articles } = (await (await call('/api/articles')).json()) as { articles: { title: string }[] }
    const listed = articles.find((article) => article.title.startsWith('中'))
    expect(listed?.title.endsWith('…')).toBe(true)
  })
})
