const LETTER = 1
const DIGIT = 2
const OTHER = 0

/** 2 for a surrogate pair (one character in two code units), else 1. */
function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1
}

function charKind(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER
  if (c >= 48 && c <= 57) return DIGIT
  if (c < 128) return OTHER
  const ch = text.slice(i, i + charLength(text, i))
  if (/\p{L}/u.test(ch)) return LETTER
  return /\p{N}/u.test(ch) ? DIGIT : OTHER
}

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
    this.letterRuns = new Set()
    this.alphanumericRuns = new Set()
    // One pass by character code; the Unicode classes are tested only outside ASCII.
    let letters = -1
    let alphanumerics = -1
    for (let i = 0; i <= text.length; i += charLength(text, i)) {
      const kind = i < text.length ? charKind(text, i) : OTHER
      if (kind === LETTER) {
        if (letters < 0) letters = i
      } else if (letters >= 0) {
        this.letterRuns.add(text.slice(letters, i))
        letters = -1
      }
      if (kind !== OTHER) {
        if (alphanumerics < 0) alphanumerics = i
      } else if (alphanumerics >= 0) {
        this.alphanumericRuns.add(text.slice(alphanumerics, i))
        alphanumerics = -1
      }
    }
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
