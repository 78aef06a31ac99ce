import SwaggerParser from '@apidevtools/swagger-parser'
import type { OpenAPIV3_1 } from 'openapi-types'
import { beforeAll, describe, expect, it } from 'vitest'
import { fetchApiDocument } from './api-document'

let doc: OpenAPIV3_1.Document

beforeAll(async () => {
  const fetched = await fetchApiDocument()
  expect(fetched.status).toBe(200)
  doc = fetched.document
})

const ROUTES = [
  ['get', '/api/claims'],
  ['get', '/api/claims/{id}'],
  ['get', '/api/claims/{id}/reviews'],
  ['post', '/api/claims/{id}/reviews'],
  ['get', '/api/claims/{id}/claimreview'],
  ['get', '/api/claims.csv'],
  ['get', '/api/claimreviews'],
  ['get', '/api/articles'],
  ['post', '/api/articles'],
  ['get', '/api/articles/{id}'],
  ['get', '/api/claims/{id}/appearances'],
  ['get', '/api/claims/{id}/suggestions'],
  ['get', '/api/claims/{id}/events'],
  ['post', '/api/claims/{id}/suggestions/{otherId}'],
  ['post', '/api/claims/{id}/merge'],
  ['post', '/api/claims/{id}/appearances/{appearanceId}/split'],
  ['post', '/api/claims/{id}/publish'],
  ['post', '/api/claims/{id}/corrections'],
  ['get', '/api/claims/{id}/activity'],
  ['get', '/api/activity'],
  ['get', '/api/corrections'],
  ['patch', '/api/claims/{id}'],
  ['post', '/api/articles/{id}/claims'],
  ['post', '/api/claims/{id}/dismiss'],
  ['post', '/api/claims/{id}/undismiss'],
  ['post', '/api/claims/{id}/assignee'],
] as const

/** Reads answered fresh each time (the activity logs, the corrections feed): no conditional GET. */
const ADMIN_GETS: readonly string[] = ['/api/claims/{id}/activity', '/api/activity', '/api/corrections']

type Operation = OpenAPIV3_1.OperationObject
type Schema = OpenAPIV3_1.SchemaObject

/** Follows a local `$ref` (`#/components/...`) to what it names. */
function resolve<T>(node: T | OpenAPIV3_1.ReferenceObject): T {
  if (node === null || typeof node !== 'object' || !('$ref' in node)) return node
  const target = node.$ref
    .slice(2)
    .split('/')
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], doc)
  if (target === undefined) throw new Error(`${node.$ref} does not resolve`)
  return resolve(target as T)
}

const PUBLIC_GETS = ROUTES.filter(([method, path]) => method === 'get' && !ADMIN_GETS.includes(path))
const ID_GETS = PUBLIC_GETS.filter(([, path]) => path.includes('{id}'))

