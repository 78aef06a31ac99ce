import { env } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../schemas/article'
import type { Claim } from '../../schemas/claim'
import { ActivityLog } from '../../worker/desk/activity'
import { ALICE, BOB, call, freshSeed, ORIGIN, postForm } from './helpers'

const MISSED = 'The international community remains wary of officially recognising the Islamic Emirate.'

let claims: Claim[]
let target: Claim
let unable: Claim

beforeEach(async () => {
  ;({ claims, target } = await freshSeed())
  unable = claims.find((claim) => claim.span.startsWith('was unable to immediately provide figures'))!
})

let client = 0
async function signIn(token = ALICE): Promise<string> {
  const response = await postForm('/login', { token, next: '/' }, { 'CF-Connecting-IP': `198.51.100.${++client}` })
  expect(response.status).toBe(303)
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? ''
}

const page = async (path: string, cookie?: string) => (await call(path, cookie === undefined ? {} : { headers: { Cookie: cookie } })).text()
const getClaim = async (id: string) => (await call(`/api/claims/${id}`)).json() as Promise<Claim>
const eventCount = async (id: string) => (await new ActivityLog(env.FACTCHECK_KV).claim(id, 50, null)).events.length

/** The correction form of a claim as the page fills it, with `changes` typed over it. */
function correction(claim: Claim, changes: Record<string, string>) {
  const { speaker, role, organization, via, speakerType } = claim.attribution
  return {
    span: claim.span,
    speaker: speaker ?? '',
    role: role ?? '',
    organization: organization ?? '',
    via: via ?? '',
    speakerType,
    ...changes,
  }
}

