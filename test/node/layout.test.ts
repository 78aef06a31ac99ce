import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/readme'

const WORKER = join(ROOT, 'worker')

/** The part of `worker/` a file belongs to: its top-level folder, or the file itself at the top. */
function partOf(file: string): string {
  const [first = '', ...rest] = relative(WORKER, file).split('/')
  return rest.length > 0 ? first : first.replace(/\.tsx?$/, '')
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Which parts of `worker/` each part imports, from the relative imports of its sources. */
function partImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const file of sourceFiles(WORKER)) {
    const from = partOf(file)
    const targets = graph.get(from) ?? new Set<string>()
    graph.set(from, targets)
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)) {
      const target = normalize(join(dirname(file), specifier))
      if (!target.startsWith(`${WORKER}/`)) continue
      const to = partOf(target)
      if (to !== from) targets.add(to)
    }
  }
  return graph
}

/** A cycle of parts (first part repeated at the end), or null when the imports form a DAG. */
function importCycle(graph: Map<string, Set<string>>): string[] | null {
  const done = new Set<string>()
  const path: string[] = []
  const visit = (part: string): string[] | null => {
    const open = path.indexOf(part)
    if (open >= 0) return [...path.slice(open), part]
    if (done.has(part)) return null
    path.push(part)
    for (const next of graph.get(part) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    path.pop()
    done.add(part)
    return null
  }
  for (const part of graph.keys()) {
    const cycle = visit(part)
    if (cycle) return cycle
  }
  return null
}

describe('worker layout', () => {
  const graph = partImports()

  it('finds the folders it checks, and the imports between them', () => {
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['api', 'desk', 'extract', 'model', 'store', 'web']))
    expect(graph.get('desk')).toContain('store')
  })

  it('has no cycle between folders: each folder builds only on those below it', () => {
    expect(importCycle(graph)).toBeNull()
  })

  it('would report a folder importing one that builds on it', () => {
    const injected = new Map([...graph].map(([part, targets]) => [part, new Set(targets)]))
    injected.get('store')?.add('desk')
    expect(importCycle(injected)).toEqual(expect.arrayContaining(['store', 'desk']))
  })
})
