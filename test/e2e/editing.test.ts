/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Claim } from '../../schemas/claim'
import { type DevServer, startWranglerDev } from '../support/wrangler-dev'

const ROOT = new URL('../../', import.meta.url).pathname
const ARTIFACTS = join(ROOT, 'test/artifacts')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ERIN = 'e2e-token-for-reviewer-erin'
const BOB = 'e2e-token-for-reviewer-bob'
const SEED = { text: readFileSync(join(ROOT, 'seeds/000_583d68ef50ae58cd.txt'), 'utf8'), outlet: 'WION', publishedAt: '2023-03-25' }
const MISSED = 'The international community remains wary of officially recognising the Islamic Emirate.'

let server: DevServer
let browser: Browser
let claims: Claim[]

/** Posts the seed article as `npm run seed` does: the first time 201, again 200 with every claim kept. */
async function postSeed(): Promise<Response> {
  return fetch(`${server.base}/api/articles`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ERIN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(SEED),
  })
}

const claimOf = (start: string) => {
  const found = claims.find((claim) => claim.span.startsWith(start))
  if (found === undefined) throw new Error(`the seed claim "${start}" was not extracted`)
  return found
}
/** The claim as a member reads it: who added or edited it is the desk's to know. */
const apiClaim = async (id: string) =>
  (await (await fetch(`${server.base}/api/claims/${id}`, { headers: { Authorization: `Bearer ${ERIN}` } })).json()) as Claim

beforeAll(async () => {
  server = await startWranglerDev({ REVIEWER_TOKENS: `erin:${ERIN},bob:${BOB}`, SESSION_SECRET: 'e2e-session-secret-0123456789abcdef' })
  const seeded = await postSeed()
  expect(seeded.status).toBe(201)
  claims = ((await seeded.json()) as { claims: Claim[] }).claims
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
  server?.stop()
})

/** A browser context signed in with `token`, on the page `next`. */
async function signedIn(token: string, next: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage()
  await page.goto(`${server.base}/login?next=${encodeURIComponent(next)}`)
  await page.fill('input[name=token]', token)
  await Promise.all([page.waitForURL(`${server.base}${next}`), page.press('input[name=token]', 'Enter')])
  return page
}

