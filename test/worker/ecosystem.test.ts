import { createExecutionContext, env } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import { hc } from 'hono/client'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../schemas/claim'
import app, { type AppType } from '../../worker/index'
import { ingestArticle } from '../../worker/desk/ingest'
import { ClaimStore } from '../../worker/store/store'
import { instrumentKv } from '../support/instrumented-kv'
import { call, freshSeed, postJson, problemOf, memberCall, publish } from './helpers'

let claims: Claim[]
let target: Claim

beforeEach(async () => {
  ;({ claims, target } = await freshSeed())
})

describe('ClaimReview', () => {
  it('is 404 until the claim is concluded', async () => {
    await problemOf(await memberCall(`/api/claims/${target.id}/claimreview`), 404)
    await postJson(`/api/claims/${target.id}/reviews`, { status: 'in_review', note: 'started' })
    await problemOf(await memberCall(`/api/claims/${target.id}/claimreview`), 404)
  })

  it('publishes a concluded verdict as schema.org ClaimReview, and in the feed', async () => {
    await publish(target.id, 'supported')
    const response = await memberCall(`/api/claims/${target.id}/claimreview`)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/ld\+json/)
    const review = (await response.json()) as Record<string, unknown>
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://factcheck.example.org/claims/${target.id}`,
      claimReviewed: 'The Islamic Emirate has sent diplomats to at least 14 countries',
      author: { '@type': 'Organization', name: 'Edge Fact Desk' },
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Supported',
        ratingValue: 3,
        bestRating: 3,
        worstRating: 1,
        ratingExplanation: 'AP quotes the spokesperson saying so.',
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Zabihullah Mujahid' },
        datePublished: '2023-03-25',
        appearance: [{ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'WION' } }],
        firstAppearance: { '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'WION' } },
      },
    })
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const feed = (await (await call('/api/claimreviews')).json()) as { claimReviews: Record<string, unknown>[] }
    expect(feed.claimReviews).toEqual([review])
  })

  it('gives unverifiable no place on the rating scale', async () => {
    await publish(target.id, 'unverifiable')
    const review = (await (await memberCall(`/api/claims/${target.id}/claimreview`)).json()) as { reviewRating: Record<string, unknown> }
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Unverifiable',
      ratingExplanation: 'AP quotes the spokesperson saying so.',
    })
  })
})

/** A small RFC 4180 reader, to check the export the way a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index++
    } else field += char
  }
  return rows
}

describe('GET /api/claims.csv', () => {
  it('exports every claim with quoting a spreadsheet reads back exactly', async () => {
    const note = 'Checked, "twice"\nsecond line, with commas'
    await postJson(`/api/claims/${target.id}/reviews`, { status: 'misleading', note })
    const response = await memberCall('/api/claims.csv')
    expect(response.headers.get('Content-Type')).toMatch(/^text\/csv/)
    const [header, ...rows] = parseCsv(await response.text())
    expect(header).toEqual(['id', 'text', 'span', 'speaker', 'role', 'via', 'outlet', 'date', 'status', 'latest_note'])
    expect(rows).toHaveLength(claims.length)
    const row = rows.find((cells) => cells[0] === target.id)
    expect(row).toEqual([
      target.id,
      target.text,
      target.span,
      'Zabihullah Mujahid',
      target.attribution.role,
      'Associated Press',
      'WION',
      '2023-03-25',
      'misleading',
      note,
    ])
    const filtered = parseCsv(await (await memberCall('/api/claims.csv?status=misleading')).text())
    expect(filtered.slice(1).map((cells) => cells[0])).toEqual([target.id])
    await problemOf(await memberCall('/api/claims.csv?status=nope'), 400)
  })

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    await postJson(`/api/claims/${target.id}/reviews`, { note: '=HYPERLINK("http://evil.example")' })
    const rows = parseCsv(await (await memberCall('/api/claims.csv')).text())
    expect(rows.find((cells) => cells[0] === target.id)?.[9]).toBe(`'=HYPERLINK("http://evil.example")`)
  })
})

describe('a large export', () => {
  it('comes in responses of at most 800 rows linked by rel="next", each within 1,000 KV operations', { timeout: 60_000 }, async () => {
    for (let article = 0; article < 3; article++) {
      const sentences = Array.from(
        { length: 300 },
        (_, index) => `Region ${article} spent £${index + 1}m on ${index % 2 ? 'roads' : 'schools'} in ${1990 + (index % 15)}.`,
      )
      await ingestArticle(new ClaimStore(env.FACTCHECK_KV, env.DESK_LEDGER), { text: sentences.join(' ') })
    }
    const total = claims.length + 900
    const counted = instrumentKv(env.FACTCHECK_KV)
    const first = await app.fetch(
      new Request('https://desk.test/api/claims.csv'),
      { ...env, FACTCHECK_KV: counted.kv },
      createExecutionContext(),
    )
    const { get, list, put } = counted.counts
    expect(get + list + put).toBeLessThan(1000)
    const firstRows = parseCsv(await first.text()).slice(1)
    expect(firstRows).toHaveLength(800)
    const next = /^<([^>]+)>; rel="next"$/.exec(first.headers.get('Link') ?? '')?.[1]
    expect(next).toBeDefined()
    const second = await call(next ?? '')
    expect(second.headers.get('Link')).toBeNull()
    const ids = [...firstRows, ...parseCsv(await second.text()).slice(1)].map((cells) => cells[0])
    expect(new Set(ids).size).toBe(total)
  })
})

describe('typed client', () => {
  it('calls the API with hc<AppType> and gets typed claims back', async () => {
    const client = hc<AppType>('https://desk.test', {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init)),
    })
    const response = await client.api.claims[':id'].$get({ param: { id: target.id } })
    expect(response.status).toBe(200)
    if (response.status !== 200) return
    const claim = await response.json()
    expect(claim.attribution.speaker).toBe('Zabihullah Mujahid')
    const page = await (await client.api.claims.$get({ query: { limit: '2' } })).json()
    expect('claims' in page && page.claims).toHaveLength(2)
  })
})
