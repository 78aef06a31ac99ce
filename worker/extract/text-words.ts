/**
 * Which words an article contains, read once, so that rules asking "does this word occur
 * elsewhere in the text?" cost the same however long the article is (a RegExp over the whole
 * text per sentence made long articles quadratic).
 */
export class TextWords {
  /** Maximal runs of letters, as written. */
  private readonly letterRuns: Set<string>
  /** Maximal runs of letters and digits, as written. */
  private readonly alphanumericRuns: Set<string>
  private readonly patternCache = new Map<string, boolean>()

  constructor(private readonly text: string) {
    this.letterRuns = new Set(text.match(/\p{L}+/gu))
    this.alphanumericRuns = new Set(text.match(/[\p{L}\p{N}]+/gu))
  }

  /** Whether `word` occurs exactly as given, between non-letters ("economists" in lower case, not "Economists"). */
  hasWord(word: string): boolean {
    if (/^\p{L}+$/u.test(word)) return this.letterRuns.has(word)
    // Words with apostrophes, hyphens or digits are rare enough to search for, once each.
    let found = this.patternCache.get(word)
    if (found === undefined) {
      found = new RegExp(`(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(this.text)
      this.patternCache.set(word, found)
    }
    return found
  }

  /** Whether `word` is written as one run of letters and digits ("TimeWarner" for "Time Warner"). */
  hasSolidWord(word: string): boolean {
    return this.alphanumericRuns.has(word)
  }
}
