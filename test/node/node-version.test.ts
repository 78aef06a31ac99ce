import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
/** An older Node to install with: Debian's (20 on this image), or NODE_OLD_PATH. */
const OLD_NODE = process.env.NODE_OLD_PATH ?? '/usr/bin/node'
const oldMajor = existsSync(OLD_NODE)
  ? Number(execFileSync(OLD_NODE, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }))
  : null

describe('the Node.js version', () => {
  it.skipIf(oldMajor === null || oldMajor >= 22)(
    `npm install on Node ${oldMajor} stops at once, naming the version needed and how to get it`,
    () => {
      const project = mkdtempSync(join(tmpdir(), 'factdesk-old-node-'))
      for (const file of ['package.json', 'package-lock.json', '.npmrc'])
        if (existsSync(join(ROOT, file))) copyFileSync(join(ROOT, file), join(project, file))
      // npm's own shebang picks the first `node` on PATH: the old one.
      const install = spawnSync('npm', ['install', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {
        cwd: project,
        env: { ...process.env, PATH: `${dirname(OLD_NODE)}:/usr/bin:/bin` },
        encoding: 'utf8',
      })
      expect(install.status).not.toBe(0)
      expect(install.stderr).toContain('EBADENGINE')
      expect(install.stderr).toContain(packageJson.engines.node)
      expect(install.stderr).toContain('nvm install')
    },
  )

  it('is the same in package.json, .nvmrc and the README', () => {
    const minimum = /^>=(\d+)\.(\d+)$/.exec(packageJson.engines.node)
    expect(minimum).not.toBeNull()
    const nvmrc = Number(readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim())
    expect(nvmrc).toBeGreaterThanOrEqual(Number(minimum?.[1]))
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain(`Needs Node.js ≥ ${minimum?.[1]}.${minimum?.[2]}`)
    expect(readme).toContain('`.nvmrc`')
  })
})
