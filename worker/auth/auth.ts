// auth/: who is asking: bearer tokens, roles and the failed-attempt limit (here), page sessions,
// and the Idempotency-Key rule with the Durable Object ledger that settles races on one key.
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import * as v from 'valibot'
import { hasRole, type Member, type Role, RoleSchema } from '../../schemas/member'
import type { AppEnv } from '../env'
import { sha256Hex } from '../model/ids'
import { problem } from '../http/problem'

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
 * `REVIEWER_TOKENS`: comma-separated `name:token:role` entries (role `reviewer`, `editor` or
 * `admin`); `name:token` is a reviewer, as configurations before roles wrote it. Entries without
 * a name and a token are ignored. A last part that is not a role stays part of the token, so a
 * misspelt role ("alice:…:edtor") grants no more than a reviewer's rights.
 */
function memberTokens(tokens: string | undefined): (Member & { token: string })[] {
  return (tokens ?? '').split(',').flatMap((entry) => {
    const separator = entry.indexOf(':')
    const name = entry.slice(0, Math.max(separator, 0)).trim()
    let token = entry.slice(separator + 1).trim()
    let role: Role = 'reviewer'
    const roleAt = token.lastIndexOf(':')
    const named = roleAt > 0 ? token.slice(roleAt + 1).trim() : ''
    if (v.is(RoleSchema, named)) {
      role = named
      token = token.slice(0, roleAt).trim()
    }
    return separator > 0 && name !== '' && token !== '' ? [{ name, token, role }] : []
  })
}

/**
 * The member a token belongs to, or null. Every entry is compared, each in constant time
 * over equal-length digests, so timing reveals neither a token nor which entry matched.
 */
export async function memberForToken(tokens: string | undefined, presented: string): Promise<Member | null> {
  const presentedDigest = await digest(presented)
  let member: Member | null = null
  for (const { name, token, role } of memberTokens(tokens)) {
    if (sameDigest(await digest(token), presentedDigest) && member === null) member = { name, role }
  }
  return member
}

/** The role of the member with this name now (a changed role applies to open sessions at once), or null. */
export function memberRole(tokens: string | undefined, name: string): Role | null {
  return memberTokens(tokens).find((entry) => entry.name === name)?.role ?? null
}

/** The names of every desk member, in the order REVIEWER_TOKENS lists them. */
export function memberNames(tokens: string | undefined): string[] {
  return [...new Set(memberTokens(tokens).map((entry) => entry.name))]
}

/**
 * A short fingerprint of a reviewer's current token, kept in their session: replacing or
 * removing the token ends every session it opened. Null when the name has no token.
 */
export async function tokenFingerprint(tokens: string | undefined, name: string): Promise<string | null> {
  const entry = memberTokens(tokens).find((candidate) => candidate.name === name)
  if (entry === undefined) return null
  return sha256Hex(`session:${entry.token}`, 24)
}

/** An IPv6 address's /64 network (`2001:db8:1:2::/64`): one subscriber usually holds a whole /64. */
function ipv6Network(address: string): string {
  const [head = '', tail] = address.toLowerCase().split('::')
  const headGroups = head === '' ? [] : head.split(':')
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':')
  const zeros = tail === undefined ? [] : Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0')
  const groups = [...headGroups, ...zeros, ...tailGroups].slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ''))
  return `${groups.join(':')}::/64`
}

/**
 * The client a failed attempt is counted against: its address from CF-Connecting-IP, which
 * Cloudflare sets in production and `wrangler dev` sets to the peer's address; an IPv6 client
 * by its /64, an IPv4-mapped address as IPv4. A request without the header (only possible
 * outside both) shares one bucket.
 */
export function clientKey(c: Context): string {
  const address = c.req.header('cf-connecting-ip')?.trim()
  if (address === undefined || address === '') return 'no-client-address'
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped?.[1] !== undefined) return mapped[1]
  return address.includes(':') ? ipv6Network(address) : address
}

/** Counts an attempt against the client's limit; true when it is over the limit. */
export async function overAttemptLimit(c: Context<AppEnv>): Promise<boolean> {
  const { success } = await c.env.AUTH_FAILURE_LIMITER.limit({ key: clientKey(c) })
  return !success
}

/** Requires `Authorization: Bearer <member token>` and records the member's name and role. */
export const requireReviewer = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization') ?? ''
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  const member = match?.[1] === undefined ? null : await memberForToken(c.env.REVIEWER_TOKENS, match[1])
  if (member === null) {
    // Only failures count here, so API clients with a valid token are never throttled.
    if (await overAttemptLimit(c)) {
      return problem(c, 429, 'too many failed attempts from this client; wait a minute', { headers: { 'Retry-After': '60' } })
    }
    const detail =
      match === null
        ? "this needs a desk member's Authorization: Bearer <reviewer token> header"
        : 'the bearer token is not a reviewer token'
    return problem(c, 401, detail, { headers: { 'WWW-Authenticate': 'Bearer realm="factcheck"' } })
  }
  c.set('reviewer', member.name)
  c.set('role', member.role)
  await next()
})

/**
 * For reads: with a bearer token the reader is a member and sees the desk's internal record
 * (a wrong token is 401, as on writes); without one, the public view.
 */
export const identifyReader = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.header('Authorization') === undefined) {
    c.set('audience', 'public')
    return next()
  }
  return requireReviewer(c, async () => {
    c.set('audience', 'member')
    await next()
  })
})

/** After `requireReviewer`: refuses (403) a member whose role does not include `needed`. */
export function requireRole(needed: Role) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!hasRole(c.var.role, needed)) {
      return problem(c, 403, `this needs the ${needed} role; ${c.var.reviewer} is ${c.var.role === 'admin' ? 'an' : 'a'} ${c.var.role}`)
    }
    await next()
  })
}
