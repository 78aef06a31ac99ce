import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { csrf } from 'hono/csrf'
import * as v from 'valibot'
import { ClaimListQuerySchema, DEFAULT_PAGE_SIZE, encodeCursor, IdParamSchema } from '../schemas/query'
import { type ArticleTextInput, chosenArticleInputSchema } from '../schemas/article'
import { ReviewFormSchema } from '../schemas/review'
import { overAttemptLimit, reviewerForToken } from './auth'
import { claimPageUrl, claimReview } from './claimreview'
import type { AppEnv } from './env'
import { errorResponse } from './errors'
import { PageFetchError } from './fetch/page'
import { fetchPolicy } from './fetch/target'
import { articleTextInput, ingestArticle } from './ingest'
import { ArticlePage } from './pages/article'
import { ClaimListPage, ClaimPage, type ReviewFormState } from './pages/claims'
import { renderer } from './pages/layout'
import { LoginPage } from './pages/login'
import { ARTICLE_FIELDS, type ArticleFormState, emptyArticleForm, NewArticlePage } from './pages/new-article'
import { STYLESHEET } from './pages/styles'
import { endSession, sessionReviewer, startSession } from './session'
import { IdempotencyConflictError } from './store'

/** JSON for a <script> data block: `<` and line separators escaped so it cannot close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/** A path on this site to return to after signing in; anything else goes home. */
function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/')) return '/'
  // Resolve as a browser would (it drops tabs and newlines, so "/\t/evil.example" means "//evil.example").
  const base = 'https://desk.invalid'
  const url = URL.canParse(next, base) ? new URL(next, base) : null
  if (url === null || url.origin !== base || url.pathname.startsWith('//')) return '/'
  return `${url.pathname}${url.search}`
}

/** The text fields of a form post, or null when the body cannot be read as a form. */
async function formFields(c: Context<AppEnv>): Promise<Record<string, string> | null> {
  try {
    const body = await c.req.parseBody()
    return Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
  } catch {
    return null
  }
}

const emptyForm = (): ReviewFormState => ({
  values: { status: '', note: '', explanation: '', sources: '' },
  errors: {},
  idempotencyKey: crypto.randomUUID(),
})

const web = new Hono<AppEnv>()

web.get('/assets/app.css', (c) =>
  c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }),
)

/**
 * Every form post: refused when cross-site (Origin / Sec-Fetch-Site check; the JSON API needs a
 * bearer token rather than a cookie, so it is not exposed to cross-site forms), and refused
 * with 413 over `maxBytes` before anything is parsed.
 */
function formPost(maxBytes: number) {
  return [
    csrf(),
    bodyLimit({ maxSize: maxBytes, onError: (c) => errorResponse(c, 413, `this form sent more than ${maxBytes / 1024} KiB, so nothing was read or saved`) }),
  ] as const
}
/** A review form at its limits (5,000 characters of 4-byte text, percent-encoded) stays under this. */
const MAX_REVIEW_FORM_BYTES = 128 * 1024
const MAX_LOGIN_FORM_BYTES = 8 * 1024
/** An article form at its limits: 100,000 characters of 3-byte text, percent-encoded (9 bytes each), stays under this. */
const MAX_ARTICLE_FORM_BYTES = 1024 * 1024

web.use(renderer)
web.use(async (c, next) => {
  await next()
  // Pages of a signed-in reviewer hold their name and form: never stored by a cache.
  c.header('Cache-Control', c.req.header('Cookie')?.includes('session=') ? 'private, no-store' : 'no-cache')
})

web.get('/', async (c) => {
  const reviewer = await sessionReviewer(c)
  // A browser submits every field of the filter form; an empty one means "any".
  const filled = Object.fromEntries(Object.entries(c.req.query()).filter(([, value]) => value !== ''))
  const parsed = v.safeParse(ClaimListQuerySchema, filled)
  if (!parsed.success) {
    c.status(400)
    return c.render(
      <p class="alert" role="alert">
        This filter is not valid: {parsed.issues[0]?.message}. <a href="/">Show all claims</a>
      </p>,
      { title: 'Invalid filter', reviewer },
    )
  }
  const { status, article, q, limit, cursor } = parsed.output
  const store = c.var.store
  const [page, articles, counts] = await Promise.all([
    store.listClaims({ statuses: status && [status], articleId: article, q }, limit, cursor),
    store.listArticles(),
    store.countByStatus(),
  ])
  return c.render(
    <ClaimListPage
      claims={page.claims}
      articles={articles}
      counts={counts}
      filters={{ status, article, q, limit: limit === DEFAULT_PAGE_SIZE ? undefined : limit }}
      next={page.next === null ? null : encodeCursor(page.next)}
      paged={cursor !== undefined}
    />,
    { title: 'Claims', reviewer },
  )
})

