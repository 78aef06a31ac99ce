/// <reference lib="dom" />
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../schemas/article'
import { type ArticlePageServer, closedOrigin, startArticlePageServer } from '../support/article-pages'

const ROOT = new URL('../../', import.meta.url).pathname
const ARTIFACTS = join(ROOT, 'test/artifacts')
const TOKEN = 'e2e-token-for-reviewer-omar'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

let pages: ArticlePageServer
let server: ChildProcess
let browser: Browser
let base = ''
let serverLog = ''

beforeAll(async () => {
  // The saved pages, from a web server on 127.0.0.1, which the desk may fetch because FETCH_ALLOW_HOSTS lists it.
  pages = await startArticlePageServer()
  const [port, inspectorPort] = [new URL(await closedOrigin()).port, new URL(await closedOrigin()).port]
  base = `http://localhost:${port}`
  const state = mkdtempSync(join(tmpdir(), 'factdesk-add-article-'))
  const envFile = join(state, 'e2e.env')
  writeFileSync(envFile, `REVIEWER_TOKENS=omar:${TOKEN}\nSESSION_SECRET=e2e-session-secret-0123456789abcdef\nFETCH_ALLOW_HOSTS=127.0.0.1\n`)
  server = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      '--port',
      port,
      '--inspector-port',
      inspectorPort,
      '--ip',
      '127.0.0.1',
      '--persist-to',
      state,
      '--env-file',
      envFile,
      '--show-interactive-dev-session=false',
      '--log-level',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  server.stdout?.on('data', (chunk) => (serverLog += chunk))
  server.stderr?.on('data', (chunk) => (serverLog += chunk))
  for (let attempt = 0; ; attempt++) {
    if (
      await fetch(`${base}/api/articles`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break
    if (attempt === 120) throw new Error(`wrangler dev did not start:\n${serverLog}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  })
  mkdirSync(ARTIFACTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  if (server?.pid !== undefined) process.kill(-server.pid, 'SIGTERM')
  await pages?.close()
})

describe('a member adds an article in Chromium, against wrangler dev', () => {
  it('signs in from the form’s link, adds an article by its URL alone, and lands on its page with the claims marked', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${base}/`)
    expect(await page.locator('a[href="/articles/new"]').count()).toBe(0)
    await page.goto(`${base}/articles/new`)
    await page.waitForURL(`${base}/login?next=/articles/new`)
    await page.fill('input[name=token]', TOKEN)
    await Promise.all([page.waitForURL(`${base}/articles/new`), page.press('input[name=token]', 'Enter')])

    // A page with no article text first: the error is on the form, the link still in its field.
    const empty = `${pages.origin}/pages/no-article.html`
    await page.fill('input[name=url]', empty)
    const [refused] = await Promise.all([page.waitForResponse(`${base}/articles/new`), page.click('button:has-text("Add article")')])
    expect(refused.status()).toBe(422)
    expect(await page.locator('#url-error').innerText()).toContain('the page has no article text')
    expect(await page.inputValue('input[name=url]')).toBe(empty)

    const url = `${pages.origin}/hops/1/jsonld-news.html`
    await page.fill('input[name=url]', url)
    await page.screenshot({ path: join(ARTIFACTS, 'add-article.png'), fullPage: true })
    await Promise.all([page.waitForURL(/\/articles\/[0-9a-f]+$/), page.click('button:has-text("Add article")')])
    expect(await page.locator('h1').innerText()).toBe('Harbour city opens 1,200 flood shelters as the river rises')
    expect(await page.locator('.article-text mark', { hasText: '1,200 emergency shelters' }).count()).toBe(1)
    await page.screenshot({ path: join(ARTIFACTS, 'added-article.png'), fullPage: true })

    const id = new URL(page.url()).pathname.split('/').at(-1)
    const { article } = (await (await fetch(`${base}/api/articles/${id}`)).json()) as { article: Article }
    expect(article).toMatchObject({
      outlet: 'The Coastal Ledger',
      publishedAt: '2024-03-05',
      url: `${pages.origin}/pages/jsonld-news.html`,
    })

    await page.goto(`${base}/`)
    expect(await page.getByRole('link', { name: 'Add an article' }).count()).toBe(1)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${base}/articles/new`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.screenshot({ path: join(ARTIFACTS, 'add-article-phone.png'), fullPage: true })
    await context.close()
  })
})
