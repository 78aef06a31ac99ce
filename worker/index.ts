import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { articles } from './api/articles'
import { claims } from './api/claims'
import { exports } from './api/exports'
import { publicReadCors } from './cors'
import { DOCS_CDN, docsPage } from './docs'
import type { AppEnv } from './env'
import { openApiDocument } from './openapi'
import { problem } from './problem'
import { ClaimStore, CorruptRecordError, StorageUnavailableError } from './store'
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

const pageHeaders = secureHeaders({ contentSecurityPolicy: PAGE_CSP })
const docsHeaders = secureHeaders({
  contentSecurityPolicy: { ...PAGE_CSP, scriptSrc: [DOCS_CDN, "'unsafe-inline'"], styleSrc: [DOCS_CDN, "'unsafe-inline'"], fontSrc: [DOCS_CDN], connectSrc: ["'self'"] },
})
app.use((c, next) => (c.req.path === '/docs' ? docsHeaders : pageHeaders)(c, next))
app.use('/api/*', publicReadCors)
app.use('/openapi.json', publicReadCors)
app.use(async (c, next) => {
  const waitUntil = (promise: Promise<unknown>) => {
    try {
      c.executionCtx.waitUntil(promise)
    } catch {
      // Without an execution context (a direct app.request), the promise just runs on.
    }
  }
  c.set('store', new ClaimStore(c.env.FACTCHECK_KV, { waitUntil }))
  await next()
})

const routes = app.route('/api/claims', claims).route('/api/articles', articles).route('/api', exports)

app.get('/openapi.json', openApiDocument(app))
app.get('/docs', docsPage)
app.route('/', web)

app.notFound((c) => problem(c, 404, `nothing at ${c.req.method} ${new URL(c.req.url).pathname}`))

app.onError((error, c) => {
  if (error instanceof HTTPException) {
    // hono/csrf throws a bare 403 for a cross-site form post.
    const detail = error.status === 403 ? 'cross-site form posts are refused' : error.message
    return problem(c, error.status as ContentfulStatusCode, detail || 'the request could not be processed')
  }
  if (error instanceof StorageUnavailableError) {
    console.error(JSON.stringify({ event: 'storage-unavailable', message: error.message, cause: String(error.cause) }))
    return problem(c, 503, 'storage is unavailable; retry shortly (send writes with an Idempotency-Key so a retry cannot record them twice)', {
      headers: { 'Retry-After': '2' },
    })
  }
  if (error instanceof CorruptRecordError) {
    console.error(JSON.stringify({ event: 'corrupt-record', key: error.key, issues: error.issues }))
    return problem(c, 500, 'a stored record failed validation and is not served; it has been reported')
  }
  console.error(JSON.stringify({ event: 'unhandled-error', message: error instanceof Error ? error.message : String(error) }))
  return problem(c, 500, 'an unexpected error occurred')
})

/** The typed routes, for `hc<AppType>()` from `hono/client`. */
export type AppType = typeof routes
export default app
