import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import type { WrittenRecords } from '../store/store'

/**
 * Public GETs are answered from the Cache API of the location that serves them, for at most
 * EDGE_TTL_SECONDS: no staler than KV itself, which may lag a write by up to 60 s elsewhere (a
 * copy built from a lagging KV read, or by a read that began before the purge, adds its own TTL).
 * A write purges, at its own location, the URLs that show what it changed; every other entry,
 * and every location's copy, ages out within the TTL. Signed-in requests (a bearer token or a
 * page session) never touch the cache: they carry internal notes and forms.
 */
export const EDGE_TTL_SECONDS = 60

/** What a browser or a shared cache downstream is told: keep it, but ask again each time. */
const CLIENT_CACHE_CONTROL = 'public, max-age=0, must-revalidate'
export const EDGE_CACHE_NAME = 'public-reads'
/**
 * Cache API calls count as subrequests (50 a request on the Free plan): a large write purges the
 * lists, its articles and its first claims, and the rest age out.
 */
const MAX_PURGED_URLS = 40

function isSignedIn(c: Context): boolean {
  return c.req.header('Authorization') !== undefined || (c.req.header('Cookie')?.includes('session=') ?? false)
}

/** The cache key: the URL alone, so no client's headers (conditions, cookies) are part of it. */
function cacheKey(url: string): Request {
  return new Request(url, { method: 'GET' })
}

function etagMatches(held: string | undefined, tag: string | null): boolean {
  if (held === undefined || tag === null) return false
  const bare = tag.replace(/^W\//, '')
  return held.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare)
}

/** RFC 9211 Cache-Status, so an operator can see which answers came from the edge. */
function cacheStatus(detail: string): string {
  return `desk-edge; ${detail}`
}

/** A stored answer, with the client's caching headers; 304 when the client holds the same ETag. */
function fromCache(c: Context, stored: Response): Response {
  const headers = new Headers(stored.headers)
  headers.set('Cache-Control', CLIENT_CACHE_CONTROL)
  headers.set('Cache-Status', cacheStatus('hit'))
  if (etagMatches(c.req.header('If-None-Match'), stored.headers.get('ETag'))) {
    for (const name of ['Content-Type', 'Content-Length']) headers.delete(name)
    return new Response(null, { status: 304, headers })
  }
  return new Response(stored.body, { status: stored.status, headers })
}

/** Serves public GETs from the edge cache and stores the public 200s it had to build. */
export const edgeCache: MiddlewareHandler<AppEnv> = async (c, next) => {
  if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || isSignedIn(c)) return next()
  const cache = await caches.open(EDGE_CACHE_NAME)
  const key = cacheKey(c.req.url)
  const stored = await cache.match(key)
  if (stored !== undefined) {
    c.res = fromCache(c, stored)
    return
  }
  await next()
  const response = c.res
  if (response.status !== 200 || response.headers.has('Set-Cookie') || response.headers.get('Cache-Control') !== CLIENT_CACHE_CONTROL)
    return
  // The body is read once and given to both responses, rather than teeing the stream.
  const body = await response.arrayBuffer()
  const copy = new Response(body, response)
  copy.headers.set('Cache-Control', `public, max-age=${EDGE_TTL_SECONDS}`)
  c.executionCtx.waitUntil(cache.put(key, copy))
  c.res = new Response(body, response)
  c.res.headers.set('Cache-Status', cacheStatus('fwd=miss; stored'))
}

/** The URLs without a query that show a claim, an article, or the desk's lists. */
function urlsShowing(origin: string, written: WrittenRecords): string[] {
  const paths = [
    '/',
    '/checked',
    '/api/claims',
    '/api/articles',
    '/api/claims.csv',
    '/api/claimreviews',
    '/api/activity',
    '/api/corrections',
  ]
  for (const id of written.articles) paths.push(`/articles/${id}`, `/api/articles/${id}`)
  for (const id of written.claims) {
    paths.push(
      `/claims/${id}`,
      `/api/claims/${id}`,
      `/api/claims/${id}/reviews`,
      `/api/claims/${id}/claimreview`,
      `/api/claims/${id}/appearances`,
      `/api/claims/${id}/activity`,
      `/api/claims/${id}/suggestions`,
      `/api/claims/${id}/events`,
    )
  }
  return paths.slice(0, MAX_PURGED_URLS).map((path) => new URL(path, origin).href)
}

/**
 * After a write, drops this location's cached copies of what it changed (whatever the answer: a
 * request can fail after some writes), so the writer's next public read is fresh here. Pages with
 * a query (filters, later pages) age out. A purge that fails is logged, never the request's
 * answer: what was written is stored, and its copies age out within the TTL anyway.
 */
export const purgeOnWrite: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  const written = c.var.store.written
  if (written.claims.size === 0 && written.articles.size === 0) return
  try {
    const cache = await caches.open(EDGE_CACHE_NAME)
    const origin = new URL(c.req.url).origin
    await Promise.all(urlsShowing(origin, written).map((url) => cache.delete(cacheKey(url))))
  } catch (error) {
    console.error(JSON.stringify({ event: 'edge-purge-failed', message: error instanceof Error ? error.message : String(error) }))
  }
}
