import Papa from 'papaparse'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../schemas/claim'
import { CSV_COLUMNS, csvField } from '../../worker/formats/csv'
import { call, freshSeed, postJson, problemOf, memberCall } from './helpers'

let claims: Claim[]
let target: Claim

beforeEach(async () => {
  ;({ claims, target } = await freshSeed())
})

/** Reads CSV as a spreadsheet import does (RFC 4180, via papaparse); the header row first. */
function readCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

/** The bytes of a response decoded without stripping a byte-order mark. */
/** The export as a desk member downloads it (notes included). */
async function exportText(path: string): Promise<{ bytes: Uint8Array; text: string; response: Response }> {
  const response = await memberCall(path)
  expect(response.status).toBe(200)
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), response }
}

describe('CSV cells a spreadsheet would run as formulas', () => {
  const formulas = [
    `-2+3+cmd|' /C calc'!A0`,
    '-1+1',
    '=1+1',
    '+1+1',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
    '-',
    '+44 20 7946 0000',
    '=HYPERLINK("http://evil.example","x")',
  ]
  it.each(formulas)('neutralises %j with a leading quote and reads back as that text', (value) => {
    const [[cell]] = readCsv(`${csvField(value)}\r\n`) as [[string]]
    expect(cell).toBe(`'${value}`)
  })

  it.each(['-12.5', '+3', '-7', '42', '.5', 'plain text', ''])('keeps %j as it is', (value) => {
    const [[cell]] = readCsv(`${csvField(value)},\r\n`) as [[string]]
    expect(cell).toBe(value)
  })

  it('neutralises OWASP payloads in notes of a real export and keeps numbers', async () => {
    const other = claims.find((claim) => claim.id !== target.id) as Claim
    await postJson(`/api/claims/${target.id}/reviews`, { status: 'refuted', note: `-2+3+cmd|' /C calc'!A0` })
    await postJson(`/api/claims/${other.id}/reviews`, { note: '-12.5' })
    const [header, ...rows] = readCsv((await exportText('/api/claims.csv')).text)
    expect(header).toEqual([...CSV_COLUMNS])
    const note = (id: string) => rows.find((cells) => cells[0] === id)?.[CSV_COLUMNS.indexOf('latest_note')]
    expect(note(target.id)).toBe(`'-2+3+cmd|' /C calc'!A0`)
    expect(note(other.id)).toBe('-12.5')
    // Notes are the desk's: an anonymous export has none, and no unpublished verdict.
    const [, ...publicRows] = readCsv(new TextDecoder().decode(await (await call('/api/claims.csv')).arrayBuffer()).replace(/^\uFEFF/, ''))
    const publicRow = publicRows.find((cells) => cells[0] === target.id)
    expect(publicRow?.[CSV_COLUMNS.indexOf('latest_note')]).toBe('')
    expect(publicRow?.[CSV_COLUMNS.indexOf('status')]).toBe('in_review')
  })
})

describe('CSV encoding', () => {
  it('starts with a UTF-8 byte-order mark so spreadsheets read £, é and 中文', async () => {
    const article = await postJson('/api/articles', {
      text: 'The café in Zürich charged £40m for 中文 lessons in 2023, the council said.',
      outlet: 'Le Régional 中文',
    })
    expect(article.status).toBe(201)
    const { bytes, text, response } = await exportText('/api/claims.csv')
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.startsWith('\uFEFFid,')).toBe(true)
    const [header, ...rows] = readCsv(text.slice(1))
    expect(header).toEqual([...CSV_COLUMNS])
    const row = rows.find((cells) => cells[CSV_COLUMNS.indexOf('text')]?.includes('café'))
    expect(row?.[CSV_COLUMNS.indexOf('text')]).toBe('The café in Zürich charged £40m for 中文 lessons in 2023, the council said.')
    expect(row?.[CSV_COLUMNS.indexOf('outlet')]).toBe('Le Régional 中文')
  })
})

describe('CSV limit', () => {
  it('holds at most `limit` rows a response, and rel="next" links continue with the same limit to every claim once', async () => {
    const seen: string[] = []
    let path: string | undefined = '/api/claims.csv?limit=2'
    let responses = 0
    while (path !== undefined) {
      const { text, response } = await exportText(path)
      const rows = readCsv(text.slice(1)).slice(1)
      expect(rows.length).toBeLessThanOrEqual(2)
      seen.push(...rows.map((cells) => cells[0] as string))
      responses++
      path = /^<([^>]+)>; rel="next"$/.exec(response.headers.get('Link') ?? '')?.[1]
      if (path !== undefined) expect(new URL(path, 'http://desk.test').searchParams.get('limit')).toBe('2')
      expect(responses).toBeLessThanOrEqual(claims.length)
    }
    expect(responses).toBe(Math.ceil(claims.length / 2))
    expect(seen.sort()).toEqual(claims.map((claim) => claim.id).sort())
  })

  it('without a limit, gives every claim of a small store in one response', async () => {
    const { text, response } = await exportText('/api/claims.csv')
    expect(readCsv(text.slice(1)).slice(1)).toHaveLength(claims.length)
    expect(response.headers.get('Link')).toBeNull()
  })

  it('refuses a limit outside 1-100 naming the field', async () => {
    for (const limit of ['0', '101', 'ten']) {
      const problem = await problemOf(await memberCall(`/api/claims.csv?limit=${limit}`), 400)
      expect(problem.errors?.map((error) => error.field)).toEqual(['limit'])
    }
  })
})
