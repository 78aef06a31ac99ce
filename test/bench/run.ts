/**
 * `npm run bench`: prints the figures the README records. Not a test: nothing here fails on
 * a slow machine, it only measures.
 *   1. throughput and latency of the API under `wrangler dev`, as ratios to the runtime's floor
 *   3. the deployable bundle, gzip
 *   4. extraction time per article over the corpus
 *   5. KV and ledger operations and latency per public route at 1,000 to 100,000 claims (workerd)
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Claim } from '../../schemas/claim'
import { extractArticle } from '../../worker/extract'

const ROOT = new URL('../../', import.meta.url).pathname
const CORPUS = join(ROOT, '../shared/corpus')
const FIXTURES = join(ROOT, 'test/fixtures/eval')
const TOKEN = 'bench-token'
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2)
/** Alternating rounds per route and its floor; the median of each side is reported. */
const ROUNDS = 5
const CONNECTIONS = 8

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
const ms = (value: number) => `${value.toFixed(2)} ms`

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

async function throughput(): Promise<void> {
  const envFile = join(mkdtempSync(join(tmpdir(), 'bench-env-')), 'bench.env')
  writeFileSync(envFile, `REVIEWER_TOKENS=bench:${TOKEN}\nSESSION_SECRET=bench-session-secret-0123456789\n`)
  const [desk, floor] = await Promise.all([startWrangler('wrangler.toml', 8811, envFile), startWrangler('test/bench/wrangler.floor.toml', 8812)])
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
      { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ status: 'in_review', note: `bench ${i}` }) },
    ]
    let missed = 0
    const floorFixed = await load(() => [`${floor.url}/fixed`])
    const pairs: [string, (i: number) => [string, RequestInit?], string, (i: number) => [string, RequestInit?]][] = [
      // A query the route ignores makes every URL new to the edge cache: the work behind a miss.
      ['GET /api/claims/:id, edge cache miss', (i) => [`${desk.url}/api/claims/${ids[i % ids.length]}?miss=${missed++}`], 'one KV get', () => [`${floor.url}/one-get`]],
      ['GET /api/claims/:id, edge cache hit', (i) => [`${desk.url}/api/claims/${ids[i % ids.length]}`], 'one KV get', () => [`${floor.url}/one-get`]],
      ['GET /api/claims?limit=50, miss', () => [`${desk.url}/api/claims?limit=50&miss=${missed++}`], 'one KV list of 50', () => [`${floor.url}/one-list`]],
      ['GET /api/claims?limit=50, hit', () => [`${desk.url}/api/claims?limit=50`], 'one KV list of 50', () => [`${floor.url}/one-list`]],
      ['GET / (home page), hit', () => [`${desk.url}/`], 'one KV list of 50', () => [`${floor.url}/one-list`]],
      ['POST /api/claims/:id/reviews', review, 'one KV get', () => [`${floor.url}/one-get`]],
    ]
    console.log(`\n## Throughput under wrangler dev (${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per side, ${ids.length} claims stored)\n`)
    console.log('| route | req/s | p50 | p99 | errors | floor | floor req/s | floor p50 | ratio (req/s) |')
    console.log('|---|---|---|---|---|---|---|---|---|')
    console.log(`| floor: fixed JSON | ${floorFixed.rps.toFixed(0)} | ${ms(floorFixed.p50)} | ${ms(floorFixed.p99)} | ${floorFixed.errors} | | | | |`)
    for (const [name, request, floorName, floorRequest] of pairs) {
      // Alternate the route and its floor so drift in the machine's load hits both alike; report medians.
      const sides: LoadResult[][] = [[], []]
      for (let round = 0; round < ROUNDS; round++) {
        sides[0]?.push(await load(request))
        sides[1]?.push(await load(floorRequest))
      }
      const [result, floorResult] = sides.map((runs) => runs.sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)] as LoadResult) as [LoadResult, LoadResult]
      console.log(
        `| ${name} | ${result.rps.toFixed(0)} | ${ms(result.p50)} | ${ms(result.p99)} | ${result.errors} | ${floorName} | ${floorResult.rps.toFixed(0)} | ${ms(floorResult.p50)} | **${(result.rps / floorResult.rps).toFixed(2)}** |`,
      )
    }
    // Issue 12 measured the home page under 16 connections slowing a plain claim GET from 7 ms to 4 s.
    const claimGet = (i: number): [string] => [`${desk.url}/api/claims/${ids[i % ids.length]}?miss=${missed++}`]
    const alone = await load(claimGet, 1)
    const [homeLoad, beside] = await Promise.all([load(() => [`${desk.url}/?miss=${missed++}`], 16), load(claimGet, 1)])
    console.log(`\nA claim GET (cache miss, one connection): p50 ${ms(alone.p50)} alone; p50 ${ms(beside.p50)}, p99 ${ms(beside.p99)} while 16 connections load the home page (cache misses) at ${homeLoad.rps.toFixed(0)} req/s, p50 ${ms(homeLoad.p50)}.`)
  } finally {
    desk.stop()
    floor.stop()
  }
}

