import type { Context } from 'hono'
import type { AddFormState, EditFormState, ReviewFormState } from '../../schemas/forms'
import { hasRole } from '../../schemas/member'
import { IdParamSchema } from '../../schemas/query'
import { memberNames } from '../auth/auth'
import { sessionMember, sessionReviewer } from '../auth/session'
import { articleAppearances, articleClaims } from '../desk/appearances'
import { Curation } from '../desk/curation'
import { bodyParagraphs, claimPassage, sentencesToAdd } from '../desk/article-text'
import { claimFor } from '../model/visibility'
import type { AppEnv } from '../env'
import { claimPageUrl, claimReview } from '../formats/claimreview'
import { validPath } from './forms'
import { ArticlePage } from './pages/article'
import { ClaimPage } from './pages/claim'
import { editFormOf, emptyAddForm } from './pages/editing'

/** JSON for a <script> data block: `<` and line separators escaped so it cannot close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

const emptyReviewForm = (): ReviewFormState => ({
  values: { status: '', note: '', explanation: '', sources: '', idempotencyKey: crypto.randomUUID() },
  errors: {},
})

/** `/claims/:id` for an id no claim has. */
export async function claimNotFound(c: Context<AppEnv>) {
  const reviewer = (await sessionMember(c))?.name ?? null
  c.status(404)
  return c.render(
    <p>
      No claim has this id. <a href="/">All claims</a>
    </p>,
    { title: 'Claim not found', reviewer },
  )
}

/** A claim page's path: an id that cannot exist is a claim not found. */
export const claimPath = validPath(IdParamSchema, claimNotFound)

/** What a claim page shows besides the claim: a form as it was sent, and why a change was refused. */
export interface ClaimPageState {
  form?: ReviewFormState
  /** Why a split, merge, decision or workflow change was refused. */
  refused?: string
  editing?: EditFormState
  /** Why a publication or correction was refused. */
  editorRefused?: string
}

/** The claim page from the store with `status`; a claim merged into another redirects to it. */
export async function renderClaim(
  c: Context<AppEnv>,
  id: string,
  status: 200 | 400 | 401 | 403 | 404 | 409 = 200,
  shown: ClaimPageState = {},
) {
  const member = await sessionMember(c)
  const reviewer = member?.name ?? null
  const stored = await c.var.store.getClaim(id)
  const claim = stored === null ? null : claimFor(member === null ? 'public' : 'member', stored)
  // A claim merged into another: its sentence now points there.
  const joined = claim === null ? await c.var.store.linkTarget(id) : null
  if (joined !== null) return c.redirect(`/claims/${joined}`, 301)
  if (claim === null) return claimNotFound(c)
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
      passage={claimPassage(claim, article)}
      reviewer={reviewer}
      canPublish={member !== null && hasRole(member.role, 'editor')}
      form={shown.form ?? (reviewer === null ? null : emptyReviewForm())}
      confirmation={unreviewed === null ? null : { next: unreviewed.claims.find((other) => other.id !== claim.id) ?? null }}
      jsonLd={review === null ? null : scriptJson(review)}
      suggestions={suggestions}
      events={events}
      refused={shown.refused ?? null}
      editorRefused={shown.editorRefused ?? null}
      editing={
        shown.editing === undefined && reviewer === null
          ? null
          : { members: memberNames(c.env.REVIEWER_TOKENS), form: shown.editing ?? editFormOf(claim) }
      }
    />,
    { title: claim.span, reviewer },
  )
}

/** `/articles/:id` for an id no article has. */
export async function articleNotFound(c: Context<AppEnv>) {
  c.status(404)
  return c.render(
    <p>
      No article has this id. <a href="/">All claims</a>
    </p>,
    { title: 'Article not found', reviewer: await sessionReviewer(c) },
  )
}

/** An article page's path: an id that cannot exist is an article not found. */
export const articlePath = validPath(IdParamSchema, articleNotFound)

/** The article page; for members with the form to add a claim, in the state `adding` left it. */
export async function renderArticle(
  c: Context<AppEnv>,
  id: string,
  status: 200 | 400 | 401 | 404 | 409 = 200,
  adding: AddFormState | null = null,
) {
  const reviewer = await sessionReviewer(c)
  const [article, claims, appearances] = await Promise.all([
    c.var.store.getArticle(id),
    articleClaims(c.var.store, id),
    articleAppearances(c.var.store, id),
  ])
  if (article === null) return articleNotFound(c)
  const form = adding ?? (reviewer === null ? null : emptyAddForm())
  c.status(status)
  return c.render(
    <ArticlePage
      article={article}
      paragraphs={bodyParagraphs(article.text)}
      claims={claims}
      appearances={appearances}
      adding={form === null ? null : { form, sentences: sentencesToAdd(article, appearances) }}
    />,
    { title: article.title, reviewer },
  )
}
