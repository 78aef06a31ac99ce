import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Handler, Hono } from 'hono'
import { type GenerateSpecOptions, generateSpecs, resolver } from 'hono-openapi'
import type { OpenAPIV3_1 } from 'openapi-types'
import {
  ArticleInputSchema,
  ArticleSchema,
  ArticleSummarySchema,
  ArticleTextInputSchema,
  ArticleUrlInputSchema,
} from '../../schemas/article'
import { AttributionSchema, ClaimSchema, ClaimSourceSchema, ClaimSummarySchema, OffsetsSchema } from '../../schemas/claim'
import { ActivityEventSchema } from '../../schemas/activity'
import { ClaimReviewSchema } from '../../schemas/claimreview'
import { ProblemSchema } from '../../schemas/problem'
import { EvidenceSourceSchema, ReviewInputSchema, ReviewSchema } from '../../schemas/review'
import { StatusSchema } from '../../schemas/status'
import type { AppEnv } from '../env'

/**
 * Schemas documented once under `components.schemas` and referenced by name wherever they
 * occur (matched by identity), so generated clients get a `Claim` type rather than anonymous shapes.
 */
const NAMED_SCHEMAS = {
  ActivityEvent: ActivityEventSchema,
  Article: ArticleSchema,
  ArticleInput: ArticleInputSchema,
  ArticleSummary: ArticleSummarySchema,
  ArticleTextInput: ArticleTextInputSchema,
  ArticleUrlInput: ArticleUrlInputSchema,
  Attribution: AttributionSchema,
  Claim: ClaimSchema,
  ClaimReview: ClaimReviewSchema,
  ClaimSource: ClaimSourceSchema,
  ClaimSummary: ClaimSummarySchema,
  EvidenceSource: EvidenceSourceSchema,
  Offsets: OffsetsSchema,
  Problem: ProblemSchema,
  Review: ReviewSchema,
  ReviewInput: ReviewInputSchema,
  Status: StatusSchema,
}

/** Converter options for every schema in the document: @valibot/to-json-schema's `definitions`, referenced where OpenAPI keeps them. */
export const SCHEMA_OPTIONS = {
  options: {
    definitions: NAMED_SCHEMAS,
    overrideRef: ({ referenceId }: { referenceId: string }) => `#/components/schemas/${referenceId}`,
  },
}

/** A schema for the document: a valibot schema, converted with the named schemas, or a literal JSON Schema. */
function documented(schema: StandardSchemaV1 | { type: 'string' }) {
  return '~standard' in schema ? resolver(schema, SCHEMA_OPTIONS) : schema
}

/** Response headers, by name. */
const HEADERS = {
  ETag: {
    description: 'A tag of this body: send it as If-None-Match to get 304 while the body is unchanged.',
    required: true,
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description:
      '`public, max-age=0, must-revalidate`: caches may keep the answer but must revalidate it, since a review can change it at any moment.',
    required: true,
    schema: { type: 'string' },
  },
  'Retry-After': { description: 'Seconds to wait before trying again.', required: true, schema: { type: 'integer', minimum: 0 } },
  'WWW-Authenticate': { description: 'The challenge: `Bearer realm="factcheck"`.', required: true, schema: { type: 'string' } },
  Link: {
    description: 'Only when more claims match than one response holds: `<URL of the rest>; rel="next"`.',
    schema: { type: 'string' },
  },
  'Content-Disposition': { description: '`attachment; filename="claims.csv"`.', required: true, schema: { type: 'string' } },
} satisfies Record<string, OpenAPIV3_1.HeaderObject>
type HeaderName = keyof typeof HEADERS

function headers(...names: HeaderName[]) {
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]))
}

