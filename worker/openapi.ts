import type { StandardSchemaV1 } from '@standard-schema/spec'
import { resolver } from 'hono-openapi'
import { ProblemSchema } from '../schemas/problem'

const PROBLEM_DESCRIPTIONS = {
  400: 'Invalid fields, query or JSON; `errors` names each field.',
  401: 'Missing or wrong bearer token.',
  404: 'No record has this id.',
  409: 'The Idempotency-Key was used for a different review.',
  413: 'The body is larger than the documented cap.',
  415: 'The body is not JSON.',
  429: 'Too many failed sign-ins from this client.',
  503: 'Storage is unavailable; retry after the Retry-After seconds.',
} as const

/** OpenAPI response objects for problem+json errors. */
export function problemResponses(...statuses: (keyof typeof PROBLEM_DESCRIPTIONS)[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: PROBLEM_DESCRIPTIONS[status], content: { 'application/problem+json': { schema: resolver(ProblemSchema) } } },
    ]),
  )
}

/** An OpenAPI JSON response object. */
export function jsonResponse(description: string, schema: StandardSchemaV1) {
  return { description, content: { 'application/json': { schema: resolver(schema) } } }
}

export const bearerSecurity = [{ reviewerToken: [] }]
