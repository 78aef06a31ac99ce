// web/: the server-rendered pages: routes and forms (here and web-editing.tsx), form helpers (forms.ts),
// and pages/, the components they render.
import { type Context, Hono } from 'hono'
import { except } from 'hono/combine'
import { csrf } from 'hono/csrf'
import { validator } from 'hono-openapi'
import { DEFAULT_PAGE_SIZE, IdParamSchema } from '../../schemas/query'
import {
  AppearancePathSchema,
  ArticleForm,
  type ArticleFormState,
  CheckedPageQuerySchema,
  ClaimListPageQuerySchema,
  CorrectionForm,
  DecisionForm,
  type FormState,
  LoginForm,
  MergeForm,
  type ReviewFormState,
  ReviewForm,
  SuggestionPathSchema,
} from '../../schemas/forms'
import { articleAppearances } from '../desk/appearances'
import { ActivityLog, reviewSummary } from '../desk/activity'
import { claimPageUrl, claimReview } from '../formats/claimreview'
import type { AppEnv } from '../env'
import { isApiPath } from '../http/errors'
import { type Audience, claimFor, summaryFor } from '../desk/visibility'
import { hasRole } from '../../schemas/member'
import { Curation, CurationConflictError } from '../desk/curation'
import type { ArticleTextInput } from '../../schemas/article'
import { PageFetchError } from '../fetch/page'
import { fetchPolicy } from '../fetch/target'
import { articleTextInput, ingestArticle } from '../desk/ingest'
import { memberForToken, memberNames, overAttemptLimit } from '../auth/auth'
import { formLimit, readableForm, validForm, validPath } from './forms'
import { articleSentences } from '../extract'
import { claimId } from '../desk/ids'
import { ArticlePage } from './pages/article'
import type { AddFormState, EditFormState } from '../../schemas/forms'
import { editFormOf, emptyAddForm } from './pages/editing'
import { CheckedPage } from './pages/appearances'
import { ClaimListPage, ClaimPage } from './pages/claims'
import { renderer } from './pages/layout'
import { LoginPage } from './pages/login'
import { emptyArticleForm, NewArticlePage } from './pages/new-article'
import { STYLESHEET } from './pages/styles'
import { endSession, sessionMember, sessionReviewer, startSession } from '../auth/session'
import { correctVerdict, PublishingConflictError, publishVerdict } from '../desk/publishing'
import { ReviewConflictError } from '../store/store'
import { editingForms } from './web-editing'
import { claimFilter } from '../http/claim-filter'

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

const emptyForm = (): ReviewFormState => ({
  values: { status: '', note: '', explanation: '', sources: '', idempotencyKey: crypto.randomUUID() },
  errors: {},
})

const NOT_SIGNED_IN_SHORT = 'You are not signed in (or your session ended), so nothing was changed. Sign in, then try again.'
const CORRECT_BELOW = 'Nothing was saved: correct the fields marked below.'

const web = new Hono<AppEnv>()

web.get('/assets/app.css', (c) =>
  c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }),
)

/** A review form at its limits (5,000 characters of 4-byte text, percent-encoded) stays under this. */
const MAX_FORM_BYTES = 128 * 1024
const MAX_LOGIN_FORM_BYTES = 8 * 1024
/** An article form at its limits: 100,000 characters of 3-byte text, percent-encoded (9 bytes each), stays under this. */
const MAX_ARTICLE_FORM_BYTES = 1024 * 1024
const ARTICLE_FORM_PATH = '/articles/new'

/**
 * Every page form post, whichever route it is for: refused when cross-site (Origin /
 * Sec-Fetch-Site; the JSON API needs a bearer token rather than a cookie, so it is not exposed
 * to cross-site forms) and over MAX_FORM_BYTES (the article form has its own, larger cap).
 * API paths pass through, so a method they do
 * not answer gets its 405.
 */
web.use(except((c) => isApiPath(c.req.path), csrf()))
web.use(except((c) => isApiPath(c.req.path) || c.req.path === ARTICLE_FORM_PATH, formLimit(MAX_FORM_BYTES)))

web.use(renderer)
web.use(async (c, next) => {
  await next()
  // Pages of a signed-in reviewer hold their name and form: never stored by a cache.
  c.header('Cache-Control', c.req.header('Cookie')?.includes('session=') ? 'private, no-store' : 'no-cache')
})

/** The newest articles the list's article filter offers. */
const FILTER_ARTICLES = 50

