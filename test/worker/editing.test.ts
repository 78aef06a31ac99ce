import { env } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ActivityEvent } from '../../schemas/activity'
import type { Article } from '../../schemas/article'
import type { Claim, ClaimSummary } from '../../schemas/claim'
import { ActivityLog } from '../../worker/desk/activity'
import { AppearanceStore } from '../../worker/desk/appearances'
import { ClaimStore } from '../../worker/store/store'
import { ALICE, call, freshSeed, postJson, problemOf, seed, memberCall } from './helpers'

/** A sentence of the seed the extractor does not make a claim of. */
const MISSED = 'The international community remains wary of officially recognising the Islamic Emirate.'

let claims: Claim[]
let target: Claim
/** The seed claim the extractor credits to the outlet: "Bilal Karimi … was unable to immediately provide figures …". */
let unable: Claim

beforeEach(async () => {
  ;({ claims, target } = await freshSeed())
  const found = claims.find((claim) => claim.span.startsWith('was unable to immediately provide figures'))
  if (found === undefined) throw new Error('the seed claim "was unable to immediately provide figures" was not extracted')
  unable = found
})

/** Reads as a desk member: who was assigned and who edited are the desk's. */
const json = async <T>(path: string): Promise<T> => (await memberCall(path)).json() as Promise<T>
const getClaim = (id: string) => json<Claim>(`/api/claims/${id}`)
const list = async (query = '') => (await json<{ claims: ClaimSummary[] }>(`/api/claims?limit=100${query}`)).claims
const events = async (id: string): Promise<ActivityEvent[]> => (await new ActivityLog(env.FACTCHECK_KV).claim(id, 50, null)).events

