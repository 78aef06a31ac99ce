// The opaque `cursor` of a list: the sort key of the last row served, so the next page starts after it.

/** A list position: the order it belongs to, then the last row's sort key. */
export type ListCursor = readonly [order: string, ...key: (string | number)[]]

/** The cursors of a review history and of the article list: what they are called, and the key after the name. */
export const HISTORY_CURSOR = ['history', ['string', 'string']] as const
export const ARTICLES_CURSOR = ['articles', ['string', 'string']] as const
/** A claim's appearances are paged by KV's own list cursor. */
export const APPEARANCES_CURSOR = ['appearances', ['string']] as const

/** The cursor is not one this API returned (for this order). */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError'
}

export function encodeCursor(cursor: ListCursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify(cursor))
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '')
}

/** The position a cursor names, checked against the order and key shape the list expects. */
export function decodeCursor(cursor: string, order: string, key: readonly ('string' | 'number')[]): (string | number)[] {
  let parsed: unknown
  try {
    const binary = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))
    parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0))))
  } catch {
    throw new InvalidCursorError('cursor is not one this API returned')
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length === key.length + 1 &&
    parsed[0] === order &&
    key.every((type, index) => typeof parsed[index + 1] === type)
  if (!valid) throw new InvalidCursorError(`cursor is not one this API returned for this list and order`)
  return (parsed as (string | number)[]).slice(1)
}
