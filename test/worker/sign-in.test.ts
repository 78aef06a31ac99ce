import { createExecutionContext, env, reset } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../schemas/claim'
import { tokenFingerprint } from '../../worker/auth/auth'
import app from '../../worker/index'
import { ALICE, call, fourteenCountries, seed, memberCall, ORIGIN, postForm } from './helpers'

/** The seed claim's span, highlighted: the clause holding "at least 14 countries". */
let target: Claim

beforeEach(async () => {
  await reset()
  target = fourteenCountries((await seed()).claims)
})

let client = 0

async function signIn(token = ALICE): Promise<string> {
  // Each sign-in from its own address: sign-in attempts are limited per client.
  const response = await postForm('/login', { token, next: `/claims/${target.id}` }, { 'CF-Connecting-IP': `192.0.2.${++client}` })
  expect(response.status).toBe(303)
  expect(response.headers.get('Location')).toBe(`/claims/${target.id}`)
  const cookie = response.headers.get('Set-Cookie') ?? ''
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/Secure/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
  return cookie.split(';')[0] ?? ''
}

const page = async (path: string, cookie?: string) => {
  const response = await call(path, cookie === undefined ? {} : { headers: { Cookie: cookie } })
  return { response, html: await response.text() }
}

const history = async () => ((await (await memberCall(`/api/claims/${target.id}`)).json()) as Claim).notes

describe('signing in', () => {
  it('refuses a wrong token, rate limits repeated failures, and signs out', async () => {
    const wrong = await postForm('/login', { token: 'guess' }, { 'CF-Connecting-IP': '203.0.113.7' })
    expect(wrong.status).toBe(401)
    expect(await wrong.text()).toContain('not a reviewer token')
    // The limiter counts 10 a minute in fixed windows: across a window's end it can take twice that.
    const statuses: number[] = []
    while (statuses.length < 25 && statuses.at(-1) !== 429) {
      statuses.push((await postForm('/login', { token: `guess-${statuses.length}` }, { 'CF-Connecting-IP': '203.0.113.7' })).status)
    }
    expect(statuses).toContain(429)
    const other = await postForm('/login', { token: ALICE }, { 'CF-Connecting-IP': '198.51.100.1' })
    expect(other.status).toBe(303)
    const out = await postForm('/logout', {}, { Cookie: (other.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '' })
    expect(out.headers.get('Set-Cookie')).toMatch(/session=;.*Max-Age=0/i)
  })

  it('ends the session at sign-out, so a copy of its cookie no longer reviews', async () => {
    const cookie = await signIn()
    expect(cookie).toMatch(/^__Host-session=/)
    const out = await postForm('/logout', {}, { Cookie: cookie })
    expect(out.status).toBe(303)
    const replayed = await postForm(`/claims/${target.id}/review`, { status: 'refuted', note: 'after sign-out' }, { Cookie: cookie })
    expect(replayed.status).toBe(401)
    expect(await history()).toEqual([])
    expect((await page(`/claims/${target.id}`, cookie)).html).not.toContain('name="status"')
  })

  it('signs in over plain http (wrangler dev on a LAN address) with a cookie the browser keeps there', async () => {
    const lan = 'http://192.168.1.20:8787'
    const response = await call(`${lan}/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: lan, 'CF-Connecting-IP': '192.168.1.30' },
      body: new URLSearchParams({ token: ALICE, next: '/' }).toString(),
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    const cookie = response.headers.get('Set-Cookie') ?? ''
    expect(cookie).toMatch(/^session=/)
    expect(cookie).not.toMatch(/Secure/i)
    const signedIn = await call(`${lan}/claims/${target.id}`, { headers: { Cookie: cookie.split(';')[0] ?? '' } })
    expect(await signedIn.text()).toContain('name="status"')
  })

  it('refuses a session cookie whose signed expiry is further away than a session lasts', async () => {
    const farFuture = Math.floor(Date.now() / 1000) + 30 * 24 * 3600
    const value = JSON.stringify(['alice', farFuture, await tokenFingerprint(env.REVIEWER_TOKENS, 'alice'), 'id'])
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(env.SESSION_SECRET),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    )
    const signature = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(value)))))
    const forged = `__Host-session=${encodeURIComponent(`${value}.${signature}`)}`
    expect((await page(`/claims/${target.id}`, forged)).html).not.toContain('name="status"')
  })

  it('returns only to a page on this site after signing in', async () => {
    const cases: [string, string][] = [
      ['/\t/evil.example', '/'],
      ['/\n/evil.example', '/'],
      ['//evil.example', '/'],
      ['/\\evil.example', '/'],
      ['https://evil.example/', '/'],
      ['/.//evil.example', '/'],
      ['/claims/x?a=1', '/claims/x?a=1'],
    ]
    for (const [next, expected] of cases) {
      const response = await postForm('/login', { token: ALICE, next }, { 'CF-Connecting-IP': `198.51.100.${++client}` })
      expect(response.headers.get('Location'), next).toBe(expected)
    }
  })

  it('answers an unreadable form with 400, not an error', async () => {
    const response = await call('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x', Origin: ORIGIN },
      body: 'not multipart',
    })
    expect(response.status).toBe(400)
  })

  it('ends sessions when the reviewer’s token is replaced', async () => {
    const cookie = await signIn()
    const rotated = { ...env, REVIEWER_TOKENS: 'alice:a-new-token-for-alice,bob:test-token-bob' }
    const response = await app.fetch(
      new Request(`${ORIGIN}/claims/${target.id}`, { headers: { Cookie: cookie } }),
      rotated,
      createExecutionContext(),
    )
    expect(await response.text()).not.toContain('name="status"')
  })

  it('ignores a forged or tampered session cookie', async () => {
    const cookie = await signIn()
    const tampered = cookie.replace('alice', 'bob')
    const { html } = await page(`/claims/${target.id}`, tampered)
    expect(html).not.toContain('name="status"')
    expect(env.SESSION_SECRET).toBeTruthy()
  })
})
