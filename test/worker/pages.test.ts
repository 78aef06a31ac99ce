import { reset } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../schemas/claim'
import { ALICE, call, fourteenCountries, seed, memberCall, EDITOR, postJson, postForm } from './helpers'

/** The seed claim's span, highlighted: the clause holding "at least 14 countries". */
const SEED_SPAN_MARK = /<mark>[^<]*at least 14 countries[^<]*<\/mark>/
let target: Claim

beforeEach(async () => {
  await reset()
  target = fourteenCountries((await seed()).claims)
})

let client = 0

async function signIn(token = ALICE): Promise<string> {
  // Each sign-in from its own address: sign-in attempts are limited per client.
  const response = await postForm('/login', { token, next: `/claims/${target.id}` }, { 'CF-Connecting-IP': `192.0.2.${++client}` })
  expect(response.status).toBe(303)
  expect(response.headers.get('Location')).toBe(`/claims/${target.id}`)
  const cookie = response.headers.get('Set-Cookie') ?? ''
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/Secure/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
  return cookie.split(';')[0] ?? ''
}

const page = async (path: string, cookie?: string) => {
  const response = await call(path, cookie === undefined ? {} : { headers: { Cookie: cookie } })
  return { response, html: await response.text() }
}

const history = async () => ((await (await memberCall(`/api/claims/${target.id}`)).json()) as Claim).notes

describe('the claims list', () => {
  it('shows claims with span, speaker, status and a progress chart, with security headers', async () => {
    const { response, html } = await page('/')
    expect(response.status).toBe(200)
    expect(html).toMatch(SEED_SPAN_MARK)
    expect(html).toContain('Zabihullah Mujahid')
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Review progress of \d+ claims/)
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })

  it('pages through the claims with next and first links', async () => {
    const first = await page('/?limit=2')
    const next = /<a href="(\/\?limit=2&amp;cursor=[^"]+)">Next claims/.exec(first.html)?.[1]
    expect(next).toBeDefined()
    const second = await page((next ?? '').replaceAll('&amp;', '&'))
    expect(second.response.status).toBe(200)
    expect(second.html).toContain('<a href="/?limit=2">← First claims</a>')
  })

  it('treats the empty fields a browser submits with the filter form as "any"', async () => {
    const byStatus = await page('/?status=unreviewed&article=&q=')
    expect(byStatus.response.status).toBe(200)
    expect(byStatus.html).toMatch(SEED_SPAN_MARK)
    const byText = await page('/?status=&article=&q=14+countries')
    expect(byText.response.status).toBe(200)
    expect(byText.html).toMatch(SEED_SPAN_MARK)
    expect(byText.response.headers.get('Referrer-Policy')).toBe('same-origin')
  })

  it('filters by status and text', async () => {
    const { html } = await page('/?status=refuted')
    expect(html).toContain('No claims match')
    const found = await page('/?q=Islamic+Emirate')
    expect(found.html).toContain('at least 14 countries')
    expect((await page('/?status=bogus')).response.status).toBe(400)
  })
})

