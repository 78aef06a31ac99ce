/**
 * Workers KV as two edge locations see it: each location keeps what it read for up to
 * `propagationMs` (KV's own bound is 60 s) and so sees another location's writes only when its
 * copy has aged out; its own writes it sees at once. Time is simulated: `advance` moves the clock.
 */
export interface EdgeLocations {
  locations: KVNamespace[]
  advance(ms: number): void
}

interface Held<T> {
  value: T
  readAt: number
}

export function edgeLocations(inner: KVNamespace, count: number, propagationMs = 60_000): EdgeLocations {
  let now = 0
  const location = (): KVNamespace => {
    const values = new Map<string, Held<{ value: string | null; metadata: unknown }>>()
    const lists = new Map<string, Held<KVNamespaceListResult<unknown>>>()
    const fresh = <T>(held: Held<T> | undefined): held is Held<T> => held !== undefined && now - held.readAt < propagationMs
    const read = async (key: string) => {
      const held = values.get(key)
      if (fresh(held)) return held.value
      const { value, metadata } = await inner.getWithMetadata(key, 'text')
      const entry = { value, metadata }
      values.set(key, { value: entry, readAt: now })
      return entry
    }
    const typed = (value: string | null, type: unknown) => {
      const kind = typeof type === 'string' ? type : (type as { type?: string } | undefined)?.type
      return value !== null && kind === 'json' ? JSON.parse(value) : value
    }
    const kv = {
      get: async (key: string, type?: unknown) => typed((await read(key)).value, type),
      getWithMetadata: async (key: string, type?: unknown) => {
        const { value, metadata } = await read(key)
        return { value: typed(value, type), metadata, cacheStatus: null }
      },
      list: async (options: KVNamespaceListOptions = {}) => {
        const listKey = JSON.stringify(options)
        const held = lists.get(listKey)
        if (fresh(held)) return held.value
        const result = await inner.list(options)
        lists.set(listKey, { value: result, readAt: now })
        return result
      },
      put: async (key: string, value: string, options?: KVNamespacePutOptions) => {
        await inner.put(key, value, options)
        values.set(key, { value: { value, metadata: options?.metadata ?? null }, readAt: now })
      },
      delete: async (key: string) => {
        await inner.delete(key)
        values.set(key, { value: { value: null, metadata: null }, readAt: now })
      },
    }
    return kv as unknown as KVNamespace
  }
  return {
    locations: Array.from({ length: count }, location),
    advance(ms) {
      now += ms
    },
  }
}
