import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { ProblemSchema } from '../../schemas/problem'
import { ROOT, readmeBlocks } from '../support/readme'

const blocks = readmeBlocks()
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts

/** Shell command lines of a block: continuations joined, comments dropped. */
function commandLines(code: string): string[] {
  return code
    .replaceAll('\\\n', ' ')
    .split('\n')
    .map((line) => line.replace(/\s#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

describe('README snippets', () => {
  it('are all of a kind a test below checks', () => {
    expect(blocks.map((block) => block.language).filter((language) => !['ts', 'sh', 'json', ''].includes(language))).toEqual([])
    expect(blocks.filter((block) => block.language === 'ts').length).toBeGreaterThan(0)
  })

  it('ts: each typechecks against the repository, as a file at its root would', { timeout: 120_000 }, () => {
    // A scratch copy of the root: the snippet beside links to the sources and node_modules it imports.
    const scratch = mkdtempSync(join(tmpdir(), 'factdesk-readme-'))
    try {
      for (const entry of ['worker', 'schemas', 'node_modules', 'worker-configuration.d.ts'])
        symlinkSync(join(ROOT, entry), join(scratch, entry))
      const files = blocks
        .filter((block) => block.language === 'ts')
        .map((block) => {
          const file = `readme-line-${block.line}.ts`
          writeFileSync(join(scratch, file), block.code)
          return file
        })
      writeFileSync(
        join(scratch, 'tsconfig.json'),
        JSON.stringify({ extends: join(ROOT, 'tsconfig.json'), include: [...files, 'worker-configuration.d.ts'] }),
      )
      const tsc = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['--noEmit', '-p', scratch], { cwd: scratch, encoding: 'utf8' })
      expect(tsc.stdout + tsc.stderr).toBe('')
      expect(tsc.status).toBe(0)
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  })

  it('json: each parses and is a problem+json body', () => {
    const json = blocks.filter((block) => block.language === 'json')
    expect(json.length).toBeGreaterThan(0)
    for (const block of json) expect(v.safeParse(ProblemSchema, JSON.parse(block.code)).success, `README line ${block.line}`).toBe(true)
  })

  it('sh: every npm script named exists, and every file a command reads is in the repository', () => {
    for (const block of blocks.filter((candidate) => candidate.language === 'sh')) {
      for (const line of commandLines(block.code)) {
        for (const [, script] of line.matchAll(/\bnpm run (\S+)/g))
          expect(Object.keys(scripts), `README line ${block.line}: ${line}`).toContain(script)
        for (const [path] of line.matchAll(/(?<![\w/.:$-])[\w./-]+\.(?:txt|json|ts|toml)\b/g)) {
          expect(() => readFileSync(join(ROOT, path)), `README line ${block.line}: ${path}`).not.toThrow()
        }
        for (const [, npmCommand] of line.matchAll(/\bnpm (\w+)/g)) expect(['install', 'run', 'test', 'ci'], line).toContain(npmCommand)
      }
    }
  })

  it('sh: every wrangler command is one this wrangler has', { timeout: 120_000 }, () => {
    const commands = blocks
      .filter((block) => block.language === 'sh')
      .flatMap((block) => commandLines(block.code))
      .flatMap((line) => [...line.matchAll(/\bnpx wrangler ((?:[a-z]+ ?)+)/g)].map((match) => (match[1] ?? '').trim().split(' ')))
    expect(commands.length).toBeGreaterThan(2)
    for (const words of commands) {
      // Words up to the first argument: `kv namespace create FACTCHECK_KV` → `kv namespace create`.
      const help = spawnSync(join(ROOT, 'node_modules/.bin/wrangler'), [...words, '--help'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
      })
      expect(help.status, help.stderr).toBe(0)
      expect(help.stdout, `wrangler ${words.join(' ')}`).toContain(`wrangler ${words.join(' ')}`)
    }
  })
})

describe('README Layout', () => {
  const layout = blocks.find((block) => block.language === '' && block.code.startsWith('schemas/'))?.code ?? ''
  // An entry is a name at the start of a line, at the top level or indented under worker/ or test/.
  const entries = [...layout.matchAll(/^( {0,2})([\w.-]+\/?)\s/gm)]
  let parent = ''
  const named = entries.map(([, indent, name]) => {
    if (indent === '') parent = name as string
    return indent === '' ? (name as string) : `${parent}${name}`
  })

  it('names only folders and files that exist', () => {
    expect(named.length).toBeGreaterThan(10)
    expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([])
  })

  it('names every folder of worker/ and test/', () => {
    const folders = ['worker/', 'test/'].flatMap((top) =>
      readdirSync(join(ROOT, top), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== 'artifacts')
        .map((entry) => `${top}${entry.name}/`),
    )
    expect(folders.filter((folder) => !named.includes(folder))).toEqual([])
  })
})
