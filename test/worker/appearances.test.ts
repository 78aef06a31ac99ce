import { createExecutionContext, env, reset } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../schemas/article'
import type { Appearance, Claim, ClaimSummary } from '../../schemas/claim'
import type { CurationEvent, Suggestion } from '../../schemas/curation'
import type { Review } from '../../schemas/review'
import app from '../../worker/index'
import { instrumentKv } from '../support/instrumented-kv'
import { ALICE, call, freshSeed, postJson, problemOf, seed, memberCall, EDITOR } from './helpers'

const ORIGINAL = `Flood defences get £40m boost

The government has set aside £40m for flood defences in 12 towns, the Environment Agency said on Monday.

"We have already spent 12.1% more than last year on defences," Environment Secretary Jane Doe said.

The agency said 3,000 homes had been flooded in the north of England since January.

Critics said the sum was far too small to protect the towns.`

/** A wire rewrite of ORIGINAL: new headline, no weekday, "told reporters", a new last paragraph. */
const NEAR_COPY = `UK pledges £40m for flood defences

The government has set aside £40m for flood defences in 12 towns, the Environment Agency said.

"We have already spent 12.1% more than last year on defences," Environment Secretary Jane Doe told reporters.

The agency said 3,000 homes had been flooded in the north of England since January.

Opposition parties called for a public inquiry into the floods on Tuesday.`

const REPEAT = `Rivers burst their banks again

The agency said 3,000 homes had been flooded in the north of England since January.

Residents of 40 streets in York were told to leave their homes on Thursday.`

/** ORIGINAL's claims with a number changed and a negation added: other truth conditions. */
const HARD_NEGATIVES = `Flood defences get more money

The government has set aside £45m for flood defences in 12 towns, the Environment Agency said on Monday.

The agency said 3,000 homes had not been flooded in the north of England since January.`

const PARAPHRASE = `Northern floods

Since January, floods have hit 3,000 homes across northern England, according to the agency.`

type Posted = { article: Article; claims: Claim[] }

