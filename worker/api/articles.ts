import { Hono } from 'hono'
import { articleClaims } from '../desk/appearances'
import { describeRoute, validator } from 'hono-openapi'
import * as v from 'valibot'
import {
  ArticleInputSchema,
  ArticleSchema,
  type ArticleTextInput,
  ArticleSummarySchema,
  chosenArticleInputSchema,
  MAX_ARTICLE_BYTES,
} from '../../schemas/article'
import { ClaimSchema, ClaimSummarySchema } from '../../schemas/claim'
import { IdParamSchema } from '../../schemas/query'
import { ActivityLog } from '../desk/activity'
import { requireReviewer } from '../auth/auth'
import type { AppEnv } from '../env'
import { cachedJson } from '../http/http-cache'
import { FETCH_TIMEOUT_MS, MAX_PAGE_BYTES, MAX_REDIRECTS, PageFetchError } from '../fetch/page'
import { fetchPolicy } from '../fetch/target'
import { articleTextInput, ingestArticle } from '../desk/ingest'
import { bearerSecurity, cacheableResponses, conditionalGet, jsonResponse, problemResponses, SCHEMA_OPTIONS } from '../http/openapi'
import { fieldErrors, problem } from '../http/problem'
import { jsonBody, validate, validateParams } from '../http/validation'
import { PageQuerySchema } from '../../schemas/query'

export const articles = new Hono<AppEnv>()
  .get(
    '/',
    describeRoute({
      tags: ['Articles'],
      summary: 'List articles',
      description:
        'Stored articles with their number of claims, newest first (by publication date, else when added), a page at a time: follow `cursor` until it is null.',
      security: [],
      parameters: conditionalGet,
      responses: {
        ...cacheableResponses(
          'A page of articles, newest first.',
          v.object({ articles: v.array(ArticleSummarySchema), cursor: v.nullable(v.string()) }),
        ),
        ...problemResponses(400, 503),
      },
    }),
    validate('query', PageQuerySchema),
    async (c) => {
      const { limit, cursor } = c.req.valid('query')
      const page = await c.var.store.listArticles(limit, cursor)
      return cachedJson(c, { articles: page.items, cursor: page.next })
    },
  )
  .get(
    '/:id',
    describeRoute({
      tags: ['Articles'],
      summary: 'Get an article with its claims',
      description: 'The article text and metadata, and a summary of each claim extracted from it in reading order.',
      security: [],
      parameters: conditionalGet,
      responses: {
        ...cacheableResponses(
          'The article and its claims in reading order.',
          v.object({ article: ArticleSchema, claims: v.array(ClaimSummarySchema) }),
        ),
        ...problemResponses(404, 503),
      },
    }),
    validateParams(IdParamSchema),
    async (c) => {
      const { id } = c.req.valid('param')
      const [article, claims] = await Promise.all([c.var.store.getArticle(id), articleClaims(c.var.store, id)])
      if (article === null) return problem(c, 404, 'no article has this id')
      return cachedJson(c, { article, claims })
    },
  )
  .post(
    '/',
    describeRoute({
      tags: ['Articles'],
      summary: 'Extract and store the claims of an article',
      description: [
        'Extracts the check-worthy claims of an article with their attribution and stores them for review.',
        'Give the article as `text` (`url` is then only its link), or give only `url`: the page is fetched and its article read from its JSON-LD (`NewsArticle`/`Article`), Open Graph, `<title>`, `<time datetime>` and the paragraphs of `<article>` or `<main>`; `title`, `outlet` and `publishedAt` override what the page says.',
        `Pages are fetched over http(s) only, never from this desk's host or a non-public address, following at most ${MAX_REDIRECTS} redirects, within ${FETCH_TIMEOUT_MS / 1000} s and ${MAX_PAGE_BYTES / 1024 / 1024} MiB; a page that cannot be used answers 422 or 502 naming \`url\` and stores nothing.`,
        `The article id is derived from the text: posting the same article again answers 200 with the same ids and changes no review. Bodies over ${MAX_ARTICLE_BYTES} bytes are refused with 413.`,
      ].join(' '),
      security: bearerSecurity,
      responses: {
        201: jsonResponse('A new article and its claims.', v.object({ article: ArticleSchema, claims: v.array(ClaimSchema) })),
        200: jsonResponse(
          'The article was already stored; its claims, reviews kept.',
          v.object({ article: ArticleSchema, claims: v.array(ClaimSchema) }),
        ),
        ...problemResponses(400, 401, 413, 415, 422, 429, 502, 503),
      },
    }),
    requireReviewer,
    ...jsonBody(MAX_ARTICLE_BYTES),
    validator(
      'json',
      ArticleInputSchema,
      async (result, c) => {
        if (result.success) return
        const chosen = await chosenArticleInputSchema(result.data)['~standard'].validate(result.data)
        return problem(c, 400, 'the request body is invalid', { errors: fieldErrors(chosen.issues ?? result.error) })
      },
      SCHEMA_OPTIONS,
    ),
    async (c) => {
      let input: ArticleTextInput
      try {
        input = await articleTextInput(c.req.valid('json'), fetchPolicy(c.req.url, c.env.DESK_URL, c.env.FETCH_ALLOW_HOSTS))
      } catch (error) {
        if (!(error instanceof PageFetchError)) throw error
        return problem(c, error.status, `the article at url could not be used: ${error.message}`, {
          errors: [{ field: 'url', message: error.message }],
        })
      }
      const { article, claims, created } = await ingestArticle(c.var.store, input)
      if (created)
        await new ActivityLog(c.var.store.kv).recordArticle(
          article.id,
          c.var.reviewer,
          `added "${article.title}" (${article.outlet}): ${claims.length} claims`,
        )
      return c.json({ article, claims }, created ? 201 : 200)
    },
  )
