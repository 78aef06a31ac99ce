import { Hono } from 'hono'

/**
 * The runtime's floor for `npm run bench`: the least work each API route could do, with
 * responses the size of the real ones. A fixed claim, the same after one KV get, and a page
 * of 50 list entries after one KV list with metadata.
 */
const CLAIM = {
  id: '4e977108f5dcbd2d-000160',
  articleId: '4e977108f5dcbd2d',
  text: 'According to a report by the news agency Associated Press on Saturday (March 25), government spokesperson Zabihullah Mujahid, "The Islamic Emirate has sent diplomats to at least 14 countries and efforts are underway to take charge of other diplomatic missions abroad."',
  span: 'at least 14 countries',
  kind: 'quantity',
  offsets: { start: 329, end: 350 },
  sentenceOffsets: { start: 160, end: 429 },
  checkworthiness: { score: 1, reason: 'Contains a quantity, a concrete event, quoted from Zabihullah Mujahid' },
  attribution: {
    speaker: 'Zabihullah Mujahid',
    role: 'government spokesperson',
    organization: 'Taliban government',
    via: 'Associated Press',
    mode: 'direct',
  },
  source: {
    outlet: 'WION',
    title: 'The Taliban government in Afghanistan is trying to take charge of more Afghan embassies…',
    publishedAt: '2023-03-25',
    url: null,
  },
  status: 'unreviewed',
  notes: [],
  updatedAt: '2026-11-27T05:00:00.000Z',
}
const SUMMARY = {
  text: CLAIM.text,
  span: CLAIM.span,
  offsets: CLAIM.offsets,
  kind: CLAIM.kind,
  speaker: CLAIM.attribution.speaker,
  status: CLAIM.status,
  updatedAt: CLAIM.updatedAt,
}

const app = new Hono<{ Bindings: { FLOOR_KV: KVNamespace } }>()
  .get('/fixed', (c) => c.json(CLAIM))
  .get('/one-get', async (c) => c.json((await c.env.FLOOR_KV.get('floor:claim', 'json')) ?? CLAIM))
  .get('/one-list', async (c) => {
    const page = await c.env.FLOOR_KV.list({ prefix: 'floor:list:', limit: 50 })
    return c.json({
      claims: page.keys.map((key) => ({ id: key.name, articleId: CLAIM.articleId, ...(key.metadata as object) })),
      cursor: null,
    })
  })
  .post('/prepare', async (c) => {
    await c.env.FLOOR_KV.put('floor:claim', JSON.stringify(CLAIM))
    await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        c.env.FLOOR_KV.put(`floor:list:${String(index).padStart(3, '0')}`, '{}', { metadata: SUMMARY }),
      ),
    )
    return c.text('ok')
  })

export default app
