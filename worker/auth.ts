import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from './env'
import { problem } from './problem'

async function digest(value: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value)))
}

/** Compares two SHA-256 digests in time independent of where they differ. */
function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length
  for (let index = 0; index < a.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0)
  return difference === 0
}

/**
 * The reviewer a token belongs to, or null. `REVIEWER_TOKENS` holds `name:token` pairs,
 * comma-separated. Every pair is compared, each in constant time over equal-length
 * digests, so timing reveals neither a token nor which pair matched.
 */
export async function reviewerForToken(tokens: string | undefined, presented: string): Promise<string | null> {
  const presentedDigest = await digest(presented)
  let reviewer: string | null = null
  for (const pair of (tokens ?? '').split(',')) {
    const separator = pair.indexOf(':')
    if (separator <= 0) continue
    const name = pair.slice(0, separator).trim()
    const token = pair.slice(separator + 1).trim()
    if (token.length === 0) continue
    if (sameDigest(await digest(token), presentedDigest) && reviewer === null) reviewer = name
  }
  return reviewer
}

/** Whether `name` is still a configured reviewer (a session outlives nothing it was granted by). */
export function isReviewer(tokens: string | undefined, name: string): boolean {
  return (tokens ?? '').split(',').some((pair) => pair.slice(0, pair.indexOf(':')).trim() === name && name !== '')
}

/** The client a failed attempt is counted against. */
export function clientKey(c: Context): string {
  return c.req.header('cf-connecting-ip') ?? 'local'
}

/** Counts a failed sign-in or bad token; true when this client has failed too often. */
export async function tooManyFailures(c: Context<AppEnv>): Promise<boolean> {
  const { success } = await c.env.AUTH_FAILURE_LIMITER.limit({ key: clientKey(c) })
  return !success
}

/** Requires `Authorization: Bearer <reviewer token>` and records the reviewer's name. */
export const requireReviewer = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization') ?? ''
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  const reviewer = match?.[1] === undefined ? null : await reviewerForToken(c.env.REVIEWER_TOKENS, match[1])
  if (reviewer === null) {
    if (await tooManyFailures(c)) {
      return problem(c, 429, 'too many failed attempts from this client; wait a minute', { headers: { 'Retry-After': '60' } })
    }
    const detail = match === null ? 'writes need an Authorization: Bearer <reviewer token> header' : 'the bearer token is not a reviewer token'
    return problem(c, 401, detail, { headers: { 'WWW-Authenticate': 'Bearer realm="factcheck"' } })
  }
  c.set('reviewer', reviewer)
  await next()
})