const PROBLEMS = {
  400: { description: 'Invalid fields, query or JSON; `errors` names each field.' },
  401: { description: 'Missing or wrong bearer token.', headers: headers('WWW-Authenticate') },
  403: { description: "The member's role may not do this." },
  404: { description: 'No record has this id.' },
  409: { description: 'The Idempotency-Key was used for a different review.' },
  413: { description: 'The body is larger than the documented cap.' },
  415: { description: 'The body is not JSON.' },
  422: { description: 'The request is well formed but names something that cannot be used; `errors` names the field.' },
  429: { description: 'Too many wrong tokens from this client.', headers: headers('Retry-After') },
  502: {
    description:
      'A page the request named could not be got (unreachable, too slow, an error status, too many redirects, too large); `errors` names the field.',
  },
  503: { description: 'Storage is unavailable; retry after the Retry-After seconds.', headers: headers('Retry-After') },
} as const

/** OpenAPI response objects for problem+json errors. */
export function problemResponses(...statuses: (keyof typeof PROBLEMS)[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { ...PROBLEMS[status], content: { 'application/problem+json': { schema: documented(ProblemSchema) } } },
    ]),
  )
}

/** An OpenAPI JSON response object. */
export function jsonResponse(description: string, schema: StandardSchemaV1) {
  return { description, content: { 'application/json': { schema: documented(schema) } } }
}

/**
 * The 200 and 304 of a public GET answered by `cacheable` (worker/http-cache.ts): the body on 200
 * only; an ETag, Cache-Control and the route's `extraHeaders` on both.
 */
export function cacheableResponses(
  description: string,
  schema: StandardSchemaV1 | { type: 'string' },
  mediaType = 'application/json',
  ...extraHeaders: HeaderName[]
) {
  return {
    200: {
      description,
      headers: headers('ETag', 'Cache-Control', ...extraHeaders),
      content: { [mediaType]: { schema: documented(schema) } },
    },
    304: {
      description: 'The body is unchanged since the ETag sent as If-None-Match.',
      headers: headers('ETag', 'Cache-Control', ...extraHeaders),
    },
  }
}

/** `If-None-Match`, taken by every public GET. */
export const conditionalGet = [{ $ref: '#/components/parameters/IfNoneMatch' }]

export const bearerSecurity = [{ reviewerToken: [] }]
/** A read anyone may make; a member's token shows the desk's internal record too. */
export const readerSecurity: Record<string, string[]>[] = [{}, { reviewerToken: [] }]

const TAGS = [
  { name: 'Claims', description: 'Check-worthy claims extracted from news articles, with who asserted them and their review status.' },
  {
    name: 'Reviews',
    description: "Reviewers' statuses and notes on a claim. Every review is kept; the claim takes the status of the latest.",
  },
  { name: 'ClaimReview', description: 'Concluded verdicts, published as schema.org ClaimReview (JSON-LD).' },
  { name: 'Export', description: 'Matching claims as CSV, for spreadsheets.' },
  { name: 'Articles', description: 'The articles claims were extracted from; posting one extracts and stores its claims.' },
  {
    name: 'Publishing',
    description:
      "An editor publishes a proposed verdict and corrects a published one; corrections are public. The desk's activity log, for admins.",
  },
  {
    name: 'Appearances',
    description: 'Every sentence that makes a claim, in any article; suggested matches, and the merges and splits reviewers make.',
  },
  {
    name: 'Editing',
    description: "What members fix by hand: a claim's span and attribution, claims the extractor missed, dismissals and assignments.",
  },
]

/** What the generator adds to the routes' own descriptions; the contact is the desk that runs this deployment. */
function specOptions(env: Env): Partial<GenerateSpecOptions> {
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
      components: {
        securitySchemes: { reviewerToken: { type: 'http', scheme: 'bearer', description: 'A reviewer token from REVIEWER_TOKENS.' } },
        headers: HEADERS,
        parameters: {
          IfNoneMatch: {
            in: 'header',
            name: 'If-None-Match',
            description: 'ETags of bodies the client holds; when one is current the answer is 304 without a body.',
            schema: { type: 'string' },
          },
        },
      },
    },
    excludeStaticFile: false,
    // Every route documents its own 400; hono-openapi's default body (`{ success, error }`) is never sent.
    defaultValidationErrorResponse: false,
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
