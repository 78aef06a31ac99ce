/**
 * Loads every article under seeds/ (NAME.txt, with optional NAME.json giving title, outlet,
 * publishedAt, url) and stores its extracted claims.
 *
 *   npm run seed                         into the local KV that `wrangler dev` uses
 *   npm run seed -- --remote <base-url>  through a deployed Worker's API (REVIEWER_TOKEN in the environment)
 *
 * Ids derive from the text, so running it again refreshes extraction and keeps every review.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { unstable_startWorker } from 'wrangler'
import { type ArticleTextInput, ArticleTextInputSchema } from '../schemas/article'

const SEEDS_DIR = new URL('../seeds/', import.meta.url).pathname

async function readSeeds(): Promise<{ name: string; input: ArticleTextInput }[]> {
  const files = (await readdir(SEEDS_DIR)).filter((file) => file.endsWith('.txt')).sort()
  return Promise.all(
    files.map(async (file) => {
      const name = file.slice(0, -'.txt'.length)
      const text = await readFile(join(SEEDS_DIR, file), 'utf8')
      const metadata: unknown = await readFile(join(SEEDS_DIR, `${name}.json`), 'utf8').then(JSON.parse, () => ({}))
      const result = v.safeParse(ArticleTextInputSchema, { ...(metadata as object), text })
      if (!result.success) throw new Error(`seeds/${file}: ${result.issues.map((issue) => issue.message).join('; ')}`)
      return { name, input: result.output }
    }),
  )
}

/**
 * Runs the Worker as `wrangler dev` does (its Durable Object included, the same local state) and
 * posts each seed through its API with a one-off admin token.
 */
async function seedLocal(seeds: { name: string; input: ArticleTextInput }[]): Promise<void> {
  const token = crypto.randomUUID()
  const worker = await unstable_startWorker({
    config: 'wrangler.toml',
    bindings: { REVIEWER_TOKENS: { type: 'plain_text', value: `seed:${token}:admin` } },
    dev: { server: { port: 0 }, inspector: false, logLevel: 'error' },
  })
  try {
    await postSeeds(seeds, (await worker.url).toString(), token)
  } finally {
    await worker.dispose()
  }
}

async function postSeeds(seeds: { name: string; input: ArticleTextInput }[], baseUrl: string, token: string): Promise<void> {
  for (const { name, input } of seeds) {
    const response = await fetch(new URL('/api/articles', baseUrl), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    })
    const body = (await response.json()) as { article?: { id: string }; claims?: unknown[]; detail?: string }
    if (!response.ok) throw new Error(`${name}: ${response.status} ${body.detail ?? ''}`)
    console.log(`${response.status === 201 ? 'added' : 'refreshed'} ${name} as article ${body.article?.id}: ${body.claims?.length} claims`)
  }
}

const remoteAt = process.argv.indexOf('--remote')
const seeds = await readSeeds()
if (remoteAt === -1) await seedLocal(seeds)
else {
  const baseUrl = process.argv[remoteAt + 1]
  if (baseUrl === undefined) throw new Error('usage: npm run seed -- --remote https://<your worker>')
  const token = process.env.REVIEWER_TOKEN
  if (!token) throw new Error('set REVIEWER_TOKEN to a reviewer token of the deployed Worker')
  await postSeeds(seeds, baseUrl, token)
}
