/// <reference lib="dom" />
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Claim } from '../../schemas/claim'

const ROOT = new URL('../../', import.meta.url).pathname
const ARTIFACTS = join(ROOT, 'test/artifacts')
/** E2E_PORT picks the port (and E2E_PORT + 1000 for the inspector) where the default range is taken. */
const PORT = Number(process.env.E2E_PORT ?? 8700 + Math.floor(Math.random() * 200))
const BASE = `http://localhost:${PORT}`
/** This machine's first non-loopback IPv4 address: how a phone on the desk's LAN reaches `wrangler dev --ip`. */
const LAN_ADDRESS = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal)?.address
const TOKEN = 'e2e-token-for-reviewer-erin'
const EDITOR_TOKEN = 'e2e-token-for-editor-ed'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

let server: ChildProcess
let browser: Browser
let claim: Claim
let serverLog = ''

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${BASE}/api/articles`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`wrangler dev did not start:\n${serverLog}`)
}

beforeAll(async () => {
  const state = mkdtempSync(join(tmpdir(), 'factdesk-e2e-'))
  const envFile = join(state, 'e2e.env')
  writeFileSync(envFile, `REVIEWER_TOKENS=erin:${TOKEN},ed:${EDITOR_TOKEN}:editor\nSESSION_SECRET=e2e-session-secret-0123456789abcdef\n`)
  const ip = LAN_ADDRESS === undefined ? '127.0.0.1' : '0.0.0.0'
  // The temporary paths hold no spaces, so the command splits on them.
  const args = `wrangler dev --port ${PORT} --inspector-port ${PORT + 1000} --ip ${ip} --persist-to ${state} --env-file ${envFile}`
  server = spawn('npx', [...args.split(' '), '--show-interactive-dev-session=false', '--log-level', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  server.stdout?.on('data', (chunk) => (serverLog += chunk))
  server.stderr?.on('data', (chunk) => (serverLog += chunk))
  await waitForServer()
  const seeded = await fetch(`${BASE}/api/articles`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      text: readFileSync(join(ROOT, 'seeds/000_583d68ef50ae58cd.txt'), 'utf8'),
      outlet: 'WION',
      publishedAt: '2023-03-25',
    }),
  })
  expect(seeded.status).toBe(201)
  const { claims } = (await seeded.json()) as { claims: Claim[] }
  const found = claims.find((candidate) => candidate.span.includes('at least 14 countries') && candidate.attribution.speaker !== null)
  if (found === undefined) throw new Error('seed claim missing')
  claim = found
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
})

/** Signs in on the sign-in page the browser is on (or was sent to) and waits to land on `then`. */
async function signInOn(page: Page, token: string, then: string): Promise<void> {
  if (!page.url().includes('/login')) await page.getByRole('link', { name: 'Sign in' }).last().click()
  await page.fill('input[name=token]', token)
  await Promise.all([page.waitForURL(then), page.press('input[name=token]', 'Enter')])
}

/** Fails the test if any script runs a dialog: an XSS payload executing would. */
function guardDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  return dialogs
}

describe('a reviewer in Chromium', () => {
  it('a reviewer proposes a verdict, an editor publishes and corrects it, and the public sees the verdict but no internal note', async () => {
    const reviewerContext = await browser.newContext({ viewport: { width: 1200, height: 900 } })
    const page = await reviewerContext.newPage()
    const dialogs = guardDialogs(page)

    await page.goto(`${BASE}/`)
    expect(await page.locator('svg[role=img]').getAttribute('aria-label')).toMatch(/Review progress/)
    await page.screenshot({ path: join(ARTIFACTS, 'claims-list.png'), fullPage: true })

    await page.goto(`${BASE}/claims/${claim.id}`)
    expect(await page.locator('select[name=status]').count()).toBe(0)
    await signInOn(page, TOKEN, `${BASE}/claims/${claim.id}`)

    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script> Internal: the ministry source is shaky.'
    await page.selectOption('select[name=status]', 'refuted')
    await page.fill('textarea[name=note]', payload)
    await page.fill('input[name=explanation]', 'The ministry lists 9 countries, not 14.')
    await page.fill('textarea[name=sources]', 'https://apnews.com/article/taliban-diplomats')
    await Promise.all([page.waitForURL(/saved=1/), page.click('button[type=submit]:has-text("Save review")')])
    expect(await page.locator('[role=status]').innerText()).toContain('proposed: an editor publishes it')
    expect(await page.locator('ol.history .note').last().innerText()).toBe(payload)
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0)
    expect((await fetch(`${BASE}/api/claims/${claim.id}/claimreview`)).status).toBe(404)

    // The editor publishes it from the claim page, then corrects it with a public note.
    const editorContext = await browser.newContext({ viewport: { width: 1200, height: 900 } })
    const editorPage = await editorContext.newPage()
    await editorPage.goto(`${BASE}/login?next=/claims/${claim.id}`)
    await signInOn(editorPage, EDITOR_TOKEN, `${BASE}/claims/${claim.id}`)
    await Promise.all([editorPage.waitForURL(/#verdict$/), editorPage.click('button:has-text("Publish the proposed verdict")')])
    expect(await editorPage.locator('#verdict').innerText()).toContain('The ministry lists 9 countries, not 14.')
    expect(await editorPage.locator('script[type="application/ld+json"]').count()).toBe(1)
    expect((await fetch(`${BASE}/api/claims/${claim.id}/claimreview`)).status).toBe(200)
    await editorPage.fill('textarea[name=note]', 'The ministry later confirmed 9; the explanation now says so.')
    await editorPage.fill('input[name=explanation]', 'The ministry confirmed 9 countries, not 14.')
    await Promise.all([editorPage.waitForURL(/#verdict$/), editorPage.click('button:has-text("Publish the correction")')])
    expect(await editorPage.locator('#verdict').innerText()).toContain('The ministry later confirmed 9')
    await editorPage.screenshot({ path: join(ARTIFACTS, 'claim-page.png'), fullPage: true })
    const review = (await (await fetch(`${BASE}/api/claims/${claim.id}/claimreview`)).json()) as {
      dateModified?: string
      correction?: { text: string }[]
      reviewRating: { ratingExplanation: string }
    }
    expect(review.correction?.[0]?.text).toBe('The ministry later confirmed 9; the explanation now says so.')
    expect(review.reviewRating.ratingExplanation).toBe('The ministry confirmed 9 countries, not 14.')
    expect(review.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    // Anyone else: the verdict, its explanation and correction — not the desk's note or names.
    const visitor = await (await browser.newContext()).newPage()
    await visitor.goto(`${BASE}/claims/${claim.id}`)
    const visible = await visitor.locator('main').innerText()
    expect(visible).toContain('The ministry confirmed 9 countries, not 14.')
    expect(visible).toContain('The ministry later confirmed 9')
    expect(visible).not.toContain('the ministry source is shaky')
    await visitor.setViewportSize({ width: 390, height: 844 })
    await visitor.screenshot({ path: join(ARTIFACTS, 'claim-page-phone.png'), fullPage: true })

    const api = (await (await fetch(`${BASE}/api/claims/${claim.id}`)).json()) as Claim
    expect(api).toMatchObject({ status: 'refuted', notes: [] })
    expect(dialogs).toEqual([])
    await reviewerContext.close()
    await editorContext.close()
  })

  it('filters the list with the form, as a person submits it', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${BASE}/`)
    await page.selectOption('select[name=status]', 'unreviewed')
    await Promise.all([page.waitForURL(/status=unreviewed/), page.click('button:has-text("Filter")')])
    expect(page.url()).toContain('article=&q=')
    expect(await page.locator('h1').innerText()).toBe('Claims')
    expect(await page.locator('ul.claims li').count()).toBeGreaterThan(0)
    await page.selectOption('select[name=status]', '')
    await page.fill('input[name=q]', 'at least 14 countries')
    await Promise.all([page.waitForURL(/q=at\+least/), page.click('button:has-text("Filter")')])
    expect(await page.locator('ul.claims mark', { hasText: 'at least 14 countries' }).count()).toBeGreaterThan(0)
    await context.close()
  })

  it('fits a 390 px phone without sideways scrolling, even with long article titles', async () => {
    const title = `${'A very long headline about diplomats, countries and recognition '.repeat(3)}`.trim()
    const posted = await fetch(`${BASE}/api/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'The ministry said 12 embassies had reopened since January.', title }),
    })
    expect([200, 201]).toContain(posted.status)
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    for (const path of ['/', `/claims/${claim.id}`, `/articles/${claim.articleId}`, '/login']) {
      await page.goto(`${BASE}${path}`)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390)
    }
    await page.goto(`${BASE}/`)
    await page.screenshot({ path: join(ARTIFACTS, 'claims-list-phone.png'), fullPage: true })
    await context.close()
  })

  it.skipIf(LAN_ADDRESS === undefined)(
    'signs in and reviews over plain http on a LAN address, as a phone on the desk network would',
    async () => {
      const lan = `http://${LAN_ADDRESS}:${PORT}`
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${lan}/login?next=/claims/${claim.id}`)
      await page.fill('input[name=token]', TOKEN)
      await Promise.all([page.waitForURL(`${lan}/claims/${claim.id}`), page.press('input[name=token]', 'Enter')])
      await page.fill('textarea[name=note]', 'Checked from a phone on the LAN.')
      expect(await page.locator('textarea[name=note]').evaluate((element) => getComputedStyle(element).fontWeight)).toBe('400')
      await Promise.all([page.waitForURL(/saved=1/), page.click('button[type=submit]:has-text("Save review")')])
      expect(await page.locator('ol.history .note').last().innerText()).toBe('Checked from a phone on the LAN.')
      await context.close()
    },
  )

  it('reaches every field by keyboard alone', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${BASE}/login`)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const focused: string[] = []
    for (let step = 0; step < 8; step++) {
      focused.push(await page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName ?? ''))
      await page.keyboard.press('Tab')
    }
    expect(focused).toContain('token')
    await page.focus('input[name=token]')
    await page.keyboard.type(TOKEN)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${BASE}/`)
    await page.goto(`${BASE}/claims/${claim.id}`)
    await page.focus('select[name=status]')
    const order: string[] = []
    for (let step = 0; step < 4; step++) {
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('name') ?? ''))
      await page.keyboard.press('Tab')
    }
    expect(order).toEqual(['status', 'note', 'explanation', 'sources'])
    await context.close()
  })

  it('refuses a cross-site form post and stores nothing', async () => {
    const before = (
      (await (await fetch(`${BASE}/api/claims/${claim.id}/reviews`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as {
        reviews: unknown[]
      }
    ).reviews.length
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${BASE}/login`)
    await page.fill('input[name=token]', TOKEN)
    await page.press('input[name=token]', 'Enter')
    await page.waitForURL(`${BASE}/`)
    // Another site, hosting a form aimed at the desk.
    const evil = createServer((_, response) => {
      response.setHeader('Content-Type', 'text/html')
      response.end(
        `<form method="post" action="${BASE}/claims/${claim.id}/review"><input name="status" value="refuted"><input name="note" value="forged"><button>go</button></form>`,
      )
    })
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve))
    const { port } = evil.address() as AddressInfo
    await page.goto(`http://127.0.0.1:${port}/`)
    const [response] = await Promise.all([page.waitForResponse(`${BASE}/claims/${claim.id}/review`), page.click('button')])
    expect(response.status()).toBe(403)
    evil.close()
    const after = (
      (await (await fetch(`${BASE}/api/claims/${claim.id}/reviews`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as {
        reviews: unknown[]
      }
    ).reviews.length
    expect(after).toBe(before)
    await context.close()
  })
})
