// `npm run bench -- throughput`: the API under `wrangler dev` against a bare Worker doing the least
// each route could (test/bench/floor.ts), in alternating rounds so drift in the machine's load hits both.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Claim } from '../../schemas/claim'

const ROOT = new URL('../../', import.meta.url).pathname
const FIXTURES = join(ROOT, 'test/fixtures/eval')
const TOKEN = 'bench-token'
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2)
/** Alternating rounds per route and its floor; the median of each side is reported. */
const ROUNDS = 5
const CONNECTIONS = 8

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
export const ms = (value: number) => `${value.toFixed(2)} ms`

function fixtureTexts(): string[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(FIXTURES, file), 'utf8'))
}

const servers: ChildProcess[] = []
function stopServer(server: ChildProcess): void {
  try {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}
process.on('exit', () => servers.forEach(stopServer))

async function startWrangler(config: string, port: number, envFile?: string): Promise<{ url: string; stop: () => void }> {
  const state = mkdtempSync(join(tmpdir(), 'bench-state-'))
  const args = ['wrangler', 'dev', '-c', config, '--port', String(port), '--inspector-port', String(port + 1000), '--ip', '127.0.0.1']
  args.push('--persist-to', state, '--show-interactive-dev-session=false', '--log-level', 'error')
  if (envFile !== undefined) args.push('--env-file', envFile)
  const child: ChildProcess = spawn('npx', args, { cwd: ROOT, stdio: 'ignore', detached: true })
  servers.push(child)
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      await fetch(url)
      return { url, stop: () => stopServer(child) }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  throw new Error(`wrangler dev -c ${config} did not start`)
}

interface LoadResult {
  rps: number
  p50: number
  p99: number
  errors: number
}

/** Closed-loop load: CONNECTIONS clients, each sending the next request when the last answers. */
async function load(makeRequest: (index: number) => [string, RequestInit?], connections = CONNECTIONS): Promise<LoadResult> {
  const latencies: number[] = []
  let errors = 0
  let sent = 0
  const warmUntil = performance.now() + 500
  const endAt = warmUntil + SECONDS * 1000
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < endAt) {
        const [url, init] = makeRequest(sent++)
        const started = performance.now()
        const response = await fetch(url, init)
        await response.arrayBuffer()
        if (!response.ok) errors++
        if (started >= warmUntil) latencies.push(performance.now() - started)
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  return { rps: latencies.length / SECONDS, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors }
}

/** Throughput and latency of the API under `wrangler dev`, each route against its floor. */
export async function throughput(): Promise<void> {
  const envFile = join(mkdtempSync(join(tmpdir(), 'bench-env-')), 'bench.env')
  writeFileSync(envFile, `REVIEWER_TOKENS=bench:${TOKEN}\nSESSION_SECRET=bench-session-secret-0123456789\n`)
  const [desk, floor] = await Promise.all([
    startWrangler('wrangler.toml', 8811, envFile),
    startWrangler('test/bench/wrangler.floor.toml', 8812),
  ])
  try {
    await fetch(`${floor.url}/prepare`, { method: 'POST' })
    const ids: string[] = []
    for (const text of fixtureTexts()) {
      const response = await fetch(`${desk.url}/api/articles`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, outlet: 'BBC' }),
      })
      ids.push(...((await response.json()) as { claims: Claim[] }).claims.map((claim) => claim.id))
    }
    const review = (i: number): [string, RequestInit] => [
      `${desk.url}/api/claims/${ids[i % ids.length]}/reviews`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'in_review', note: `bench ${i}` }),
      },
    ]
    let missed = 0
    const floorFixed = await load(() => [`${floor.url}/fixed`])
    const pairs: [string, (i: number) => [string, RequestInit?], string, (i: number) => [string, RequestInit?]][] = [
      // A query the route ignores makes every URL new to the edge cache: the work behind a miss.
      [
        'GET /api/claims/:id, edge cache miss',
        (i) => [`${desk.url}/api/claims/${ids[i % ids.length]}?miss=${missed++}`],
        'one KV get',
        () => [`${floor.url}/one-get`],
      ],
      [
        'GET /api/claims/:id, edge cache hit',
        (i) => [`${desk.url}/api/claims/${ids[i % ids.length]}`],
        'one KV get',
        () => [`${floor.url}/one-get`],
      ],
      [
        'GET /api/claims?limit=50, miss',
        () => [`${desk.url}/api/claims?limit=50&miss=${missed++}`],
        'one KV list of 50',
        () => [`${floor.url}/one-list`],
      ],
      ['GET /api/claims?limit=50, hit', () => [`${desk.url}/api/claims?limit=50`], 'one KV list of 50', () => [`${floor.url}/one-list`]],
      ['GET / (home page), hit', () => [`${desk.url}/`], 'one KV list of 50', () => [`${floor.url}/one-list`]],
      ['POST /api/claims/:id/reviews', review, 'one KV get', () => [`${floor.url}/one-get`]],
    ]
    console.log(
      `\n## Throughput under wrangler dev (${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per side, ${ids.length} claims stored)\n`,
    )
    console.log('| route | req/s | p50 | p99 | errors | floor | floor req/s | floor p50 | ratio (req/s) |')
    console.log('|---|---|---|---|---|---|---|---|---|')
    console.log(
      `| floor: fixed JSON | ${floorFixed.rps.toFixed(0)} | ${ms(floorFixed.p50)} | ${ms(floorFixed.p99)} | ${floorFixed.errors} | | | | |`,
    )
    for (const [name, request, floorName, floorRequest] of pairs) {
      // Alternate the route and its floor so drift in the machine's load hits both alike; report medians.
      const sides: LoadResult[][] = [[], []]
      for (let round = 0; round < ROUNDS; round++) {
        sides[0]?.push(await load(request))
        sides[1]?.push(await load(floorRequest))
      }
      const [result, floorResult] = sides.map((runs) => runs.sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)] as LoadResult) as [
        LoadResult,
        LoadResult,
      ]
      console.log(
        `| ${name} | ${result.rps.toFixed(0)} | ${ms(result.p50)} | ${ms(result.p99)} | ${result.errors} | ${floorName} | ${floorResult.rps.toFixed(0)} | ${ms(floorResult.p50)} | **${(result.rps / floorResult.rps).toFixed(2)}** |`,
      )
    }
    // Issue 12 measured the home page under 16 connections slowing a plain claim GET from 7 ms to 4 s.
    const claimGet = (i: number): [string] => [`${desk.url}/api/claims/${ids[i % ids.length]}?miss=${missed++}`]
    const alone = await load(claimGet, 1)
    const floorBeside = await Promise.all([load(() => [`${floor.url}/fixed`], 16), load(claimGet, 1)])
    console.log(`\nA claim GET (cache miss, one connection): p50 ${ms(alone.p50)} alone.`)
    console.log(`- beside 16 connections on the floor's fixed JSON (${floorBeside[0].rps.toFixed(0)} req/s): p50 ${ms(floorBeside[1].p50)}`)
    for (const [name, home] of [
      ['home page, cache misses', () => [`${desk.url}/?miss=${missed++}`]],
      ['home page, cache hits', () => [`${desk.url}/`]],
    ] as const) {
      const [homeLoad, beside] = await Promise.all([load(home as () => [string], 16), load(claimGet, 1)])
      console.log(
        `- beside 16 connections on the ${name} (${homeLoad.rps.toFixed(0)} req/s, p50 ${ms(homeLoad.p50)}): p50 ${ms(beside.p50)}, p99 ${ms(beside.p99)}`,
      )
    }
  } finally {
    desk.stop()
    floor.stop()
  }
}
