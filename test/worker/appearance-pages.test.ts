import { reset } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../schemas/article'
import type { Claim } from '../../schemas/claim'
import { ALICE, call, fourteenCountries, postJson, seed, memberCall, publish } from './helpers'

const ORIGIN = 'https://desk.test'

const ORIGINAL = `Flood defences get £40m boost

The agency said 3,000 homes had been flooded in the north of England since January.`

const REPEAT = `Rivers burst their banks again

The agency said 3,000 homes had been flooded in the north of England since January.`

const PARAPHRASE = `Northern floods

Since January, floods have hit 3,000 homes across northern England, according to the agency.`

let target: Claim

beforeEach(async () => {
  await reset()
  target = fourteenCountries((await seed()).claims)
})

function postForm(path: string, fields: Record<string, string>, cookie?: string) {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, ...(cookie === undefined ? {} : { Cookie: cookie }) },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
}

let client = 100

async function signIn(): Promise<string> {
  const response = await call('/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, 'CF-Connecting-IP': `198.51.100.${++client}` },
    body: new URLSearchParams({ token: ALICE, next: '/' }).toString(),
    redirect: 'manual',
  })
  expect(response.status).toBe(303)
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? ''
}

const html = async (path: string, cookie?: string) => {
  const response = await call(path, { redirect: 'manual', ...(cookie === undefined ? {} : { headers: { Cookie: cookie } }) })
  return { status: response.status, location: response.headers.get('Location'), text: await response.text() }
}

async function post(text: string): Promise<{ article: Article; claims: Claim[] }> {
  return (await (await postJson('/api/articles', { text, outlet: 'Test Wire' })).json()) as { article: Article; claims: Claim[] }
}

describe('appearances on the pages', () => {
  it("lists the seed claim's two appearances, and offers a reviewer the split of the lead only", async () => {
    const visitor = await html(`/claims/${target.id}`)
    expect(visitor.text).toContain('Appearances (2)')
    expect(visitor.text).toContain('restated in the same article')
    expect(visitor.text).not.toContain('split it off')
    const reviewer = await html(`/claims/${target.id}`, await signIn())
    expect(reviewer.text.match(/split it off/g)).toHaveLength(1)
    expect(reviewer.text).toContain(`action="/claims/${target.id}/appearances/${target.articleId}-000016/split"`)
  })

  it('marks a claim that came back after its verdict, in the list, on its page and on the checked page', async () => {
    const homes = (await post(ORIGINAL)).claims[0]!
    await publish(homes.id, 'refuted')
    expect((await html('/checked')).text).toContain('No checked claim has come back')
    await post(REPEAT)
    const today = new Date().toISOString().slice(0, 10)
    for (const path of ['/', '/checked', `/claims/${homes.id}`]) {
      const { text } = await html(path)
      expect(text).toContain(`Already checked: refuted on ${today}`)
    }
    expect((await html('/')).text).toContain('2 appearances')
  })

  it('splits, decides a suggestion and merges from the claim page, and refuses each without a session', async () => {
    const lead = `${target.articleId}-000016`
    expect((await postForm(`/claims/${target.id}/appearances/${lead}/split`, {})).status).toBe(401)
    const cookie = await signIn()
    const split = await postForm(`/claims/${target.id}/appearances/${lead}/split`, {}, cookie)
    expect(split.status).toBe(303)
    expect(split.headers.get('Location')).toBe(`/claims/${lead}#appearances`)
    expect((await html(`/claims/${lead}`)).text).toContain('split off')

    expect((await postForm(`/claims/${lead}/merge`, { into: 'not an id' }, cookie)).status).toBe(400)
    expect((await postForm(`/claims/${lead}/merge`, { into: lead }, cookie)).status).toBe(409)
    const merged = await postForm(`/claims/${lead}/merge`, { into: target.id }, cookie)
    expect(merged.headers.get('Location')).toBe(`/claims/${target.id}#appearances`)
    const gone = await html(`/claims/${lead}`)
    expect(gone.status).toBe(301)
    expect(gone.location).toBe(`/claims/${target.id}`)

    const homes = (await post(ORIGINAL)).claims[0]!
    const fresh = (await post(PARAPHRASE)).claims[0]!
    const page = await html(`/claims/${fresh.id}`, cookie)
    expect(page.text).toContain('Possibly the same claim')
    expect(page.text).toContain(`action="/claims/${fresh.id}/suggestions/${homes.id}"`)
    expect((await postForm(`/claims/${fresh.id}/suggestions/${homes.id}`, { decision: 'maybe' }, cookie)).status).toBe(400)
    const rejected = await postForm(`/claims/${fresh.id}/suggestions/${homes.id}`, { decision: 'rejected' }, cookie)
    expect(rejected.headers.get('Location')).toBe(`/claims/${fresh.id}#appearances`)
    expect((await html(`/claims/${homes.id}`)).text).toContain('Rejected by alice')
  })

  it('refuses a cross-site grouping post', async () => {
    const cookie = await signIn()
    const response = await call(`/claims/${target.id}/merge`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example', Cookie: cookie },
      body: new URLSearchParams({ into: target.id }).toString(),
    })
    expect(response.status).toBe(403)
    expect(((await (await memberCall(`/api/claims/${target.id}`)).json()) as Claim).appearanceCount).toBe(2)
  })
})
