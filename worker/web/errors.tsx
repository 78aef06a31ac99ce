import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { Layout } from './pages/layout'
import { problem } from '../http/problem'

/** Machine clients' paths: they get problem+json; every other path is a page for people. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/openapi.json'
}

const PAGE_TITLES: Partial<Record<number, string>> = {
  400: 'Request not understood',
  403: 'Not allowed',
  404: 'Page not found',
  405: 'Not available this way',
  413: 'Too much to send',
  429: 'Too many attempts',
  500: 'Something went wrong',
  503: 'Storage unavailable',
}

/** An error as the client can read it: problem+json on API paths, an HTML page elsewhere. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  headers: Record<string, string> = {},
): Response | Promise<Response> {
  if (isApiPath(c.req.path)) return problem(c, status, detail, { headers })
  const title = PAGE_TITLES[status] ?? 'Error'
  for (const [name, value] of Object.entries(headers)) c.header(name, value)
  return c.html(
    <Layout title={title} reviewer={null}>
      <h1>{title}</h1>
      <p class="alert" role="alert">
        {detail.charAt(0).toUpperCase() + detail.slice(1)}.
      </p>
      <p>
        <a href="/">All claims</a>
      </p>
    </Layout>,
    status,
  )
}
