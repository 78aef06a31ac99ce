import { isAcronym } from './entities'
import { ORG_SUFFIXES } from './lexicon'

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
}

const squash = (name: string) => name.replace(/\s+/g, '').toLowerCase()

function push<K>(index: Map<K, string[]>, key: K, name: string): void {
  const names = index.get(key)
  if (names === undefined) index.set(key, [name])
  else names.push(name)
}

/**
 * The organisations an article names, in order of first mention, indexed so that each lookup
 * costs the same however many the article names (a scan per lookup made long articles quadratic).
 */
export class OrganizationRegistry {
  private readonly names = new Set<string>()
  private readonly byInitials = new Map<string, string[]>()
  private readonly bySquashed = new Map<string, string[]>()
  /** Every name under each of its proper word prefixes: "Cairn Energy" under "Cairn". */
  private readonly byPrefix = new Map<string, string[]>()
  private readonly byLastWord = new Map<string, string[]>()

  add(name: string): void {
    if (this.names.has(name)) return
    this.names.add(name)
    push(this.byInitials, initials(name), name)
    push(this.bySquashed, squash(name), name)
    for (let space = name.indexOf(' '); space !== -1; space = name.indexOf(' ', space + 1)) push(this.byPrefix, name.slice(0, space), name)
    const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase()
    push(this.byLastWord, last, name)
    // "the bank" may be the "Reserve Bank of Malawi": a name "X of Y" is also headed by the word before "of".
    const head = /(?:^|\s)(\S+)\s(?:of|for)\s/.exec(name)?.[1]?.toLowerCase()
    if (head !== undefined && head !== last) push(this.byLastWord, head, name)
  }

  has(name: string): boolean {
    return this.names.has(name)
  }

  /**
   * The fullest form of `name` the article uses: "BBC" → "British Broadcasting Corporation",
   * "TimeWarner" → "Time Warner", "Cairn" → "Cairn Energy" (but "BT" stays "BT" beside both
   * "BT Retail" and "BT Wholesale", and "MTV" is not "MTV Smut Peddlers", a report's title).
   */
  canonical(name: string): string {
    if (isAcronym(name)) {
      const expanded = this.byInitials.get(name)?.find((other) => other !== name)
      if (expanded !== undefined) return expanded
    }
    let best = name
    for (const other of this.bySquashed.get(squash(name)) ?? []) if (other !== name && other.length > best.length) best = other
    if (best !== name) return best
    const longer = (this.byPrefix.get(name) ?? []).filter((other) => {
      const rest = other.slice(name.length)
      return (
        !/\b(of|for)\b/.test(rest) &&
        rest
          .trim()
          .split(/\s+/)
          .some((word) => ORG_SUFFIXES.has(word.toLowerCase()))
      )
    })
    return longer.length === 1 ? (longer[0] as string) : name
  }

  /**
   * The latest-named organisation whose last word, or head word before "of" ("Reserve Bank of Malawi"), is `word`
   * (case-insensitive), among those `accept` allows.
   */
  latestEndingWith(word: string, accept: (name: string) => boolean = () => true): string | null {
    return (this.byLastWord.get(word.toLowerCase()) ?? []).findLast(accept) ?? null
  }
}