function patch(id: string, body: unknown, token: string | null = ALICE) {
  return call(`/api/claims/${id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  })
}

/** The field a refusal names: 400 for a body the document refuses, 422 for one that cannot apply to this record. */
async function fieldOf(response: Response, status: 400 | 422 = 400): Promise<string | undefined> {
  return (await problemOf(response, status)).errors?.[0]?.field
}

describe('correcting a claim: PATCH /api/claims/:id', () => {
  it('gives an outlet claim its speaker: the rule is human, confidence 1, the mode reported, and the event says before → after', async () => {
    const response = await patch(unable.id, {
      attribution: { speaker: 'Bilal Karimi', role: 'deputy spokesperson', organization: 'Taliban', speakerType: 'person' },
    })
    expect(response.status).toBe(200)
    const { claim } = (await response.json()) as { claim: Claim }
    expect(claim.attribution).toEqual({
      speaker: 'Bilal Karimi',
      role: 'deputy spokesperson',
      organization: 'Taliban',
      via: null,
      mode: 'reported',
      speakerType: 'person',
      rule: 'human',
      confidence: 1,
    })
    expect(claim.edited).toMatchObject({ by: 'alice', attribution: { speaker: 'Bilal Karimi' } })
    expect(await getClaim(unable.id)).toMatchObject({ attribution: { speaker: 'Bilal Karimi', rule: 'human' } })
    expect((await list()).find((summary) => summary.id === unable.id)?.speaker).toBe('Bilal Karimi')
    const [event] = await events(unable.id)
    expect(event).toMatchObject({ type: 'edit', by: 'alice' })
    expect(event?.summary).toBe(
      'speaker: null → Bilal Karimi; role: null → deputy spokesperson; organization: null → Taliban; speakerType: outlet → person',
    )
  })

  it('corrects the span to other text of the sentence and recomputes its offsets', async () => {
    const article = await json<{ article: Article }>(`/api/articles/${unable.articleId}`)
    const span = 'how many Afghan diplomatic missions were active abroad'
    const { claim } = (await (await patch(unable.id, { span })).json()) as { claim: Claim }
    expect(claim.span).toBe(span)
    expect(article.article.text.slice(claim.offsets.start, claim.offsets.end)).toBe(span)
    expect(claim.attribution.rule).toBe(unable.attribution.rule)
    expect((await events(unable.id))[0]?.summary).toMatch(
      /^span: "was unable to immediately provide figures.*…" → "how many Afghan diplomatic missions were active abroad"$/,
    )
  })

  it('keeps every correction when the article is posted again (re-seeding), including on the sentence of a claim with company', async () => {
    expect(target.appearanceCount).toBeGreaterThan(1)
    expect((await patch(unable.id, { attribution: { speaker: 'Bilal Karimi', speakerType: 'person' } })).status).toBe(200)
    expect((await patch(target.id, { span: 'at least 14 countries', attribution: { role: 'chief spokesperson' } })).status).toBe(200)
    const again = await postJson('/api/articles', {
      text: (await json<{ article: Article }>(`/api/articles/${target.articleId}`)).article.text,
      outlet: 'WION',
    })
    expect(again.status).toBe(200)
    await seed()
    expect((await getClaim(unable.id)).attribution).toMatchObject({
      speaker: 'Bilal Karimi',
      speakerType: 'person',
      rule: 'human',
      confidence: 1,
    })
    const fourteen = await getClaim(target.id)
    expect(fourteen).toMatchObject({
      span: 'at least 14 countries',
      attribution: { speaker: 'Zabihullah Mujahid', role: 'chief spokesperson', mode: 'direct' },
    })
    // The claim's own sentence, as its appearances show it and as its appearance key holds it.
    expect(fourteen.appearances.find((appearance) => appearance.id === target.id)).toMatchObject({
      span: 'at least 14 countries',
      attribution: { role: 'chief spokesperson' },
    })
    const key = await new AppearanceStore(new ClaimStore(env.FACTCHECK_KV, env.DESK_LEDGER)).getKey(target.id, target.id)
    expect(key).toMatchObject({ span: 'at least 14 countries', attribution: { role: 'chief spokesperson' } })
  })

  it('refuses (422) a span that is not text of the sentence and attributions that contradict themselves, and (400) bodies the document refuses, naming the field and changing nothing', async () => {
    expect(await fieldOf(await patch(unable.id, { span: 'at least 14 countries' }), 422)).toBe('span')
    expect(await fieldOf(await patch(unable.id, { attribution: { speaker: 'Bilal Karimi' } }), 422)).toBe('attribution.speaker')
    expect(await fieldOf(await patch(target.id, { attribution: { speakerType: 'outlet' } }), 422)).toBe('attribution.speakerType')
    expect(await fieldOf(await patch(target.id, { attribution: { speaker: null } }), 422)).toBe('attribution.speaker')
    expect(await fieldOf(await patch(target.id, {}))).toBe('span')
    expect(await fieldOf(await patch(target.id, { attribution: {} }))).toBe('attribution')
    expect(await fieldOf(await postJson(`/api/claims/${unable.id}/dismiss`, []))).toBe('body')
    expect(await fieldOf(await patch(target.id, { attribution: { speaker: '   ' } }))).toBe('attribution.speaker')
    expect(await fieldOf(await patch(target.id, { attribution: { mode: 'direct' } }))).toBe('attribution.mode')
    expect(await fieldOf(await patch(target.id, { kind: 'quote' }))).toBe('kind')
    expect(await getClaim(unable.id)).toEqual(unable)
    expect(await getClaim(target.id)).toEqual(target)
    expect(await events(unable.id)).toEqual([])
  })

  it('answers 404 for an unknown claim and 401 without a token; a correction that changes nothing records nothing', async () => {
    await problemOf(await patch('no-such-claim', { span: 'x' }), 404)
    await problemOf(await patch(unable.id, { span: 'x' }, null), 401)
    const same = await patch(unable.id, { span: unable.span })
    expect(same.status).toBe(200)
    expect(await events(unable.id)).toEqual([])
    expect(await getClaim(unable.id)).toEqual(unable)
  })

  it('sets the outlet voice back: speaker null with speakerType outlet makes the mode outlet', async () => {
    const { claim } = (await (
      await patch(target.id, { attribution: { speaker: null, role: null, organization: null, speakerType: 'outlet' } })
    ).json()) as { claim: Claim }
    expect(claim.attribution).toMatchObject({
      speaker: null,
      mode: 'outlet',
      speakerType: 'outlet',
      via: 'Associated Press',
      rule: 'human',
    })
  })
})

describe('adding a claim the extractor missed: POST /api/articles/:id/claims', () => {
  const add = (body: unknown, token: string | null = ALICE) => postJson(`/api/articles/${target.articleId}/claims`, body, token)

  it('adds the sentence a quote is in, credited to the outlet, marked as added, with its sentence id; re-seeding keeps it', async () => {
    const response = await add({ quote: 'remains wary of officially recognising the Islamic Emirate' })
    expect(response.status).toBe(201)
    const { claim } = (await response.json()) as { claim: Claim }
    const { article } = await json<{ article: Article }>(`/api/articles/${target.articleId}`)
    const start = article.text.indexOf(MISSED)
    expect(claim).toMatchObject({
      id: `${target.articleId}-${String(start).padStart(6, '0')}`,
      text: MISSED,
      span: 'remains wary of officially recognising the Islamic Emirate',
      sentenceOffsets: { start, end: start + MISSED.length },
      status: 'unreviewed',
      added: { by: 'alice' },
      attribution: { speaker: null, mode: 'outlet', speakerType: 'outlet', rule: 'human', confidence: 1 },
    })
    expect(article.text.slice(claim.offsets.start, claim.offsets.end)).toBe(claim.span)
    expect((await list()).map((summary) => summary.id)).toContain(claim.id)
    const articles = await json<{ articles: { id: string; claimCount: number }[] }>('/api/articles')
    expect(articles.articles.find((entry) => entry.id === target.articleId)?.claimCount).toBe(claims.length + 1)
    expect((await events(claim.id))[0]).toMatchObject({
      type: 'add',
      by: 'alice',
      summary: 'added "remains wary of officially recognising the Islamic Emirate", credited to the outlet',
    })
    await seed()
    expect(await getClaim(claim.id)).toEqual(claim)
  })

  it('adds a sentence by its start offset with a span and a speaker', async () => {
    const { article } = await json<{ article: Article }>(`/api/articles/${target.articleId}`)
    const sentenceStart = article.text.indexOf(MISSED)
    const response = await add({
      sentenceStart,
      span: 'wary of officially recognising',
      attribution: { speaker: 'the international community', speakerType: 'unnamed' },
    })
    expect(response.status).toBe(201)
    const { claim } = (await response.json()) as { claim: Claim }
    expect(claim).toMatchObject({
      span: 'wary of officially recognising',
      attribution: { speaker: 'the international community', speakerType: 'unnamed', mode: 'reported' },
    })
  })

  it('refuses, naming the field, a quote that is not in the article, occurs twice or crosses sentences; a start no sentence has; a span outside the sentence', async () => {
    const { article } = await json<{ article: Article }>(`/api/articles/${target.articleId}`)
    expect(await fieldOf(await add({ quote: 'not in this article at all' }), 422)).toBe('quote')
    expect(await fieldOf(await add({ quote: 'the Taliban' }), 422)).toBe('quote')
    expect(await fieldOf(await add({ quote: 'girls. Many countries' }), 422)).toBe('quote')
    expect(await fieldOf(await add({ sentenceStart: article.text.indexOf(MISSED) + 1 }), 422)).toBe('sentenceStart')
    expect(await fieldOf(await add({ quote: MISSED, span: 'at least 14 countries' }), 422)).toBe('span')
    expect(await fieldOf(await add({}))).toBe('sentenceStart')
    expect(await fieldOf(await add({ quote: MISSED, sentenceStart: 0 }))).toBe('sentenceStart')
    expect(await fieldOf(await add({ quote: MISSED, attribution: { speaker: 'Someone' } }), 422)).toBe('attribution.speaker')
    expect(await fieldOf(await add({ quote: MISSED, kind: 'quote' }))).toBe('kind')
    expect((await list()).length).toBe(claims.length)
  })

  it('answers 409 for a sentence that already is a claim or an appearance of one, 404 for an unknown article, 401 without a token', async () => {
    await problemOf(await add({ quote: 'was unable to immediately provide figures' }), 409)
    // The headline sentence restates the seed claim: it is one of its appearances.
    const restatement = target.appearances.find((appearance) => appearance.id !== target.id)
    expect(restatement).toBeDefined()
    await problemOf(await add({ sentenceStart: restatement?.sentenceOffsets.start }), 409)
    expect((await add({ quote: MISSED })).status).toBe(201)
    await problemOf(await add({ quote: MISSED }), 409)
    await problemOf(await postJson('/api/articles/0000000000000000/claims', { quote: MISSED }), 404)
    await problemOf(await add({ quote: MISSED }, null), 401)
  })
})
