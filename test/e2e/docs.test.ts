/// <reference lib="dom" />
import { mkdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import app from '../../worker/app'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = join(new URL('../../', import.meta.url).pathname, 'test/artifacts')

let server: Server
let base: string
let browser: Browser

// /docs and /openapi.json need no storage, so the Worker's app answers them in-process;
// this server only carries its answers to Chromium.
beforeAll(async () => {
  server = createServer(async (request, response) => {
    const answer = await app.request(request.url ?? '/', { headers: { Host: request.headers.host ?? '' } }, {
      DESK_NAME: 'Edge Fact Desk',
      DESK_URL: 'https://factcheck.example.org',
    } as Env)
    response.writeHead(answer.status, Object.fromEntries(answer.headers))
    response.end(Buffer.from(await answer.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

describe('/docs in Chromium with the CDN unreachable', () => {
  it('is not blank: it shows a link to the OpenAPI document, which opens it', async () => {
    const page = await browser.newPage()
    const blocked: string[] = []
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(base)) return route.continue()
      blocked.push(route.request().url())
      return route.abort('internetdisconnected')
    })
    await page.goto(`${base}/docs`)
    expect(blocked.some((url) => url.startsWith('https://cdn.jsdelivr.net/'))).toBe(true)
    const link = page.getByRole('link', { name: /openapi\.json/i })
    expect(await link.isVisible()).toBe(true)
    mkdirSync(ARTIFACTS, { recursive: true })
    await page.screenshot({ path: join(ARTIFACTS, 'docs-offline.png') })
    await link.click()
    await page.waitForURL(`${base}/openapi.json`)
    const document = JSON.parse((await page.locator('body').innerText()) || '{}') as { openapi?: string }
    expect(document.openapi).toBe('3.1.0')
    await page.close()
  })
})
