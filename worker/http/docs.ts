import type { Context } from 'hono'
import { html } from 'hono/html'

/** The API reference viewer, Scalar, loads from its CDN at a pinned version. */
export const DOCS_CDN = 'https://cdn.jsdelivr.net'
const SCALAR_BUNDLE = `${DOCS_CDN}/npm/@scalar/api-reference@1.76.0`

/**
 * `/docs`: Scalar mounts on #app, replacing its content with the interactive reference. Until it
 * does, and for good when the CDN cannot be reached (offline, blocked), the page links the document.
 */
export function docsPage(c: Context) {
  return c.html(html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Fact desk API</title>
  </head>
  <body>
    <div id="app">
      <main>
        <h1>Fact desk API</h1>
        <p>The API is described by its OpenAPI 3.1 document, <a href="/openapi.json">/openapi.json</a>.</p>
        <p>This page shows it as an interactive reference once the viewer has loaded from ${DOCS_CDN}.</p>
      </main>
    </div>
    <script src="${SCALAR_BUNDLE}"></script>
    <script>
      Scalar.createApiReference('#app', { url: '/openapi.json' })
    </script>
  </body>
</html>`)
}
