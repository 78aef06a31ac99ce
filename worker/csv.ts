import type { Claim } from '../schemas/claim'

export const CSV_COLUMNS = ['id', 'text', 'span', 'speaker', 'role', 'via', 'outlet', 'date', 'status', 'latest_note'] as const

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A leading
 * =, +, @ or tab would make a spreadsheet run it as a formula, so it is prefixed with '.
 */
export function csvField(value: string | null): string {
  if (value === null) return ''
  const safe = /^[=+@\t\r]|^-(?![\d. ])/.test(value) ? `'${value}` : value
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** A claim as a CSV row, CRLF-terminated. */
export function csvRow(claim: Claim): string {
  const latestNote = claim.notes.findLast((review) => review.note !== undefined)?.note ?? null
  const { attribution, source } = claim
  const cells = [claim.id, claim.text, claim.span, attribution.speaker, attribution.role, attribution.via, source.outlet, source.publishedAt, claim.status, latestNote]
  return `${cells.map(csvField).join(',')}\r\n`
}
