// pages/: the components the page routes render, one file per page (claim-list, claim, article,
// new-article, login) and the parts they share (components, appearances, editing, publication,
// review-form), in the one layout here with its stylesheet (styles.ts). Each is a function of the
// data it is given: none reads the store, the session or the extractor.
import { createMiddleware } from 'hono/factory'
import { html } from 'hono/html'
import type { Child } from 'hono/jsx'

declare module 'hono' {
  interface ContextRenderer {
    // biome-ignore lint/style/useShorthandFunctionType: an interface, so that it merges with Hono's own ContextRenderer
    (content: string | Promise<string>, props: { title: string; reviewer: string | null }): Response | Promise<Response>
  }
}

/** Every page's frame: header with sign-in state, then the content. */
export function Layout({ title, reviewer, children }: { title: string; reviewer: string | null; children?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Fact desk`}</title>
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="brand" href="/">
            Fact desk
          </a>
          <nav aria-label="Site">
            <a href="/">Claims</a>
            {reviewer !== null && <a href="/articles/new">Add an article</a>}
            <a href="/docs">API</a>
            {reviewer === null ? (
              <a href="/login">Sign in</a>
            ) : (
              <form method="post" action="/logout">
                <span class="muted small">Signed in as {reviewer} </span>
                <button class="secondary" type="submit">
                  Sign out
                </button>
              </form>
            )}
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  )
}

/**
 * The one page layout: `c.render(page, props)` answers the page inside it. Not hono's jsx-renderer, which brings
 * its client-side DOM renderer, hooks and streaming (about 5 KiB gzip) into a Worker that renders on the server only.
 */
export const renderer = createMiddleware(async (c, next) => {
  c.setRenderer((content, { title, reviewer }) =>
    c.html(
      html`<!DOCTYPE html>${(
        <Layout title={title} reviewer={reviewer}>
          {content}
        </Layout>
      )}`,
    ),
  )
  await next()
})
