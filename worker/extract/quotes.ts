import type { SentenceSpan } from './sentences'

/** A quotation: offsets of its text between the marks, and an id shared by the sentences it spans. */
export interface Quote {
  id: number
  start: number
  end: number
}

/** Quotation ranges of one paragraph, with straight quotes paired by the spacing around them. */
export function findQuotes(text: string, start: number, end: number, nextId: number): Quote[] {
  const out: Quote[] = []
  let open = -1
  for (let i = start; i < end; i++) {
    const ch = text[i]
    if (ch === '“' || ch === '«') {
      if (open >= 0) out.push({ id: nextId++, start: open, end: i })
      open = i + 1
    } else if (ch === '”' || ch === '»') {
      if (open >= 0) {
        out.push({ id: nextId++, start: open, end: i })
        open = -1
      }
    } else if (ch === '"') {
      const before = i > start ? text[i - 1]! : ' '
      const after = i + 1 < end ? text[i + 1]! : ' '
      const opener = /[\s([{\-—–:]/.test(before) && !/\s/.test(after)
      if (open < 0) {
        if (opener || i === start) open = i + 1
      } else if (opener && !/[\p{L}\p{N}]/u.test(before)) {
        // An opening mark while a quote is open: the previous quoted paragraph ended without closing.
        out.push({ id: nextId++, start: open, end: i })
        open = i + 1
      } else {
        out.push({ id: nextId++, start: open, end: i })
        open = -1
      }
    }
  }
  if (open >= 0 && open < end) out.push({ id: nextId++, start: open, end })
  return out
}

/** The quotes overlapping a sentence. */
export function quotesIn(quotes: Quote[], s: SentenceSpan): Quote[] {
  const out: Quote[] = []
  for (const q of quotes) if (q.start < s.end && q.end > s.start) out.push(q)
  return out
}

/** Characters of `[start, end)` that lie inside quotes. */
export function quotedLength(quotes: Quote[], start: number, end: number): number {
  let n = 0
  for (const q of quotes) n += Math.max(0, Math.min(end, q.end) - Math.max(start, q.start))
  return n
}
