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

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    'at least 14 countries',
    'the Taliban',
    'outlet',
    'person',
    'bob',
    '<script>',
    '\u0000',
    '🙂'.repeat(40),
    'x'.repeat(3000),
  ),
)
const nameOrNull = fc.oneof(hostileText, fc.constant(null), fc.integer())
const attribution = fc.record(
  {
    speaker: nameOrNull,
    role: nameOrNull,
    organization: nameOrNull,
    via: nameOrNull,
    speakerType: fc.oneof(hostileText, fc.constantFrom('person', 'outlet', 'unnamed', 'document')),
    mode: hostileText,
  },
  { requiredKeys: [] },
)
const bodies = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .record(
      {
        span: hostileText,
        quote: hostileText,
        sentenceStart: fc.oneof(fc.integer(), fc.double(), hostileText),
        attribution: fc.oneof(attribution, hostileText),
        name: nameOrNull,
        reason: hostileText,
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constant('{"span": "x"'),
)
const contentTypes = fc.constantFrom(
  'application/json',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  '',
)

/** Every refusal of the API is problem+json naming what was wrong; nothing a client sends is a 5xx. */
async function expectHandled(response: Response, what: string) {
  expect(response.status, what).toBeLessThan(500)
  if (response.status >= 400) {
    expect(response.headers.get('Content-Type'), what).toMatch(/^application\/problem\+json/)
    const problem = (await response.json()) as { detail: string; errors?: { field: string; message: string }[] }
    expect(problem.detail.length, what).toBeGreaterThan(0)
    for (const error of problem.errors ?? []) expect(error.field.length * error.message.length, what).toBeGreaterThan(0)
  } else {
    await response.arrayBuffer()
  }
}

describe('hostile input to the editing routes never causes a 5xx', () => {
  it('bodies, content types and tokens of PATCH, add, dismiss, undismiss and assign', async () => {
    const routes = fc.constantFrom(
      ['PATCH', '/api/claims/ID'],
      ['POST', '/api/articles/ARTICLE/claims'],
      ['POST', '/api/claims/ID/dismiss'],
      ['POST', '/api/claims/ID/undismiss'],
      ['POST', '/api/claims/ID/assignee'],
    )
    await fc.assert(
      fc.asyncProperty(bodies, contentTypes, routes, fc.boolean(), async (body, type, [method, route], authorised) => {
        const path = route!.replace('ID', target.id).replace('ARTICLE', target.articleId)
        const headers: Record<string, string> = authorised ? { Authorization: `Bearer ${ALICE}` } : {}
        if (type !== '') headers['Content-Type'] = type
        await expectHandled(await call(path, { method, headers, body }), `${method} ${path} ${type} ${body.slice(0, 80)}`)
      }),
      { numRuns: 150 },
    )
  })

  it('the correction, assignment, dismissal and add forms', async () => {
    const fields = fc.dictionary(
      fc.constantFrom('span', 'speaker', 'role', 'organization', 'via', 'speakerType', 'name', 'reason', 'sentenceStart'),
      hostileText,
    )
    const routes = fc.constantFrom(
      '/claims/ID/edit',
      '/claims/ID/assignee',
      '/claims/ID/dismiss',
      '/claims/ID/undismiss',
      '/articles/ARTICLE/claims',
    )
    await fc.assert(
      fc.asyncProperty(fields, routes, async (form, route) => {
        const path = route.replace('ID', target.id).replace('ARTICLE', target.articleId)
        const response = await call(path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://desk.test', Cookie: session },
          body: new URLSearchParams(form).toString(),
          redirect: 'manual',
        })
        expect(response.status, `${path} ${JSON.stringify(form).slice(0, 200)}`).toBeLessThan(500)
        await response.arrayBuffer()
      }),
      { numRuns: 80 },
    )
  })
})
