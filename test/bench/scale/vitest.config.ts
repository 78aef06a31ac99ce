import { resolve } from 'node:path'
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

const ROOT = resolve(import.meta.dirname, '../../..')

/** The scale bench: the Worker inside workerd with a real local KV and the ledger, as the worker tests run. */
export default defineConfig({
  root: ROOT,
  plugins: [
    cloudflareTest({
      wrangler: { configPath: resolve(ROOT, 'wrangler.toml') },
      miniflare: { bindings: { REVIEWER_TOKENS: 'bench:bench-token', SESSION_SECRET: 'bench-session-secret-0123456789abcdef' } },
    }),
  ],
  test: { name: 'scale', include: ['test/bench/scale/*.bench.ts'], testTimeout: 3_600_000 },
})
