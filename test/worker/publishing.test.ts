import { createExecutionContext, env } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ActivityEvent } from '../../schemas/activity'
import type { Claim } from '../../schemas/claim'
import app from '../../worker/index'
import { ADMIN, ALICE, call, EDITOR, freshSeed, memberCall, postJson, problemOf } from './helpers'

let target: Claim

beforeEach(async () => {
  ;({ target } = await freshSeed())
})

const source = [{ url: 'https://apnews.com/article/taliban-diplomats' }]
const propose = (body: Record<string, unknown>, token = ALICE) => postJson(`/api/claims/${target.id}/reviews`, body, token)
const publish = (token = EDITOR) => postJson(`/api/claims/${target.id}/publish`, {}, token)
const correct = (body: Record<string, unknown>, token = EDITOR) => postJson(`/api/claims/${target.id}/corrections`, body, token)
const claimReview = async () => call(`/api/claims/${target.id}/claimreview`)

describe('publishing a verdict', () => {
  it("is an editor's step: a proposal has no ClaimReview until an editor publishes it, and a later review does not withdraw it", async () => {
    expect((await propose({ status: 'refuted', explanation: 'The ministry lists 9 countries.', sources: source })).status).toBe(201)
    await problemOf(await claimReview(), 404)
    const refused = await problemOf(await publish(ALICE), 403)
    expect(refused.detail).toBe('this needs the editor role; alice is a reviewer')
    const published = await publish()
    expect(published.status).toBe(200)
    expect(((await published.json()) as { claim: Claim }).claim.publication).toMatchObject({
      status: 'refuted',
      explanation: 'The ministry lists 9 countries.',
      sources: source,
      corrections: [],
    })
    expect((await claimReview()).status).toBe(200)
    expect((await propose({ status: 'in_review', note: 'Reopening?' })).status).toBe(201)
    const claim = (await (await memberCall(`/api/claims/${target.id}`)).json()) as Claim
    expect(claim.status).toBe('refuted')
    expect((await claimReview()).status).toBe(200)
  })

  it('refuses with 409 what cannot be published: no proposal, no source or explanation, or a verdict already published', async () => {
    expect((await problemOf(await publish(), 409)).detail).toMatch(/no proposed verdict/)
    await propose({ status: 'supported' })
    expect((await problemOf(await publish(), 409)).detail).toBe(
      'the proposed verdict needs an explanation and a source before it is published',
    )
    await propose({ status: 'supported', explanation: 'AP confirms it.', sources: source })
    expect((await publish()).status).toBe(200)
    expect((await problemOf(await publish(), 409)).detail).toMatch(/already published/)
    await problemOf(await postJson('/api/claims/0123456789abcdef-000000/publish', {}, EDITOR), 404)
  })

  it('is corrected only by an editor, with a public note the page and the ClaimReview show, the history keeping what was there', async () => {
    await propose({ status: 'supported', explanation: 'AP confirms it.', sources: source })
    await problemOf(await correct({ note: 'Too early.' }), 409)
    expect((await publish()).status).toBe(200)
    await problemOf(await correct({ note: 'Mine.' }, ALICE), 403)
    await problemOf(await correct({ note: '', status: 'refuted' }), 400)
    const corrected = await correct({
      note: 'The ministry later said 9, not 14.',
      status: 'refuted',
      explanation: 'Nine countries, per the ministry.',
    })
    expect(corrected.status).toBe(201)
    const review = (await (await claimReview()).json()) as Record<string, unknown>
    expect(review).toMatchObject({
      reviewRating: { alternateName: 'Refuted', ratingExplanation: 'Nine countries, per the ministry.' },
      dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      correction: [{ '@type': 'CorrectionComment', text: 'The ministry later said 9, not 14.' }],
    })
    const claim = (await (await call(`/api/claims/${target.id}`)).json()) as Claim
    expect(claim.publication?.corrections).toEqual([
      {
        note: 'The ministry later said 9, not 14.',
        at: expect.any(String),
        before: { status: 'supported', explanation: 'AP confirms it.' },
      },
    ])
    const feed = (await (await call('/api/corrections')).json()) as { corrections: Record<string, unknown>[] }
    expect(feed.corrections).toEqual([
      { claimId: target.id, note: 'The ministry later said 9, not 14.', at: expect.any(String), status: 'refuted', before: 'supported' },
    ])
    const page = await (await call(`/claims/${target.id}`)).text()
    expect(page).toContain('The ministry later said 9, not 14.')
    expect(page).toContain('Nine countries, per the ministry.')
  })
})

