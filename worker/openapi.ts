import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Handler, Hono } from 'hono'
import { generateSpecs, resolver } from 'hono-openapi'
import { ProblemSchema } from '../schemas/problem'
import type { AppEnv } from './env'

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

const TAGS = [
  { name: 'Claims', description: 'Check-worthy claims extracted from news articles, with who asserted them and their review status.' },
  { name: 'Reviews', description: "Reviewers' statuses and notes on a claim. Every review is kept; the claim takes the status of the latest." },
  { name: 'ClaimReview', description: 'Concluded verdicts, published as schema.org ClaimReview (JSON-LD).' },
  { name: 'Export', description: 'Matching claims as CSV, for spreadsheets.' },
  { name: 'Articles', description: 'The articles claims were extracted from; posting one extracts and stores its claims.' },
]

/** What the generator adds to the routes' own descriptions; the contact is the desk that runs this deployment. */
function specOptions(env: Env) {
  return {
    documentation: {
      openapi: '3.1.0',
      info: {
        title: 'Fact desk edge API',
        version: '1.0.0',
        description:
          "Check-worthy claims extracted from news articles with who asserted them, their review status and reviewers' notes. Errors are application/problem+json (RFC 9457) with one entry per invalid field.",
        contact: { name: env.DESK_NAME, url: env.DESK_URL },
        // The package is private and carries no licence; LicenseRef- is SPDX's form for a licence not on its list.
        license: { name: 'Proprietary: all rights reserved', identifier: 'LicenseRef-Proprietary' },
      },
      // Relative: the API is served from the origin that serves this document, wherever it is deployed.
      servers: [{ url: '/', description: 'This desk' }],
      tags: TAGS,
      components: { securitySchemes: { reviewerToken: { type: 'http' as const, scheme: 'bearer', description: 'A reviewer token from REVIEWER_TOKENS.' } } },
    },
    excludeStaticFile: false,
    exclude: ['/', '/login', '/logout', '/assets/app.css', '/docs', '/openapi.json', /^\/claims\//, /^\/articles\//],
  }
}

/** `GET /openapi.json`: generated from the routes on the first request; one deployment serves one desk, so it is kept for the isolate's life. */
export function openApiDocument(app: Hono<AppEnv>): Handler<AppEnv> {
  let document: Awaited<ReturnType<typeof generateSpecs>> | undefined
  return async (c) => {
    document ??= await generateSpecs(app, specOptions(c.env), c)
    return c.json(document)
  }
}
