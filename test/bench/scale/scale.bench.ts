/**
 * `npm run bench -- scale`: the KV and ledger operations and the latency of every public route
 * with 1,000, 10,000 and 100,000 claims stored, inside workerd with a real local KV and the
 * DeskLedger Durable Object. Each request is a cache miss (its edge copy is dropped first), so
 * the figures are the work behind the cache. Prints the table (test/bench/run.ts shows it).
 */
import { createExecutionContext, env, runInDurableObject, waitOnExecutionContext } from 'cloudflare:test'
import { it } from 'vitest'
import type { Claim, ExtractedClaim } from '../../../schemas/claim'
import app from '../../../worker/app'
import { freshClaim } from '../../../worker/desk/claim-edits'
import { claimId } from '../../../worker/model/ids'
import { ingestArticle } from '../../../worker/desk/ingest'
import { EDGE_CACHE_NAME } from '../../../worker/http/edge-cache'
import { articleMetadata } from '../../../worker/store/metadata'
import { ClaimStore } from '../../../worker/store/store'
import { instrumentKv } from '../../support/instrumented-kv'
import seedText from '../../../seeds/000_583d68ef50ae58cd.txt?raw'

const SIZES = [1_000, 10_000, 100_000]
const CLAIMS_PER_ARTICLE = 20
const SAMPLES = 15
const BATCH = 250
const SPEAKERS = Array.from({ length: 200 }, (_, index) => `Speaker${index} Surname${index}`)

/** Counts the ledger calls a request makes through the binding. */
function countedLedger(inner: DurableObjectNamespace) {
  const state = { calls: 0 }
  const namespace = {
    idFromName: (name: string) => inner.idFromName(name),
    get: (id: DurableObjectId) => {
      const stub = inner.get(id)
      return new Proxy(stub, {
        get(target, property) {
          const value = Reflect.get(target, property)
          if (typeof value !== 'function') return value
          return (...args: unknown[]) => {
            state.calls++
            return Reflect.apply(value, target, args)
          }
        },
      })
    },
  }
  return { namespace: namespace as unknown as DurableObjectNamespace, state }
}

async function measure(path: string, headers: Record<string, string> = {}) {
  const cache = await caches.open(EDGE_CACHE_NAME)
  const url = new URL(path, 'https://desk.test').href
  const times: number[] = []
  let counts = { kv: 0, ledger: 0, status: 0, bytes: 0 }
  for (let sample = 0; sample < SAMPLES; sample++) {
    await cache.delete(url)
    const kv = instrumentKv(env.FACTCHECK_KV)
    const ledger = countedLedger(env.DESK_LEDGER)
    const ctx = createExecutionContext()
    const started = performance.now()
    const response = await app.fetch(new Request(url, { headers }), { ...env, FACTCHECK_KV: kv.kv, DESK_LEDGER: ledger.namespace }, ctx)
    const body = await response.text()
    times.push(performance.now() - started)
    await waitOnExecutionContext(ctx)
    counts = {
      kv: kv.counts.get + kv.counts.list + kv.counts.put + kv.counts.delete,
      ledger: ledger.state.calls,
      status: response.status,
      bytes: body.length,
    }
  }
  times.sort((a, b) => a - b)
  return { ...counts, p50: times[Math.floor(times.length / 2)] as number }
}

/**
 * The KV operations of one write, the Worker's and the ledger's together (the ledger writes
 * claims and reviews to KV itself, so its binding is counted too).
 */
