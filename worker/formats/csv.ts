import type { Claim } from '../../schemas/claim'

export const CSV_COLUMNS = ['id', 'text', 'span', 'speaker', 'role', 'via', 'outlet', 'date', 'status', 'latest_note'] as const

/** Excel reads a CSV without a byte-order mark in the system's code page, mangling £, é and 中文. */
export const UTF8_BOM = '\uFEFF'

/** A cell a spreadsheet may run as a formula: OWASP's leading characters (=, +, -, @, tab, CR). */
const FORMULA_START = /^[=+\-@\t\r]/
/** A plain number (`-12.5`, `+3`) is data, not a formula, and stays a number. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A cell that a
 * spreadsheet would run as a formula is prefixed with ' (OWASP's CSV injection advice).
 */
export function csvField(value: string | null): string {
  if (value === null) return ''
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** A claim as a CSV row, CRLF-terminated. */
export function csvRow(claim: Claim): string {
  const latestNote = claim.notes.findLast((review) => review.note !== undefined)?.note ?? null
  const { attribution, source } = claim
  const cells = [
    claim.id,
    claim.text,
    claim.span,
    attribution.speaker,
    attribution.role,
    attribution.via,
    source.outlet,
    source.publishedAt,
    claim.status,
    latestNote,
  ]
  return `${cells.map(csvField).join(',')}\r\n`
}

/** The CSV body: a BOM, the header row, then the rows. */
export function csvDocument(rows: readonly string[]): string {
  return `${UTF8_BOM}${CSV_COLUMNS.join(',')}\r\n${rows.join('')}`
}
