import type { TestProject } from 'vitest/node'
import { closedOrigin, startArticlePageServer } from '../support/article-pages'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test/support/article-pages.ts serves the saved pages. */
    articlePagesOrigin: string
    /** An origin nothing listens on. */
    unreachableOrigin: string
  }
}

/**
 * Vitest global setup for the worker project: tests inside workerd cannot open a server, so the
 * saved article pages are served from here, in Node, and the tests are told where.
 */
export default async function articlePageServer(project: TestProject): Promise<() => Promise<void>> {
  const server = await startArticlePageServer()
  project.provide('articlePagesOrigin', server.origin)
  project.provide('unreachableOrigin', await closedOrigin())
  return () => server.close()
}
