import { type Context, Hono } from 'hono'
import { validator } from 'hono-openapi'
import { CheckedPageQuerySchema, ClaimListPageQuerySchema } from '../../schemas/forms'
import { DEFAULT_PAGE_SIZE } from '../../schemas/query'
import { sessionReviewer } from '../auth/session'
import { type Audience, summaryFor } from '../model/visibility'
import type { AppEnv } from '../env'
import { claimFilter } from '../http/claim-filter'
import { CheckedPage } from './pages/appearances'
import { ClaimListPage } from './pages/claim-list'
import { claimPath, renderClaim } from './render'

/** The newest articles the list's article filter offers. */
const FILTER_ARTICLES = 50

/** The pages that read claims: the filtered list, the claims that came back, one claim. */
export const claimPages = new Hono<AppEnv>()
  .get(
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
      const { status, article, q, speaker, from, to, order, limit, cursor, dismissed, assignee } = query
      const store = c.var.store
      const audience: Audience = reviewer === null ? 'public' : 'member'
      const { page, articles, counts } = await store.claimListView(claimFilter(audience, query), limit, cursor, FILTER_ARTICLES)
      return c.render(
        <ClaimListPage
          claims={page.items.map((summary) => summaryFor(audience, summary))}
          articles={articles}
          counts={counts}
          filters={{
            status,
            article,
            q,
            speaker,
            from,
            to,
            order,
            limit: limit === DEFAULT_PAGE_SIZE ? undefined : limit,
            dismissed,
            assignee,
          }}
          member={reviewer}
          next={page.next}
          paged={cursor !== undefined}
        />,
        { title: 'Claims', reviewer },
      )
    },
  )
  .get('/checked', validator('query', CheckedPageQuerySchema), async (c) => {
    const reviewer = await sessionReviewer(c)
    const audience: Audience = reviewer === null ? 'public' : 'member'
    const page = await c.var.store.listClaims({ audience, alreadyChecked: true }, DEFAULT_PAGE_SIZE, c.req.valid('query').cursor)
    return c.render(<CheckedPage claims={page.claims.map((summary) => summaryFor(audience, summary))} next={page.next} />, {
      title: 'Already checked',
      reviewer,
    })
  })
  .get('/claims/:id', claimPath, (c) => renderClaim(c, c.req.valid('param').id))
