/** KV operations a Worker bills: reads, lists and writes (puts and deletes). */
export type KvOperation = 'get' | 'list' | 'put' | 'delete'

export interface KvFaults {
  /** Decide per call: fail it, hang it past any timeout, or let it through. */
  fault?: (operation: KvOperation, key: string) => 'throw' | 'hang' | undefined
  /** Refuse a second write to one key within a second, as Cloudflare's KV does (wrangler dev does not). */
  oneWritePerSecondPerKey?: boolean
}

export interface InstrumentedKv {
  kv: KVNamespace
  counts: Record<KvOperation, number>
  rateLimited: number
  reset(): void
}

/** Wraps a KV binding to count its operations and to inject the faults of the real service. */
export function instrumentKv(inner: KVNamespace, faults: KvFaults = {}): InstrumentedKv {
  const lastWrite = new Map<string, number>()
  const state: InstrumentedKv = {
    kv: undefined as unknown as KVNamespace,
    counts: { get: 0, list: 0, put: 0, delete: 0 },
    rateLimited: 0,
    reset() {
      state.counts = { get: 0, list: 0, put: 0, delete: 0 }
      state.rateLimited = 0
    },
  }
  const enter = (operation: KvOperation, key: string): Promise<never> | null => {
    state.counts[operation]++
    const fault = faults.fault?.(operation, key)
    if (fault === 'throw') return Promise.reject(new Error(`KV ${operation.toUpperCase()} failed: 500 Internal Server Error`))
    if (fault === 'hang') return new Promise<never>(() => {})
    if ((operation === 'put' || operation === 'delete') && faults.oneWritePerSecondPerKey) {
      const now = Date.now()
      const last = lastWrite.get(key)
      if (last !== undefined && now - last < 1000) {
        state.rateLimited++
        return Promise.reject(new Error('KV PUT failed: 429 Too Many Requests'))
      }
      lastWrite.set(key, now)
    }
    return null
  }
  const kv = {
    get: (key: string, options?: unknown) => enter('get', key) ?? inner.get(key, options as never),
    getWithMetadata: (key: string, options?: unknown) => enter('get', key) ?? inner.getWithMetadata(key, options as never),
    list: (options?: KVNamespaceListOptions) => enter('list', options?.prefix ?? '') ?? inner.list(options),
    put: (key: string, value: string, options?: KVNamespacePutOptions) => enter('put', key) ?? inner.put(key, value, options),
    delete: (key: string) => enter('delete', key) ?? inner.delete(key),
  }
  state.kv = kv as unknown as KVNamespace
  return state
}

/** A Durable Object namespace whose every call fails, as when the desk ledger cannot be reached. */
export function unreachableLedger<T extends Rpc.DurableObjectBranded>(): DurableObjectNamespace<T> {
  const stub = new Proxy(
    {},
    // `then` stays undefined so the stub is not taken for a promise.
    { get: (_, name) => (name === 'then' ? undefined : () => Promise.reject(new Error('Network connection lost.'))) },
  )
  return { idFromName: () => ({}), get: () => stub } as unknown as DurableObjectNamespace<T>
}
