import { createExecutionContext, env, reset } from 'cloudflare:test'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import type { Article, ArticleSummary } from '../../schemas/article'
import type { Claim } from '../../schemas/claim'
import app from '../../worker/index'
import { instrumentKv } from '../support/instrumented-kv'
import { ALICE, call, postJson, problemOf } from './helpers'

const PAGES = inject('articlePagesOrigin')
const UNREACHABLE = inject('unreachableOrigin')

beforeEach(() => reset())

type Posted = { article: Article; claims: Claim[] }

async function posted(body: unknown, status = 201): Promise<Posted> {
  const response = await postJson('/api/articles', body)
  expect(response.status, await response.clone().text()).toBe(status)
  return (await response.json()) as Posted
}

/** Every key in the store: a refused article must leave it as it was. */
async function storedKeys(): Promise<string[]> {
  return (await env.FACTCHECK_KV.list()).keys.map((key) => key.name)
}

/** A refusal: the status, problem+json naming `url` with `message`, and nothing stored. */
async function expectRefused(body: unknown, status: number, message: RegExp) {
  const problem = await problemOf(await postJson('/api/articles', body), status)
  expect(problem.errors).toEqual([{ field: 'url', message: expect.stringMatching(message) }])
  expect(problem.detail).toMatch(message)
  expect(await storedKeys()).toEqual([])
}

