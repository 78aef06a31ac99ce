import { describe, inject, it } from 'vitest'
import {
  ARTICLE,
  ATTEMPTS_UNTIL_THROTTLED,
  bearer,
  checkAgainstTheDocument,
  concludeTarget,
  seeded,
  type Exchange,
  expectEveryDocumentedStatus,
  proposeRefuted,
  send,
  wrongTokens,
} from './contract-exchange'
import { EDITOR, seedText } from './helpers'

checkAgainstTheDocument()

describe('every route answers as GET /openapi.json documents it: statuses, headers and bodies: writes', () => {
  it('POST /api/claims/{id}/reviews', async () => {
    const template = '/api/claims/{id}/reviews'
    const path = `/api/claims/${seeded.target.id}/reviews`
    const post = (json: unknown, headers: Record<string, string> = {}) =>
      send(template, path, { method: 'POST', json, headers: { ...bearer(), ...headers } })
    const statuses = [
      (
        await post(
          { status: 'in_review', note: 'Checking with the ministry.', sources: [{ url: 'https://apnews.com/', title: 'AP' }] },
          { 'Idempotency-Key': 'k1' },
        )
      ).status,
      (
        await post(
          { status: 'in_review', note: 'Checking with the ministry.', sources: [{ url: 'https://apnews.com/', title: 'AP' }] },
          { 'Idempotency-Key': 'k1' },
        )
      ).status,
      (await post({ status: 'refuted' }, { 'Idempotency-Key': 'k1' })).status,
      (await post({ note: 'A note alone is a review.' })).status,
    ]
    for (const invalid of [
      {},
      { explanation: 'no status, no note' },
      { status: 'true' },
      { note: '   ' },
      { note: 'x'.repeat(5001) },
      { note: 'ok', extra: 1 },
      { note: 'ok', sources: [{ url: 'ftp://x' }] },
    ]) {
      statuses.push((await post(invalid)).status)
    }
    statuses.push(
      (await send(template, path, { method: 'POST', body: '{"status":', headers: { ...bearer(), 'Content-Type': 'application/json' } }))
        .status,
      (await send(template, path, { method: 'POST', json: { note: 'no token' } })).status,
      (await send(template, '/api/claims/no-such-claim/reviews', { method: 'POST', json: { note: 'x' }, headers: bearer() })).status,
      (await post({ note: 'x'.repeat(70 * 1024) })).status,
      (
        await send(template, path, {
          method: 'POST',
          body: 'note=x',
          headers: { ...bearer(), 'Content-Type': 'application/x-www-form-urlencoded' },
        })
      ).status,
      (await send(template, path, { method: 'POST', json: { note: 'down' }, headers: bearer(), storageDown: true })).status,
      ...(await wrongTokens(template, path, { note: 'x' }, '203.0.113.71')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })

  it('POST /api/claims/{id}/publish', async () => {
    const template = '/api/claims/{id}/publish'
    const path = `/api/claims/${seeded.target.id}/publish`
    const publish = (headers: Record<string, string> = bearer(EDITOR), to = path) => send(template, to, { method: 'POST', headers })
    const statuses = [(await publish()).status]
    await proposeRefuted()
    statuses.push(
      (await publish(bearer())).status,
      (await publish({ ...bearer(EDITOR), 'Idempotency-Key': 'x'.repeat(201) })).status,
      (await publish({})).status,
      (await publish(bearer(EDITOR), '/api/claims/no-such-claim/publish')).status,
      (await send(template, path, { method: 'POST', headers: bearer(EDITOR), storageDown: true })).status,
      (await publish({ ...bearer(EDITOR), 'Idempotency-Key': 'p1' })).status,
      (await publish(bearer(EDITOR))).status,
      ...(await wrongTokens(template, path, {}, '203.0.113.85')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })

  it('POST /api/claims/{id}/corrections', async () => {
    const template = '/api/claims/{id}/corrections'
    const path = `/api/claims/${seeded.target.id}/corrections`
    const correct = (json: unknown, headers: Record<string, string> = bearer(EDITOR)) =>
      send(template, path, { method: 'POST', json, headers })
    const note = { note: 'The ministry later listed 14.', status: 'supported' }
    const statuses = [(await correct(note)).status]
    await concludeTarget()
    statuses.push(
      (await correct(note, { ...bearer(EDITOR), 'Idempotency-Key': 'c1' })).status,
      (await correct(note, { ...bearer(EDITOR), 'Idempotency-Key': 'c1' })).status,
      (await correct({ note: '' })).status,
      (await correct({ note: 'x', status: 'in_review' })).status,
      (await correct(note, bearer())).status,
      (await correct(note, {})).status,
      (await send(template, '/api/claims/no-such-claim/corrections', { method: 'POST', json: note, headers: bearer(EDITOR) })).status,
      (await correct({ note: 'x'.repeat(20 * 1024) })).status,
      (await send(template, path, { method: 'POST', body: 'note=x', headers: { ...bearer(EDITOR), 'Content-Type': 'text/plain' } })).status,
      (await send(template, path, { method: 'POST', json: note, headers: bearer(EDITOR), storageDown: true })).status,
      ...(await wrongTokens(template, path, note, '203.0.113.86')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })

  it('POST /api/articles', async () => {
    const template = '/api/articles'
    const post = (exchange: Exchange) =>
      send(template, '/api/articles', { method: 'POST', ...exchange, headers: { ...bearer(), ...exchange.headers } })
    const statuses = [
      (
        await post({
          json: { text: ARTICLE, title: 'Flood fund', outlet: 'BBC', publishedAt: '2024-02-01', url: 'https://www.bbc.co.uk/news/x' },
        })
      ).status,
      (await post({ json: { text: seedText, outlet: 'WION' } })).status,
      (await post({ json: { url: `${inject('articlePagesOrigin')}/pages/opengraph-only.html`, outlet: 'Courier' } })).status,
      (await post({ json: { url: `${inject('articlePagesOrigin')}/pages/no-article.html` } })).status,
      (await post({ json: { url: 'https://desk.test/claims/x' } })).status,
      (await post({ json: { url: `${inject('unreachableOrigin')}/story` } })).status,
    ]
    for (const invalid of [
      {},
      { text: '' },
      { text: ' \n ' },
      { text: ARTICLE, title: '  ' },
      { text: ARTICLE, url: 'not a url' },
      { text: ARTICLE, publishedAt: '25 March' },
      { text: ARTICLE, author: 'x' },
      { url: 'ftp://example.com/x' },
      { url: 'https://example.com/x', title: ' ' },
      { url: 'https://example.com/x', author: 'x' },
    ]) {
      statuses.push((await post({ json: invalid })).status)
    }
    statuses.push(
      (await send(template, '/api/articles', { method: 'POST', json: { text: ARTICLE } })).status,
      (await post({ json: { text: 'word '.repeat(25_000) } })).status,
      (await post({ body: ARTICLE, headers: { 'Content-Type': 'text/plain' } })).status,
      (await post({ json: { text: ARTICLE }, storageDown: true })).status,
      ...(await wrongTokens(template, '/api/articles', { text: ARTICLE }, '203.0.113.72')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })

  it('PATCH /api/claims/{id}', async () => {
    const template = '/api/claims/{id}'
    const path = `/api/claims/${seeded.target.id}`
    const patch = (exchange: Exchange) =>
      send(template, path, { method: 'PATCH', ...exchange, headers: { ...bearer(), ...exchange.headers } })
    const statuses = [
      (await patch({ json: { span: 'at least 14 countries', attribution: { role: 'chief spokesperson' } } })).status,
      (await patch({ json: { attribution: { speaker: 'Zabihullah Mujahid', speakerType: 'person' } } })).status,
    ]
    for (const invalid of [
      {},
      { span: 'not in the sentence' },
      { span: '  ' },
      { attribution: {} },
      { attribution: { speakerType: 'outlet' } },
      { attribution: { mode: 'direct' } },
      { kind: 'quote' },
      [],
    ]) {
      statuses.push((await patch({ json: invalid })).status)
    }
    statuses.push(
      (await send(template, path, { method: 'PATCH', json: { span: 'x' } })).status,
      (await send(template, '/api/claims/no-such-claim', { method: 'PATCH', json: { span: 'x' }, headers: bearer() })).status,
      (await patch({ json: { span: 'x'.repeat(20 * 1024) } })).status,
      (await patch({ body: 'span=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status,
      (await patch({ json: { span: 'at least 14 countries' }, storageDown: true })).status,
      ...(await wrongTokens(template, path, { span: 'x' }, '203.0.113.73', 'PATCH')),
    )
    expectEveryDocumentedStatus('patch', template, statuses)
  })

  it('POST /api/articles/{id}/claims', async () => {
    const template = '/api/articles/{id}/claims'
    const path = `/api/articles/${seeded.target.articleId}/claims`
    const post = (exchange: Exchange) =>
      send(template, path, { method: 'POST', ...exchange, headers: { ...bearer(), ...exchange.headers } })
    const quote = 'The international community remains wary of officially recognising the Islamic Emirate.'
    const statuses = [
      (await post({ json: { quote, attribution: { speaker: 'the international community', speakerType: 'unnamed' } } })).status,
      (await post({ json: { quote } })).status,
    ]
    for (const invalid of [
      {},
      { quote: 'not in the article' },
      { quote: 'the Taliban' },
      { sentenceStart: 1 },
      { sentenceStart: -1 },
      { quote, span: 'elsewhere' },
      { quote, sentenceStart: 0 },
      { quote, kind: 'event' },
    ]) {
      statuses.push((await post({ json: invalid })).status)
    }
    statuses.push(
      (await send(template, path, { method: 'POST', json: { quote } })).status,
      (await send(template, '/api/articles/0000000000000000/claims', { method: 'POST', json: { quote }, headers: bearer() })).status,
      (await post({ json: { quote: 'x'.repeat(20 * 1024) } })).status,
      (await post({ body: 'quote=x', headers: { 'Content-Type': 'text/plain' } })).status,
      (await post({ json: { quote: 'Saturday' }, storageDown: true })).status,
      ...(await wrongTokens(template, path, { quote }, '203.0.113.74')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })

  it('POST /api/claims/{id}/dismiss and /undismiss', async () => {
    const template = '/api/claims/{id}/dismiss'
    const path = `/api/claims/${seeded.target.id}/dismiss`
    const post = (exchange: Exchange) =>
      send(template, path, { method: 'POST', ...exchange, headers: { ...bearer(), ...exchange.headers } })
    const statuses = [(await post({ json: { reason: 'Repeats the headline.' } })).status, (await post({ json: {} })).status]
    for (const invalid of [{ reason: '' }, { reason: 7 }, { reason: 'x'.repeat(501) }, { why: 'x' }, [], 'no'])
      statuses.push((await post({ json: invalid })).status)
    statuses.push(
      (await send(template, path, { method: 'POST', json: {} })).status,
      (await send(template, '/api/claims/no-such-claim/dismiss', { method: 'POST', json: {}, headers: bearer() })).status,
      (await post({ json: { reason: 'x'.repeat(20 * 1024) } })).status,
      (await post({ body: 'reason=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status,
      (await post({ json: {}, storageDown: true })).status,
      ...(await wrongTokens(template, path, {}, '203.0.113.75')),
    )
    expectEveryDocumentedStatus('post', template, statuses)

    const undismiss = '/api/claims/{id}/undismiss'
    const restore = (exchange: Exchange = {}) =>
      send(undismiss, `/api/claims/${seeded.target.id}/undismiss`, {
        method: 'POST',
        ...exchange,
        headers: { ...bearer(), ...exchange.headers },
      })
    const restored = [
      (await restore()).status,
      (await restore()).status,
      (await send(undismiss, `/api/claims/${seeded.target.id}/undismiss`, { method: 'POST' })).status,
      (await send(undismiss, '/api/claims/no-such-claim/undismiss', { method: 'POST', headers: bearer() })).status,
      (await restore({ storageDown: true })).status,
    ]
    // No body: wrongTokens would send one.
    const throttled: number[] = []
    while (throttled.length < ATTEMPTS_UNTIL_THROTTLED && throttled.at(-1) !== 429) {
      const headers = { ...bearer('not-a-token'), 'CF-Connecting-IP': '203.0.113.76' }
      throttled.push((await send(undismiss, `/api/claims/${seeded.target.id}/undismiss`, { method: 'POST', headers })).status)
    }
    expectEveryDocumentedStatus('post', undismiss, [...restored, ...throttled])
  })

  it('POST /api/claims/{id}/assignee', async () => {
    const template = '/api/claims/{id}/assignee'
    const path = `/api/claims/${seeded.target.id}/assignee`
    const post = (exchange: Exchange) =>
      send(template, path, { method: 'POST', ...exchange, headers: { ...bearer(), ...exchange.headers } })
    const statuses = [(await post({ json: { name: 'bob' } })).status, (await post({ json: { name: null } })).status]
    for (const invalid of [{}, { name: 'mallory' }, { name: '' }, { name: 3 }, { name: 'bob', by: 'alice' }])
      statuses.push((await post({ json: invalid })).status)
    statuses.push(
      (await send(template, path, { method: 'POST', json: { name: 'bob' } })).status,
      (await send(template, '/api/claims/no-such-claim/assignee', { method: 'POST', json: { name: 'bob' }, headers: bearer() })).status,
      (await post({ json: { name: 'x'.repeat(20 * 1024) } })).status,
      (await post({ body: 'name=bob', headers: { 'Content-Type': 'text/plain' } })).status,
      (await post({ json: { name: 'bob' }, storageDown: true })).status,
      ...(await wrongTokens(template, path, { name: 'bob' }, '203.0.113.77')),
    )
    expectEveryDocumentedStatus('post', template, statuses)
  })
})