describe('the claim page', () => {
  it('shows the claim in its paragraph with attribution, and no form to visitors', async () => {
    const { html } = await page(`/claims/${target.id}`)
    expect(html).toMatch(SEED_SPAN_MARK)
    expect(html).toContain('According to a report by the news agency Associated Press')
    expect(html).toContain('Associated Press')
    expect(html).not.toContain('name="status"')
    expect(html).toContain('Sign in</a> to review')
  })

  it('lets a signed-in reviewer review, then shows the note, status and confirmation', async () => {
    const cookie = await signIn()
    const { html, response } = await page(`/claims/${target.id}`, cookie)
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(html).toContain('<select name="status"')
    for (const status of ['unreviewed', 'in_review', 'supported', 'misleading', 'refuted', 'unverifiable']) {
      expect(html).toContain(`value="${status}"`)
    }
    const saved = await postForm(
      `/claims/${target.id}/review`,
      {
        status: 'supported',
        note: 'AP report confirms 14.',
        explanation: 'AP quotes the spokesperson.',
        sources: 'https://apnews.com/x',
        idempotencyKey: 'k1',
      },
      { Cookie: cookie },
    )
    expect(saved.status).toBe(303)
    const after = await page(saved.headers.get('Location') ?? '', cookie)
    expect(after.html).toContain('Review saved')
    expect(after.html).toMatch(/<a href="\/claims\/[a-f0-9]{16}-\d{6}">Next unreviewed claim/)
    expect(after.html).toContain('AP report confirms 14.')
    expect(after.html).toContain('proposed: an editor publishes it')
    // A reviewer proposes; only an editor's publication makes a ClaimReview.
    expect(after.html).not.toContain('<script type="application/ld+json">')
    expect((await history()).map((review) => [review.reviewer, review.status])).toEqual([['alice', 'supported']])
  })

  it('records a double submit once, and keeps the text of a form reused for a different review', async () => {
    const cookie = await signIn()
    const fields = { status: 'in_review', note: 'first look', idempotencyKey: 'form-1' }
    const first = await postForm(`/claims/${target.id}/review`, fields, { Cookie: cookie })
    const again = await postForm(`/claims/${target.id}/review`, fields, { Cookie: cookie })
    expect([first.status, again.status]).toEqual([303, 303])
    const reused = await postForm(`/claims/${target.id}/review`, { ...fields, note: 'a different note' }, { Cookie: cookie })
    expect(reused.status).toBe(409)
    const html = await reused.text()
    expect(html).toContain('a different note')
    expect(html).not.toContain('value="form-1"')
    expect((await history()).map((review) => review.note)).toEqual(['first look'])
  })

  it('escapes a script in a note and a sign-in next', async () => {
    const cookie = await signIn()
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    await postForm(
      `/claims/${target.id}/review`,
      { status: 'refuted', note: payload, explanation: `</script>${payload}`, sources: 'https://apnews.com/x' },
      { Cookie: cookie },
    )
    expect((await postJson(`/api/claims/${target.id}/publish`, {}, EDITOR)).status).toBe(200)
    const { html } = await page(`/claims/${target.id}`, cookie)
    expect(html).not.toContain(payload)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html.match(/<script/g)).toHaveLength(1)
  })

  it('re-renders an invalid review with the message and the reviewer’s text, storing nothing', async () => {
    const cookie = await signIn()
    const response = await postForm(
      `/claims/${target.id}/review`,
      { note: '', explanation: 'kept explanation', sources: 'not a url' },
      { Cookie: cookie },
    )
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('a review needs a status or a note')
    expect(html).toContain('kept explanation')
    expect(html).toContain('not a url')
    expect(await history()).toEqual([])
  })

  it('names the line of a source that is not a web address', async () => {
    const cookie = await signIn()
    const sources = 'https://apnews.com/x\n\nnot a url\nhttps://reuters.com/y'
    const response = await postForm(`/claims/${target.id}/review`, { status: 'supported', sources }, { Cookie: cookie })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('line 3 is not a web address starting with http:// or https:// (not a url)')
    expect(await history()).toEqual([])
  })

  it('stores nothing from a post without a session, but keeps the text on the page', async () => {
    const response = await postForm(`/claims/${target.id}/review`, { status: 'refuted', note: 'my careful note' })
    expect(response.status).toBe(401)
    expect(await response.text()).toContain('my careful note')
    expect(await history()).toEqual([])
  })

  it('refuses a cross-site form post with 403', async () => {
    const cookie = await signIn()
    const response = await postForm(
      `/claims/${target.id}/review`,
      { status: 'refuted', note: 'forged' },
      { Cookie: cookie, Origin: 'https://evil.example' },
    )
    expect(response.status).toBe(403)
    expect(await history()).toEqual([])
  })
})

describe('the article page', () => {
  it('highlights every claim span and links it', async () => {
    const { html } = await page(`/articles/${target.articleId}`)
    expect(html).toContain(`<a href="/claims/${target.id}"`)
    expect(html).toMatch(SEED_SPAN_MARK)
    expect((await page('/articles/0000000000000000')).response.status).toBe(404)
  })
})
