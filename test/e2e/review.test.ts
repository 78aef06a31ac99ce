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
  writeFileSync(envFile, `REVIEWER_TOKENS=erin:${TOKEN}\nSESSION_SECRET=e2e-session-secret-0123456789abcdef\n`)
  server = spawn('npx', ['wrangler', 'dev', '--port', String(PORT), '--inspector-port', String(PORT + 1000), '--ip', LAN_ADDRESS === undefined ? '127.0.0.1' : '0.0.0.0', '--persist-to', state, '--env-file', envFile, '--show-interactive-dev-session=false', '--log-level', 'warn'], {
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
    body: JSON.stringify({ text: readFileSync(join(ROOT, 'seeds/000_583d68ef50ae58cd.txt'), 'utf8'), outlet: 'WION', publishedAt: '2023-03-25' }),
  })
  expect(seeded.status).toBe(201)
  const { claims } = (await seeded.json()) as { claims: Claim[] }
  const found = claims.find((candidate) => candidate.span.includes('at least 14 countries') && candidate.attribution.speaker !== null)
  if (found === undefined) throw new Error('seed claim missing')
  claim = found
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  })
  mkdirSync(ARTIFACTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  if (server?.pid !== undefined) process.kill(-server.pid, 'SIGTERM')
})

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
  it('signs in, reviews the seed claim, and sees it on the page and in the API', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } })
    const page = await context.newPage()
    const dialogs = guardDialogs(page)

    await page.goto(`${BASE}/`)
    await expect(page.locator('mark', { hasText: 'at least 14 countries' }).first()).toBeDefined()
    expect(await page.locator('svg[role=img]').getAttribute('aria-label')).toMatch(/Review progress/)
    await page.screenshot({ path: join(ARTIFACTS, 'claims-list.png'), fullPage: true })

    await page.goto(`${BASE}/claims/${claim.id}`)
    expect(await page.locator('select[name=status]').count()).toBe(0)
    await page.getByRole('link', { name: 'Sign in' }).last().click()
    await page.fill('input[name=token]', TOKEN)
    await page.press('input[name=token]', 'Enter')
    await page.waitForURL(`${BASE}/claims/${claim.id}`)

    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script> AP confirms the figure.'
    await page.selectOption('select[name=status]', 'supported')
    await page.fill('textarea[name=note]', payload)
    await page.fill('input[name=explanation]', 'AP quotes the spokesperson saying so.')
    await page.fill('textarea[name=sources]', 'https://apnews.com/article/taliban-diplomats')
    await page.click('button[type=submit]:has-text("Save review")')
    await page.waitForURL(/saved=1/)

    expect(await page.locator('[role=status]').innerText()).toContain('Review saved')
    expect(await page.locator('ol.history .note').last().innerText()).toBe(payload)
    expect(await page.locator('ol.history .badge').last().innerText()).toBe('Supported')
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1)
    await page.screenshot({ path: join(ARTIFACTS, 'claim-page.png'), fullPage: true })

    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: join(ARTIFACTS, 'claim-page-phone.png'), fullPage: true })

    const api = (await (await fetch(`${BASE}/api/claims/${claim.id}`)).json()) as Claim
    expect(api.status).toBe('supported')
    expect(api.notes.at(-1)).toMatchObject({ reviewer: 'erin', note: payload })
    expect(dialogs).toEqual([])
    await context.close()
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

  it.skipIf(LAN_ADDRESS === undefined)('signs in and reviews over plain http on a LAN address, as a phone on the desk network would', async () => {
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
  })

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
    const before = ((await (await fetch(`${BASE}/api/claims/${claim.id}/reviews`)).json()) as { reviews: unknown[] }).reviews.length
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${BASE}/login`)
    await page.fill('input[name=token]', TOKEN)
    await page.press('input[name=token]', 'Enter')
    await page.waitForURL(`${BASE}/`)
    // Another site, hosting a form aimed at the desk.
    const evil = createServer((_, response) => {
      response.setHeader('Content-Type', 'text/html')
      response.end(`<form method="post" action="${BASE}/claims/${claim.id}/review"><input name="status" value="refuted"><input name="note" value="forged"><button>go</button></form>`)
    })
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve))
    const { port } = evil.address() as AddressInfo
    await page.goto(`http://127.0.0.1:${port}/`)
    const [response] = await Promise.all([page.waitForResponse(`${BASE}/claims/${claim.id}/review`), page.click('button')])
    expect(response.status()).toBe(403)
    evil.close()
    const after = ((await (await fetch(`${BASE}/api/claims/${claim.id}/reviews`)).json()) as { reviews: unknown[] }).reviews.length
    expect(after).toBe(before)
    await context.close()
  })
})