describe('fixing a claim from its page', () => {
  it('shows members the correction, assignment and dismissal forms, and visitors none of them', async () => {
    const visitor = await page(`/claims/${unable.id}`)
    expect(visitor).not.toContain(`action="/claims/${unable.id}/edit"`)
    expect(visitor).not.toContain('Nobody is assigned')
    const member = await page(`/claims/${unable.id}`, await signIn())
    expect(member).toContain(`action="/claims/${unable.id}/edit"`)
    expect(member).toMatch(
      /<select name="name"><option value="">Nobody<\/option><option value="alice">alice<\/option><option value="bob">bob<\/option>/,
    )
    expect(member).toContain(`action="/claims/${unable.id}/dismiss"`)
  })

  it('corrects the speaker: the page shows it, marked as corrected, and the API serves it', async () => {
    const cookie = await signIn()
    const response = await postForm(
      `/claims/${unable.id}/edit`,
      correction(unable, { speaker: 'Bilal Karimi', speakerType: 'person', via: 'Associated Press' }),
      { Cookie: cookie },
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe(`/claims/${unable.id}#edited`)
    expect((await getClaim(unable.id)).attribution).toMatchObject({
      speaker: 'Bilal Karimi',
      via: 'Associated Press',
      role: null,
      rule: 'human',
      mode: 'reported',
    })
    const html = await page(`/claims/${unable.id}`, cookie)
    expect(html).toContain('<dd>Bilal Karimi</dd>')
    expect(html).toMatch(/Corrected by alice on \d{4}-\d{2}-\d{2}/)
    expect(await page(`/claims/${unable.id}`)).toMatch(/Corrected by the desk on/)
  })

  it('submitting the form unchanged records nothing', async () => {
    const response = await postForm(`/claims/${unable.id}/edit`, correction(unable, {}), { Cookie: await signIn() })
    expect(response.status).toBe(303)
    expect(await getClaim(unable.id)).toEqual(unable)
    expect(await eventCount(unable.id)).toBe(0)
  })

  it('re-renders a span that is not in the sentence and a contradictory attribution with the message and what was typed, storing nothing', async () => {
    const cookie = await signIn()
    const badSpan = await postForm(`/claims/${unable.id}/edit`, correction(unable, { span: 'typed <b>span</b> not in it' }), {
      Cookie: cookie,
    })
    expect(badSpan.status).toBe(400)
    const html = await badSpan.text()
    expect(html).toContain('typed &lt;b&gt;span&lt;/b&gt; not in it')
    expect(html).toMatch(
      /id="edit-span-error">span must be text of the claim’s sentence|id="edit-span-error">span must be text of the claim&#39;s sentence/,
    )
    const badType = await postForm(`/claims/${unable.id}/edit`, correction(unable, { speaker: 'Bilal Karimi' }), { Cookie: cookie })
    expect(badType.status).toBe(400)
    expect(await badType.text()).toMatch(/id="edit-speaker-error">speakerType outlet is the outlet/)
    expect(await getClaim(unable.id)).toEqual(unable)
  })

  it('stores nothing from a post without a session, but keeps the typed text on the page', async () => {
    const response = await postForm(
      `/claims/${unable.id}/edit`,
      correction(unable, { speaker: 'My careful correction', speakerType: 'person' }),
    )
    expect(response.status).toBe(401)
    const html = await response.text()
    expect(html).toContain('You are not signed in')
    expect(html).toContain('value="My careful correction"')
    expect(await getClaim(unable.id)).toEqual(unable)
  })

  it('refuses a cross-site correction with 403', async () => {
    const response = await postForm(`/claims/${unable.id}/edit`, correction(unable, { speaker: 'Forged', speakerType: 'person' }), {
      Cookie: await signIn(),
      Origin: 'https://evil.example',
    })
    expect(response.status).toBe(403)
    expect(await getClaim(unable.id)).toEqual(unable)
  })

  it('dismisses a claim out of the list and the progress chart, lists it under Dismissed claims, and puts it back', async () => {
    const cookie = await signIn()
    const chart = (html: string) => /aria-label="Review progress of (\d+) claims/.exec(html)?.[1]
    const before = chart(await page('/'))
    const dismissed = await postForm(`/claims/${unable.id}/dismiss`, { reason: 'No figure asserted.' }, { Cookie: cookie })
    expect(dismissed.status).toBe(303)
    const home = await page('/', cookie)
    expect(home).not.toContain(`href="/claims/${unable.id}"`)
    expect(Number(chart(home))).toBe(Number(before) - 1)
    expect(await page('/?dismissed=true', cookie)).toContain(`href="/claims/${unable.id}"`)
    const claimPage = await page(`/claims/${unable.id}`, cookie)
    expect(claimPage).toMatch(/Dismissed as not check-worthy by alice on \d{4}-\d{2}-\d{2}: out of the queue, its history kept\./)
    expect(claimPage).toContain('<p class="note">Reason: No figure asserted.</p>')
    expect(await page(`/claims/${unable.id}`)).not.toContain('No figure asserted')
    expect(claimPage).toContain(`action="/claims/${unable.id}/undismiss"`)
    expect((await postForm(`/claims/${unable.id}/undismiss`, {}, { Cookie: cookie })).status).toBe(303)
    expect(await page('/', cookie)).toContain(`href="/claims/${unable.id}"`)
  })

  it('assigns a claim to bob, who finds it under "Assigned to me"; the list shows the assignee to members', async () => {
    const alice = await signIn()
    expect((await postForm(`/claims/${target.id}/assignee`, { name: 'bob' }, { Cookie: alice })).status).toBe(303)
    const bob = await signIn(BOB)
    const home = await page('/', bob)
    expect(home).toContain('<a href="/?assignee=bob">Assigned to me</a>')
    expect(home).toContain('assigned to bob')
    expect(await page('/')).not.toContain('assigned to bob')
    const mine = await page('/?assignee=bob', bob)
    expect(mine).toContain('<h1>Assigned to me</h1>')
    expect(mine).toContain(`href="/claims/${target.id}"`)
    expect(mine.match(/<li><a href="\/claims\//g)?.length).toBe(1)
    expect(await page('/?assignee=alice', alice)).toContain('No claims match.')
  })

  it('refuses an assignment to someone who is not a member, and one without a session, changing nothing', async () => {
    const refused = await postForm(`/claims/${target.id}/assignee`, { name: 'mallory' }, { Cookie: await signIn() })
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain('Nothing was changed: name is not a desk member')
    expect((await postForm(`/claims/${target.id}/assignee`, { name: 'bob' })).status).toBe(401)
    expect((await postForm(`/claims/${target.id}/dismiss`, {})).status).toBe(401)
    expect(await getClaim(target.id)).toEqual(target)
  })

  it('changes nothing when a form body cannot be read at all', async () => {
    const cookie = await signIn()
    await postForm(`/claims/${target.id}/assignee`, { name: 'bob' }, { Cookie: cookie })
    const assigned = await getClaim(target.id)
    const broken = {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x', Origin: ORIGIN, Cookie: cookie },
      body: 'not multipart',
      redirect: 'manual',
    } as const
    for (const form of ['assignee', 'dismiss', 'edit']) {
      const response = await call(`/claims/${target.id}/${form}`, broken)
      expect(response.status, form).toBe(400)
      expect(await response.text(), form).toContain('This form could not be read, so nothing was')
    }
    expect(await getClaim(target.id)).toEqual(assigned)
  })
})

describe('adding a missed claim from the article page', () => {
  const articleOf = async () => ((await (await call(`/api/articles/${target.articleId}`)).json()) as { article: Article }).article

  it('offers members the sentences that are not claims yet, and adds the one chosen with its checkable part', async () => {
    const cookie = await signIn()
    const { text } = await articleOf()
    const start = text.indexOf(MISSED)
    const html = await page(`/articles/${target.articleId}`, cookie)
    expect(html).toContain(`<option value="${start}">${MISSED}</option>`)
    expect(html).not.toContain(`<option value="${unable.sentenceOffsets.start}">`)
    expect(await page(`/articles/${target.articleId}`)).not.toContain('name="sentenceStart"')
    const fields = {
      sentenceStart: String(start),
      span: 'remains wary of officially recognising the Islamic Emirate',
      speaker: '',
      role: '',
      organization: '',
      via: '',
      speakerType: 'outlet',
    }
    const response = await postForm(`/articles/${target.articleId}/claims`, fields, { Cookie: cookie })
    expect(response.status).toBe(303)
    const id = `${target.articleId}-${String(start).padStart(6, '0')}`
    expect(response.headers.get('Location')).toBe(`/claims/${id}`)
    const claimPage = await page(`/claims/${id}`, cookie)
    expect(claimPage).toMatch(/<mark>remains wary of officially recognising the Islamic Emirate<\/mark>/)
    expect(claimPage).toMatch(/Added by alice on \d{4}-\d{2}-\d{2}: the extractor missed it/)
    expect(await page(`/articles/${target.articleId}`, cookie)).not.toContain(`<option value="${start}">`)
  })

  it('keeps what was typed when the span is not in the sentence, or there is no session, and stores nothing', async () => {
    const { text } = await articleOf()
    const fields = {
      sentenceStart: String(text.indexOf(MISSED)),
      span: 'words from elsewhere',
      speaker: 'Someone typed',
      role: '',
      organization: '',
      via: '',
      speakerType: 'unnamed',
    }
    const invalid = await postForm(`/articles/${target.articleId}/claims`, fields, { Cookie: await signIn() })
    expect(invalid.status).toBe(400)
    const html = await invalid.text()
    expect(html).toMatch(/id="add-span-error">span must be text of the chosen sentence/)
    expect(html).toContain('words from elsewhere')
    expect(html).toContain('value="Someone typed"')
    const anonymous = await postForm(`/articles/${target.articleId}/claims`, fields)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).toContain('value="Someone typed"')
    const listed = (await (await call('/api/claims?limit=100')).json()) as { claims: unknown[] }
    expect(listed.claims.length).toBe(claims.length)
  })
})
