import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import type { Claim } from '../../schemas/claim'
import app from '../../worker/index'
import { EDGE_CACHE_NAME } from '../../worker/http/edge-cache'
import { instrumentKv, unreachableLedger } from '../support/instrumented-kv'
import { type ApiContract, loadContract } from './contract'
import { ADMIN, ALICE, EDITOR, freshSeed, seedText } from './helpers'

let contract: ApiContract
let target: Claim

beforeAll(async () => {
  contract = await loadContract()
})

beforeEach(async () => {
  ;({ target } = await freshSeed())
})

const ARTICLE = 'The government has set aside £40m for flood defences in 12 towns, the Environment Agency said on Monday.'

interface Exchange {
  method?: 'GET' | 'POST' | 'PATCH'
  headers?: Record<string, string>
  /** A JSON body, sent with Content-Type: application/json unless `headers` says otherwise. */
  json?: unknown
  body?: string
  /** Every KV operation fails, as when the service is down, and the edge holds no copy. */
  storageDown?: boolean
}

/**
 * Sends one request to the Worker and checks the exchange against the document; returns the
 * status and the ETag, so a test can ask again with If-None-Match.
 */
async function send(template: string, path: string, exchange: Exchange = {}) {
  const method = exchange.method ?? 'GET'
  const body = exchange.json === undefined ? exchange.body : JSON.stringify(exchange.json)
  const headers = { ...(exchange.json === undefined ? {} : { 'Content-Type': 'application/json' }), ...exchange.headers }
  const request = new Request(new URL(path, 'http://desk.test'), { method, headers, body })
  let response: Response
  if (exchange.storageDown) {
    // An answer still at the edge would be served through the outage; the 503 is for one that is not.
    await (await caches.open(EDGE_CACHE_NAME)).delete(request.url)
    const ctx = createExecutionContext()
    response = await app.fetch(request, { ...env, FACTCHECK_KV: instrumentKv(env.FACTCHECK_KV, { fault: () => 'throw' }).kv, DESK_LEDGER: unreachableLedger() }, ctx)
    await waitOnExecutionContext(ctx)
  } else {
    response = await exports.default.fetch(request)
  }
  const etag = response.headers.get('ETag')
  await contract.check(template, { method, url: request.url, contentType: headers['Content-Type'], body }, response)
  return { status: response.status, etag }
}

/** Asks for a resource three ways: fresh, with the ETag it got (304), and with storage down (503). */
async function conditionalGets(template: string, path: string, headers: Record<string, string> = {}): Promise<number[]> {
  const first = await send(template, path, { headers })
  const again = await send(template, path, { headers: { ...headers, 'If-None-Match': first.etag ?? '' } })
  const down = await send(template, path, { headers, storageDown: true })
  return [first.status, again.status, down.status]
}

const bearer = (token = ALICE) => ({ Authorization: `Bearer ${token}` })

/** A read with a wrong token from one client until it is throttled: 401s, then 429. */
async function wrongReaders(template: string, path: string, client: string): Promise<number[]> {
  const statuses: number[] = []
  for (let attempt = 0; attempt < 11; attempt++) statuses.push((await send(template, path, { headers: { ...bearer('not-a-token'), 'CF-Connecting-IP': client } })).status)
  return statuses
}

/** Wrong tokens from one client until it is throttled: 401s, then 429. */
async function wrongTokens(template: string, path: string, json: unknown, client: string, method: 'POST' | 'PATCH' = 'POST'): Promise<number[]> {
  const statuses: number[] = []
  for (let attempt = 0; attempt < 11; attempt++) {
    statuses.push((await send(template, path, { method, json, headers: { ...bearer('not-a-token'), 'CF-Connecting-IP': client } })).status)
  }
  return statuses
}

/** The statuses a route answered are exactly the ones it documents. */
function expectEveryDocumentedStatus(method: string, template: string, statuses: number[]) {
  expect([...new Set(statuses.map(String))].sort(), `${method} ${template}`).toEqual(contract.statuses(method, template))
}

async function proposeRefuted() {
  const { status } = await send('/api/claims/{id}/reviews', `/api/claims/${target.id}/reviews`, {
    method: 'POST',
    headers: bearer(),
    json: { status: 'refuted', note: 'The ministry lists 9 countries.', explanation: 'Nine, not fourteen.', sources: [{ url: 'https://apnews.com/' }] },
  })
  expect(status).toBe(201)
}

