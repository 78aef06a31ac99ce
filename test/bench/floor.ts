import { Hono } from 'hono'

/**
 * The runtime's floor for `npm run bench`: the least work each API route could do.
 * A fixed claim-sized JSON, the same after one KV get, and after one KV list of 50 keys.
 */
const CLAIM = {
  id: '583d68ef50ae58cd-000123',
  text: 'According to a report by the news agency Associated Press on Saturday (March 25), government spokesperson Zabihullah Mujahid, "The Islamic Emirate has sent diplomats to at least 14 countries and efforts are underway to take charge of other diplomatic missions abroad."',
  span: 'at least 14 countries',
  attribution: { speaker: 'Zabihullah Mujahid', role: 'government spokesperson', organization: 'Taliban', via: 'Associated Press', mode: 'direct' },
  status: 'unreviewed',
  notes: [],
}

const app = new Hono<{ Bindings: { FLOOR_KV: KVNamespace } }>()
  .get('/fixed', (c) => c.json(CLAIM))
  .get('/one-get', async (c) => c.json((await c.env.FLOOR_KV.get('floor:claim', 'json')) ?? CLAIM))
  .get('/one-list', async (c) => {
    const page = await c.env.FLOOR_KV.list({ prefix: 'floor:list:', limit: 50 })
    return c.json({ claims: page.keys.map((key) => ({ id: key.name, ...(key.metadata as object) })) })
  })
  .post('/prepare', async (c) => {
    await c.env.FLOOR_KV.put('floor:claim', JSON.stringify(CLAIM))
    const metadata = { text: CLAIM.text.slice(0, 300), span: CLAIM.span, speaker: 'Zabihullah Mujahid', status: 'unreviewed' }
    await Promise.all(Array.from({ length: 50 }, (_, index) => c.env.FLOOR_KV.put(`floor:list:${String(index).padStart(3, '0')}`, '{}', { metadata })))
    return c.text('ok')
  })

export default app