describe('a reviewer fixing what the extractor got wrong, in Chromium', () => {
  it('corrects a wrong speaker from the claim page, and re-seeding keeps the correction', async () => {
    const unable = claimOf('was unable to immediately provide figures')
    expect(unable.attribution.speaker).toBeNull()
    const page = await signedIn(ERIN, `/claims/${unable.id}`)
    const form = page.locator(`form[action="/claims/${unable.id}/edit"]`)
    await form.locator('input[name=speaker]').fill('Bilal Karimi')
    await form.locator('select[name=speakerType]').selectOption('person')
    await form.locator('input[name=role]').fill('deputy spokesperson')
    await form.locator('input[name=organization]').fill('Taliban')
    await form.locator('input[name=via]').fill('Associated Press')
    await Promise.all([page.waitForURL(`${server.base}/claims/${unable.id}#edited`), form.locator('button[type=submit]').click()])
    const attribution = page.locator('dl.attribution')
    expect(await attribution.locator('dt:has-text("Speaker") + dd').innerText()).toBe('Bilal Karimi')
    expect(await attribution.locator('dt:has-text("Role") + dd').innerText()).toBe('deputy spokesperson')
    expect(await page.locator('#edited').innerText()).toMatch(/^Corrected by erin on \d{4}-\d{2}-\d{2}/)
    await page.locator('#edited').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(ARTIFACTS, 'claim-corrected.png'), fullPage: true })

    const again = await postSeed()
    expect(again.status).toBe(200)
    await page.reload()
    expect(await page.locator('dl.attribution dt:has-text("Speaker") + dd').innerText()).toBe('Bilal Karimi')
    expect((await apiClaim(unable.id)).attribution).toMatchObject({
      speaker: 'Bilal Karimi',
      role: 'deputy spokesperson',
      organization: 'Taliban',
      via: 'Associated Press',
      rule: 'human',
      confidence: 1,
    })
    await page.context().close()
  })

  it('adds a missed claim from the article page, and dismisses another from its claim page', async () => {
    const articleId = claims[0]!.articleId
    const page = await signedIn(ERIN, `/articles/${articleId}`)
    const form = page.locator(`form[action="/articles/${articleId}/claims"]`)
    await form.locator('select[name=sentenceStart]').selectOption({ label: MISSED })
    await form.locator('textarea[name=span]').fill('remains wary of officially recognising the Islamic Emirate')
    await form.scrollIntoViewIfNeeded()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1200)
    await page.screenshot({ path: join(ARTIFACTS, 'article-add-claim.png'), fullPage: true })
    await Promise.all([page.waitForURL(/\/claims\/[a-f0-9]{16}-\d{6}$/), form.locator('button[type=submit]').click()])
    expect(await page.locator('h1 mark').innerText()).toBe('remains wary of officially recognising the Islamic Emirate')
    expect(await page.locator('#added').innerText()).toMatch(/^Added by erin on/)
    await page.screenshot({ path: join(ARTIFACTS, 'claim-added.png'), fullPage: true })
    const added = await apiClaim(page.url().split('/claims/')[1]!)
    expect(added).toMatchObject({ text: MISSED, added: { by: 'erin' }, attribution: { speakerType: 'outlet', rule: 'human' } })

    const authorities = claimOf('Last month, authorities handed over control')
    await page.goto(`${server.base}/claims/${authorities.id}`)
    const dismiss = page.locator(`form[action="/claims/${authorities.id}/dismiss"]`)
    await dismiss.locator('input[name=reason]').fill('Background, already reported elsewhere.')
    await Promise.all([page.waitForURL(`${server.base}/claims/${authorities.id}`), dismiss.locator('button[type=submit]').click()])
    expect(await page.locator('.notice.dismissed').innerText()).toMatch(
      /^Dismissed as not check-worthy by erin on \d{4}-\d{2}-\d{2}: out of the queue, its history kept\.\s+Reason: Background, already reported elsewhere\.$/,
    )
    await page.screenshot({ path: join(ARTIFACTS, 'claim-dismissed.png'), fullPage: true })

    await page.goto(`${server.base}/`)
    expect(await page.locator(`ul.claims a[href="/claims/${authorities.id}"]`).count()).toBe(0)
    expect(await page.locator(`ul.claims a[href="/claims/${added.id}"]`).count()).toBe(1)
    await Promise.all([page.waitForURL(/dismissed=true/), page.click('a:has-text("Dismissed claims")')])
    expect(await page.locator('ul.claims li').count()).toBe(1)
    expect(await page.locator(`ul.claims a[href="/claims/${authorities.id}"]`).count()).toBe(1)
    await page.context().close()
  })

  it('assigns a claim to bob, who finds it under "Assigned to me"', async () => {
    const target = claimOf('The Islamic Emirate has sent diplomats')
    const erin = await signedIn(ERIN, `/claims/${target.id}`)
    const assign = erin.locator(`form[action="/claims/${target.id}/assignee"]`)
    await assign.locator('select[name=name]').selectOption('bob')
    await Promise.all([erin.waitForURL(`${server.base}/claims/${target.id}#assignee`), assign.locator('button[type=submit]').click()])
    expect(await erin.locator('#assignee').innerText()).toBe('Assigned to bob.')
    await erin.context().close()

    const bob = await signedIn(BOB, '/')
    expect(await bob.locator(`ul.claims li:has(a[href="/claims/${target.id}"]) .meta`).innerText()).toContain('assigned to bob')
    await Promise.all([bob.waitForURL(/assignee=bob/), bob.click('a:has-text("Assigned to me")')])
    expect(await bob.locator('h1').innerText()).toBe('Assigned to me')
    expect(await bob.locator('ul.claims li').count()).toBe(1)
    expect(await bob.locator(`ul.claims a[href="/claims/${target.id}"]`).count()).toBe(1)
    await bob.screenshot({ path: join(ARTIFACTS, 'assigned-to-me.png'), fullPage: true })
    await bob.setViewportSize({ width: 390, height: 844 })
    expect(await bob.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    for (const path of [`/articles/${target.articleId}`, `/claims/${target.id}`]) {
      await bob.goto(`${server.base}${path}`)
      expect(await bob.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390)
    }
    await bob.screenshot({ path: join(ARTIFACTS, 'claim-editing-phone.png'), fullPage: true })
    await bob.context().close()
  })
})
