import { cors } from 'hono/cors'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env'

const READS = ['GET', 'HEAD']

const readCors = cors({
  origin: '*',
  allowMethods: READS,
  // A conditional GET needs a preflight for If-None-Match; no other request header is allowed,
  // so a page elsewhere cannot send a reviewer's bearer token.
  allowHeaders: ['If-None-Match'],
  exposeHeaders: ['ETag', 'Link', 'Retry-After'],
  maxAge: 86_400,
})

/**
 * CORS for the public reads (mounted on `/api/*` and `/openapi.json`): any site may read them,
 * never with credentials. Writes and their preflights get no CORS headers at all, so a browser
 * on another site can neither send them with a token nor read what they answer.
 */
export const publicReadCors = createMiddleware<AppEnv>((c, next) => {
  const method = c.req.method === 'OPTIONS' ? c.req.header('Access-Control-Request-Method') : c.req.method
  return method !== undefined && READS.includes(method) ? readCors(c, next) : next()
})