function bundleSize(): void {
  const outdir = mkdtempSync(join(tmpdir(), 'bench-bundle-'))
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { cwd: ROOT, stdio: 'ignore' })
  const files = readdirSync(outdir).filter((file) => file.endsWith('.js'))
  const raw = files.reduce((sum, file) => sum + statSync(join(outdir, file)).size, 0)
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outdir, file))).length, 0)
  console.log(`\n## Bundle\n\n${(raw / 1024).toFixed(1)} KiB raw, **${(gzip / 1024).toFixed(1)} KiB gzip** (budget 150 KiB)`)
}

function extraction(): void {
  const dir = existsSync(CORPUS) ? CORPUS : FIXTURES
  const files = existsSync(CORPUS)
    ? readdirSync(CORPUS).flatMap((folder) => (statSync(join(CORPUS, folder)).isDirectory() ? readdirSync(join(CORPUS, folder)).map((file) => join(folder, file)) : []))
    : readdirSync(FIXTURES).filter((file) => file.endsWith('.txt'))
  const times: number[] = []
  let claims = 0
  let words = 0
  let failures = 0
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8')
    const started = performance.now()
    try {
      claims += extractArticle(text).claims.length
    } catch {
      failures++
    }
    times.push(performance.now() - started)
    words += text.split(/\s+/).filter(Boolean).length
  }
  times.sort((a, b) => a - b)
  console.log(`\n## Extraction over ${files.length} articles (${dir === CORPUS ? 'the BBC corpus' : 'the evaluation fixtures'})\n`)
  console.log(`median ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(times.at(-1) ?? 0)} per article; ${failures} failures; ${((claims / words) * 100).toFixed(2)} claims per 100 words`)
}

/** An article of many distinct organisations and people: the case that made extraction quadratic. */
function manyOrganizationsArticle(bytes: number): string {
  const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango']
  const name = (index: number) => names[index % names.length] as string
  let text = 'Results season\n\n'
  for (let index = 0; text.length < bytes; index++) {
    const [a, b, c] = [name(index), name(Math.floor(index / 20)), name(Math.floor(index / 400))]
    text += `${a} ${b} ${c} Holdings said profits rose 12% to $${index} million in 2024. Shares of ${a} ${b} Bank fell ${index % 50}%, analyst John ${b}son of ${c} Partners told Reuters.\n\n`
  }
  return text
}

/** Extraction time as an article grows: linear time keeps the time per KB flat. */
function extractionScaling(): void {
  const dir = existsSync(CORPUS) ? CORPUS : FIXTURES
  const corpusText = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.txt'))
    .slice(0, 400)
    .map((file) => readFileSync(join(dir, file), 'utf8').split('\n').slice(1).join('\n'))
    .join('\n\n')
  const median = (text: string) => {
    const runs = [0, 1, 2, 3, 4].map(() => {
      const started = performance.now()
      extractArticle(text)
      return performance.now() - started
    })
    return percentile(runs.sort((a, b) => a - b), 50)
  }
  const shortSentences = (bytes: number) => {
    let text = 'Briefs\n\n'
    for (let index = 0; text.length < bytes; index++) text += `Item ${index} rose ${index % 9}%. `
    return text
  }
  const oneLongSentence = (bytes: number) => {
    let text = 'Budget\n\nThe ministry said'
    for (let index = 0; text.length < bytes; index++) text += ` that region ${index} would get $${index} million and`
    return `${text} more.`
  }
  console.log('\n## Extraction time by article size (median of 5; ms, and ms per KB)\n')
  console.log('| size | news text | many organisations | short sentences | one long sentence |')
  console.log('|---|---|---|---|---|')
  for (const kb of [1, 10, 25, 50, 100]) {
    const cells = [`Headline\n\n${corpusText.slice(0, kb * 1000)}`, manyOrganizationsArticle(kb * 1000), shortSentences(kb * 1000), oneLongSentence(kb * 1000)].map((text) => {
      const time = median(text)
      return `${ms(time)} (${(time / kb).toFixed(2)})`
    })
    console.log(`| ${kb} KB | ${cells.join(' | ')} |`)
  }
}

console.log(`# npm run bench — ${new Date().toISOString()}`)
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}`)
const only = process.argv.slice(2)
/** Runs test/bench/scale in workerd (it needs the Durable Object) and prints its table. */
function scale(): void {
  console.log('\n## Every public route at 1,000, 10,000 and 100,000 claims (cache misses; workerd, local KV and ledger)\n')
  const output = execFileSync('npx', ['vitest', 'run', '--config', 'test/bench/scale/vitest.config.ts'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
  console.log(output.split('\n').filter((line) => line.startsWith('|') || line.startsWith('####')).join('\n'))
}

const sections: [string, () => unknown][] = [
  ['bundle', bundleSize],
  ['extraction', extraction],
  ['extraction-scaling', extractionScaling],
  ['throughput', throughput],
  ['scale', scale],
]
for (const [name, run] of sections) if (only.length === 0 || only.includes(name)) await run()
process.exit(0)