describe('POST /api/articles with { url }', () => {
  it('reads a news page’s JSON-LD before its Open Graph tags, and stores the article like a posted text', async () => {
    const url = `${PAGES}/pages/jsonld-news.html`
    const { article, claims } = await posted({ url })
    expect(article).toMatchObject({
      title: 'Harbour city opens 1,200 flood shelters as the river rises',
      outlet: 'The Coastal Ledger',
      publishedAt: '2024-03-05',
      url,
    })
    expect(article.text.split('\n\n')).toEqual([
      'Harbour city opens 1,200 flood shelters as the river rises',
      'PORTSMOUTH, March 5 (Reuters) - The city council has opened 1,200 emergency shelters since Monday, Mayor Helen Ortiz said on Tuesday.',
      '"We have moved more than 4,000 residents out of the lowest streets," Ortiz told reporters at the town hall.',
      'The river rose 2.3 metres overnight, the highest level since 1998, according to the Environment Agency.',
      'The agency said 14 flood warnings were in force across the county.',
    ])
    const shelters = claims.find((claim) => claim.span.includes('1,200 emergency shelters'))
    expect(shelters?.attribution).toMatchObject({ speaker: 'Helen Ortiz', role: 'Mayor', via: 'Reuters' })
    expect(shelters?.source).toMatchObject({ outlet: 'The Coastal Ledger', url, publishedAt: '2024-03-05' })
    for (const claim of claims) expect(article.text.slice(claim.offsets.start, claim.offsets.end)).toBe(claim.span)

    // The same page again, and its text pasted: the same article and claims, as for any text.
    const again = await posted({ url }, 200)
    expect(again.claims.map((claim) => claim.id)).toEqual(claims.map((claim) => claim.id))
    const pasted = await posted({ text: article.text }, 200)
    expect(pasted.article).toEqual(article)
    const list = (await (await call('/api/articles')).json()) as { articles: ArticleSummary[] }
    expect(list.articles.map((entry) => entry.id)).toEqual([article.id])
  })

  it('reads a page with only Open Graph tags: the body paragraphs, not captions, bylines, asides or footers', async () => {
    const { article, claims } = await posted({ url: `${PAGES}/pages/opengraph-only.html` })
    expect(article).toMatchObject({
      title: 'Rail fares to rise 4.9% in March, operators confirm',
      outlet: 'Midland Courier',
      publishedAt: '2023-11-28',
    })
    expect(article.text.split('\n\n')).toEqual([
      'Rail fares to rise 4.9% in March, operators confirm',
      'Rail fares in England will rise by 4.9% on 3 March, the Rail Delivery Group said on Tuesday, the largest increase since 2012.',
      'An annual season ticket from Birmingham to London will cost £11,840, an increase of £553, according to figures published by the group.',
      '“Passengers are being asked to pay more for a service that is getting worse,” said Anthony Smith, chief executive of the watchdog Transport Focus. The group said 62% of fares are regulated by the government.',
      'Ministers said the rise was below the 6.1% rate of inflation recorded in October.',
    ])
    expect(claims.some((claim) => claim.span.includes('£11,840'))).toBe(true)
  })

  it('falls back to <title>, the main column’s <time> and its paragraphs, and names the outlet by its host', async () => {
    const { article } = await posted({ url: `${PAGES}/pages/plain-markup.html` })
    expect(article).toMatchObject({ title: 'Bridge repairs to cost £18m, council says', outlet: '127.0.0.1', publishedAt: '2025-06-12' })
    expect(article.text).toContain('Repairs to the Old Town bridge will cost £18m and take three years')
    expect(article.text).not.toContain('Today')
  })

  it('decodes a page in the character set its Content-Type declares', async () => {
    const { article } = await posted({ url: `${PAGES}/latin1/plain-markup.html` })
    expect(article.title).toBe('Bridge repairs to cost £18m, council says')
    expect(article.text).toContain('will cost £18m')
  })

  it('lets the client’s title, outlet and date override the page’s', async () => {
    const { article } = await posted({
      url: `${PAGES}/pages/jsonld-news.html`,
      title: 'Shelters open',
      outlet: 'Ledger',
      publishedAt: '2024-03-06',
    })
    expect(article).toMatchObject({ title: 'Shelters open', outlet: 'Ledger', publishedAt: '2024-03-06' })
  })

  it('follows up to 5 redirects and keeps the address the page was read from', async () => {
    const { article } = await posted({ url: `${PAGES}/hops/4/opengraph-only.html` })
    expect(article.url).toBe(`${PAGES}/pages/opengraph-only.html`)
  })

  it('costs the KV operations of a posted text, and none at all when the page is refused', async () => {
    const post = async (body: unknown) => {
      const counted = instrumentKv(env.FACTCHECK_KV)
      const request = new Request('https://desk.test/api/articles', {
        method: 'POST',
        headers: { Authorization: `Bearer ${ALICE}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const response = await app.fetch(request, { ...env, FACTCHECK_KV: counted.kv }, createExecutionContext())
      return { status: response.status, body: (await response.json()) as Partial<Posted>, counts: counted.counts }
    }
    const added = await post({ url: `${PAGES}/pages/opengraph-only.html` })
    expect(added.status).toBe(201)
    const { text, title, outlet, url } = added.body.article as Article
    await reset()
    const asText = await post({ text, title, outlet, url })
    expect(asText.status).toBe(201)
    expect(added.counts).toEqual(asText.counts)
    const refused = await post({ url: `${PAGES}/pages/no-article.html` })
    expect(refused.status).toBe(422)
    expect(refused.counts).toEqual({ get: 0, list: 0, put: 0, delete: 0 })
  })

  it('never fetches a link given with the text: it is only stored', async () => {
    const { article } = await posted({ text: 'The ministry said 12 embassies had reopened since January.', url: `${UNREACHABLE}/story` })
    expect(article.url).toBe(`${UNREACHABLE}/story`)
  })
})

describe('POST /api/articles with a { url } that cannot be used', () => {
  it('answers 502 when the page cannot be got: unreachable, an error status, a redirect loop, too many redirects', async () => {
    await expectRefused({ url: `${UNREACHABLE}/story` }, 502, /could not be reached/)
    await expectRefused({ url: `${PAGES}/missing` }, 502, /answered 404/)
    await expectRefused({ url: `${PAGES}/loop` }, 502, /redirects in a loop/)
    await expectRefused({ url: `${PAGES}/hops/5/opengraph-only.html` }, 502, /redirected more than 5 times/)
  })

  it('answers 502 for a page over 2 MiB, reading no further than the cap', async () => {
    await expectRefused({ url: `${PAGES}/huge` }, 502, /larger than 2 MiB/)
  })

  it('answers 502 when the page does not arrive within 10 s, before or after its headers', { timeout: 30_000 }, async () => {
    const started = Date.now()
    await Promise.all([
      expectRefused({ url: `${PAGES}/silent` }, 502, /did not arrive within 10 s/),
      expectRefused({ url: `${PAGES}/stalled` }, 502, /did not arrive within 10 s/),
    ])
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it('answers 422 for what is not an HTML page, an HTML page without article text, in an encoding there is no decoder for, or longer than an article may be', async () => {
    await expectRefused({ url: `${PAGES}/report.pdf` }, 422, /not HTML \(Content-Type: application\/pdf\)/)
    await expectRefused({ url: `${PAGES}/data.json` }, 422, /not HTML/)
    await expectRefused({ url: `${PAGES}/untyped` }, 422, /not HTML \(Content-Type: none\)/)
    await expectRefused({ url: `${PAGES}/pages/no-article.html` }, 422, /no article text/)
    await expectRefused({ url: `${PAGES}/klingon` }, 422, /could not be read as HTML: Parser error: Unknown character encoding/)
    await expectRefused({ url: `${PAGES}/long` }, 422, /article on the page is longer than 100000 characters/)
  })

  it('answers 422 for this desk’s own host, by the request or by DESK_URL, also at the end of a redirect', async () => {
    await expectRefused({ url: 'https://desk.test/articles/abc' }, 422, /desk\.test is this desk's own host/)
    await expectRefused({ url: 'http://DESK.TEST./api/articles' }, 422, /desk\.test is this desk's own host/)
    await expectRefused({ url: 'https://factcheck.example.org/claims/x' }, 422, /factcheck\.example\.org is this desk's own host/)
    await expectRefused(
      { url: `${PAGES}/redirect?to=${encodeURIComponent('https://desk.test/')}` },
      422,
      /redirected to https:\/\/desk\.test\/: desk\.test is this desk's own host/,
    )
  })

  it('answers 422 for addresses off the public internet that FETCH_ALLOW_HOSTS does not list, without connecting', async () => {
    for (const url of [
      'http://10.0.0.7/story',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]:8787/',
      'http://localhost:8787/',
      'http://0x7f.0.0.2/',
      'http://intranet/news',
    ]) {
      await expectRefused({ url }, 422, /not a public internet address/)
    }
    await expectRefused(
      { url: `${PAGES}/redirect?to=${encodeURIComponent('http://192.168.1.1/admin')}` },
      422,
      /redirected to http:\/\/192\.168\.1\.1\/admin/,
    )
    await expectRefused(
      { url: `${PAGES}/redirect?to=${encodeURIComponent('file:///etc/passwd')}` },
      422,
      /must be http or https, not file:/,
    )
    await expectRefused({ url: `http://user:secret@${PAGES.slice('http://'.length)}/pages/jsonld-news.html` }, 422, /user name or password/)
  })

  it('answers 400 naming the field for a body that is neither a text nor a page', async () => {
    const cases: [unknown, string, RegExp][] = [
      [{}, 'body', /either text .* or url/],
      [{ title: 'A headline' }, 'body', /either text .* or url/],
      [{ url: `${PAGES}/pages/jsonld-news.html`, headline: 'x' }, 'headline', /only the fields url, title, outlet and publishedAt/],
      [{ url: 'ftp://example.com/story' }, 'url', /must start with http:\/\/ or https:\/\//],
      [{ url: 'not a link' }, 'url', /absolute URL/],
      [{ url: `${PAGES}/pages/jsonld-news.html`, publishedAt: '2024-02-30' }, 'publishedAt', /real date/],
      [{ url: `${PAGES}/pages/jsonld-news.html`, text: ' ' }, 'text', /must not be empty/],
      [{ url: `${PAGES}/pages/jsonld-news.html`, title: ' ' }, 'title', /must not be empty/],
      [{ text: 'The ministry said 12 embassies had reopened.', outlet: 7 }, 'outlet', /must be a string/],
    ]
    for (const [body, field, message] of cases) {
      const problem = await problemOf(await postJson('/api/articles', body), 400)
      expect(problem.errors, JSON.stringify(body)).toEqual([{ field, message: expect.stringMatching(message) }])
    }
    expect(await storedKeys()).toEqual([])
  })
})