web.get(
  '/',
  validator('query', ClaimListPageQuerySchema, async (result, c: Context<AppEnv>) => {
    if (result.success) return
    c.status(400)
    return c.render(
      <p class="alert" role="alert">
        This filter is not valid: {result.error[0]?.message}. <a href="/">Show all claims</a>
      </p>,
      { title: 'Invalid filter', reviewer: await sessionReviewer(c) },
    )
  }),
  async (c) => {
    const reviewer = await sessionReviewer(c)
    const query = c.req.valid('query')
    const { status, article, q, speaker, order, limit, cursor, dismissed, assignee } = query
    const store = c.var.store
    const audience: Audience = reviewer === null ? 'public' : 'member'
    const [page, articles, counts] = await Promise.all([
      store.listClaims(claimFilter(audience, query, { dismissed: false }), limit, cursor),
      store.listArticles(FILTER_ARTICLES),
      store.countByStatus(audience),
    ])
    return c.render(
      <ClaimListPage
        claims={page.claims.map((summary) => summaryFor(audience, summary))}
        articles={articles.items}
        counts={counts}
        filters={{ status, article, q, speaker, order, limit: limit === DEFAULT_PAGE_SIZE ? undefined : limit, dismissed, assignee }}
        member={reviewer}
        next={page.next}
        paged={cursor !== undefined}
      />,
      { title: 'Claims', reviewer },
    )
  },
)

/** `/claims/:id` for an id no claim has. */
function claimNotFound(c: Context<AppEnv>, reviewer: string | null) {
  c.status(404)
  return c.render(<p>No claim has this id. <a href="/">All claims</a></p>, { title: 'Claim not found', reviewer })
}

async function renderClaim(
  c: Context<AppEnv>,
  id: string,
  form: ReviewFormState | null,
  status: 200 | 400 | 401 | 403 | 404 | 409 = 200,
  refused: string | null = null,
  editing: EditFormState | null = null,
  editorRefused: string | null = null,
) {
  const member = await sessionMember(c)
  const reviewer = member?.name ?? null
  const stored = await c.var.store.getClaim(id)
  const claim = stored === null ? null : claimFor(member === null ? 'public' : 'member', stored)
  // A claim merged into another: its sentence now points there.
  const joined = claim === null ? await c.var.store.linkTarget(id) : null
  if (joined !== null) return c.redirect(`/claims/${joined}`, 301)
  if (claim === null) return claimNotFound(c, reviewer)
  const saved = reviewer !== null && c.req.query('saved') === '1'
  const curation = new Curation(c.var.store)
  const [article, unreviewed, suggestions, events] = await Promise.all([
    c.var.store.getArticle(claim.articleId),
    saved ? c.var.store.listClaims({ audience: 'member', statuses: ['unreviewed'], dismissed: false }, 2) : null,
    curation.suggestions(claim.id),
    curation.events(claim.id),
  ])
  const url = claimPageUrl(c.env.DESK_URL, claim.id)
  const review = claimReview(claim, { name: c.env.DESK_NAME, url: c.env.DESK_URL }, url)
  c.status(status)
  return c.render(
    <ClaimPage
      claim={claim}
      article={article}
      reviewer={reviewer}
      canPublish={member !== null && hasRole(member.role, 'editor')}
      form={form ?? (reviewer === null ? null : emptyForm())}
      confirmation={unreviewed === null ? null : { next: unreviewed.claims.find((other) => other.id !== claim.id) ?? null }}
      jsonLd={review === null ? null : scriptJson(review)}
      suggestions={suggestions}
      events={events}
      refused={refused}
      editorRefused={editorRefused}
      editing={editing === null && reviewer === null ? null : { members: memberNames(c.env.REVIEWER_TOKENS), form: editing ?? editFormOf(claim) }}
    />,
    { title: claim.span, reviewer },
  )
}

/** The claim pages' path: an id that cannot exist is a claim not found. */
const claimNotFoundPage = async (c: Context<AppEnv>) => claimNotFound(c, (await sessionMember(c))?.name ?? null)
const claimPath = validPath(IdParamSchema, claimNotFoundPage)

web.get('/claims/:id', claimPath, (c) => renderClaim(c, c.req.valid('param').id, null))

/** The review form again after it was refused: without a session (401), or with a field to correct (400). */
async function reviewRefused(c: Context<AppEnv>, state: ReviewFormState) {
  const id = c.req.param('id') ?? ''
  if ((await sessionReviewer(c)) === null) {
    const form = 'You are not signed in (or your session ended), so nothing was saved. Sign in in another tab, then save again: your text is kept below.'
    return renderClaim(c, id, { ...state, errors: { form } }, 401)
  }
  return renderClaim(c, id, { ...state, errors: { ...state.errors, form: CORRECT_BELOW } }, 400)
}

