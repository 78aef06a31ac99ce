import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = new URL('../../', import.meta.url).pathname

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

export interface DevServer {
  base: string
  stop(): void
}

/** `wrangler dev` on free ports with its own empty local KV and the given secrets; resolves once it answers. */
export async function startWranglerDev(secrets: Record<string, string>): Promise<DevServer> {
  const [port, inspectorPort] = [await freePort(), await freePort()]
  const state = mkdtempSync(join(tmpdir(), 'factdesk-e2e-'))
  const envFile = join(state, 'e2e.env')
  writeFileSync(
    envFile,
    Object.entries(secrets)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
  )
  let log = ''
  const server: ChildProcess = spawn(
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
      envFile,
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
  server.stdout?.on('data', (chunk) => (log += chunk))
  server.stderr?.on('data', (chunk) => (log += chunk))
  const base = `http://127.0.0.1:${port}`
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
  }
  for (let attempt = 0; attempt < 120; attempt++) {
    if (
      await fetch(`${base}/api/articles`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return { base, stop }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  stop()
  throw new Error(`wrangler dev did not start:\n${log}`)
}