/** A reviewer proposes refuted and an editor publishes it. */
async function concludeTarget() {
  await proposeRefuted()
  const { status } = await send('/api/claims/{id}/publish', `/api/claims/${target.id}/publish`, { method: 'POST', headers: bearer(EDITOR) })
  expect(status).toBe(200)
}

describe('every route answers as GET /openapi.json documents it: statuses, headers and bodies', () => {
  it('GET /api/claims', async () => {
    const template = '/api/claims'
    const statuses = await conditionalGets(template, '/api/claims?limit=2&status=unreviewed')
    for (const query of ['limit=1', 'limit=100', `article=${target.articleId}&q=countries`, 'limit=0', 'limit=101', 'limit=1.5', 'limit=ten', 'status=true']) {
      statuses.push((await send(template, `/api/claims?${query}`)).status)
    }
    statuses.push((await send(template, '/api/claims?limit=2', { headers: bearer() })).status, ...(await wrongReaders(template, '/api/claims', '203.0.113.81')))
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/claims/{id}', async () => {
    const template = '/api/claims/{id}'
    const statuses = await conditionalGets(template, `/api/claims/${target.id}`)
    statuses.push((await send(template, '/api/claims/no-such-claim')).status, (await send(template, '/api/claims/NOT%20AN%20ID')).status)
    statuses.push((await send(template, `/api/claims/${target.id}`, { headers: bearer() })).status, ...(await wrongReaders(template, `/api/claims/${target.id}`, '203.0.113.82')))
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/claims/{id}/reviews', async () => {
    const template = '/api/claims/{id}/reviews'
    await concludeTarget()
    const statuses = await conditionalGets(template, `/api/claims/${target.id}/reviews`, bearer())
    statuses.push((await send(template, '/api/claims/no-such-claim/reviews', { headers: bearer() })).status, (await send(template, `/api/claims/${target.id}/reviews`)).status)
    statuses.push(...(await wrongReaders(template, `/api/claims/${target.id}/reviews`, '203.0.113.83')))
    statuses.push((await send(template, `/api/claims/${target.id}/reviews?cursor=not-a-cursor`, { headers: bearer() })).status)
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('POST /api/claims/{id}/reviews', async () => {
    const template = '/api/claims/{id}/reviews'
    const path = `/api/claims/${target.id}/reviews`
    const post = (json: unknown, headers: Record<string, string> = {}) => send(template, path, { method: 'POST', json, headers: { ...bearer(), ...headers } })
    const statuses = [
      (await post({ status: 'in_review', note: 'Checking with the ministry.', sources: [{ url: 'https://apnews.com/', title: 'AP' }] }, { 'Idempotency-Key': 'k1' })).status,
      (await post({ status: 'in_review', note: 'Checking with the ministry.', sources: [{ url: 'https://apnews.com/', title: 'AP' }] }, { 'Idempotency-Key': 'k1' })).status,
      (await post({ status: 'refuted' }, { 'Idempotency-Key': 'k1' })).status,
      (await post({ note: 'A note alone is a review.' })).status,
    ]
    for (const invalid of [{}, { explanation: 'no status, no note' }, { status: 'true' }, { note: '   ' }, { note: 'x'.repeat(5001) }, { note: 'ok', extra: 1 }, { note: 'ok', sources: [{ url: 'ftp://x' }] }]) {
      statuses.push((await post(invalid)).status)
    }
    statuses.push(
      (await send(template, path, { method: 'POST', body: '{"status":', headers: { ...bearer(), 'Content-Type': 'application/json' } })).status,
      (await send(template, path, { method: 'POST', json: { note: 'no token' } })).status,
      (await send(template, '/api/claims/no-such-claim/reviews', { method: 'POST', json: { note: 'x' }, headers: bearer() })).status,
      (await post({ note: 'x'.repeat(70 * 1024) })).status,
      (await send(template, path, { method: 'POST', body: 'note=x', headers: { ...bearer(), 'Content-Type': 'application/x-www-form-urlencoded' } })).status,
      (await send(template, path, { method: 'POST', json: { note: 'down' }, headers: bearer(), storageDown: true })).status,
      ...(await wrongTokens(template, path, { note: 'x' }, '203.0.113.71')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })

  it('GET /api/claims/{id}/claimreview', async () => {
    const template = '/api/claims/{id}/claimreview'
    const statuses = [(await send(template, `/api/claims/${target.id}/claimreview`)).status]
    await concludeTarget()
    statuses.push(...(await conditionalGets(template, `/api/claims/${target.id}/claimreview`)))
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/claimreviews', async () => {
    const template = '/api/claimreviews'
    await concludeTarget()
    const statuses = await conditionalGets(template, '/api/claimreviews?limit=10')
    statuses.push((await send(template, '/api/claimreviews?limit=0')).status, (await send(template, '/api/claimreviews?cursor=garbage!')).status)
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/claims.csv', async () => {
    const template = '/api/claims.csv'
    const statuses = await conditionalGets(template, '/api/claims.csv?status=unreviewed')
    statuses.push((await send(template, '/api/claims.csv?limit=0')).status, (await send(template, '/api/claims.csv?limit=5', { headers: bearer() })).status)
    statuses.push(...(await wrongReaders(template, '/api/claims.csv', '203.0.113.84')))
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('POST /api/claims/{id}/publish', async () => {
    const template = '/api/claims/{id}/publish'
    const path = `/api/claims/${target.id}/publish`
    const publish = (headers: Record<string, string> = bearer(EDITOR), to = path) => send(template, to, { method: 'POST', headers })
    const statuses = [(await publish()).status]
    await proposeRefuted()
    statuses.push(
      (await publish(bearer())).status,
      (await publish({ ...bearer(EDITOR), 'Idempotency-Key': 'x'.repeat(201) })).status,
      (await publish({})).status,
      (await publish(bearer(EDITOR), '/api/claims/no-such-claim/publish')).status,
      (await send(template, path, { method: 'POST', headers: bearer(EDITOR), storageDown: true })).status,
      (await publish({ ...bearer(EDITOR), 'Idempotency-Key': 'p1' })).status,
      (await publish(bearer(EDITOR))).status,
      ...(await wrongTokens(template, path, {}, '203.0.113.85')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })

  it('POST /api/claims/{id}/corrections', async () => {
    const template = '/api/claims/{id}/corrections'
    const path = `/api/claims/${target.id}/corrections`
    const correct = (json: unknown, headers: Record<string, string> = bearer(EDITOR)) => send(template, path, { method: 'POST', json, headers })
    const note = { note: 'The ministry later listed 14.', status: 'supported' }
    const statuses = [(await correct(note)).status]
    await concludeTarget()
    statuses.push(
      (await correct(note, { ...bearer(EDITOR), 'Idempotency-Key': 'c1' })).status,
      (await correct(note, { ...bearer(EDITOR), 'Idempotency-Key': 'c1' })).status,
      (await correct({ note: '' })).status,
      (await correct({ note: 'x', status: 'in_review' })).status,
      (await correct(note, bearer())).status,
      (await correct(note, {})).status,
      (await send(template, '/api/claims/no-such-claim/corrections', { method: 'POST', json: note, headers: bearer(EDITOR) })).status,
      (await correct({ note: 'x'.repeat(20 * 1024) })).status,
      (await send(template, path, { method: 'POST', body: 'note=x', headers: { ...bearer(EDITOR), 'Content-Type': 'text/plain' } })).status,
      (await send(template, path, { method: 'POST', json: note, headers: bearer(EDITOR), storageDown: true })).status,
      ...(await wrongTokens(template, path, note, '203.0.113.86')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })

  it('GET /api/corrections', async () => {
    await concludeTarget()
    const correction = await send('/api/claims/{id}/corrections', `/api/claims/${target.id}/corrections`, { method: 'POST', json: { note: 'The ministry later listed 14.' }, headers: bearer(EDITOR) })
    expect(correction.status).toBe(201)
    const template = '/api/corrections'
    const statuses = [
      (await send(template, template)).status,
      (await send(template, `${template}?cursor=${'x'.repeat(2001)}`)).status,
      (await send(template, template, { storageDown: true })).status,
    ]
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/activity and /api/claims/{id}/activity', async () => {
    await concludeTarget()
    const desk = '/api/activity'
    const deskStatuses = [
      (await send(desk, desk, { headers: bearer(ADMIN) })).status,
      (await send(desk, `${desk}?cursor=${'x'.repeat(2001)}`, { headers: bearer(ADMIN) })).status,
      (await send(desk, desk, { headers: bearer(EDITOR) })).status,
      (await send(desk, desk)).status,
      (await send(desk, desk, { headers: bearer(ADMIN), storageDown: true })).status,
      ...(await wrongReaders(desk, desk, '203.0.113.87')),
    ]
    expectEveryDocumentedStatus('get', desk, deskStatuses)
    const template = '/api/claims/{id}/activity'
    const path = `/api/claims/${target.id}/activity`
    const statuses = [
      (await send(template, path, { headers: bearer(ADMIN) })).status,
      (await send(template, `${path}?cursor=${'x'.repeat(2001)}`, { headers: bearer(ADMIN) })).status,
      (await send(template, path, { headers: bearer() })).status,
      (await send(template, path)).status,
      (await send(template, '/api/claims/no-such-claim/activity', { headers: bearer(ADMIN) })).status,
      (await send(template, path, { headers: bearer(ADMIN), storageDown: true })).status,
      ...(await wrongReaders(template, path, '203.0.113.88')),
    ]
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/articles and /api/articles/{id}', async () => {
    expectEveryDocumentedStatus('get', '/api/articles', [...(await conditionalGets('/api/articles', '/api/articles')), (await send('/api/articles', '/api/articles?limit=0')).status])
    const template = '/api/articles/{id}'
    const statuses = await conditionalGets(template, `/api/articles/${target.articleId}`)
    statuses.push((await send(template, '/api/articles/0000000000000000')).status)
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('POST /api/articles', async () => {
    const template = '/api/articles'
    const post = (exchange: Exchange) => send(template, '/api/articles', { method: 'POST', ...exchange, headers: { ...bearer(), ...exchange.headers } })
    const statuses = [
      (await post({ json: { text: ARTICLE, title: 'Flood fund', outlet: 'BBC', publishedAt: '2024-02-01', url: 'https://www.bbc.co.uk/news/x' } })).status,
      (await post({ json: { text: seedText, outlet: 'WION' } })).status,
      (await post({ json: { url: `${inject('articlePagesOrigin')}/pages/opengraph-only.html`, outlet: 'Courier' } })).status,
      (await post({ json: { url: `${inject('articlePagesOrigin')}/pages/no-article.html` } })).status,
      (await post({ json: { url: 'https://desk.test/claims/x' } })).status,
      (await post({ json: { url: `${inject('unreachableOrigin')}/story` } })).status,
    ]
    for (const invalid of [{}, { text: '' }, { text: ' \n ' }, { text: ARTICLE, title: '  ' }, { text: ARTICLE, url: 'not a url' }, { text: ARTICLE, publishedAt: '25 March' }, { text: ARTICLE, author: 'x' }, { url: 'ftp://example.com/x' }, { url: 'https://example.com/x', title: ' ' }, { url: 'https://example.com/x', author: 'x' }]) {
      statuses.push((await post({ json: invalid })).status)
    }
    statuses.push(
      (await send(template, '/api/articles', { method: 'POST', json: { text: ARTICLE } })).status,
      (await post({ json: { text: 'word '.repeat(25_000) } })).status,
      (await post({ body: ARTICLE, headers: { 'Content-Type': 'text/plain' } })).status,
      (await post({ json: { text: ARTICLE }, storageDown: true })).status,
      ...(await wrongTokens(template, '/api/articles', { text: ARTICLE }, '203.0.113.72')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })

  it('PATCH /api/claims/{id}', async () => {
    const template = '/api/claims/{id}'
    const path = `/api/claims/${target.id}`
    const patch = (exchange: Exchange) => send(template, path, { method: 'PATCH', ...exchange, headers: { ...bearer(), ...exchange.headers } })
    const statuses = [
      (await patch({ json: { span: 'at least 14 countries', attribution: { role: 'chief spokesperson' } } })).status,
      (await patch({ json: { attribution: { speaker: 'Zabihullah Mujahid', speakerType: 'person' } } })).status,
    ]
    for (const invalid of [{}, { span: 'not in the sentence' }, { span: '  ' }, { attribution: {} }, { attribution: { speakerType: 'outlet' } }, { attribution: { mode: 'direct' } }, { kind: 'quote' }, []]) {
      statuses.push((await patch({ json: invalid })).status)
    }
    statuses.push(
      (await send(template, path, { method: 'PATCH', json: { span: 'x' } })).status,
      (await send(template, '/api/claims/no-such-claim', { method: 'PATCH', json: { span: 'x' }, headers: bearer() })).status,
      (await patch({ json: { span: 'x'.repeat(20 * 1024) } })).status,
      (await patch({ body: 'span=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status,
      (await patch({ json: { span: 'at least 14 countries' }, storageDown: true })).status,
      ...(await wrongTokens(template, path, { span: 'x' }, '203.0.113.73', 'PATCH')),
    )
    expectEveryDocumentedStatus('patch', template, statuses)
  })

  it('POST /api/articles/{id}/claims', async () => {
    const template = '/api/articles/{id}/claims'
    const path = `/api/articles/${target.articleId}/claims`
    const post = (exchange: Exchange) => send(template, path, { method: 'POST', ...exchange, headers: { ...bearer(), ...exchange.headers } })
    const quote = 'The international community remains wary of officially recognising the Islamic Emirate.'
    const statuses = [(await post({ json: { quote, attribution: { speaker: 'the international community', speakerType: 'unnamed' } } })).status, (await post({ json: { quote } })).status]
    for (const invalid of [{}, { quote: 'not in the article' }, { quote: 'the Taliban' }, { sentenceStart: 1 }, { sentenceStart: -1 }, { quote, span: 'elsewhere' }, { quote, sentenceStart: 0 }, { quote, kind: 'event' }]) {
      statuses.push((await post({ json: invalid })).status)
    }
    statuses.push(
      (await send(template, path, { method: 'POST', json: { quote } })).status,
      (await send(template, '/api/articles/0000000000000000/claims', { method: 'POST', json: { quote }, headers: bearer() })).status,
      (await post({ json: { quote: 'x'.repeat(20 * 1024) } })).status,
      (await post({ body: 'quote=x', headers: { 'Content-Type': 'text/plain' } })).status,
      (await post({ json: { quote: 'Saturday' }, storageDown: true })).status,
      ...(await wrongTokens(template, path, { quote }, '203.0.113.74')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })

  it('POST /api/claims/{id}/dismiss and /undismiss', async () => {
    const template = '/api/claims/{id}/dismiss'
    const path = `/api/claims/${target.id}/dismiss`
    const post = (exchange: Exchange) => send(template, path, { method: 'POST', ...exchange, headers: { ...bearer(), ...exchange.headers } })
    const statuses = [(await post({ json: { reason: 'Repeats the headline.' } })).status, (await post({ json: {} })).status]
    for (const invalid of [{ reason: '' }, { reason: 7 }, { reason: 'x'.repeat(501) }, { why: 'x' }, [], 'no']) statuses.push((await post({ json: invalid })).status)
    statuses.push(
      (await send(template, path, { method: 'POST', json: {} })).status,
      (await send(template, '/api/claims/no-such-claim/dismiss', { method: 'POST', json: {}, headers: bearer() })).status,
      (await post({ json: { reason: 'x'.repeat(20 * 1024) } })).status,
      (await post({ body: 'reason=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status,
      (await post({ json: {}, storageDown: true })).status,
      ...(await wrongTokens(template, path, {}, '203.0.113.75')),
    )
    expectEveryDocumentedStatus('post', template, statuses)

    const undismiss = '/api/claims/{id}/undismiss'
    const restore = (exchange: Exchange = {}) => send(undismiss, `/api/claims/${target.id}/undismiss`, { method: 'POST', ...exchange, headers: { ...bearer(), ...exchange.headers } })
    const restored = [
      (await restore()).status,
      (await restore()).status,
      (await send(undismiss, `/api/claims/${target.id}/undismiss`, { method: 'POST' })).status,
      (await send(undismiss, '/api/claims/no-such-claim/undismiss', { method: 'POST', headers: bearer() })).status,
      (await restore({ storageDown: true })).status,
    ]
    for (let attempt = 0; attempt < 11; attempt++) {
      restored.push((await send(undismiss, `/api/claims/${target.id}/undismiss`, { method: 'POST', headers: { ...bearer('not-a-token'), 'CF-Connecting-IP': '203.0.113.76' } })).status)
    }
    expectEveryDocumentedStatus('post', undismiss, restored)
  })

  it('POST /api/claims/{id}/assignee', async () => {
    const template = '/api/claims/{id}/assignee'
    const path = `/api/claims/${target.id}/assignee`
    const post = (exchange: Exchange) => send(template, path, { method: 'POST', ...exchange, headers: { ...bearer(), ...exchange.headers } })
    const statuses = [(await post({ json: { name: 'bob' } })).status, (await post({ json: { name: null } })).status]
    for (const invalid of [{}, { name: 'mallory' }, { name: '' }, { name: 3 }, { name: 'bob', by: 'alice' }]) statuses.push((await post({ json: invalid })).status)
    statuses.push(
      (await send(template, path, { method: 'POST', json: { name: 'bob' } })).status,
      (await send(template, '/api/claims/no-such-claim/assignee', { method: 'POST', json: { name: 'bob' }, headers: bearer() })).status,
      (await post({ json: { name: 'x'.repeat(20 * 1024) } })).status,
      (await post({ body: 'name=bob', headers: { 'Content-Type': 'text/plain' } })).status,
      (await post({ json: { name: 'bob' }, storageDown: true })).status,
      ...(await wrongTokens(template, path, { name: 'bob' }, '203.0.113.77')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })
})
