import { TITLE_ABBREVIATIONS } from './lexicon'

/** A word or punctuation mark with its offsets in the article text. */
export interface Token {
  /** The token as written. */
  w: string
  /**
   * Lower-cased, with a curly apostrophe written straight ("can’t" → "can't") so one word list serves both; but "WHO",
   * the World Health Organization, keeps its capitals so that no rule reads it as the relative "who".
   */
  lw: string
  start: number
  end: number
  /** Starts with an upper-case letter. */
  cap: boolean
  /** Letters or digits (not punctuation). */
  word: boolean
  /** Starts with a digit ("14", "12.1%", "1990s"). */
  numeric: boolean
}

// Words keep inner apostrophes, hyphens, dots and thousands separators: "Afghanistan’s", "U.S", "12,500".
const TOKEN_RE = /[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}]|[.'’&\-/](?=[\p{L}\p{N}])|(?<=\p{N}),(?=\p{N}{3}(?!\p{N})))*|[^\s\p{L}\p{N}\p{M}]/gu

/** Does the full stop after `w` belong to it, given the character after the space that follows it? */
function abbreviationGoesOn(w: string, next: string | undefined): boolean {
  if (next === undefined) return false
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(w)) return /\p{L}/u.test(next)
  return TITLE_ABBREVIATIONS.has(w.toLowerCase()) && /\p{Lu}/u.test(next)
}

/** Tokenises `text[start, end)`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = []
  const slice = text.slice(start, end)
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    let w = m[0]
    // "Dr. Samuel Osei", "Gov. Kim Reynolds", "St. Luke's": a title's full stop belongs to it, so the name runs on.
    const after = m.index + w.length
    // So does the last full stop of "U.N." or "U.S." inside a sentence ("U.N. experts").
    if (slice[after] === '.' && slice[after + 1] === ' ' && abbreviationGoesOn(w, slice[after + 2])) {
      w = `${w}.`
      TOKEN_RE.lastIndex = after + 1
    }
    const first = w.charCodeAt(0)
    const digit = first >= 48 && first <= 57
    // ASCII first, so the Unicode classes are tested only for other scripts.
    const ascii = first < 128
    const word = ascii ? digit || (first >= 65 && first <= 90) || (first >= 97 && first <= 122) : /^[\p{L}\p{N}\p{M}]/u.test(w)
    out.push({
      w,
      lw:
        w === 'WHO'
          ? w
          : w.endsWith('.')
            ? w.slice(0, -1).toLowerCase()
            : w.includes('’')
              ? w.toLowerCase().replaceAll('’', "'")
              : w.toLowerCase(),
      start: start + m.index,
      end: start + m.index + w.length,
      cap: word && !digit && (ascii ? first <= 90 : w[0] !== w[0]!.toLowerCase()),
      word,
      numeric: digit || (!ascii && /^\p{N}/u.test(w)),
    })
  }
  return out
}

/** Is the token a quotation mark (straight or curly double quotes). */
export function isQuoteMark(t: Token | undefined): boolean {
  return t !== undefined && (t.w === '"' || t.w === '“' || t.w === '”' || t.w === '«' || t.w === '»')
}
