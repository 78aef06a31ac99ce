import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { Claim } from '../../schemas/claim'
import type { Review } from '../../schemas/review'
import { ClaimStore } from '../../worker/store/store'
import { call, freshSeed, memberCall } from './helpers'

const REVIEWS = 1_000
/** A review as desks write them: a paragraph of research, an explanation and two sources. */
const note = (index: number) => `Review ${index}: checked the ministry's list against the AP report and two embassy statements; ${'the figures agree so far. '.repeat(8)}`

describe('a claim with 1,000 reviews', () => {
  it('answers in under 50 KB, keeps the latest 20 reviews and the count, and pages the whole history', { timeout: 120_000 }, async () => {
    const { target } = await freshSeed()
    const store = new ClaimStore(env.FACTCHECK_KV, env.DESK_LEDGER)
    for (let start = 0; start < REVIEWS; start += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, offset) =>
          store.addReview(target.id, offset % 2 ? 'alice' : 'bob', {
            status: 'in_review',
            note: note(start + offset),
            explanation: 'Two sources so far; the ministry has not answered.',
            sources: [{ url: 'https://apnews.com/article/taliban-diplomats' }, { url: 'https://www.mofa.gov.af/en' }],
          }),
        ),
      )
    }
    for (const response of [await memberCall(`/api/claims/${target.id}`), await call(`/api/claims/${target.id}`)]) {
      expect(response.status).toBe(200)
      expect((await response.arrayBuffer()).byteLength).toBeLessThan(50 * 1024)
    }
    const claim = (await (await memberCall(`/api/claims/${target.id}`)).json()) as Claim
    expect(claim.reviewCount).toBe(REVIEWS)
    expect(claim.notes).toHaveLength(20)
    const seen = new Set<string>()
    let cursor: string | null = ''
    while (cursor !== null) {
      const page = (await (await memberCall(`/api/claims/${target.id}/reviews?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json()) as { reviews: Review[]; cursor: string | null }
      for (const review of page.reviews) seen.add(review.id)
      cursor = page.cursor
    }
    expect(seen.size).toBe(REVIEWS)
    expect(claim.notes.map((review) => review.id).every((id) => seen.has(id))).toBe(true)
  })
})
