import { env, reset } from 'cloudflare:test'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import type { Article } from '../../schemas/article'
import { ALICE, call, ORIGIN, postForm } from './helpers'

const PAGES = inject('articlePagesOrigin')
const ARTICLE = `Ministers announce £40m flood fund

The government has set aside £40m for flood defences in 12 towns, the Environment Agency said on Monday.`

let client = 0

beforeEach(() => reset())

async function signIn(): Promise<string> {
  // Each sign-in from its own address: sign-in attempts are limited per client.
  const response = await postForm('/login', { token: ALICE, next: '/articles/new' }, { 'CF-Connecting-IP': `198.51.100.${++client}` })
  expect(response.headers.get('Location')).toBe('/articles/new')
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? ''
}

const page = async (path: string, cookie?: string) => {
  const response = await call(path, { redirect: 'manual', ...(cookie === undefined ? {} : { headers: { Cookie: cookie } }) })
  return { response, html: await response.text() }
}

const fields = (overrides: Record<string, string> = {}) => ({ url: '', text: '', title: '', outlet: '', publishedAt: '', ...overrides })

async function storedArticles(): Promise<Article[]> {
  return ((await (await call('/api/articles')).json()) as { articles: Article[] }).articles
}

/** The article a successful post redirected to. */
async function addedArticle(response: Response): Promise<Article> {
  expect(response.status, await response.clone().text()).toBe(303)
  const id = /^\/articles\/([a-z0-9-]+)$/.exec(response.headers.get('Location') ?? '')?.[1]
  expect(id).toBeDefined()
  return ((await (await call(`/api/articles/${id}`)).json()) as { article: Article }).article
}

describe('the add-article form', () => {
  it('is linked for signed-in members only, and sends visitors to sign in first', async () => {
    expect((await page('/')).html).not.toContain('href="/articles/new"')
    const visitor = await page('/articles/new')
    expect(visitor.response.status).toBe(303)
    expect(visitor.response.headers.get('Location')).toBe('/login?next=/articles/new')

    const cookie = await signIn()
    expect((await page('/', cookie)).html).toContain('<a href="/articles/new">Add an article</a>')
    const form = await page('/articles/new', cookie)
    expect(form.response.status).toBe(200)
    expect(form.response.headers.get('Cache-Control')).toBe('private, no-store')
    for (const name of ['url', 'text', 'title', 'outlet', 'publishedAt']) expect(form.html).toMatch(new RegExp(`name="${name}"`))
    expect(form.html).toContain('<form class="review" method="post" action="/articles/new"')
  })

  it('adds a pasted article with its headline, outlet, date and link, then shows its page', async () => {
    const cookie = await signIn()
    const response = await postForm(
      '/articles/new',
      fields({ text: ARTICLE, title: 'Flood fund', outlet: 'BBC', publishedAt: '2024-02-01', url: 'https://www.bbc.co.uk/news/x' }),
      { Cookie: cookie },
    )
    const article = await addedArticle(response)
    expect(article).toMatchObject({ title: 'Flood fund', outlet: 'BBC', publishedAt: '2024-02-01', url: 'https://www.bbc.co.uk/news/x' })
    const shown = await page(response.headers.get('Location') ?? '', cookie)
    expect(shown.html).toContain('<h1>Flood fund</h1>')
    expect(shown.html).toMatch(/<mark>[^<]*£40m/)
  })

  it('adds an article from its link alone: the page is fetched and read', async () => {
    const cookie = await signIn()
    const article = await addedArticle(
      await postForm('/articles/new', fields({ url: `${PAGES}/pages/jsonld-news.html`, text: ' \n ' }), { Cookie: cookie }),
    )
    expect(article).toMatchObject({
      title: 'Harbour city opens 1,200 flood shelters as the river rises',
      outlet: 'The Coastal Ledger',
      publishedAt: '2024-03-05',
    })
  })

  it('shows each invalid field’s message with everything typed kept, escaped, and adds nothing', async () => {
    const cookie = await signIn()
    const typed = fields({
      text: `${ARTICLE}\n<script>alert(1)</script>`,
      outlet: 'O'.repeat(121),
      publishedAt: '2024-02-30',
      url: 'not a link',
    })
    const response = await postForm('/articles/new', typed, { Cookie: cookie })
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('Nothing was added: correct the fields marked below.')
    expect(html).toMatch(/id="outlet-error">outlet must be at most 120 characters/)
    expect(html).toMatch(/id="publishedAt-error">publishedAt must be a real date/)
    expect(html).toMatch(/id="url-error">url must be an absolute URL/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;</textarea>')
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain(`value="${'O'.repeat(121)}"`)
    expect(html).toContain('value="2024-02-30"')
    expect(await storedArticles()).toEqual([])
  })

  it('asks for a link or a text when both are blank', async () => {
    const cookie = await signIn()
    const response = await postForm('/articles/new', fields({ title: 'Only a headline' }), { Cookie: cookie })
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('Nothing was added: give the article’s link, or paste its text.')
    expect(html).toContain('value="Only a headline"')
  })

  it('shows why a link could not be used, under the link, keeping the form', async () => {
    const cookie = await signIn()
    const cases: [string, number, RegExp][] = [
      [`${PAGES}/report.pdf`, 422, /the page is not HTML \(Content-Type: application\/pdf\)/],
      [`${PAGES}/pages/no-article.html`, 422, /the page has no article text/],
      [`${PAGES}/missing`, 502, /the page answered 404/],
      [`${ORIGIN}/claims/x`, 422, /desk\.test is this desk&#39;s own host/],
    ]
    for (const [url, status, message] of cases) {
      const response = await postForm('/articles/new', fields({ url, outlet: 'Kept outlet' }), { Cookie: cookie })
      expect(response.status, url).toBe(status)
      const html = await response.text()
      expect(html).toMatch(new RegExp(`id="url-error">The article could not be read from this link: ${message.source}`))
      expect(html).toContain(`value="${url}"`)
      expect(html).toContain('value="Kept outlet"')
    }
    expect(await storedArticles()).toEqual([])
  })

  it('adds nothing from a post without a session, but keeps the text on the page', async () => {
    const response = await postForm('/articles/new', fields({ text: ARTICLE }))
    expect(response.status).toBe(401)
    const html = await response.text()
    expect(html).toContain('You are not signed in')
    expect(html).toContain('The government has set aside £40m')
    expect(await storedArticles()).toEqual([])
  })

  it('refuses a cross-site post with 403 and a post over 1 MiB with 413, as HTML pages', async () => {
    const cookie = await signIn()
    const crossSite = await postForm('/articles/new', fields({ text: ARTICLE }), {
      Cookie: cookie,
      Origin: 'https://evil.example',
      'Sec-Fetch-Site': 'cross-site',
    })
    expect(crossSite.status).toBe(403)
    expect(crossSite.headers.get('Content-Type')).toMatch(/^text\/html/)
    const huge = await postForm('/articles/new', fields({ text: 'x'.repeat(1024 * 1024) }), { Cookie: cookie })
    expect(huge.status).toBe(413)
    expect(await huge.text()).toContain('more than 1024 KiB')
    expect(await storedArticles()).toEqual([])
    expect((await env.FACTCHECK_KV.list()).keys).toEqual([])
  })
})
