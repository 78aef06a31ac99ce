import { env, runInDurableObject } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { type ClaimFilter, claimPageQuery } from '../../worker/store/ledger-sql'

/** Every shape of list query the API, the CSV, the feed and the pages send. */
function filters(): ClaimFilter[] {
  const shapes: ClaimFilter[] = []
  for (const audience of ['public', 'member'] as const)
    for (const order of ['newest', 'checkworthy'] as const)
      for (const dismissed of [false, true])
        for (const extra of [
          {},
          { statuses: ['unreviewed' as const] },
          { speaker: 'Zabihullah Mujahid' },
          { assignee: 'alice' },
          { articleId: '4e977108f5dcbd2d' },
        ])
          shapes.push({ audience, order, dismissed, ...extra })
  return shapes
}

describe('the ledger pages every list from an index', () => {
  it('never sorts or scans the whole claims table, whatever the filters', async () => {
    const stub = env.DESK_LEDGER.get(env.DESK_LEDGER.idFromName('desk'))
    const plans = await runInDurableObject(stub, (ledger) => {
      const sql = (ledger as unknown as { sql: SqlStorage }).sql
      return filters().map((filter) => {
        const { sql: query, params } = claimPageQuery(filter, 50, undefined)
        const plan = sql
          .exec(`EXPLAIN QUERY PLAN ${query}`, ...params)
          .toArray()
          .map((row) => String(row.detail))
        return { filter: JSON.stringify(filter), plan: plan.join('; ') }
      })
    })
    const unbounded = plans.filter(({ plan }) => plan.includes('TEMP B-TREE') || /SCAN claims(?! USING)/.test(plan))
    expect(unbounded).toEqual([])
  })
})