function operation(method: string, path: string): Operation {
  const item = doc.paths?.[path] as Record<string, Operation> | undefined
  const found = item?.[method]
  if (found === undefined) throw new Error(`${method.toUpperCase()} ${path} is not documented`)
  return found
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0')
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy()
  })

  it('documents every API route and nothing else', () => {
    const documented = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item ?? {})
        .filter((key) => ['get', 'post', 'put', 'patch', 'delete'].includes(key))
        .map((method) => [method, path]),
    )
    expect(documented.sort()).toEqual([...ROUTES].map(([m, p]) => [m, p]).sort())
  })

  it('documents parameters, bodies and problem+json errors from the validating schemas', () => {
    const list = operation('get', '/api/claims')
    expect(list.parameters?.map((parameter) => resolve(parameter as OpenAPIV3_1.ParameterObject).name).sort()).toEqual(
      [
        'If-None-Match',
        'article',
        'assignee',
        'checked',
        'cursor',
        'dismissed',
        'from',
        'limit',
        'order',
        'q',
        'since',
        'speaker',
        'status',
        'to',
      ].sort(),
    )
    const review = operation('post', '/api/claims/{id}/reviews')
    const body = resolve((review.requestBody as OpenAPIV3_1.RequestBodyObject).content['application/json']?.schema as Schema)
    expect(Object.keys(body.properties ?? {}).sort()).toEqual(['explanation', 'note', 'sources', 'status'])
    expect(body.additionalProperties).toBe(false)
    expect(review.security).toEqual([{ reviewerToken: [] }])
    for (const status of ['400', '401', '404', '413', '415', '503']) {
      const response = review.responses?.[status] as OpenAPIV3_1.ResponseObject
      expect(response.content?.['application/problem+json'], status).toBeDefined()
    }
    for (const [method, path] of ROUTES) {
      expect(Object.keys(operation(method, path).responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(1)
    }
  })

  it('documents the conditional GET: If-None-Match, 304, and ETag and Cache-Control on every public GET', () => {
    for (const [method, path] of PUBLIC_GETS) {
      const { parameters = [], responses = {} } = operation(method, path)
      const name = `${method} ${path}`
      expect(
        parameters.map((parameter) => resolve(parameter).name),
        name,
      ).toContain('If-None-Match')
      for (const status of ['200', '304']) {
        const response = resolve(responses[status]) as OpenAPIV3_1.ResponseObject | undefined
        expect(Object.keys(response?.headers ?? {}).sort(), `${name} ${status}`).toEqual(expect.arrayContaining(['Cache-Control', 'ETag']))
      }
      expect((resolve(responses['304']) as OpenAPIV3_1.ResponseObject).content, name).toBeUndefined()
    }
  })

  it('documents the headers that come with answers: Retry-After on 429 and 503, WWW-Authenticate on 401, Link on the CSV', () => {
    const expected: Record<string, string> = { '401': 'WWW-Authenticate', '429': 'Retry-After', '503': 'Retry-After' }
    for (const [method, path] of ROUTES) {
      for (const [status, response] of Object.entries(operation(method, path).responses ?? {})) {
        const headerName = expected[status]
        if (headerName !== undefined)
          expect(Object.keys(resolve(response).headers ?? {}), `${method} ${path} ${status}`).toContain(headerName)
      }
    }
    const csv = resolve(operation('get', '/api/claims.csv').responses?.['200']) as OpenAPIV3_1.ResponseObject
    expect(Object.keys(csv.headers ?? {})).toEqual(expect.arrayContaining(['Link', 'Content-Disposition']))
    for (const header of Object.values(doc.components?.headers ?? {})) expect(resolve(header).description).toBeTruthy()
  })

  it("documents a bad id as 404 problem+json, and never hono-openapi's default validation body", () => {
    for (const [method, path] of ID_GETS) {
      const { responses = {}, parameters = [] } = operation(method, path)
      // Only a query (a page's cursor) can be a 400; the id itself never is.
      const hasQuery = parameters.some((parameter) => resolve(parameter).in === 'query')
      if (!hasQuery) expect(Object.keys(responses), `${method} ${path}`).not.toContain('400')
      const notFound = responses['404']
      expect(notFound && resolve(notFound).content?.['application/problem+json'], `${method} ${path}`).toBeDefined()
    }
    for (const [method, path] of ROUTES) {
      for (const [status, response] of Object.entries(operation(method, path).responses ?? {})) {
        if (status.startsWith('4') || status.startsWith('5')) {
          expect(Object.keys(resolve(response).content ?? {}), `${method} ${path} ${status}`).toEqual(['application/problem+json'])
        }
      }
    }
  })

  it('names its schemas under components.schemas and refers to them, so generated clients get a Claim type', () => {
    const named = doc.components?.schemas ?? {}
    for (const name of [
      'Claim',
      'ClaimSummary',
      'Attribution',
      'Review',
      'ReviewInput',
      'Article',
      'ArticleSummary',
      'ArticleTextInput',
      'ArticleUrlInput',
      'Problem',
      'ClaimReview',
      'Status',
    ]) {
      expect(named[name], name).toMatchObject({ type: expect.anything() })
    }
    // An article is posted as its text or as its page's URL: one of the two named forms.
    expect(named.ArticleInput).toMatchObject({
      anyOf: [{ $ref: '#/components/schemas/ArticleTextInput' }, { $ref: '#/components/schemas/ArticleUrlInput' }],
    })
    const content = (method: string, path: string, status: string, media = 'application/json') =>
      (resolve(operation(method, path).responses?.[status]) as OpenAPIV3_1.ResponseObject).content?.[media]?.schema
    expect(content('get', '/api/claims/{id}', '200')).toEqual({ $ref: '#/components/schemas/Claim' })
    expect(content('get', '/api/claims/{id}', '404', 'application/problem+json')).toEqual({ $ref: '#/components/schemas/Problem' })
    expect((resolve(content('get', '/api/claims', '200')) as Schema).properties?.claims).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/ClaimSummary' },
    })
    const reviewBody = (operation('post', '/api/claims/{id}/reviews').requestBody as OpenAPIV3_1.RequestBodyObject).content[
      'application/json'
    ]?.schema
    expect(reviewBody).toEqual({ $ref: '#/components/schemas/ReviewInput' })
  })

  it('documents ClaimReview by its schema, on the claim route and in the feed', () => {
    const single = (resolve(operation('get', '/api/claims/{id}/claimreview').responses?.['200']) as OpenAPIV3_1.ResponseObject).content
    expect(single?.['application/ld+json']?.schema).toEqual({ $ref: '#/components/schemas/ClaimReview' })
    const feed = (resolve(operation('get', '/api/claimreviews').responses?.['200']) as OpenAPIV3_1.ResponseObject).content
    expect(resolve(feed?.['application/json']?.schema as Schema).properties?.claimReviews).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/ClaimReview' },
    })
    const claimReview = resolve(doc.components?.schemas?.ClaimReview as Schema)
    expect(claimReview.required).toEqual(
      expect.arrayContaining(['@context', '@type', 'url', 'claimReviewed', 'author', 'reviewRating', 'itemReviewed']),
    )
    expect(Object.keys(resolve(claimReview.properties?.reviewRating as Schema).properties ?? {})).toEqual(
      expect.arrayContaining(['alternateName', 'ratingValue', 'bestRating', 'worstRating']),
    )
  })

  it('states that a review needs a status or a note', () => {
    const input = resolve(doc.components?.schemas?.ReviewInput as Schema)
    expect(input.anyOf).toEqual([{ required: ['status'] }, { required: ['note'] }])
  })

  it('documents limit as an integer from 1 to 100 (default 50; the CSV has no default), and offsets and counts as integers', () => {
    const limitOf = (path: string) =>
      (operation('get', path).parameters ?? []).map((parameter) => resolve(parameter)).find((parameter) => parameter.name === 'limit')
    for (const path of ['/api/claims', '/api/claimreviews']) {
      expect(limitOf(path)?.schema, path).toEqual({ type: 'integer', minimum: 1, maximum: 100, default: 50 })
    }
    expect(limitOf('/api/claims.csv')?.schema).toEqual({ type: 'integer', minimum: 1, maximum: 100 })
    const offsets = resolve(doc.components?.schemas?.Offsets as Schema)
    expect(offsets.properties).toEqual({ start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } })
    expect(resolve(doc.components?.schemas?.ArticleSummary as Schema).properties?.claimCount).toMatchObject({ type: 'integer' })
    expect(resolve(doc.components?.schemas?.Problem as Schema).properties?.status).toMatchObject({ type: 'integer' })
  })

  it('matches the committed snapshot: a route cannot change without its documentation', async () => {
    await expect(JSON.stringify(doc, null, 2)).toMatchFileSnapshot('./__snapshots__/openapi.json')
  })
})
