import { env, reset } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import seedText from '../../seeds/000_583d68ef50ae58cd.txt?raw'
import * as v from 'valibot'
import { type Claim, ExtractedClaimSchema } from '../../schemas/claim'
import { storeExtraction } from '../../worker/desk/ingest'
import seedExtraction from '../support/seed-extraction.json'
import { ClaimStore } from '../../worker/store/store'

export const ALICE = 'test-token-alice'
export const BOB = 'test-token-bob'
/** An editor's and an admin's tokens (vitest.config.ts). */
export const EDITOR = 'test-token-erin'
export const ADMIN = 'test-token-ada'

/**
 * Stores the seed article as `npm run seed` does, returning its claims. Its claims come from a fixed
 * extraction (test/support/seed-extraction.json), so these tests hold whatever the extractor
 * finds; test/worker/articles.test.ts posts the seed through the extractor.
 */
export async function seed(kv: KVNamespace = env.FACTCHECK_KV) {
  const { text, extracted } = seedExtraction
  // Parsed, so a fixture older than the claim schema fails here rather than in some later assertion.
  const claims = v.parse(v.array(ExtractedClaimSchema), extracted.claims)
  return storeExtraction(
    new ClaimStore(kv, env.DESK_LEDGER),
    { outlet: 'WION', publishedAt: '2023-03-25' },
    { text, extracted: { ...extracted, claims } },
  )
}

export { seedText }

/** An empty store holding only the seed article: its claims, and the "at least 14 countries" claim. */
export async function freshSeed(): Promise<{ claims: Claim[]; target: Claim }> {
  await reset()
  const { claims } = await seed()
  return { claims, target: fourteenCountries(claims) }
}

/** The seed claim every desk starts with: "at least 14 countries". */
export function fourteenCountries(claims: readonly Claim[]): Claim {
  const claim = claims.find((candidate) => candidate.span.includes('at least 14 countries') && candidate.attribution.speaker !== null)
  if (claim === undefined) throw new Error('the seed claim "at least 14 countries" was not extracted')
  return claim
}

/** A request to the Worker, as a client sends it. */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(new URL(path, 'https://desk.test'), init))
}

/** The desk's own origin: a form posted from its pages carries it. */
export const ORIGIN = 'https://desk.test'

/** Posts a form as a browser on this site would, without following the redirect. */
export function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
}

/** A read by a desk member (a reviewer's token): the internal record, notes and proposed verdicts included. */
export function memberCall(path: string, token: string = ALICE): Promise<Response> {
  return call(path, { headers: { Authorization: `Bearer ${token}` } })
}

/** A reviewer proposes `status` with an explanation and a source, and an editor publishes it. */
export async function publish(claimId: string, status: string, explanation = 'AP quotes the spokesperson saying so.'): Promise<void> {
  const proposed = await postJson(`/api/claims/${claimId}/reviews`, {
    status,
    explanation,
    sources: [{ url: 'https://apnews.com/article/taliban-diplomats' }],
  })
  if (proposed.status !== 201) throw new Error(`proposing ${status}: ${proposed.status} ${await proposed.text()}`)
  const published = await postJson(`/api/claims/${claimId}/publish`, {}, EDITOR)
  if (published.status !== 200) throw new Error(`publishing ${status}: ${published.status} ${await published.text()}`)
}

/** POSTs JSON with a reviewer token. */
export function postJson(path: string, body: unknown, token: string | null = ALICE, headers: Record<string, string> = {}) {
  return call(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

export type ProblemBody = { type: string; title: string; status: number; detail: string; errors?: { field: string; message: string }[] }

/** Reads a problem+json response, checking its media type and status. */
export async function problemOf(response: Response, status: number): Promise<ProblemBody> {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`)
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.startsWith('application/problem+json')) throw new Error(`expected problem+json, got ${type}`)
  const body = (await response.json()) as ProblemBody
  if (body.status !== status) throw new Error(`problem body says ${body.status}`)
  return body
}