web.post(
  '/claims/:id/review',
  claimPath,
  readableForm((c) => {
    c.status(400)
    return c.render(<p class="alert">This form could not be read. <a href={`/claims/${c.req.param('id')}`}>Back to the claim</a></p>, { title: 'Form not readable', reviewer: null })
  }),
  validForm(ReviewForm, (c, state) => reviewRefused(c, withIdempotencyKey(state))),
  async (c) => {
    const { id } = c.req.valid('param')
    const { values, input } = c.req.valid('form')
    const state = withIdempotencyKey({ values, errors: {} })
    const reviewer = await sessionReviewer(c)
    if (reviewer === null) return reviewRefused(c, state)
    try {
      const result = await c.var.store.addReview(id, reviewer, input, state.values.idempotencyKey.slice(0, 200))
      if (result === null) return renderClaim(c, id, null)
      if (!result.replayed) await new ActivityLog(c.var.store.kv).record('review', result.claim.id, reviewer, reviewSummary(result.review))
      return c.redirect(`/claims/${id}?saved=1#history`, 303)
    } catch (error) {
      if (!(error instanceof ReviewConflictError)) throw error
      // The form was already used for a different review (back button): keep the text, issue a fresh form.
      const form = 'This form was already used to save a review, so nothing was saved. Your text is kept below: save again to add it as a new review.'
      return renderClaim(c, id, { values: { ...values, idempotencyKey: crypto.randomUUID() }, errors: { form } }, 409)
    }
  },
)

/** The review form as sent, with a key of its own when it came without one. */
function withIdempotencyKey(state: ReviewFormState): ReviewFormState {
  return { ...state, values: { ...state.values, idempotencyKey: state.values.idempotencyKey || crypto.randomUUID() } }
}

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

/** The article form again after it was refused: without a session (401), or with a field to correct (400). */
async function articleRefused(c: Context<AppEnv>, state: ArticleFormState) {
  const reviewer = await sessionReviewer(c)
  if (reviewer === null) {
    const form = 'You are not signed in (or your session ended), so nothing was added. Sign in in another tab, then add it again: what you typed is kept below.'
    return renderArticleForm(c, { ...state, errors: { form } }, null, 401)
  }
  const form = Object.keys(state.errors).length === 0 ? 'Nothing was added: give the article’s link, or paste its text.' : 'Nothing was added: correct the fields marked below.'
  return renderArticleForm(c, { ...state, errors: { ...state.errors, form } }, reviewer, 400)
}

web.post(
  ARTICLE_FORM_PATH,
  formLimit(MAX_ARTICLE_FORM_BYTES),
  readableForm((c) => {
    c.status(400)
    return c.render(<p class="alert">This form could not be read. <a href="/articles/new">Back to the form</a></p>, { title: 'Form not readable', reviewer: null })
  }),
  validForm(ArticleForm, articleRefused),
  async (c) => {
    const { values, input } = c.req.valid('form')
    const state: ArticleFormState = { values, errors: {} }
    const reviewer = await sessionReviewer(c)
    if (reviewer === null) return articleRefused(c, state)
    let text: ArticleTextInput
    try {
      text = await articleTextInput(input, fetchPolicy(c.req.url, c.env.DESK_URL, c.env.FETCH_ALLOW_HOSTS))
    } catch (error) {
      if (!(error instanceof PageFetchError)) throw error
      const errors = {
        url: `The article could not be read from this link: ${error.message}.`,
        form: 'Nothing was added: the link could not be used. Check it, or paste the article’s text instead.',
      }
      return renderArticleForm(c, { values, errors }, reviewer, error.status)
    }
    const { article, claims, created } = await ingestArticle(c.var.store, text)
    if (created) await new ActivityLog(c.var.store.kv).recordArticle(article.id, reviewer, `added "${article.title}" (${article.outlet}): ${claims.length} claims`)
    return c.redirect(`/articles/${article.id}`, 303)
  },
)

/** `/articles/:id` for an id no article has. */
async function articleNotFound(c: Context<AppEnv>) {
  c.status(404)
  return c.render(<p>No article has this id. <a href="/">All claims</a></p>, { title: 'Article not found', reviewer: await sessionReviewer(c) })
}