describe('what the public sees', () => {
  it('is the claim, whether it is being checked, and a published verdict — never notes, names or a proposal', async () => {
    await propose({ status: 'refuted', note: 'Internal: the ministry source is shaky.', explanation: 'Nine countries.', sources: source })
    expect((await postJson(`/api/claims/${target.id}/assignee`, { name: 'bob' })).status).toBe(200)
    const anonymous = (await (await call(`/api/claims/${target.id}`)).json()) as Claim
    expect(anonymous).toMatchObject({ status: 'in_review', notes: [], publication: null, assignee: null })
    expect(
      ((await (await call(`/api/claims?article=${target.articleId}`)).json()) as { claims: { assignee: string | null }[] }).claims.every(
        (summary) => summary.assignee === null,
      ),
    ).toBe(true)
    const member = (await (await memberCall(`/api/claims/${target.id}`)).json()) as Claim
    expect(member.status).toBe('refuted')
    expect(member.notes.map((review) => review.note)).toEqual(['Internal: the ministry source is shaky.'])
    await problemOf(await call(`/api/claims/${target.id}/reviews`), 401)
    const listed = (await (await call('/api/claims?status=refuted')).json()) as { claims: unknown[] }
    expect(listed.claims).toEqual([])
    const page = await (await call(`/claims/${target.id}`)).text()
    expect(page).not.toContain('the ministry source is shaky')
    expect(page).not.toContain('alice')
    expect((await publish()).status).toBe(200)
    const after = (await (await call(`/api/claims/${target.id}`)).json()) as Claim
    expect(after).toMatchObject({ status: 'refuted', notes: [], publication: { status: 'refuted', explanation: 'Nine countries.' } })
  })
})

describe('the activity log', () => {
  it('shows admins who did what, newest first for the desk and oldest first for a claim; nobody else', async () => {
    await propose({ status: 'refuted', explanation: 'Nine countries.', sources: source })
    await publish()
    await correct({ note: 'Typo fixed.', explanation: 'Nine countries, per the ministry.' })
    const desk = (await (await memberCall('/api/activity', ADMIN)).json()) as { events: ActivityEvent[] }
    expect(desk.events.map((event) => [event.type, event.by])).toEqual([
      ['correction', 'erin'],
      ['publish', 'erin'],
      ['review', 'alice'],
    ])
    expect(desk.events[1]?.summary).toBe('published refuted, proposed by alice')
    const claim = (await (await memberCall(`/api/claims/${target.id}/activity`, ADMIN)).json()) as { events: ActivityEvent[] }
    expect(claim.events.map((event) => event.type)).toEqual(['review', 'publish', 'correction'])
    expect(
      (
        await postJson('/api/articles', {
          text: 'The ministry said 12 embassies had reopened since January.',
          title: 'Embassies reopen',
          outlet: 'Wire',
        })
      ).status,
    ).toBe(201)
    const latest = ((await (await memberCall('/api/activity', ADMIN)).json()) as { events: ActivityEvent[] }).events[0]
    expect(latest).toMatchObject({
      type: 'article',
      by: 'alice',
      summary: expect.stringMatching(/^added "Embassies reopen" \(Wire\): \d+ claims$/),
    })
    await problemOf(await memberCall('/api/activity', EDITOR), 403)
    await problemOf(await call('/api/activity'), 401)
  })
})

describe('roles in REVIEWER_TOKENS', () => {
  it('reads name:token as a reviewer, name:token:editor as an editor, and keeps a misspelt role as part of the token', async () => {
    const tokens = { ...env, REVIEWER_TOKENS: 'rita:token-rita,ed:token-ed:editor,typo:token-typo:edtor' }
    const publishAs = async (token: string) => {
      const request = new Request(`https://desk.test/api/claims/${target.id}/publish`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      })
      return (await app.fetch(request, tokens, createExecutionContext())).status
    }
    expect(await publishAs('token-rita')).toBe(403)
    expect(await publishAs('token-ed')).toBe(409)
    expect(await publishAs('token-typo')).toBe(401)
    expect(await publishAs('token-typo:edtor')).toBe(403)
  })
})
