import { reset } from 'cloudflare:test'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim } from '../../schemas/claim'
import { ALICE, call, fourteenCountries, seed } from './helpers'

let target: Claim
let session: string

beforeAll(async () => {
  await reset()
  target = fourteenCountries((await seed()).claims)
  const login = await call('/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://desk.test' },
    body: `token=${ALICE}`,
    redirect: 'manual',
  })
  session = (login.headers.get('Set-Cookie') ?? '').split(';')[0] ?? ''
})

/** Every refusal of the API is problem+json that says what was wrong; nothing is ever a 5xx. */
async function expectHandled(response: Response, what: string) {
  expect(response.status, what).toBeLessThan(500)
  if (response.status >= 400 && new URL(response.url || 'https://desk.test/api').pathname.startsWith('/api')) {
    expect(response.headers.get('Content-Type'), what).toMatch(/^application\/problem\+json/)
    const problem = (await response.json()) as { detail: string; errors?: { field: string; message: string }[] }
    expect(problem.detail.length, what).toBeGreaterThan(0)
    for (const error of problem.errors ?? []) expect(error.field.length * error.message.length, what).toBeGreaterThan(0)
  } else {
    await response.arrayBuffer()
  }
}

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('../', '..%2F..%2F', '%00', '\u0000', 'v1:claim:', '<script>', '%E0%A4%A', '🙂'.repeat(50), 'x'.repeat(5000)),
)
const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
  'application/json\u0000',
)
const bodies = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .record(
      { status: fc.oneof(fc.string(), fc.constantFrom('supported', 'refuted')), note: fc.oneof(fc.string(), fc.integer()) },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.constant('{"note": "x"'),
)

const API = { path: '/api', numRuns: 60 }

describe('hostile input never causes a 5xx', () => {
  it('ids in every route', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileText,
        fc.constantFrom('/api/claims/', '/api/articles/', '/claims/', '/articles/'),
        fc.constantFrom('', '/reviews', '/claimreview'),
        async (id, route, tail) => {
          const path = `${route}${encodeURIComponent(id)}${route.startsWith('/api/claims') ? tail : ''}`
          await expectHandled(await call(path), path)
        },
      ),
      { numRuns: API.numRuns },
    )
  })

  it('query strings of the list, export and pages', async () => {
    const queryKey = fc.oneof(fc.constantFrom('status', 'article', 'q', 'limit', 'cursor'), fc.string({ maxLength: 10 }))
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(queryKey, hostileText), { maxLength: 6 }),
        fc.constantFrom('/api/claims', '/api/claims.csv', '/api/claimreviews', '/'),
        async (pairs, route) => {
          const query = pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')
          await expectHandled(await call(`${route}?${query}`), `${route}?${query}`)
        },
      ),
      { numRuns: API.numRuns },
    )
  })

  it('review and article bodies, content types and sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        bodies,
        contentTypes,
        fc.constantFrom(`/api/claims/${'ID'}/reviews`, '/api/articles'),
        fc.boolean(),
        async (body, type, route, authorised) => {
          const path = route.replace('ID', target.id)
          const headers: Record<string, string> = authorised ? { Authorization: `Bearer ${ALICE}` } : {}
          if (type !== '') headers['Content-Type'] = type.replace('\u0000', '')
          await expectHandled(await call(path, { method: 'POST', headers, body }), `${path} ${type} ${body.slice(0, 80)}`)
        },
      ),
      { numRuns: API.numRuns * 2 },
    )
  })

  it('the review form, sign-in form and add-article form', async () => {
    // No valid public URL can come out of these, so the article form never fetches the internet.
    const field = fc.oneof(hostileText, fc.constantFrom('supported', 'https://example.org\nnot a url', 'ftp://example.org/', '2024-02-30'))
    const names = fc.constantFrom(
      'status',
      'note',
      'explanation',
      'sources',
      'idempotencyKey',
      'token',
      'next',
      'url',
      'text',
      'title',
      'outlet',
      'publishedAt',
    )
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(names, field),
        fc.constantFrom(`/claims/${'ID'}/review`, '/login', '/articles/new'),
        async (fields, route) => {
          const path = route.replace('ID', target.id)
          const response = await call(path, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/x-www-form-urlencoded',
              Origin: 'https://desk.test',
              Cookie: session,
              'CF-Connecting-IP': '192.0.2.1',
            },
            body: new URLSearchParams(fields).toString(),
            redirect: 'manual',
          })
          expect(response.status, JSON.stringify(fields).slice(0, 200)).toBeLessThan(500)
          const location = response.headers.get('Location')
          if (location !== null) expect(location.startsWith('/') && !location.startsWith('//'), location).toBe(true)
        },
      ),
      { numRuns: API.numRuns },
    )
  })
})
