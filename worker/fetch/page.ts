import { type FetchPolicy, refusalReason } from './target'

/** Largest page read, in bytes: news pages with their inline scripts are mostly under 1 MiB. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024
/** Redirects followed before giving up; each hop is checked like the first address. */
export const MAX_REDIRECTS = 5
/** Time allowed for the whole fetch, redirects and body included. */
export const FETCH_TIMEOUT_MS = 10_000

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i

/**
 * Why a page could not be used, with the status to answer: 422 when the address or the page is
 * not something the desk can read (its own host, a private address, not HTML), 502 when the page
 * could not be got (unreachable, too slow, an error status, too many redirects, too large).
 */
export class PageFetchError extends Error {
  constructor(
    readonly status: 422 | 502,
    message: string,
  ) {
    super(message)
    this.name = 'PageFetchError'
  }
}

/** An HTML page as read: where it ended up after redirects, its Content-Type and its bytes. */
export interface FetchedPage {
  url: URL
  contentType: string
  body: Uint8Array<ArrayBuffer>
}

function timedOut(): PageFetchError {
  return new PageFetchError(502, `the page did not arrive within ${FETCH_TIMEOUT_MS / 1000} s`)
}

async function request(url: URL, signal: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { Accept: 'text/html, application/xhtml+xml;q=0.9', 'User-Agent': 'factcheck-edge (article fetch for a fact-check desk)' },
    })
  } catch {
    if (signal.aborted) throw timedOut()
    throw new PageFetchError(502, `${url.host} could not be reached`)
  }
}

/** The body, read as a stream and abandoned as soon as it passes MAX_PAGE_BYTES. */
async function readCapped(response: Response, signal: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body?.getReader()
  if (reader === undefined) return new Uint8Array()
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength
      if (size > MAX_PAGE_BYTES) {
        await reader.cancel()
        throw new PageFetchError(502, `the page is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MiB`)
      }
      chunks.push(chunk.value)
    }
  } catch (error) {
    if (error instanceof PageFetchError) throw error
    throw signal.aborted ? timedOut() : new PageFetchError(502, 'the connection broke while the page was being read')
  }
  const body = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}

/**
 * Fetches an HTML page, following redirects by hand so that every address on the way passes
 * `refusalReason`. Throws PageFetchError for anything that is not a readable HTML page.
 */
export async function fetchHtmlPage(start: URL, policy: FetchPolicy): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS)
  const visited = new Set<string>()
  let url = start
  for (;;) {
    const refusal = refusalReason(url, policy)
    if (refusal !== null) throw new PageFetchError(422, visited.size === 0 ? refusal : `the page redirected to ${url.href}: ${refusal}`)
    visited.add(url.href)
    const response = await request(url, signal)
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel()
      const location = response.headers.get('Location')
      if (location === null || !URL.canParse(location, url))
        throw new PageFetchError(502, `${url.href} answered ${response.status} without a usable Location`)
      const next = new URL(location, url)
      if (visited.has(next.href)) throw new PageFetchError(502, `the page redirects in a loop (${url.href} back to ${next.href})`)
      if (visited.size > MAX_REDIRECTS) throw new PageFetchError(502, `the page redirected more than ${MAX_REDIRECTS} times`)
      url = next
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      throw new PageFetchError(502, `the page answered ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`)
    }
    const contentType = response.headers.get('Content-Type') ?? ''
    if (!HTML_TYPE.test(contentType)) {
      await response.body?.cancel()
      throw new PageFetchError(422, `the page is not HTML (Content-Type: ${contentType === '' ? 'none' : contentType.slice(0, 100)})`)
    }
    return { url, contentType, body: await readCapped(response, signal) }
  }
}
