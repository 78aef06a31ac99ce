import { env } from 'cloudflare:test'
import { exports } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import cairnText from '../fixtures/eval/business-cairn-shares-slump-on-oil-setback.txt?raw'
import type { Claim } from '../../schemas/claim'
import { freshSeed, postJson, memberCall, publish as publishVerdict } from './helpers'

let target: Claim

beforeEach(async () => {
  ;({ target } = await freshSeed())
})

type ClaimReviewBody = {
  url: string
  claimReviewed: string
  itemReviewed: { author?: Record<string, unknown>; appearance: Record<string, unknown>[] }
}

/** Concludes a claim and reads its published ClaimReview. */
async function publish(claim: Claim): Promise<ClaimReviewBody> {
  await publishVerdict(claim.id, 'refuted')
  const response = await memberCall(`/api/claims/${claim.id}/claimreview`)
  expect(response.status).toBe(200)
  return (await response.json()) as ClaimReviewBody
}

async function postArticle(body: Record<string, unknown>): Promise<Claim[]> {
  const response = await postJson('/api/articles', body)
  expect(response.status).toBe(201)
  return ((await response.json()) as { claims: Claim[] }).claims
}

/** The claim whose span holds `part`. */
function claimWithSpan(claims: readonly Claim[], part: string): Claim {
  const found = claims.find((claim) => claim.span.includes(part))
  if (found === undefined) throw new Error(`no claim with span ${part}: ${claims.map((claim) => claim.span).join(' | ')}`)
  return found
}

describe('ClaimReview addresses', () => {
  it('come from DESK_URL: a request naming another Host publishes none of it', async () => {
    await publish(target)
    const fromEvilHost = (path: string) =>
      exports.default.fetch(new Request(`http://evil.example${path}`, { headers: { Host: 'evil.example' } }))
    const single = await fromEvilHost(`/api/claims/${target.id}/claimreview`)
    const feed = await fromEvilHost('/api/claimreviews')
    const page = await fromEvilHost(`/claims/${target.id}`)
    const expected = `${env.DESK_URL}/claims/${target.id}`
    expect(((await single.clone().json()) as ClaimReviewBody).url).toBe(expected)
    expect(((await feed.clone().json()) as { claimReviews: ClaimReviewBody[] }).claimReviews.map((review) => review.url)).toEqual([
      expected,
    ])
    const html = await page.text()
    expect(html).toContain(`"url":"${expected}"`)
    for (const body of [await single.text(), await feed.text(), html]) expect(body).not.toContain('evil.example')
  })
})

describe('claimReviewed', () => {
  it('is the short statement of the claim, not its whole sentence', async () => {
    expect(target.text.length).toBeGreaterThan(200)
    expect((await publish(target)).claimReviewed).toBe('The Islamic Emirate has sent diplomats to at least 14 countries')
  })
})

describe("the claim's author", () => {
  it('is the Organization an organisation is, and the Person a person is, with role', async () => {
    const claims = await postArticle({ text: cairnText, outlet: 'BBC News' })
    const company = await publish(claimWithSpan(claims, 'the Indian government had told it to pay a production tax'))
    expect(company.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Cairn Energy' })
    expect(company.claimReviewed).toBe('The Indian government had told it to pay a production tax, for which Cairn argues it is not liable')
    const chief = await publish(claimWithSpan(claims, 'two fields'))
    expect(chief.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Bill Gammell', jobTitle: 'Chief executive' })
    expect(chief.claimReviewed).toBe('These two fields will provide the core of the future developments in Rajasthan')
    const outlet = await publish(claimWithSpan(claims, 'down 18%'))
    expect(outlet.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'BBC News' })
  })

  it('of an unnamed source is named by its description and says so; a document without an issuer has none', async () => {
    const claims = await postArticle({
      text: 'A senior official, who spoke on condition of anonymity, said the ministry had spent $40m on the new bridge.\n\nThe statement said 3,000 homes were without power on Monday.',
      outlet: 'Desk Wire',
    })
    const unnamed = await publish(claimWithSpan(claims, '$40m'))
    expect(unnamed.itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'A senior official',
      description: 'a source the article does not name',
    })
    expect(unnamed.claimReviewed).toBe('The ministry had spent $40m on the new bridge')
    const document = await publish(claimWithSpan(claims, '3,000 homes'))
    expect(document.itemReviewed).not.toHaveProperty('author')
  })
})

describe('appearance', () => {
  it("carries the article's url when the article has one", async () => {
    const url = 'https://www.bbc.co.uk/news/business-4100000'
    const claims = await postArticle({ text: cairnText, outlet: 'BBC News', url })
    const review = await publish(claimWithSpan(claims, 'two fields'))
    expect(review.itemReviewed.appearance).toEqual([
      expect.objectContaining({ '@type': 'NewsArticle', url, publisher: { '@type': 'Organization', name: 'BBC News' } }),
    ])
    for (const appearance of (await publish(target)).itemReviewed.appearance as Record<string, unknown>[])
      expect(appearance).not.toHaveProperty('url')
  })
})
