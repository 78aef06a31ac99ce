import { beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../schemas/claim'
import { ALICE, call, freshSeed } from './helpers'

const ELSEWHERE = 'https://newsroom-app.example'

let target: Claim

beforeEach(async () => {
  ;({ target } = await freshSeed())
})

const fromElsewhere = (path: string, init: RequestInit = {}) => call(path, { ...init, headers: { Origin: ELSEWHERE, ...init.headers } })

const preflight = (path: string, method: string, headers: string) =>
  fromElsewhere(path, {
    method: 'OPTIONS',
    headers: { 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers },
  })

describe('CORS: a browser app on another site can read the public API, and nothing else', () => {
  it('public GETs and HEADs, answers and errors alike, are readable from any origin, with their caching and paging headers', async () => {
    for (const path of [
      '/api/claims',
      `/api/claims/${target.id}`,
      `/api/claims/${target.id}/reviews`,
      '/api/claims/no-such-claim',
      '/api/claims?limit=0',
      '/api/claims.csv',
      '/openapi.json',
    ]) {
      const response = await fromElsewhere(path)
      expect(response.headers.get('Access-Control-Allow-Origin'), path).toBe('*')
      expect(response.headers.get('Access-Control-Allow-Credentials'), path).toBeNull()
    }
    const list = await fromElsewhere('/api/claims')
    expect(list.headers.get('Access-Control-Expose-Headers')?.split(',').sort()).toEqual(['ETag', 'Link', 'Retry-After'])
    const head = await fromElsewhere('/api/articles', { method: 'HEAD' })
    expect(head.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('answers the preflight of a conditional GET (If-None-Match is not a simple header)', async () => {
    const response = await preflight(`/api/claims/${target.id}`, 'GET', 'if-none-match')
    expect(response.status).toBe(204)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(response.headers.get('Access-Control-Allow-Methods')?.split(',')).toEqual(['GET', 'HEAD'])
    expect(response.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toBe('if-none-match')
    expect(Number(response.headers.get('Access-Control-Max-Age'))).toBeGreaterThan(0)
    const etag = (await call(`/api/claims/${target.id}`)).headers.get('ETag') ?? ''
    const revalidated = await fromElsewhere(`/api/claims/${target.id}`, { headers: { 'If-None-Match': etag } })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('gives writes no CORS headers: a page on another site cannot send a bearer token or read what a write answers', async () => {
    const asked = await preflight(`/api/claims/${target.id}/reviews`, 'POST', 'authorization,content-type')
    expect(asked.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(asked.headers.get('Access-Control-Allow-Methods')).toBeNull()
    expect(asked.headers.get('Access-Control-Allow-Headers')).toBeNull()
    const written = await fromElsewhere(`/api/claims/${target.id}/reviews`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ALICE}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ note: 'from a script elsewhere' }),
    })
    expect(written.headers.get('Access-Control-Allow-Origin')).toBeNull()
    const article = await preflight('/api/articles', 'POST', 'authorization,content-type')
    expect(article.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })

  it('gives the pages and sign-in no CORS headers', async () => {
    for (const path of ['/', `/claims/${target.id}`, '/login', '/docs']) {
      expect((await fromElsewhere(path)).headers.get('Access-Control-Allow-Origin'), path).toBeNull()
    }
    expect((await preflight('/login', 'POST', 'content-type')).headers.get('Access-Control-Allow-Origin')).toBeNull()
  })
})