async function measureWrite(path: string, body: unknown) {
  const stub = env.DESK_LEDGER.get(env.DESK_LEDGER.idFromName('desk'))
  const ledgerKv = instrumentKv(env.FACTCHECK_KV)
  await runInDurableObject(stub, (ledger) => {
    Object.assign(ledger, { env: { ...env, FACTCHECK_KV: ledgerKv.kv } })
  })
  const kv = instrumentKv(env.FACTCHECK_KV)
  const ledger = countedLedger(env.DESK_LEDGER)
  const ctx = createExecutionContext()
  const started = performance.now()
  const init = {
    method: 'POST',
    headers: { Authorization: 'Bearer bench-token', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }
  const response = await app.fetch(
    new Request(new URL(path, 'https://desk.test'), init),
    { ...env, FACTCHECK_KV: kv.kv, DESK_LEDGER: ledger.namespace },
    ctx,
  )
  await response.text()
  const elapsed = performance.now() - started
  await waitOnExecutionContext(ctx)
  await runInDurableObject(stub, (ledger) => {
    Object.assign(ledger, { env })
  })
  const reads = kv.counts.get + ledgerKv.counts.get
  const writes = kv.counts.put + kv.counts.delete + ledgerKv.counts.put + ledgerKv.counts.delete
  const lists = kv.counts.list + ledgerKv.counts.list
  return `${response.status} | ${reads} | ${writes} | ${lists} | ${ledger.state.calls} | ${elapsed.toFixed(1)} ms`
}

it('prints the scale table', { timeout: 3_600_000 }, async () => {
  const store = new ClaimStore(env.FACTCHECK_KV, env.DESK_LEDGER)
  const seeded = await ingestArticle(store, { text: seedText, outlet: 'WION', publishedAt: '2023-03-25' })
  const templates: ExtractedClaim[] = seeded.claims.map(({ text, span, kind, offsets, sentenceOffsets, checkworthiness, attribution }) => ({
    text,
    span,
    kind,
    offsets,
    sentenceOffsets,
    checkworthiness,
    attribution,
  }))
  const ledger = env.DESK_LEDGER.get(env.DESK_LEDGER.idFromName('desk'))
  let stored = seeded.claims.length
  let articles = 0
  const rows: string[] = []
  const sample = { claim: seeded.claims[0] as Claim, article: seeded.article.id }
  for (const size of SIZES) {
    while (stored < size) {
      const batch: Claim[] = []
      while (batch.length < BATCH && stored + batch.length < size) {
        const articleId = `b${articles.toString(16).padStart(15, '0')}`
        const day = new Date(Date.UTC(2024, 0, 1) + articles * 3_600_000).toISOString()
        const title = `Synthetic article ${articles} on budgets and borders`
        const source = { outlet: 'Bench Wire', title, publishedAt: day.slice(0, 10), url: null }
        const article = { id: articleId, title, outlet: 'Bench Wire', publishedAt: day.slice(0, 10), url: null, text: seedText }
        await env.FACTCHECK_KV.put(`v1:article:${articleId}`, JSON.stringify(article), {
          metadata: articleMetadata(article, CLAIMS_PER_ARTICLE),
        })
        await ledger.putArticle({ id: articleId, ...articleMetadata(article, CLAIMS_PER_ARTICLE) }, day)
        for (let index = 0; index < CLAIMS_PER_ARTICLE; index++) {
          const template = templates[index % templates.length] as ExtractedClaim
          const speaker = SPEAKERS[(articles + index) % SPEAKERS.length] as string
          const fields = {
            ...template,
            sentenceOffsets: { start: index * 100, end: index * 100 + 90 },
            attribution: { ...template.attribution, speaker },
          }
          batch.push(freshClaim(claimId(articleId, index * 100), articleId, fields, source, day, []))
        }
        articles++
      }
      const { conflicts } = await ledger.write(batch.map((claim) => ({ claim, version: 0 })))
      if (conflicts.length > 0) throw new Error(`${conflicts.length} synthetic claims collided with stored ones`)
      stored += batch.length
      sample.claim = batch[0] as Claim
      sample.article = sample.claim.articleId
    }
    const speaker = sample.claim.attribution.speaker ?? ''
    const routes: [string, string][] = [
      ['home page `/`', '/'],
      ['`GET /api/claims?limit=50`', '/api/claims?limit=50'],
      ['queue: `?status=unreviewed&order=checkworthy`', '/api/claims?status=unreviewed&order=checkworthy&limit=50'],
      ['filter: `?speaker=…&status=unreviewed`', `/api/claims?speaker=${encodeURIComponent(speaker)}&status=unreviewed&limit=50`],
      ['filter matching nothing: `?status=refuted`', '/api/claims?status=refuted&limit=50'],
      ['search, rare word: `?q=Speaker7`', '/api/claims?q=Speaker7&limit=50'],
      ['search, every claim: `?q=countries`', '/api/claims?q=countries&limit=50'],
      ['`GET /api/claims/:id`', `/api/claims/${sample.claim.id}`],
      ['claim page `/claims/:id`', `/claims/${sample.claim.id}`],
      ['`GET /api/articles`', '/api/articles'],
      ['`GET /api/articles/:id`', `/api/articles/${sample.article}`],
      ['article page `/articles/:id`', `/articles/${sample.article}`],
      ['`GET /api/claims.csv` (first 800 rows)', '/api/claims.csv'],
      ['`GET /api/claimreviews`', '/api/claimreviews'],
    ]
    // The review history is for desk members: read with a token, never cached.
    const memberRoutes: [string, string][] = [['`GET /api/claims/:id/reviews` (member)', `/api/claims/${sample.claim.id}/reviews`]]
    for (const [name, path, headers] of [
      ...routes,
      ...memberRoutes.map(([name, path]) => [name, path, { Authorization: 'Bearer bench-token' }] as const),
    ]) {
      const result = await measure(path, headers)
      rows.push(
        `| ${stored.toLocaleString('en')} | ${name} | ${result.status} | ${result.kv} | ${result.ledger} | ${result.p50.toFixed(1)} ms |`,
      )
    }
  }
  const table = ['| claims | route | status | KV ops | ledger calls | p50 |', '|---|---|---|---|---|---|', ...rows].join('\n')
  console.log(`\n${table}\n`)
  const article = `Ministers said on Monday that 4,000 homes would be built in 12 towns by 2027.\n\n${seedText.split('\n').slice(1).join('\n')}`
  const writes = [
    `| \`POST /api/claims/:id/reviews\` | ${await measureWrite(`/api/claims/${sample.claim.id}/reviews`, { status: 'in_review', note: 'checking the figures' })} |`,
    `| \`POST /api/articles\`, a new article (the seed with one more sentence) | ${await measureWrite('/api/articles', { text: article, outlet: 'Bench Wire' })} |`,
    `| the same article again, unchanged | ${await measureWrite('/api/articles', { text: article, outlet: 'Bench Wire' })} |`,
  ]
  console.log(
    [
      '\n#### Writes at 100,000 claims\n',
      '| write | status | KV reads | KV writes | KV lists | ledger calls | time |',
      '|---|---|---|---|---|---|---|',
      ...writes,
    ].join('\n'),
  )
})
