import * as v from 'valibot'
import { DateSchema } from '../../schemas/common'
/** A paragraph of the article body, as offsets into the original text (end exclusive). */
export interface Paragraph {
  start: number
  end: number
}

/** The parts of an article the extractor cares about. */
export interface ArticleLayout {
  title: string | null
  publishedAt: string | null
  /** Body paragraphs in reading order, header, headline, dateline and trailer removed. */
  paragraphs: Paragraph[]
  /** Where the first paragraph's dateline ("LISBON, April 23 (Reuters) -") ends, or null without one. */
  datelineEnd: number | null
  /** The agency a dateline credits, which carried the whole article. */
  via: string | null
}

// "LISBON, April 23 (Reuters) -", "PHNOM PENH —", "WASHINGTON (AP) —": a place in capitals, an optional date and
// agency, then a dash (or a colon: "NEW DELHI:"). Never a claim's span or speaker.
const DATELINE_RE =
  /^(\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}?(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?(?:,\s*\d{4})?)?)\s*(?:\(([^)\n]{2,40})\))?\s*(?:[-–—]+|:)\s+/u

// "Brasilia (AFP) -", "Berlin (dpa) -": AFP and dpa write the place in ordinary case, so the agency in brackets is
// what marks it; "(Reuters) -" and "(ANSA) - ROME, SEP 16 -" may give no place before it.
// The place may carry a country in brackets and a date ("New Delhi [India], June 3 (ANI):", "Lima, Mar 3 (EFE).-",
// "KYIV. Jan 14 (Interfax-Ukraine) -"); a colon may end it as a dash does.
const AGENCY_DATELINE_RE =
  /^(?:(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ /]\p{Lu}[\p{L}\p{M}.'’-]*){0,2}(?:\s*\[[^\]\n]{2,20}\])?(?:[,.]\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?)\s*)?\(([^)\n]{2,40})\)\.?\s*(?:[-–—]+|:)\s+/u

// "Mumbai, Jan 14 (PTI) The court …", "MOSCOW, April 4. /TASS/. Russia …": Indian agencies write no dash, TASS its
// name between slashes.
const UNDASHED_DATELINE_RE =
  /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ /]\p{Lu}[\p{L}\p{M}.'’-]*){0,2}(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?)\s*(?:\((PTI|IANS|UNI)\)|\.\s*\/(TASS)\/\.)\s+(?=\p{Lu})/u

const HEADER_RE = /^\s*date (\d{4})-(\d{2})-(\d{2})(?=\s|$)/

// Outlet boilerplate that closes many articles; matched against a whole trimmed paragraph.
const TRAILER_RES: RegExp[] = [
  /^\(?\s*with inputs? from [^)]{0,80}\)?\.?$/i,
  /^(?:watch|listen to) [\p{L}\p{N} ]{0,40}\blive\b.{0,40}$/iu,
  /^follow (?:us|\p{Lu}[\p{L} ]{0,40}) on\b.{0,120}$/iu,
  /^(?:also read|read more|read also|click here|subscribe|sign up|download the)\b.{0,200}$/i,
  /^(?:copyright|©|all rights reserved)\b.{0,200}$/i,
  /^\(?(?:reporting|additional reporting|editing|written|compiled) by\b.{0,200}$/i,
  /^(?:share this|advertisement|related:?|also see|published by)\b.{0,120}$/i,
  /^\(?(?:this story|this article) (?:has been|was) (?:published|edited|updated)\b.{0,200}$/i,
]

/** True when a trimmed paragraph is outlet boilerplate rather than reporting. */
export function isTrailer(paragraph: string): boolean {
  if (paragraph.length > 240) return false
  for (const re of TRAILER_RES) if (re.test(paragraph)) return true
  return false
}

/**
 * Splits an article into its optional ` date YYYY-MM-DD ` header, optional headline
 * (a short first line followed by a blank line) and body paragraphs, dropping trailers.
 */
export function parseArticle(text: string): ArticleLayout {
  let pos = 0
  let publishedAt: string | null = null
  const header = HEADER_RE.exec(text)
  if (header) {
    const [, y = '', m = '', d = ''] = header
    const date = `${y}-${m}-${d}`
    if (v.is(DateSchema, date)) publishedAt = date
    pos = header[0].length
  }

  // Raw paragraphs: blocks separated by blank lines; single newlines also end a paragraph.
  const paras: Paragraph[] = []
  const lineRe = /[^\n\r]+/g
  lineRe.lastIndex = pos
  let firstLineFollowedByBlank = false
  let prevEnd = pos
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    let s = m.index
    let e = s + m[0].length
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (s === e) continue
    if (paras.length === 1) firstLineFollowedByBlank = /\n[ \t\r]*\n/.test(text.slice(prevEnd, s))
    paras.push({ start: s, end: e })
    prevEnd = e
  }

  let title: string | null = null
  const head = paras[0]
  if (head && paras.length > 1 && firstLineFollowedByBlank) {
    const line = text.slice(head.start, head.end)
    if (looksLikeHeadline(line)) {
      title = line
      paras.shift()
    }
  }

  while (paras.length > 0) {
    const last = paras[paras.length - 1]!
    if (!isTrailer(text.slice(last.start, last.end))) break
    paras.pop()
  }
  let via: string | null = null
  let datelineEnd: number | null = null
  const first = paras[0]
  const opening = first ? text.slice(first.start, first.end) : ''
  const capitals = DATELINE_RE.exec(opening)
  // A dateline's place has at least two capital letters in a row; "A -" or "I -" is not one.
  const undashed = UNDASHED_DATELINE_RE.exec(opening)
  const dateline =
    capitals && /\p{Lu}{2}/u.test(capitals[1]!)
      ? capitals
      : (AGENCY_DATELINE_RE.exec(opening) ?? (undashed ? [undashed[0], undashed[1], undashed[2] ?? undashed[3]] : null))
  if (first && dateline && dateline[0].length < first.end - first.start) {
    datelineEnd = first.start + dateline[0].length
    via = dateline[2]?.trim() ?? null
    // "(ANSA) - ROME, SEP 16 - Migrant arrivals …": the place and date after the agency are the dateline too.
    const place = dateline[1] === undefined ? DATELINE_RE.exec(text.slice(datelineEnd, first.end)) : null
    if (place && !place[2] && /\p{Lu}{2}/u.test(place[1]!) && datelineEnd + place[0].length < first.end) datelineEnd += place[0].length
  }
  return { title, publishedAt, paragraphs: paras, datelineEnd, via }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)
}

function looksLikeHeadline(line: string): boolean {
  if (line.length > 160) return false
  const words = line.split(/\s+/).length
  if (words > 20) return false
  if (words <= 14) return true
  // Body sentences end in a full stop; headlines almost never do, but may end in an abbreviation ("D.C.").
  return !/[.]["'”’)]?$/.test(line) || /\.\.\.["'”’)]?$/.test(line) || /(?:^|\s)(?:\p{L}\.){2,}$/u.test(line)
}
