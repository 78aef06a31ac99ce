import { type Context, Hono } from 'hono'
import type { ArticleTextInput } from '../../schemas/article'
import { ArticleForm, type ArticleFormState } from '../../schemas/forms'
import { sessionReviewer } from '../auth/session'
import { ActivityLog } from '../desk/activity'
import { articleTextInput, ingestArticle } from '../desk/ingest'
import type { AppEnv } from '../env'
import { PageFetchError } from '../fetch/page'
import { fetchPolicy } from '../fetch/target'
import { formLimit, readableForm, validForm } from './forms'
import { emptyArticleForm, NewArticlePage } from './pages/new-article'
import { articlePath, renderArticle } from './render'

export const ARTICLE_FORM_PATH = '/articles/new'
/** An article form at its limits: 100,000 characters of 3-byte text, percent-encoded (9 bytes each), stays under this. */
const MAX_ARTICLE_FORM_BYTES = 1024 * 1024

function renderArticleForm(
  c: Context<AppEnv>,
  state: ArticleFormState,
  reviewer: string | null,
  status: 200 | 400 | 401 | 422 | 502 = 200,
) {
  c.status(status)
  return c.render(<NewArticlePage state={state} />, { title: 'Add an article', reviewer })
}

/** The article form again after it was refused: without a session (401), or with a field to correct (400). */
async function articleRefused(c: Context<AppEnv>, state: ArticleFormState) {
  const reviewer = await sessionReviewer(c)
  if (reviewer === null) {
    const form =
      'You are not signed in (or your session ended), so nothing was added. Sign in in another tab, then add it again: what you typed is kept below.'
    return renderArticleForm(c, { ...state, errors: { form } }, null, 401)
  }
  const form =
    Object.keys(state.errors).length === 0
      ? 'Nothing was added: give the article’s link, or paste its text.'
      : 'Nothing was added: correct the fields marked below.'
  return renderArticleForm(c, { ...state, errors: { ...state.errors, form } }, reviewer, 400)
}

/** Adding an article by its link or text, and the article page with its claims highlighted. */
export const articlePages = new Hono<AppEnv>()
  // Before `/articles/:id`, which would take "new" for an id.
  .get(ARTICLE_FORM_PATH, async (c) => {
    const reviewer = await sessionReviewer(c)
    if (reviewer === null) return c.redirect(`/login?next=${ARTICLE_FORM_PATH}`, 303)
    return renderArticleForm(c, emptyArticleForm(), reviewer)
  })
  .post(
    ARTICLE_FORM_PATH,
    formLimit(MAX_ARTICLE_FORM_BYTES),
    readableForm((c) => {
      c.status(400)
      return c.render(
        <p class="alert">
          This form could not be read. <a href={ARTICLE_FORM_PATH}>Back to the form</a>
        </p>,
        { title: 'Form not readable', reviewer: null },
      )
    }),
    validForm(ArticleForm, articleRefused),
    async (c) => {
      const { values, input } = c.req.valid('form')
      const reviewer = await sessionReviewer(c)
      if (reviewer === null) return articleRefused(c, { values, errors: {} })
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
      if (created)
        await new ActivityLog(c.var.store.kv).recordArticle(
          article.id,
          reviewer,
          `added "${article.title}" (${article.outlet}): ${claims.length} claims`,
        )
      return c.redirect(`/articles/${article.id}`, 303)
    },
  )
  .get('/articles/:id', articlePath, (c) => renderArticle(c, c.req.valid('param').id))
