import type { Context } from 'hono'
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie'
import { tokenFingerprint } from './auth'
import type { AppEnv } from './env'

const COOKIE = 'session'
/** A working day: sign in once per shift. */
const SESSION_SECONDS = 12 * 60 * 60

/** The signed-in reviewer, or null. A session ends at expiry or when the reviewer's token is replaced or removed. */
export async function sessionReviewer(c: Context<AppEnv>): Promise<string | null> {
  if (!c.env.SESSION_SECRET) return null
  const value = await getSignedCookie(c, c.env.SESSION_SECRET, COOKIE)
  if (!value) return null
  const [name = '', expires = '', fingerprint = ''] = value.split('|')
  if (!(Number(expires) > Date.now() / 1000)) return null
  const current = await tokenFingerprint(c.env.REVIEWER_TOKENS, name)
  return current !== null && current === fingerprint ? name : null
}

/** Signs the reviewer in: an HttpOnly, Secure, SameSite=Lax cookie signed with SESSION_SECRET. */
export async function startSession(c: Context<AppEnv>, reviewer: string): Promise<void> {
  const expires = Math.floor(Date.now() / 1000) + SESSION_SECONDS
  const fingerprint = await tokenFingerprint(c.env.REVIEWER_TOKENS, reviewer)
  await setSignedCookie(c, COOKIE, `${reviewer}|${expires}|${fingerprint}`, c.env.SESSION_SECRET, {
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: SESSION_SECONDS,
  })
}

export function endSession(c: Context<AppEnv>): void {
  deleteCookie(c, COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' })
}
