import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        // The Worker: routes, storage and pages, inside workerd with a real local KV.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                REVIEWER_TOKENS: 'alice:test-token-alice,bob:test-token-bob,erin:test-token-erin:editor,ada:test-token-ada:admin',
                SESSION_SECRET: 'test-session-secret-0123456789abcdef',
                // The saved article pages are served from 127.0.0.1 (test/setup/article-page-server.ts).
                FETCH_ALLOW_HOSTS: '127.0.0.1',
              },
            },
          }),
        ],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.{ts,tsx}'],
          testTimeout: 30_000,
          globalSetup: ['test/setup/quiet-kv-metadata-warning.ts', 'test/setup/article-page-server.ts'],
        },
      },
      {
        // In Node: extraction quality and robustness over real articles (reads fixtures and the corpus), the OpenAPI document.
        test: { name: 'node', environment: 'node', include: ['test/extract/**/*.test.ts', 'test/node/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        // The review form in Debian's Chromium against `wrangler dev`.
        test: { name: 'e2e', environment: 'node', include: ['test/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
      },
    ],
  },
})
