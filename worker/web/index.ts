// web/: the server-rendered pages. One Hono app per page group, mounted here behind the
// page-wide guards (CSRF, the form size cap, the layout, caching): claims.tsx reads claims,
// review.tsx the verdict forms, curation.tsx the grouping forms, editing.tsx the fixing forms,
// articles.tsx the article pages, session.tsx sign-in. render.tsx draws the claim and article
// pages from the store, forms.ts validates page forms and paths, and pages/ holds the components
// they render, which receive data and read nothing themselves.
import { Hono } from 'hono'
import { except } from 'hono/combine'
import { csrf } from 'hono/csrf'
import type { AppEnv } from '../env'
import { isApiPath } from './errors'
import { ARTICLE_FORM_PATH, articlePages } from './articles'
import { claimPages } from './claims'
import { curationForms } from './curation'
import { editingForms } from './editing'
import { formLimit } from './forms'
import { renderer } from './pages/layout'
import { STYLESHEET } from './pages/styles'
import { reviewForms } from './review'
import { sessionPages } from './session'

/** A review form at its limits (5,000 characters of 4-byte text, percent-encoded) stays under this. */
const MAX_FORM_BYTES = 128 * 1024

const web = new Hono<AppEnv>()

web.get('/assets/app.css', (c) =>
  c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }),
)

/**
 * Every page form post, whichever route it is for: refused when cross-site (Origin /
 * Sec-Fetch-Site; the JSON API needs a bearer token rather than a cookie, so it is not exposed
 * to cross-site forms) and over MAX_FORM_BYTES (the article form has its own, larger cap).
 * API paths pass through, so a method they do not answer gets its 405.
 */
web.use(except((c) => isApiPath(c.req.path), csrf()))
web.use(except((c) => isApiPath(c.req.path) || c.req.path === ARTICLE_FORM_PATH, formLimit(MAX_FORM_BYTES)))

web.use(renderer)
web.use(async (c, next) => {
  await next()
  // Pages of a signed-in reviewer hold their name and form: never stored by a cache. A visitor's
  // page may be kept (the edge cache keeps it up to a minute) but is asked for again each time.
  c.header('Cache-Control', c.req.header('Cookie')?.includes('session=') ? 'private, no-store' : 'public, max-age=0, must-revalidate')
})

web.route('/', claimPages)
web.route('/', reviewForms)
web.route('/', curationForms)
web.route('/', editingForms)
web.route('/', articlePages)
web.route('/', sessionPages)

export { web }
