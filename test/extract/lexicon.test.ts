import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The word lists as written in the lexicon source, so a duplicate is seen before `new Set` hides it.
const source = readFileSync(join(import.meta.dirname, '../../worker/extract/lexicon.ts'), 'utf8')
const lists = new Map<string, string[]>()
for (const m of source.matchAll(/export const (\w+) =\s*set\(\s*`([^`]*)`,?\s*\)/g)) lists.set(m[1]!, m[2]!.trim().split(/\s+/))

describe('lexicon', () => {
  it('has its word lists, every one', () => {
    expect(lists.size).toBe([...source.matchAll(/export const \w+ =\s*set\(/g)].length)
    expect(lists.size).toBeGreaterThan(15)
  })

  it.each([...lists.keys()])('%s has no duplicates and no entry that can never match a lower-cased token', (name) => {
    const words = lists.get(name)!
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([])
    // Tokens are compared lower-cased, and a token is letters, digits and inner . ' ’ & - /.
    expect(words.filter((w) => w !== w.toLowerCase() || !/^[\p{L}\p{N}](?:[\p{L}\p{N}.'’&/-]*[\p{L}\p{N}.])?$/u.test(w))).toEqual([])
  })

  it('keeps unnamed sources apart from roles and person nouns, so each word has one category', () => {
    const sources = new Set(lists.get('SOURCE_NOUNS'))
    for (const other of ['ROLE_HEADS', 'PERSON_NOUNS', 'ORG_NOUNS', 'DOCUMENT_NOUNS']) {
      expect(
        lists.get(other)!.filter((w) => sources.has(w)),
        other,
      ).toEqual([])
    }
  })
})
