import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, readmeBlocks } from '../support/readme'

/** The README's example base URL, replaced by the test server's. */
const README_BASE = 'http://localhost:8787'

let server: ChildProcess
let base = ''
let serverLog = ''

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** The reviewer token the README's examples use, from `.dev.vars.example`. */
function exampleToken(): string {
  const tokens = /^REVIEWER_TOKENS=(.*)$/m.exec(readFileSync(join(ROOT, '.dev.vars.example'), 'utf8'))?.[1] ?? ''
  return tokens.split(',')[0]?.split(':')[1] ?? ''
}

beforeAll(async () => {
  const [port, inspectorPort] = [await freePort(), await freePort()]
  base = `http://127.0.0.1:${port}`
  const state = mkdtempSync(join(tmpdir(), 'factdesk-readme-api-'))
  // As `npm run dev` runs it: the example secrets, a local KV.
  server = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      '--port',
      String(port),
      '--inspector-port',
      String(inspectorPort),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      state,
      '--env-file',
      join(ROOT, '.dev.vars.example'),
      '--show-interactive-dev-session=false',
      '--log-level',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  server.stdout?.on('data', (chunk) => (serverLog += chunk))
  server.stderr?.on('data', (chunk) => (serverLog += chunk))
  for (let attempt = 0; attempt < 120; attempt++) {
    const up = await fetch(`${base}/api/articles`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) break
    if (attempt === 119) throw new Error(`wrangler dev did not start:\n${serverLog}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  // What `npm run seed` stores: the seed article with its metadata.
  const seeded = await fetch(`${base}/api/articles`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${exampleToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      text: readFileSync(join(ROOT, 'seeds/000_583d68ef50ae58cd.txt'), 'utf8'),
      ...JSON.parse(readFileSync(join(ROOT, 'seeds/000_583d68ef50ae58cd.json'), 'utf8')),
    }),
  })
  expect(seeded.status).toBe(201)
})

afterAll(() => {
  if (server?.pid !== undefined) process.kill(-server.pid, 'SIGTERM')
})

describe("the README's API examples, against wrangler dev", () => {
  it('the curl block runs as written, every request answering 2xx', () => {
    const block = readmeBlocks().find((candidate) => candidate.language === 'sh' && candidate.code.includes('curl'))
    expect(block?.code).toContain(README_BASE)
    // Run from a copy of the repository root holding what the block reads; `curl` fails on an error status.
    const cwd = mkdtempSync(join(tmpdir(), 'factdesk-readme-curl-'))
    symlinkSync(join(ROOT, 'test'), join(cwd, 'test'))
    const script = `set -euo pipefail\ncurl() { command curl --fail-with-body --silent --show-error "$@"; }\n${block?.code.replaceAll(README_BASE, base)}`
    const run = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', timeout: 60_000 })
    expect(run.status, `${run.stdout}\n${run.stderr}\n${serverLog}`).toBe(0)
    expect(run.stdout).toContain('"@type":"ClaimReview"')
    expect(run.stdout).toContain('"outlet":"BBC News"')
    const csv = readFileSync(join(cwd, 'claims.csv'), 'utf8')
    expect(csv.startsWith('\uFEFFid,text,span,')).toBe(true)
    expect(csv).toContain('Zabihullah Mujahid')
  })

  it('the problem+json example is what the API answers for a bad status', async () => {
    const example = readmeBlocks().find((candidate) => candidate.language === 'json')
    const claims = (await (await fetch(`${base}/api/claims?limit=1`)).json()) as { claims: { id: string }[] }
    const response = await fetch(`${base}/api/claims/${claims.claims[0]?.id}/reviews`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${exampleToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'true-ish' }),
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(JSON.parse(example?.code ?? 'null'))
  })
})
