import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { fetchApiDocument } from './api-document'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../..')
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name)

// The linted copy lives at a fixed path, written once for both linters.
const documentPath = join(ROOT, 'test/artifacts/openapi.json')

beforeAll(async () => {
  const { status, text } = await fetchApiDocument()
  expect(status).toBe(200)
  await mkdir(join(ROOT, 'test/artifacts'), { recursive: true })
  await writeFile(documentPath, text)
})

/** Runs a linter that exits non-zero when it finds problems; its JSON report is on stdout either way. */
async function lint(file: string, args: string[]): Promise<string> {
  try {
    return (await run(file, args, { cwd: ROOT, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } }))
      .stdout
  } catch (error) {
    const { stdout } = error as { stdout?: string }
    if (!stdout) throw error
    return stdout
  }
}

describe('the OpenAPI document passes third-party linters', () => {
  it('Redocly CLI, recommended rules (redocly.yaml): no errors, no warnings', async () => {
    const report = JSON.parse(
      await lint(bin('redocly'), ['lint', documentPath, '--config', join(ROOT, 'redocly.yaml'), '--format', 'json']),
    ) as {
      totals: { errors: number; warnings: number; ignored: number }
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[]
    }
    expect(
      report.problems.map((problem) => `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`),
    ).toEqual([])
    // Nothing is ignored: every operation documents a 4xx answer.
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 })
  })

  it('Spectral, spectral:oas ruleset (.spectral.yaml): no errors, no warnings', async () => {
    const results = JSON.parse(
      await lint(bin('spectral'), ['lint', documentPath, '--ruleset', join(ROOT, '.spectral.yaml'), '--format', 'json', '--quiet']),
    ) as {
      code: string
      severity: number
      message: string
      path: string[]
    }[]
    expect(results.map((result) => `${result.severity} ${result.code} ${result.path.join('.')}: ${result.message}`)).toEqual([])
  })
})
