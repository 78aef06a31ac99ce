import { describe, expect, it } from 'vitest'
import {
  bearer,
  checkAgainstTheDocument,
  concludeTarget,
  conditionalGets,
  seeded,
  expectEveryDocumentedStatus,
  send,
  wrongReaders,
} from './contract-exchange'
import { ADMIN, EDITOR } from './helpers'

checkAgainstTheDocument()

describe('every route answers as GET /openapi.json documents it: statuses, headers and bodies: reads', () => {
  it('GET /api/claims', async () => {
    const template = '/api/claims'
    const statuses = await conditionalGets(template, '/api/claims?limit=2&status=unreviewed')
    for (const query of [
      'limit=1',
      'limit=100',
      `article=${seeded.target.articleId}&q=countries`,
      'limit=0',
      'limit=101',
      'limit=1.5',
      'limit=ten',
      'status=true',
    ]) {
      statuses.push((await send(template, `/api/claims?${query}`)).status)
    }
    statuses.push(
      (await send(template, '/api/claims?limit=2', { headers: bearer() })).status,
      ...(await wrongReaders(template, '/api/claims', '203.0.113.81')),
    )
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/claims/{id}', async () => {
    const template = '/api/claims/{id}'
    const statuses = await conditionalGets(template, `/api/claims/${seeded.target.id}`)
    statuses.push((await send(template, '/api/claims/no-such-claim')).status, (await send(template, '/api/claims/NOT%20AN%20ID')).status)
    statuses.push(
      (await send(template, `/api/claims/${seeded.target.id}`, { headers: bearer() })).status,
      ...(await wrongReaders(template, `/api/claims/${seeded.target.id}`, '203.0.113.82')),
    )
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/claims/{id}/reviews', async () => {
    const template = '/api/claims/{id}/reviews'
    await concludeTarget()
    const statuses = await conditionalGets(template, `/api/claims/${seeded.target.id}/reviews`, bearer())
    statuses.push(
      (await send(template, '/api/claims/no-such-claim/reviews', { headers: bearer() })).status,
      (await send(template, `/api/claims/${seeded.target.id}/reviews`)).status,
    )
    statuses.push(...(await wrongReaders(template, `/api/claims/${seeded.target.id}/reviews`, '203.0.113.83')))
    statuses.push((await send(template, `/api/claims/${seeded.target.id}/reviews?cursor=not-a-cursor`, { headers: bearer() })).status)
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/claims/{id}/claimreview', async () => {
    const template = '/api/claims/{id}/claimreview'
    const statuses = [(await send(template, `/api/claims/${seeded.target.id}/claimreview`)).status]
    await concludeTarget()
    statuses.push(...(await conditionalGets(template, `/api/claims/${seeded.target.id}/claimreview`)))
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/claimreviews', async () => {
    const template = '/api/claimreviews'
    await concludeTarget()
    const statuses = await conditionalGets(template, '/api/claimreviews?limit=10')
    statuses.push(
      (await send(template, '/api/claimreviews?limit=0')).status,
      (await send(template, '/api/claimreviews?cursor=garbage!')).status,
    )
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/claims.csv', async () => {
    const template = '/api/claims.csv'
    const statuses = await conditionalGets(template, '/api/claims.csv?status=unreviewed')
    statuses.push(
      (await send(template, '/api/claims.csv?limit=0')).status,
      (await send(template, '/api/claims.csv?limit=5', { headers: bearer() })).status,
    )
    statuses.push(...(await wrongReaders(template, '/api/claims.csv', '203.0.113.84')))
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/corrections', async () => {
    await concludeTarget()
    const correction = await send('/api/claims/{id}/corrections', `/api/claims/${seeded.target.id}/corrections`, {
      method: 'POST',
      json: { note: 'The ministry later listed 14.' },
      headers: bearer(EDITOR),
    })
    expect(correction.status).toBe(201)
    const template = '/api/corrections'
    const statuses = [
      (await send(template, template)).status,
      (await send(template, `${template}?cursor=${'x'.repeat(2001)}`)).status,
      (await send(template, template, { storageDown: true })).status,
    ]
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/activity and /api/claims/{id}/activity', async () => {
    await concludeTarget()
    const desk = '/api/activity'
    const deskStatuses = [
      (await send(desk, desk, { headers: bearer(ADMIN) })).status,
      (await send(desk, `${desk}?cursor=${'x'.repeat(2001)}`, { headers: bearer(ADMIN) })).status,
      (await send(desk, desk, { headers: bearer(EDITOR) })).status,
      (await send(desk, desk)).status,
      (await send(desk, desk, { headers: bearer(ADMIN), storageDown: true })).status,
      ...(await wrongReaders(desk, desk, '203.0.113.87')),
    ]
    expectEveryDocumentedStatus('get', desk, deskStatuses)
    const template = '/api/claims/{id}/activity'
    const path = `/api/claims/${seeded.target.id}/activity`
    const statuses = [
      (await send(template, path, { headers: bearer(ADMIN) })).status,
      (await send(template, `${path}?cursor=${'x'.repeat(2001)}`, { headers: bearer(ADMIN) })).status,
      (await send(template, path, { headers: bearer() })).status,
      (await send(template, path)).status,
      (await send(template, '/api/claims/no-such-claim/activity', { headers: bearer(ADMIN) })).status,
      (await send(template, path, { headers: bearer(ADMIN), storageDown: true })).status,
      ...(await wrongReaders(template, path, '203.0.113.88')),
    ]
    expectEveryDocumentedStatus('get', template, statuses)
  })

  it('GET /api/articles and /api/articles/{id}', async () => {
    expectEveryDocumentedStatus('get', '/api/articles', [
      ...(await conditionalGets('/api/articles', '/api/articles')),
      (await send('/api/articles', '/api/articles?limit=0')).status,
    ])
    const template = '/api/articles/{id}'
    const statuses = await conditionalGets(template, `/api/articles/${seeded.target.articleId}`)
    statuses.push((await send(template, '/api/articles/0000000000000000')).status)
    expectEveryDocumentedStatus('get', template, statuses)
  })
})
