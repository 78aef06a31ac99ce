import { describe, expect, it } from 'vitest'
import { call } from './helpers'

describe('GET /docs', () => {
  it('links the OpenAPI document in its own HTML, inside the element the reference viewer replaces', async () => {
    const response = await call('/docs')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
    const html = await response.text()
    const app = /<div id="app">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? ''
    expect(app).toMatch(/<a href="\/openapi\.json">/)
    expect(app).not.toMatch(/<noscript>/)
    expect(html).toContain('https://cdn.jsdelivr.net/npm/@scalar/api-reference@')
    expect(response.headers.get('Content-Security-Policy')).toMatch(/script-src https:\/\/cdn\.jsdelivr\.net/)
  })
})
