import { reset } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ClaimSummary } from '../../schemas/claim'
import { call, postJson, problemOf } from './helpers'

const MARCH = 'The council said on Monday that 1,200 homes in the valley had been flooded since Friday.'
const MAY = 'The ministry said 40 schools would close for repairs, costing an estimated £3m.'

async function articleIds(query: string): Promise<string[]> {
  const response = await call(`/api/claims?${query}`)
  expect(response.status).toBe(200)
  return [...new Set(((await response.json()) as { claims: ClaimSummary[] }).claims.map((claim) => claim.articleId))]
}

beforeEach(() => reset())

describe('the date filters of a claim list', () => {
  it('keep claims of articles dated within the days given, combined with the other filters', async () => {
    const march = (await (await postJson('/api/articles', { text: MARCH, outlet: 'Wire', publishedAt: '2024-03-11' })).json()) as {
      article: { id: string }
    }
    const may = (await (await postJson('/api/articles', { text: MAY, outlet: 'Wire', publishedAt: '2024-05-02' })).json()) as {
      article: { id: string }
    }
    expect(await articleIds('from=2024-04-01')).toEqual([may.article.id])
    expect(await articleIds('to=2024-03-11')).toEqual([march.article.id])
    expect(await articleIds('from=2024-03-11&to=2024-05-02')).toEqual([may.article.id, march.article.id])
    expect(await articleIds('from=2024-03-12&to=2024-05-01')).toEqual([])
    expect(await articleIds('from=2024-01-01&status=unreviewed&q=schools')).toEqual([may.article.id])
  })

  it('refuses a day that is not one, naming the field', async () => {
    const problem = await problemOf(await call('/api/claims?from=2024-02-30'), 400)
    expect(problem.errors?.[0]).toMatchObject({ field: 'from', message: 'from must be a date that exists' })
    const other = await problemOf(await call('/api/claims?to=yesterday'), 400)
    expect(other.errors?.[0]?.field).toBe('to')
  })
})