async function post(text: string, publishedAt?: string): Promise<Posted> {
  const response = await postJson('/api/articles', { text, outlet: 'Test Wire', ...(publishedAt === undefined ? {} : { publishedAt }) })
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`POST /api/articles answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as Posted
}

const json = async <T>(path: string): Promise<T> => {
  const response = await memberCall(path)
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}
const claimWith = (posted: Posted, span: string) => {
  const claim = posted.claims.find((candidate) => candidate.span.includes(span))
  if (claim === undefined) throw new Error(`no claim with span ${span}`)
  return claim
}
const reviewsOf = (id: string) => json<{ reviews: Review[] }>(`/api/claims/${id}/reviews`).then((body) => body.reviews)
const list = (query: string) => json<{ claims: ClaimSummary[] }>(`/api/claims?${query}`).then((body) => body.claims)
/** A reviewer refutes the claim with a note and a source, and an editor publishes it. */
const refute = async (id: string) => {
  const proposed = await postJson(`/api/claims/${id}/reviews`, {
    status: 'refuted',
    note: 'Agency figures say 1,200.',
    explanation: 'The agency counts 1,200.',
    sources: [{ url: 'https://www.gov.uk/flood' }],
  })
  expect((await postJson(`/api/claims/${id}/publish`, {}, EDITOR)).status).toBe(200)
  return proposed
}
const today = () => new Date().toISOString().slice(0, 10)

beforeEach(() => reset())

describe('one claim, many appearances within an article', () => {
  it('makes the seed\'s "at least 14 countries" one claim, credited to Zabihullah Mujahid via the Associated Press, with two appearances', async () => {
    const { target } = await freshSeed()
    const found = await list(`q=${encodeURIComponent('at least 14 countries')}`)
    expect(found.map((claim) => claim.id)).toEqual([target.id])
    const claim = await json<Claim>(`/api/claims/${target.id}`)
    expect(claim.attribution).toMatchObject({ speaker: 'Zabihullah Mujahid', via: 'Associated Press', mode: 'direct' })
    expect(claim.appearanceCount).toBe(2)
    const { appearances } = await json<{ appearances: Appearance[] }>(`/api/claims/${target.id}/appearances`)
    const article = await json<{ article: Article }>(`/api/articles/${target.articleId}`)
    expect(appearances.map((appearance) => appearance.match).sort()).toEqual(['extracted', 'restatement'])
    for (const appearance of appearances)
      expect(article.article.text.slice(appearance.offsets.start, appearance.offsets.end)).toBe(appearance.span)
    const lead = appearances.find((appearance) => appearance.match === 'restatement')
    expect(lead?.text).toMatch(/^The Taliban government in Afghanistan/)
    expect(lead?.attribution.mode).toBe('outlet')
  })

  it('highlights every appearance on the article page, each linked to the claim', async () => {
    const { target } = await freshSeed()
    const page = await (await call(`/articles/${target.articleId}`)).text()
    expect(page.match(new RegExp(`<a href="/claims/${target.id}"[^>]*><mark>[^<]*at least 14 countries[^<]*</mark>`, 'g'))).toHaveLength(2)
  })
})

describe('the same claim across articles, on ingest', () => {
  it("attaches a near-copy's claims to the existing ones as new appearances and changes no review", async () => {
    const original = await post(ORIGINAL, '2024-01-08')
    const money = claimWith(original, '£40m')
    const homes = claimWith(original, '3,000 homes')
    expect((await refute(homes.id)).status).toBe(201)
    expect((await postJson(`/api/claims/${money.id}/reviews`, { status: 'supported' })).status).toBe(201)
    const before = await Promise.all(original.claims.map((claim) => reviewsOf(claim.id)))

    const copy = await post(NEAR_COPY, '2024-01-09')
    const attached = copy.claims.filter((claim) => claim.articleId === original.article.id)
    const cores = ['12.1% more', '3,000 homes', '£40m']
    expect(attached.map((claim) => cores.find((core) => claim.span.includes(core))).sort()).toEqual(cores)
    for (const claim of attached) {
      expect(claim.appearanceCount).toBe(2)
      const here = claim.appearances.find((appearance) => appearance.articleId === copy.article.id)
      expect(here).toMatchObject({ match: 'copy', source: { title: 'UK pledges £40m for flood defences', publishedAt: '2024-01-09' } })
      expect(copy.article.text.slice(here!.offsets.start, here!.offsets.end)).toBe(here!.span)
    }
    expect(await Promise.all(original.claims.map((claim) => reviewsOf(claim.id)))).toEqual(before)
    expect((await json<Claim>(`/api/claims/${homes.id}`)).status).toBe('refuted')
    expect((await json<Claim>(`/api/claims/${money.id}`)).status).toBe('supported')
    const ofCopy = await json<{ claims: ClaimSummary[] }>(`/api/articles/${copy.article.id}`)
    expect(ofCopy.claims.map((claim) => claim.id)).toEqual(expect.arrayContaining(attached.map((claim) => claim.id)))
    const again = await postJson('/api/articles', { text: NEAR_COPY })
    expect(again.status).toBe(200)
    expect((await json<Claim>(`/api/claims/${homes.id}`)).appearanceCount).toBe(2)
  })

  it('publishes every article a claim appeared in with its ClaimReview, the earliest published as firstAppearance', async () => {
    const original = await post(ORIGINAL, '2024-01-08')
    const homes = claimWith(original, '3,000 homes')
    await refute(homes.id)
    // The copy arrives later but was published earlier.
    await post(NEAR_COPY, '2024-01-05')
    const review = (await (await memberCall(`/api/claims/${homes.id}/claimreview`)).json()) as { itemReviewed: Record<string, unknown> }
    const wire = {
      '@type': 'NewsArticle',
      headline: 'UK pledges £40m for flood defences',
      datePublished: '2024-01-05',
      publisher: { '@type': 'Organization', name: 'Test Wire' },
    }
    expect(review.itemReviewed.firstAppearance).toEqual(wire)
    expect(review.itemReviewed.appearance).toEqual([
      wire,
      { ...wire, headline: 'Flood defences get £40m boost', datePublished: '2024-01-08' },
    ])
  })

  it('flags an article that repeats an already refuted claim: in the list, the claim and its new appearance', async () => {
    const original = await post(ORIGINAL)
    const homes = claimWith(original, '3,000 homes')
    await refute(homes.id)
    expect(await list('checked=true')).toEqual([])
    const repeat = await post(REPEAT)
    expect(repeat.claims.map((claim) => claim.id)).toContain(homes.id)
    const flagged = await list('checked=true')
    expect(flagged.map((claim) => claim.id)).toEqual([homes.id])
    expect(flagged[0]?.alreadyChecked).toMatchObject({ status: 'refuted', on: today() })
    const claim = await json<Claim>(`/api/claims/${homes.id}`)
    expect(claim.appearances.find((appearance) => appearance.articleId === repeat.article.id)?.alreadyChecked).toEqual({
      status: 'refuted',
      on: today(),
    })
    expect((await list(`checked=true&since=${today()}`)).map((entry) => entry.id)).toEqual([homes.id])
    expect(await list('checked=true&since=2999-01-01')).toEqual([])
    expect((await problemOf(await memberCall('/api/claims?checked=maybe'), 400)).errors?.[0]?.field).toBe('checked')
    expect((await problemOf(await memberCall('/api/claims?since=2024-02-30'), 400)).errors?.[0]?.field).toBe('since')
  })

  it('neither merges nor suggests a claim whose number changed or that was negated', async () => {
    await post(ORIGINAL)
    const negatives = await post(HARD_NEGATIVES)
    expect(negatives.claims).toHaveLength(2)
    for (const claim of negatives.claims) {
      expect(claim).toMatchObject({ articleId: negatives.article.id, appearanceCount: 1 })
      expect((await json<{ suggestions: Suggestion[] }>(`/api/claims/${claim.id}/suggestions`)).suggestions).toEqual([])
    }
  })

  it('suggests a paraphrase; a reviewer confirms it, and the new sentence joins the claim with every review kept', async () => {
    const original = await post(ORIGINAL)
    const homes = claimWith(original, '3,000 homes')
    await refute(homes.id)
    const paraphrase = await post(PARAPHRASE)
    const fresh = paraphrase.claims[0]!
    expect(fresh.articleId).toBe(paraphrase.article.id)
    const { suggestions } = await json<{ suggestions: Suggestion[] }>(`/api/claims/${fresh.id}/suggestions`)
    expect(suggestions.map((suggestion) => suggestion.otherId)).toEqual([homes.id])
    expect(
      (await json<{ suggestions: Suggestion[] }>(`/api/claims/${homes.id}/suggestions`)).suggestions.map(
        (suggestion) => suggestion.otherId,
      ),
    ).toEqual([fresh.id])
    await postJson(`/api/claims/${fresh.id}/reviews`, { note: 'Same figure as the agency report.' })

    const confirmed = await postJson(`/api/claims/${homes.id}/suggestions/${fresh.id}`, { decision: 'confirmed' })
    expect(confirmed.status).toBe(200)
    const claim = await json<Claim>(`/api/claims/${homes.id}`)
    expect(claim.status).toBe('refuted')
    expect(claim.appearances.find((appearance) => appearance.id === fresh.id)?.match).toBe('confirmed')
    expect((await reviewsOf(homes.id)).filter((review) => review.kind === 'review').map((review) => review.note)).toEqual([
      'Agency figures say 1,200.',
      'Same figure as the agency report.',
    ])
    await problemOf(await memberCall(`/api/claims/${fresh.id}`), 404)
    const events = await json<{ events: CurationEvent[] }>(`/api/claims/${homes.id}/events`)
    expect(events.events).toMatchObject([{ kind: 'confirm', from: fresh.id, to: homes.id, reviewer: 'alice' }])
    // Deciding again the same way changes nothing; the other way is a conflict.
    expect((await postJson(`/api/claims/${homes.id}/suggestions/${fresh.id}`, { decision: 'confirmed' })).status).toBe(200)
    await problemOf(await postJson(`/api/claims/${homes.id}/suggestions/${fresh.id}`, { decision: 'rejected' }), 409)
    // Posting the paraphrase again keeps it with the claim it was confirmed as.
    expect((await postJson('/api/articles', { text: PARAPHRASE })).status).toBe(200)
    await problemOf(await memberCall(`/api/claims/${fresh.id}`), 404)
  })

  it('keeps a rejected suggestion apart', async () => {
    const homes = claimWith(await post(ORIGINAL), '3,000 homes')
    const fresh = (await post(PARAPHRASE)).claims[0]!
    expect((await postJson(`/api/claims/${fresh.id}/suggestions/${homes.id}`, { decision: 'rejected' })).status).toBe(200)
    expect((await json<Claim>(`/api/claims/${fresh.id}`)).appearanceCount).toBe(1)
    const [suggestion] = (await json<{ suggestions: Suggestion[] }>(`/api/claims/${homes.id}/suggestions`)).suggestions
    expect(suggestion?.decision).toMatchObject({ outcome: 'rejected', reviewer: 'alice' })
    await problemOf(await postJson(`/api/claims/${fresh.id}/suggestions/${homes.id}`, { decision: 'perhaps' }), 400)
    await problemOf(await postJson(`/api/claims/${fresh.id}/suggestions/${fresh.id}`, { decision: 'rejected' }), 404)
    await problemOf(await postJson(`/api/claims/${fresh.id}/suggestions/${homes.id}`, { decision: 'rejected' }, null), 401)
  })

  it('groups the same sentences into the same claims whichever article arrives first', async () => {
    const grouping = async (texts: string[]) => {
      for (const text of texts) await post(text)
      const claims = await list('limit=100')
      const groups = await Promise.all(
        claims.map(async (claim) =>
          (await json<Claim>(`/api/claims/${claim.id}`)).appearances
            .map((appearance) => appearance.text)
            .sort()
            .join(' | '),
        ),
      )
      return groups.sort()
    }
    const forwards = await grouping([ORIGINAL, NEAR_COPY, REPEAT])
    await reset()
    const backwards = await grouping([REPEAT, NEAR_COPY, ORIGINAL])
    expect(backwards).toEqual(forwards)
    expect(forwards.filter((group) => group.includes(' | '))).toHaveLength(3)
  })

  it('matches a new article with the same KV operations however many claims the store holds', async () => {
    const operations = async () => {
      const counted = instrumentKv(env.FACTCHECK_KV)
      const request = new Request('http://desk.test/api/articles', {
        method: 'POST',
        headers: { Authorization: `Bearer ${ALICE}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: ORIGINAL }),
      })
      expect((await app.fetch(request, { ...env, FACTCHECK_KV: counted.kv }, createExecutionContext())).status).toBe(201)
      return counted.counts
    }
    await seed()
    const small = await operations()
    await reset()
    await seed()
    for (let article = 0; article < 30; article++) {
      await post(
        `Council report ${article}\n\nThe council spent £${article + 100}m on roads in district ${article} during ${1990 + article}, its auditors said.`,
      )
    }
    expect(await operations()).toEqual(small)
  })
})
