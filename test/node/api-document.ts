import type { OpenAPIV3_1 } from 'openapi-types'
import app from '../../worker/app'

/** The desk of wrangler.toml's [vars]: the document names it as its contact. */
export const DESK = { DESK_NAME: 'Edge Fact Desk', DESK_URL: 'https://factcheck.example.org' }

/** `GET /openapi.json` as the Worker serves it (generating it needs no storage). */
export async function fetchApiDocument(): Promise<{ status: number; text: string; document: OpenAPIV3_1.Document }> {
  const response = await app.request('/openapi.json', {}, DESK as Env)
  const text = await response.text()
  return { status: response.status, text, document: JSON.parse(text) as OpenAPIV3_1.Document }
}
