import type { Context } from 'hono'
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie'
import * as v from 'valibot'
import type { Member } from '../../schemas/member'
import { memberRole, tokenFingerprint } from './auth'
import type { AppEnv } from '../env'

const COOKIE = 'session'
/** A working day: sign in once per shift. */
const SESSION_SECONDS = 12 * 60 * 60

/**
 * Over https the cookie is `__Host-` prefixed (Secure, this host only, path /). Over plain http
 * (`wrangler dev --ip` on a LAN) browsers drop Secure cookies, so it is a plain cookie there.
 */
function cookieFor(c: Context): { secure: boolean; prefix?: 'host' } {
  return new URL(c.req.url).protocol === 'https:' ? { secure: true, prefix: 'host' } : { secure: false }
}

/** The signed value: who, until when, which token opened it, and the session's own id. */
const SessionValueSchema = v.tuple([v.string(), v.number(), v.string(), v.string()])

function readSessionValue(value: string): v.InferOutput<typeof SessionValueSchema> | null {
  try {
    const result = v.safeParse(SessionValueSchema, JSON.parse(value))
    return result.success ? result.output : null
  } catch {
    return null
  }
}

async function currentSession(c: Context<AppEnv>): Promise<{ reviewer: string; id: string; expires: number } | null> {
  if (!c.env.SESSION_SECRET) return null
  const value = await getSignedCookie(c, c.env.SESSION_SECRET, COOKIE, cookieFor(c).prefix)
  const session = value ? readSessionValue(value) : null
  if (session === null) return null
  const [reviewer, expires, fingerprint, id] = session
  const now = Date.now() / 1000
  // A signed expiry further away than a session lasts was not issued by this version: refuse it.
  if (!(expires > now && expires <= now + SESSION_SECONDS)) return null
  const current = await tokenFingerprint(c.env.REVIEWER_TOKENS, reviewer)
  if (current === null || current !== fingerprint) return null
  if (await c.var.store.isSessionEnded(id)) return null
  return { reviewer, id, expires }
}

/**
 * The signed-in reviewer, or null. A session ends at expiry, at sign-out, or when the
 * reviewer's token is replaced or removed.
 */
export async function sessionReviewer(c: Context<AppEnv>): Promise<string | null> {
  return (await currentSession(c))?.reviewer ?? null
}

/** The signed-in member with their role as `REVIEWER_TOKENS` gives it now, or null. */
export async function sessionMember(c: Context<AppEnv>): Promise<Member | null> {
  const name = await sessionReviewer(c)
  const role = name === null ? null : memberRole(c.env.REVIEWER_TOKENS, name)
  return name === null || role === null ? null : { name, role }
}

/** Signs the reviewer in: an HttpOnly, SameSite=Lax cookie signed with SESSION_SECRET. */
export async function startSession(c: Context<AppEnv>, reviewer: string): Promise<void> {
  const expires = Math.floor(Date.now() / 1000) + SESSION_SECONDS
  const fingerprint = await tokenFingerprint(c.env.REVIEWER_TOKENS, reviewer)
  const value = JSON.stringify([reviewer, expires, fingerprint, crypto.randomUUID()])
  await setSignedCookie(c, COOKIE, value, c.env.SESSION_SECRET, {
    ...cookieFor(c),
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: SESSION_SECONDS,
  })
}

/** Signs out: the session is recorded as ended, so a copy of its cookie no longer works either. */
export async function endSession(c: Context<AppEnv>): Promise<void> {
  const session = await currentSession(c)
  if (session !== null) await c.var.store.endSession(session.id, session.expires)
  deleteCookie(c, COOKIE, { ...cookieFor(c), path: '/', httpOnly: true, sameSite: 'Lax' })
}
