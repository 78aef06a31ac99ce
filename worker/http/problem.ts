// http/: what every route shares on the wire: problem+json (here), validation of bodies, params
// and queries, conditional GET caching, CORS, the OpenAPI document and docs page, the HTML error page.
import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Problem } from '../../schemas/problem'

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
}

export type FieldError = { field: string; message: string }

/** An RFC 9457 problem details response. */
export function problem<Status extends ContentfulStatusCode>(
  c: Context,
  status: Status,
  detail: string,
  extra: { errors?: FieldError[]; headers?: Record<string, string> } = {},
) {
  const body: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(extra.errors === undefined ? {} : { errors: extra.errors }),
  }
  return c.json(body, status, { 'Content-Type': 'application/problem+json', ...extra.headers })
}

/** Dotted field name of a validation issue (`sources.0.url`), or `body` for the whole input. */
function issueField(issue: StandardSchemaV1.Issue): string {
  // An empty key ({"": 1}) still needs a visible name.
  const path = (issue.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment) || '""')
  return path.length > 0 ? path.join('.') : 'body'
}

/** Field errors of a failed validation: one per field, its first message. */
export function fieldErrors(issues: readonly StandardSchemaV1.Issue[]): FieldError[] {
  const byField = new Map<string, string>()
  for (const issue of issues) {
    const field = issueField(issue)
    if (!byField.has(field)) byField.set(field, issue.message)
  }
  return [...byField].map(([field, message]) => ({ field, message }))
}
