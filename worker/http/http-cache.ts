import type { Context, TypedResponse } from 'hono'
import type { JSONParsed } from 'hono/utils/types'

/**
 * cyrb53, a fast 53-bit string hash. An ETag only has to change when the body does; hashing
 * the string we already hold is several times cheaper than hono/etag's clone-and-digest.
 */
function hash53(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/**
 * A public GET answer that caches may keep but must revalidate (a review can change any claim
 * at any moment): an ETag over the body, and 304 when the client already has it.
 */
export function cacheable(c: Context, body: string, contentType: string): Response {
  const tag = `"${hash53(body)}"`
  // A member's view holds the desk's internal notes: never kept by a shared cache.
  const shared = c.req.header('Authorization') === undefined
  const headers = { ETag: tag, 'Cache-Control': shared ? 'public, max-age=0, must-revalidate' : 'private, no-store', Vary: 'Authorization' }
  const held = c.req.header('If-None-Match')
  if (held?.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag)) {
    return c.body(null, 304, headers)
  }
  return c.body(body, 200, { 'Content-Type': contentType, ...headers })
}

/** `cacheable` for JSON, typed like `c.json` so `hc<AppType>` clients see the body's type. */
export function cachedJson<T>(c: Context, value: T): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  return cacheable(c, JSON.stringify(value), 'application/json') as Response & TypedResponse<JSONParsed<T>, 200, 'json'>
}
