import { isAcronym } from './entities'
import { ORG_SUFFIXES } from './lexicon'

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
}

const squash = (name: string) => (name.includes(' ') ? name.replaceAll(' ', '') : name).toLowerCase()

/** How many organisations sharing a head word a lookup weighs, the latest introduced first. */
const MAX_CANDIDATES = 32

/** The last of the ascending `offsets` before `before`, or -1. */
function lastBefore(offsets: number[], before: number): number {
  let lo = 0
  let hi = offsets.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (offsets[mid]! < before) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? offsets[lo - 1]! : -1
}

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
  /** Each name's mentions: the offsets of the sentences naming it, in reading order. */
  private readonly mentions = new Map<string, number[]>()
  private readonly byInitials = new Map<string, string[]>()
  private readonly bySquashed = new Map<string, string[]>()
  /**
   * Every name under each of its proper word prefixes that it extends by a body's word ("Cairn Energy" under "Cairn"),
   * but not by "of" or "for" ("Bank of England" names another body than "Bank").
   */
  private readonly byPrefix = new Map<string, string[]>()
  private readonly byLastWord = new Map<string, string[]>()

  add(name: string, at: number): void {
    const mentions = this.mentions.get(name)
    if (mentions !== undefined) {
      if (mentions.at(-1)! < at) mentions.push(at)
      return
    }
    this.mentions.set(name, [at])
    push(this.byInitials, initials(name), name)
    push(this.bySquashed, squash(name), name)
    for (let space = name.indexOf(' '); space !== -1; space = name.indexOf(' ', space + 1)) {
      const rest = name.slice(space)
      if (/\b(of|for)\b/.test(rest)) continue
      if (
        rest
          .trim()
          .split(/\s+/)
          .some((word) => ORG_SUFFIXES.has(word.toLowerCase()))
      )
        push(this.byPrefix, name.slice(0, space), name)
    }
    const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase()
    push(this.byLastWord, last, name)
    // "the bank" may be the "Reserve Bank of Malawi": a name "X of Y" is also headed by the word before "of".
    const head = /(?:^|\s)(\S+)\s(?:of|for)\s/.exec(name)?.[1]?.toLowerCase()
    if (head !== undefined && head !== last) push(this.byLastWord, head, name)
  }

  has(name: string): boolean {
    return this.mentions.has(name)
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
    const longer = this.byPrefix.get(name)
    return longer?.length === 1 ? longer[0]! : name
  }

  /**
   * The organisation named most recently before offset `before` whose last word, or head word before "of" ("Reserve
   * Bank of Malawi"), is `word` (case-insensitive), among those `accept` allows: "the department said" refers to the
   * department just discussed, not to one the article names further on. Only the latest-introduced candidates are
   * weighed, so a lookup's cost does not grow with the article.
   */
  latestEndingWith(word: string, before: number, accept: (name: string) => boolean): string | null {
    const candidates = this.byLastWord.get(word.toLowerCase()) ?? []
    let best: string | null = null
    let bestAt = -1
    for (let i = candidates.length - 1; i >= Math.max(0, candidates.length - MAX_CANDIDATES); i--) {
      const name = candidates[i]!
      const at = lastBefore(this.mentions.get(name)!, before)
      if (at > bestAt && accept(name)) {
        best = name
        bestAt = at
      }
    }
    return best
  }
}
