// The contract tests' shared exchange: each request is checked against GET /openapi.json.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import { beforeAll, beforeEach, expect } from 'vitest'
import type { Claim } from '../../schemas/claim'
import app from '../../worker/index'
import { EDGE_CACHE_NAME } from '../../worker/http/edge-cache'
import { instrumentKv, unreachableLedger } from '../support/instrumented-kv'
import { type ApiContract, loadContract } from './contract'
import { ALICE, EDITOR, freshSeed } from './helpers'

let contract: ApiContract
/** The seed claim of the current test, stored afresh before each. */
export const seeded = { target: undefined as unknown as Claim }

/** Loads the document once and seeds the desk before each test of the file that calls it. */
export function checkAgainstTheDocument(): void {
  beforeAll(async () => {
    contract = await loadContract()
  })
  beforeEach(async () => {
    seeded.target = (await freshSeed()).target
  })
}

export const ARTICLE = 'The government has set aside £40m for flood defences in 12 towns, the Environment Agency said on Monday.'

export interface Exchange {
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
export async function send(template: string, path: string, exchange: Exchange = {}) {
  const method = exchange.method ?? 'GET'
  const body = exchange.json === undefined ? exchange.body : JSON.stringify(exchange.json)
  const headers = { ...(exchange.json === undefined ? {} : { 'Content-Type': 'application/json' }), ...exchange.headers }
  const request = new Request(new URL(path, 'http://desk.test'), { method, headers, body })
  let response: Response
  if (exchange.storageDown) {
    // An answer still at the edge would be served through the outage; the 503 is for one that is not.
    await (await caches.open(EDGE_CACHE_NAME)).delete(request.url)
    const ctx = createExecutionContext()
    response = await app.fetch(
      request,
      { ...env, FACTCHECK_KV: instrumentKv(env.FACTCHECK_KV, { fault: () => 'throw' }).kv, DESK_LEDGER: unreachableLedger() },
      ctx,
    )
    await waitOnExecutionContext(ctx)
  } else {
    response = await exports.default.fetch(request)
  }
  const etag = response.headers.get('ETag')
  await contract.check(template, { method, url: request.url, contentType: headers['Content-Type'], body }, response)
  return { status: response.status, etag }
}

/** Asks for a resource three ways: fresh, with the ETag it got (304), and with storage down (503). */
export async function conditionalGets(template: string, path: string, headers: Record<string, string> = {}): Promise<number[]> {
  const first = await send(template, path, { headers })
  const again = await send(template, path, { headers: { ...headers, 'If-None-Match': first.etag ?? '' } })
  const down = await send(template, path, { headers, storageDown: true })
  return [first.status, again.status, down.status]
}

export const bearer = (token = ALICE) => ({ Authorization: `Bearer ${token}` })

/**
 * Wrong-token attempts from one client before it is throttled. The limiter counts 10 a minute in
 * fixed windows, so a run that straddles a window's end can take up to twice that.
 */
export const ATTEMPTS_UNTIL_THROTTLED = 25

/** A read with a wrong token from one client until it is throttled: 401s, then 429. */
export async function wrongReaders(template: string, path: string, client: string): Promise<number[]> {
  const statuses: number[] = []
  while (statuses.length < ATTEMPTS_UNTIL_THROTTLED && statuses.at(-1) !== 429)
    statuses.push((await send(template, path, { headers: { ...bearer('not-a-token'), 'CF-Connecting-IP': client } })).status)
  return statuses
}

/** Wrong tokens from one client until it is throttled: 401s, then 429. */
export async function wrongTokens(
  template: string,
  path: string,
  json: unknown,
  client: string,
  method: 'POST' | 'PATCH' = 'POST',
): Promise<number[]> {
  const statuses: number[] = []
  while (statuses.length < ATTEMPTS_UNTIL_THROTTLED && statuses.at(-1) !== 429)
    statuses.push((await send(template, path, { method, json, headers: { ...bearer('not-a-token'), 'CF-Connecting-IP': client } })).status)
  return statuses
}

/** The statuses a route answered are exactly the ones it documents. */
export function expectEveryDocumentedStatus(method: string, template: string, statuses: number[]) {
  expect([...new Set(statuses.map(String))].sort(), `${method} ${template}`).toEqual(contract.statuses(method, template))
}

export async function proposeRefuted() {
  const { status } = await send('/api/claims/{id}/reviews', `/api/claims/${seeded.target.id}/reviews`, {
    method: 'POST',
    headers: bearer(),
    json: {
      status: 'refuted',
      note: 'The ministry lists 9 countries.',
      explanation: 'Nine, not fourteen.',
      sources: [{ url: 'https://apnews.com/' }],
    },
  })
  expect(status).toBe(201)
}

/** A reviewer proposes refuted and an editor publishes it. */
export async function concludeTarget() {
  await proposeRefuted()
  const { status } = await send('/api/claims/{id}/publish', `/api/claims/${seeded.target.id}/publish`, {
    method: 'POST',
    headers: bearer(EDITOR),
  })
  expect(status).toBe(200)
}