/** The article page; for members with the form to add a claim, in the state `adding` left it. */
async function renderArticle(c: Context<AppEnv>, id: string, adding: AddFormState | null = null, status: 200 | 400 | 401 | 404 | 409 = 200) {
  const reviewer = await sessionReviewer(c)
  const [article, claims, appearances] = await Promise.all([c.var.store.getArticle(id), c.var.store.listArticleClaims(id), articleAppearances(c.var.store, id)])
  if (article === null) return articleNotFound(c)
  const form = adding ?? (reviewer === null ? null : emptyAddForm())
  // Sentences already a claim, or an appearance of one, are not offered again.
  const taken = new Set(appearances.map((appearance) => appearance.id))
  const sentences = form === null ? [] : articleSentences(article.text).filter((sentence) => !taken.has(claimId(article.id, sentence.start)))
  c.status(status)
  return c.render(
    <ArticlePage article={article} claims={claims} appearances={appearances} adding={form === null ? null : { form, sentences: sentences.map(({ start, end }) => ({ start, text: article.text.slice(start, end) })) }} />,
    { title: article.title, reviewer },
  )
}

const articlePath = validPath(IdParamSchema, articleNotFound)

web.get('/articles/:id', articlePath, (c) => renderArticle(c, c.req.valid('param').id))

/**
 * The grouping forms of the claim page: split an appearance off, decide a suggestion, merge into
 * another claim. Each needs a session, redirects to the claim that holds the sentences after it,
 * and shows a refused change on the claim page with nothing changed.
 */
async function curate(c: Context<AppEnv>, id: string, change: (curation: Curation, reviewer: string) => Promise<string | null>) {
  const reviewer = await sessionReviewer(c)
  if (reviewer === null) return renderClaim(c, id, null, 401, NOT_SIGNED_IN_SHORT)
  try {
    const next = await change(new Curation(c.var.store), reviewer)
    if (next === null) return renderClaim(c, id, null, 404, 'Nothing was changed: one of the claims or appearances does not exist (any more).')
    return c.redirect(`/claims/${next}#appearances`, 303)
  } catch (error) {
    if (!(error instanceof CurationConflictError)) throw error
    return renderClaim(c, id, null, 409, `Nothing was changed: ${error.message}.`)
  }
}

/** A grouping form refused before anything is tried: the claim page with why. */
const curationRefused = (refused: string) => (c: Context<AppEnv>) => renderClaim(c, c.req.param('id') ?? '', null, 400, refused)
const DECISION_REFUSED = 'Nothing was changed: choose "Same claim" or "Not the same".'
const MERGE_REFUSED = 'Nothing was changed: give the id of the claim to merge into (as in its address, /claims/…).'

web.post('/claims/:id/appearances/:appearanceId/split', validPath(AppearancePathSchema, claimNotFoundPage), (c) => {
  const { id, appearanceId } = c.req.valid('param')
  return curate(c, id, async (curation, reviewer) => (await curation.split(id, appearanceId, reviewer))?.split.id ?? null)
})

web.post(
  '/claims/:id/suggestions/:otherId',
  validPath(SuggestionPathSchema, claimNotFoundPage),
  readableForm(curationRefused(DECISION_REFUSED)),
  validForm(DecisionForm, curationRefused(DECISION_REFUSED)),
  (c) => {
    const { id, otherId } = c.req.valid('param')
    const { decision } = c.req.valid('form').input
    return curate(c, id, async (curation, reviewer) => {
      const result = await curation.decide(id, otherId, decision, reviewer)
      return result === null ? null : (result.claim?.id ?? id)
    })
  },
)

web.post('/claims/:id/merge', claimPath, readableForm(curationRefused(MERGE_REFUSED)), validForm(MergeForm, curationRefused(MERGE_REFUSED)), (c) => {
  const { id } = c.req.valid('param')
  const { into } = c.req.valid('form').input
  return curate(c, id, async (curation, reviewer) => (await curation.merge(id, into, reviewer))?.id ?? null)
})

/** The signed-in editor's name; else the claim page saying why this member may not publish or correct a verdict. */
async function signedInEditor(c: Context<AppEnv>, id: string): Promise<string | Response> {
  const member = await sessionMember(c)
  if (member === null) return renderClaim(c, id, null, 401, null, null, 'You are not signed in (or your session ended), so nothing was published.')
  if (!hasRole(member.role, 'editor')) return renderClaim(c, id, null, 403, null, null, 'Only an editor publishes or corrects a verdict.')
  return member.name
}

