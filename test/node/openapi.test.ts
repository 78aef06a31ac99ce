import SwaggerParser from '@apidevtools/swagger-parser'
import type { OpenAPIV3_1 } from 'openapi-types'
import { beforeAll, describe, expect, it } from 'vitest'
import app from '../../worker/index'

let doc: OpenAPIV3_1.Document

beforeAll(async () => {
  const response = await app.request('/openapi.json', {}, {} as Env)
  expect(response.status).toBe(200)
  doc = (await response.json()) as OpenAPIV3_1.Document
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
] as const

type Operation = OpenAPIV3_1.OperationObject

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
    expect(list.parameters?.map((parameter) => (parameter as OpenAPIV3_1.ParameterObject).name).sort()).toEqual(
      ['article', 'checked', 'cursor', 'limit', 'q', 'since', 'status'].sort(),
    )
    const review = operation('post', '/api/claims/{id}/reviews')
    const body = (review.requestBody as OpenAPIV3_1.RequestBodyObject).content['application/json']?.schema as OpenAPIV3_1.SchemaObject
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

  it('matches the committed snapshot: a route cannot change without its documentation', async () => {
    await expect(JSON.stringify(doc, null, 2)).toMatchFileSnapshot('./__snapshots__/openapi.json')
  })
})
