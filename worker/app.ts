import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { articles } from './api/articles'
import { claims } from './api/claims'
import { editing } from './api/editing'
import { exports } from './api/exports'
import { activity, publishing } from './api/publishing'
import { publicReadCors } from './http/cors'
import { DOCS_CDN, docsPage } from './http/docs'
import type { AppEnv } from './env'
import { openApiDocument } from './http/openapi'
import { edgeCache, purgeOnWrite } from './http/edge-cache'
import { errorResponse } from './web/errors'
import { InvalidCursorError } from './store/cursor'
import { ClaimStore, CorruptRecordError, StorageUnavailableError, WriteConflictError } from './store/store'
import { web } from './web'

/** Pages load only this Worker's stylesheet; no scripts run (JSON-LD is data, not script). */
const PAGE_CSP = {
  defaultSrc: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
}

const app = new Hono<AppEnv>()

/**
 * `same-origin` rather than `no-referrer`: under no-referrer a browser sends `Origin: null` with
 * this site's own form posts over plain http, and the CSRF check could not tell them from a
 * cross-site post. Other sites still get no referrer.
 */
const REFERRER_POLICY = 'same-origin'
const pageHeaders = secureHeaders({ contentSecurityPolicy: PAGE_CSP, referrerPolicy: REFERRER_POLICY })
const docsHeaders = secureHeaders({
  referrerPolicy: REFERRER_POLICY,
  contentSecurityPolicy: {
    ...PAGE_CSP,
    scriptSrc: [DOCS_CDN, "'unsafe-inline'"],
    styleSrc: [DOCS_CDN, "'unsafe-inline'"],
    fontSrc: [DOCS_CDN],
    connectSrc: ["'self'"],
  },
})
// First, so a hit is answered before any other work: the stored copy already carries the security
// and CORS headers it was built with. Only the routes that read the store; /openapi.json, /docs and
// the stylesheet are built without it.
for (const path of ['/api/*', '/', '/checked', '/claims/*', '/articles/*']) app.use(path, edgeCache)
app.use((c, next) => (c.req.path === '/docs' ? docsHeaders : pageHeaders)(c, next))
app.use('/api/*', publicReadCors)
app.use('/openapi.json', publicReadCors)
app.use(async (c, next) => {
  c.set('store', new ClaimStore(c.env.FACTCHECK_KV, c.env.DESK_LEDGER))
  await next()
})
app.use(purgeOnWrite)

/** The JSON API alone, so /openapi.json documents it without a list of page routes to leave out. */
const api = new Hono<AppEnv>()
  .route('/api/claims', claims)
  .route('/api/claims', publishing)
  .route('/api/articles', articles)
  .route('/api', exports)
  .route('/api', activity)
  .route('/api', editing)

app.route('/', api)
app.get('/openapi.json', openApiDocument(api))
app.get('/docs', docsPage)
app.route('/', web)

/** Route patterns as regular expressions, with the methods each answers (HEAD with GET). */
const routeMethods = (() => {
  const byPath = new Map<string, Set<string>>()
  for (const { method, path } of app.routes) {
    if (method === 'ALL') continue
    const methods = byPath.get(path) ?? new Set<string>()
    byPath.set(path, methods.add(method))
    if (method === 'GET') methods.add('HEAD')
  }
  return [...byPath].map(([path, methods]) => ({
    pattern: new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}$`),
    methods: [...methods],
  }))
})()

app.notFound((c) => {
  const allowed = routeMethods.filter(({ pattern }) => pattern.test(c.req.path)).flatMap(({ methods }) => methods)
  if (allowed.length > 0) {
    return errorResponse(c, 405, `${c.req.method} is not allowed here; use ${allowed.join(' or ')}`, { Allow: allowed.join(', ') })
  }
  return errorResponse(c, 404, `nothing at ${c.req.method} ${c.req.path}`)
})

app.onError((error, c) => {
  if (error instanceof HTTPException) {
    // hono/csrf throws a bare 403 for a cross-site form post.
    const detail = error.status === 403 ? 'cross-site form posts are refused: nothing was saved' : error.message
    return errorResponse(c, error.status as ContentfulStatusCode, detail || 'the request could not be processed')
  }
  if (error instanceof StorageUnavailableError) {
    console.error(JSON.stringify({ event: 'storage-unavailable', message: error.message, cause: String(error.cause) }))
    return errorResponse(
      c,
      503,
      'storage is unavailable; retry shortly (send writes with an Idempotency-Key so a retry cannot record them twice)',
      {
        'Retry-After': '2',
      },
    )
  }
  if (error instanceof InvalidCursorError) return errorResponse(c, 400, error.message)
  if (error instanceof WriteConflictError) return errorResponse(c, 409, error.message)
  if (error instanceof CorruptRecordError) {
    console.error(JSON.stringify({ event: 'corrupt-record', key: error.key, issues: error.issues }))
    return errorResponse(c, 500, 'a stored record failed validation and is not served; it has been reported')
  }
  console.error(JSON.stringify({ event: 'unhandled-error', message: error instanceof Error ? error.message : String(error) }))
  return errorResponse(c, 500, 'an unexpected error occurred')
})

/** The typed routes, for `hc<AppType>()` from `hono/client`. */
export type AppType = typeof api
export default app