async function renderClaim(
  c: Context<AppEnv>,
  id: string,
  form: ReviewFormState | null,
  status: 200 | 400 | 401 | 409 = 200,
) {
  const reviewer = await sessionReviewer(c)
  const claim = await c.var.store.getClaim(id)
  if (claim === null) {
    c.status(404)
    return c.render(<p>No claim has this id. <a href="/">All claims</a></p>, { title: 'Claim not found', reviewer })
  }
  const saved = reviewer !== null && c.req.query('saved') === '1'
  const [article, unreviewed] = await Promise.all([
    c.var.store.getArticle(claim.articleId),
    saved ? c.var.store.listClaims({ statuses: ['unreviewed'] }, 2) : null,
  ])
  const url = claimPageUrl(c.env.DESK_URL, claim.id)
  const review = claimReview(claim, { name: c.env.DESK_NAME, url: c.env.DESK_URL }, url)
  c.status(status)
  return c.render(
    <ClaimPage
      claim={claim}
      article={article}
      reviewer={reviewer}
      form={form ?? (reviewer === null ? null : emptyForm())}
      confirmation={unreviewed === null ? null : { next: unreviewed.claims.find((other) => other.id !== claim.id) ?? null }}
      jsonLd={review === null ? null : scriptJson(review)}
    />,
    { title: claim.span, reviewer },
  )
}

web.get('/claims/:id', async (c) => {
  const params = v.safeParse(IdParamSchema, c.req.param())
  return renderClaim(c, params.success ? params.output.id : '', null)
})

web.post('/claims/:id/review', ...formPost(MAX_REVIEW_FORM_BYTES), async (c) => {
  const params = v.safeParse(IdParamSchema, c.req.param())
  const id = params.success ? params.output.id : ''
  const body = await formFields(c)
  if (body === null) {
    c.status(400)
    return c.render(<p class="alert">This form could not be read. <a href={`/claims/${id}`}>Back to the claim</a></p>, { title: 'Form not readable', reviewer: null })
  }
  const text = (name: string) => body[name] ?? ''
  const state: ReviewFormState = {
    values: { status: text('status'), note: text('note'), explanation: text('explanation'), sources: text('sources') },
    errors: {},
    idempotencyKey: text('idempotencyKey') || crypto.randomUUID(),
  }
  const reviewer = await sessionReviewer(c)
  if (reviewer === null) {
    state.errors.form = 'You are not signed in (or your session ended), so nothing was saved. Sign in in another tab, then save again: your text is kept below.'
    return renderClaim(c, id, state, 401)
  }
  const parsed = v.safeParse(ReviewFormSchema, state.values)
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = (v.getDotPath(issue) ?? 'form').split('.')[0] as keyof ReviewFormState['errors']
      state.errors[field] ??= issue.message
    }
    state.errors.form = 'Nothing was saved: correct the fields marked below.'
    return renderClaim(c, id, state, 400)
  }
  try {
    const result = await c.var.store.addReview(id, reviewer, parsed.output, state.idempotencyKey.slice(0, 200))
    if (result === null) return renderClaim(c, id, null)
    return c.redirect(`/claims/${id}?saved=1#history`, 303)
  } catch (error) {
    if (!(error instanceof IdempotencyConflictError)) throw error
    // The form was already used for a different review (back button): keep the text, issue a fresh form.
    state.errors.form = 'This form was already used to save a review, so nothing was saved. Your text is kept below: save again to add it as a new review.'
    state.idempotencyKey = crypto.randomUUID()
    return renderClaim(c, id, state, 409)
  }
})

function renderArticleForm(c: Context<AppEnv>, state: ArticleFormState, reviewer: string | null, status: 200 | 400 | 401 | 422 | 502 = 200) {
  c.status(status)
  return c.render(<NewArticlePage state={state} />, { title: 'Add an article', reviewer })
}

