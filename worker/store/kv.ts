// KV access with a timeout, the errors storage raises, and checking a stored record against its schema.
import * as v from 'valibot'

/** KV calls slower than this are treated as an outage. */
export const KV_TIMEOUT_MS = 5000

/** KV failed or timed out: the request may be retried. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError'
  /** KV refused a second write to one key within a second (429). */
  readonly rateLimited: boolean
  constructor(message: string, options: { cause?: unknown; rateLimited?: boolean } = {}) {
    super(message, { cause: options.cause })
    this.rateLimited = options.rateLimited ?? false
  }
}

/** A stored record does not match its schema: written by an older version or by hand. */
export class CorruptRecordError extends Error {
  override name = 'CorruptRecordError'
  constructor(
    readonly key: string,
    readonly issues: string[],
  ) {
    super(`stored record ${key} failed validation: ${issues.join('; ')}`)
  }
}

function isRateLimited(error: unknown): boolean {
  return error instanceof Error && /\b429\b|too many requests/i.test(error.message)
}

/** Runs a storage call, turning a failure or a wait over `timeoutMs` into StorageUnavailableError. */
export async function withTimeout<T>(operation: () => Promise<T>, what: string, timeoutMs = KV_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageUnavailableError(`${what} timed out after ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    return await Promise.race([operation(), timeout])
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw error
    throw new StorageUnavailableError(`${what} failed`, { cause: error, rateLimited: isRateLimited(error) })
  } finally {
    if (timer !== undefined) clearTimeout(timer)
  }
}

export function parseRecord<const TSchema extends v.GenericSchema>(schema: TSchema, key: string, value: unknown): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value)
  if (!result.success) {
    throw new CorruptRecordError(
      key,
      result.issues.map((issue) => `${v.getDotPath(issue) ?? '(record)'}: ${issue.message}`),
    )
  }
  return result.output
}
