import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The word lists as written in the lexicon's sources (the shared lexicon, check-worthiness's lists and attribution's
// lists by category), so a duplicate is seen before `new Set` hides it.
const EXTRACT = join(import.meta.dirname, '../../worker/extract')
const files = [
  'lexicon.ts',
  'checkworthy/words.ts',
  ...readdirSync(join(EXTRACT, 'attribution'))
    .filter((f) => f.endsWith('-words.ts'))
    .map((f) => `attribution/${f}`),
]
const lists = new Map<string, string[]>()
let declared = 0
for (const file of files) {
  const source = readFileSync(join(EXTRACT, file), 'utf8')
  declared += [...source.matchAll(/export const \w+ =\s*set\(/g)].length
  for (const m of source.matchAll(/export const (\w+) =\s*set\(\s*`([^`]*)`,?\s*\)/g)) lists.set(m[1]!, m[2]!.trim().split(/\s+/))
}

describe('lexicon', () => {
  it('has its word lists, every one', () => {
    expect(files.length).toBeGreaterThan(3)
    expect(lists.size).toBe(declared)
    expect(lists.size).toBeGreaterThan(40)
  })

  it.each([...lists.keys()])('%s has no duplicates and no entry that can never match a lower-cased token', (name) => {
    const words = lists.get(name)!
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([])
    // Tokens are compared lower-cased, and a token is letters, digits and inner . ' ’ & - /, or a lone "&" ("Procter &
    // Gamble") or "%" ("5 %").
    expect(words.filter((w) => w !== w.toLowerCase() || !/^(?:[&%]|[\p{L}\p{N}](?:[\p{L}\p{N}.'’&/-]*[\p{L}\p{N}.])?)$/u.test(w))).toEqual(
      [],
    )
  })

  it('keeps no list that copies another', () => {
    const byWords = new Map<string, string>()
    for (const [name, words] of lists) {
      const key = [...new Set(words)].sort().join(' ')
      expect(byWords.get(key), name).toBeUndefined()
      byWords.set(key, name)
    }
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
