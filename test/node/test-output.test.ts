import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')

describe('the worker tests’ output', () => {
  it('is the test report, not local workerd’s warning about non-ASCII KV metadata', { timeout: 120_000 }, () => {
    // The seed and this export test store £, ’ and 中文 in KV metadata, which local workerd warns about on every write.
    const childEnv = { ...process.env, NO_COLOR: '1' }
    for (const name of Object.keys(childEnv)) if (name.startsWith('VITEST')) Reflect.deleteProperty(childEnv, name)
    const run = spawnSync('npx', ['vitest', 'run', '--project', 'worker', 'test/worker/csv.test.ts', '-t', 'UTF-8 byte-order mark'], {
      cwd: ROOT,
      env: childEnv,
      encoding: 'utf8',
    })
    const output = run.stdout + run.stderr
    expect(run.status, output).toBe(0)
    expect(output).toMatch(/Tests\s+1 passed/)
    expect(output).not.toContain('CF-KV-Metadata')
    expect(output.length).toBeLessThan(5_000)
  })
})