/** An editor's form refused before anything is tried: as any editor action is refused, else with `status` and why. */
async function editorFormRefused(c: Context<AppEnv>, status: 400 | 409, refused: string) {
  const id = c.req.param('id') ?? ''
  const editor = await signedInEditor(c, id)
  return editor instanceof Response ? editor : renderClaim(c, id, null, status, null, null, refused)
}

/** An editor's publication or correction from the claim page: refused with the page and its reason unless it can be made. */
async function editorAction(c: Context<AppEnv>, id: string, act: (editor: string) => Promise<unknown>) {
  const editor = await signedInEditor(c, id)
  if (editor instanceof Response) return editor
  try {
    if ((await act(editor)) === null) return renderClaim(c, id, null, 404)
    return c.redirect(`/claims/${id}#verdict`, 303)
  } catch (error) {
    if (!(error instanceof PublishingConflictError || error instanceof ReviewConflictError)) throw error
    return renderClaim(c, id, null, 409, null, null, `Nothing was published: ${error.message}.`)
  }
}

const editorFormUnreadable = (c: Context<AppEnv>) => editorFormRefused(c, 400, 'This form could not be read, so nothing was published.')

web.post('/claims/:id/publish', claimPath, readableForm(editorFormUnreadable), (c) => {
  const { id } = c.req.valid('param')
  return editorAction(c, id, (editor) => publishVerdict(c.var.store, id, editor))
})

web.post(
  '/claims/:id/correct',
  claimPath,
  readableForm(editorFormUnreadable),
  validForm(CorrectionForm, (c, _state, problem) => editorFormRefused(c, 409, `Nothing was published: ${problem}.`)),
  (c) => {
    const { id } = c.req.valid('param')
    const { input } = c.req.valid('form')
    return editorAction(c, id, (editor) => correctVerdict(c.var.store, id, editor, input))
  },
)

web.route(
  '/',
  editingForms({
    claim: (c, id, status, shown) => renderClaim(c, id, null, status, shown.refused ?? null, shown.editing ?? null),
    article: (c, id, status, adding) => renderArticle(c, id, adding, status),
    claimNotFound: claimNotFoundPage,
    articleNotFound,
  }),
)

web.get('/checked', validator('query', CheckedPageQuerySchema), async (c) => {
  const reviewer = await sessionReviewer(c)
  const audience: Audience = reviewer === null ? 'public' : 'member'
  const page = await c.var.store.listClaims({ audience, alreadyChecked: true }, DEFAULT_PAGE_SIZE, c.req.valid('query').cursor)
  return c.render(<CheckedPage claims={page.claims.map((summary) => summaryFor(audience, summary))} next={page.next} />, { title: 'Already checked', reviewer })
})

web.get('/login', async (c) =>
  c.render(<LoginPage error={null} next={safeNext(c.req.query('next'))} />, { title: 'Sign in', reviewer: await sessionReviewer(c) }),
)

/** Signs in with the form's token, or says why not; `form` is null when the form could not be read. */
async function signIn(c: Context<AppEnv>, form: FormState<(typeof LoginForm.fields)[number]>['values'] | null) {
  const next = safeNext(form?.next)
  // Every attempt counts, so a client over the limit cannot confirm a guess either.
  if (await overAttemptLimit(c)) {
    c.status(429)
    c.header('Retry-After', '60')
    const error = 'Too many sign-in attempts from your connection. Wait a minute, then try again.'
    return c.render(<LoginPage error={error} next={next} />, { title: 'Sign in', reviewer: null })
  }
  const token = form?.token ?? ''
  const reviewer = token === '' ? null : ((await memberForToken(c.env.REVIEWER_TOKENS, token))?.name ?? null)
  if (reviewer === null) {
    c.status(form === null ? 400 : 401)
    const error = form === null ? 'The sign-in form could not be read.' : 'That token is not a reviewer token.'
    return c.render(<LoginPage error={error} next={next} />, { title: 'Sign in', reviewer: null })
  }
  await startSession(c, reviewer)
  return c.redirect(next, 303)
}

web.post(
  '/login',
  formLimit(MAX_LOGIN_FORM_BYTES),
  readableForm((c) => signIn(c, null)),
  validForm(LoginForm, (c) => signIn(c, null)),
  (c) => signIn(c, c.req.valid('form').input),
)

web.post('/logout', formLimit(MAX_LOGIN_FORM_BYTES), async (c) => {
  await endSession(c)
  return c.redirect('/', 303)
})

export { web }