// Before `/articles/:id`, which would take "new" for an id.
web.get('/articles/new', async (c) => {
  const reviewer = await sessionReviewer(c)
  if (reviewer === null) return c.redirect('/login?next=/articles/new', 303)
  return renderArticleForm(c, emptyArticleForm(), reviewer)
})

web.post('/articles/new', ...formPost(MAX_ARTICLE_FORM_BYTES), async (c) => {
  const body = await formFields(c)
  if (body === null) {
    c.status(400)
    return c.render(<p class="alert">This form could not be read. <a href="/articles/new">Back to the form</a></p>, { title: 'Form not readable', reviewer: null })
  }
  const state = emptyArticleForm()
  for (const field of ARTICLE_FIELDS) state.values[field] = body[field] ?? ''
  const reviewer = await sessionReviewer(c)
  if (reviewer === null) {
    state.errors.form = 'You are not signed in (or your session ended), so nothing was added. Sign in in another tab, then add it again: what you typed is kept below.'
    return renderArticleForm(c, state, null, 401)
  }
  // A field left blank is not given, as the API would have it omitted.
  const given = Object.fromEntries(Object.entries(state.values).filter(([, value]) => value.trim() !== ''))
  const parsed = v.safeParse(chosenArticleInputSchema(given), given)
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = ARTICLE_FIELDS.find((name) => name === v.getDotPath(issue))
      if (field !== undefined) state.errors[field] ??= issue.message
    }
    state.errors.form =
      Object.keys(state.errors).length === 0 ? 'Nothing was added: give the article’s link, or paste its text.' : 'Nothing was added: correct the fields marked below.'
    return renderArticleForm(c, state, reviewer, 400)
  }
  let input: ArticleTextInput
  try {
    input = await articleTextInput(parsed.output, fetchPolicy(c.req.url, c.env.DESK_URL, c.env.FETCH_ALLOW_HOSTS))
  } catch (error) {
    if (!(error instanceof PageFetchError)) throw error
    state.errors.url = `The article could not be read from this link: ${error.message}.`
    state.errors.form = 'Nothing was added: the link could not be used. Check it, or paste the article’s text instead.'
    return renderArticleForm(c, state, reviewer, error.status)
  }
  const { article } = await ingestArticle(c.var.store, input)
  return c.redirect(`/articles/${article.id}`, 303)
})

web.get('/articles/:id', async (c) => {
  const reviewer = await sessionReviewer(c)
  const params = v.safeParse(IdParamSchema, c.req.param())
  const id = params.success ? params.output.id : ''
  const [article, claims] = await Promise.all([c.var.store.getArticle(id), c.var.store.listArticleClaims(id)])
  if (article === null) {
    c.status(404)
    return c.render(<p>No article has this id. <a href="/">All claims</a></p>, { title: 'Article not found', reviewer })
  }
  return c.render(<ArticlePage article={article} claims={claims} />, { title: article.title, reviewer })
})

web.get('/login', async (c) =>
  c.render(<LoginPage error={null} next={safeNext(c.req.query('next'))} />, { title: 'Sign in', reviewer: await sessionReviewer(c) }),
)

web.post('/login', ...formPost(MAX_LOGIN_FORM_BYTES), async (c) => {
  const body = await formFields(c)
  const next = safeNext(body?.next)
  // Every attempt counts, so a client over the limit cannot confirm a guess either.
  if (await overAttemptLimit(c)) {
    c.status(429)
    c.header('Retry-After', '60')
    const error = 'Too many sign-in attempts from your connection. Wait a minute, then try again.'
    return c.render(<LoginPage error={error} next={next} />, { title: 'Sign in', reviewer: null })
  }
  const token = (body?.token ?? '').trim()
  const reviewer = token === '' ? null : await reviewerForToken(c.env.REVIEWER_TOKENS, token)
  if (reviewer === null) {
    c.status(body === null ? 400 : 401)
    const error = body === null ? 'The sign-in form could not be read.' : 'That token is not a reviewer token.'
    return c.render(<LoginPage error={error} next={next} />, { title: 'Sign in', reviewer: null })
  }
  await startSession(c, reviewer)
  return c.redirect(next, 303)
})

web.post('/logout', ...formPost(MAX_LOGIN_FORM_BYTES), async (c) => {
  await endSession(c)
  return c.redirect('/', 303)
})

export { web }
