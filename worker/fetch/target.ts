/**
 * Which addresses the Worker may fetch an article page from. It fetches what a client names,
 * so it refuses what would turn it against its own network: itself (a request loop), and
 * addresses that are not on the public internet (loopback, private and link-local ranges,
 * local names). A name that resolves to a private address cannot be caught here, since a
 * Worker has no DNS lookup; on Cloudflare, subrequests leave through Cloudflare's network,
 * which does not reach the desk's private network.
 */

export interface FetchPolicy {
  /** Hostnames of this Worker: the request's and DESK_URL's. */
  ownHosts: readonly string[]
  /** Hostnames exempt from the private-address rule (FETCH_ALLOW_HOSTS), e.g. a page server on 127.0.0.1. */
  allowedHosts: readonly string[]
}

/** A hostname as compared: lowercase, no trailing dot, no IPv6 brackets. */
export function normalHost(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^\[(.*)\]$/, '$1')
}

/** The policy of one request: its own host, DESK_URL's host, and the hosts FETCH_ALLOW_HOSTS lists (comma-separated). */
export function fetchPolicy(requestUrl: string, deskUrl: string, allowHosts: string | undefined): FetchPolicy {
  const ownHosts = [requestUrl, deskUrl].filter((url) => URL.canParse(url)).map((url) => normalHost(new URL(url).hostname))
  const allowedHosts = (allowHosts ?? '')
    .split(',')
    .map(normalHost)
    .filter((host) => host !== '')
  return { ownHosts, allowedHosts }
}

/** IPv4 ranges that are not public: [first octets as a 32-bit number, prefix length]. */
const NON_PUBLIC_IPV4: readonly [number, number][] = [
  [0x00000000, 8], // "this network"
  [0x0a000000, 8], // private
  [0x64400000, 10], // carrier-grade NAT
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local (cloud metadata services live here)
  [0xac100000, 12], // private
  [0xc0000000, 24], // IETF protocol assignments
  [0xc0a80000, 16], // private
  [0xc6120000, 15], // benchmarking
  [0xe0000000, 3], // multicast, reserved and broadcast (224.0.0.0 and up)
]

function ipv4Number(address: string): number | null {
  const parts = address.split('.')
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return null
  return parts.reduce((value, part) => value * 256 + Number(part), 0)
}

function isNonPublicIpv4(value: number): boolean {
  return NON_PUBLIC_IPV4.some(([base, prefix]) => Math.floor(value / 2 ** (32 - prefix)) === Math.floor(base / 2 ** (32 - prefix)))
}

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it (compressed, no dotted tail), or null. */
function ipv6Groups(address: string): number[] | null {
  if (!address.includes(':') || !/^[0-9a-f:]+$/.test(address)) return null
  const [head = '', tail] = address.split('::')
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16)))
  const front = parse(head)
  const back = tail === undefined ? [] : parse(tail)
  const groups = tail === undefined ? front : [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back]
  return groups.length === 8 ? groups : null
}

function isNonPublicIpv6(groups: number[]): boolean {
  const [first = 0] = groups
  const embeddedIpv4 = (groups[6] ?? 0) * 65536 + (groups[7] ?? 0)
  const zeroes = (count: number) => groups.slice(0, count).every((group) => group === 0)
  if (zeroes(7) && (groups[7] ?? 0) <= 1) return true // :: and ::1
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00) return true // unique local, link-local, multicast
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
  const mapped = zeroes(5) && (groups[5] === 0xffff || groups[5] === 0)
  const nat64 = first === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0)
  return (mapped || nat64) && isNonPublicIpv4(embeddedIpv4)
}

/** Names that only a local resolver answers. */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|home\.arpa)$/

/** True when a hostname is an address or name off the public internet. */
export function isNonPublicHost(hostname: string): boolean {
  const host = normalHost(hostname)
  const ipv4 = ipv4Number(host)
  if (ipv4 !== null) return isNonPublicIpv4(ipv4)
  const ipv6 = ipv6Groups(host)
  if (ipv6 !== null) return isNonPublicIpv6(ipv6)
  // A single label ("intranet") is completed by the local resolver's search domains.
  return LOCAL_NAME.test(host) || !host.includes('.')
}

/** Why the Worker will not fetch this URL, or null when it may. */
export function refusalReason(url: URL, policy: FetchPolicy): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `the address must be http or https, not ${url.protocol}`
  if (url.username !== '' || url.password !== '') return 'the address must not carry a user name or password'
  const host = normalHost(url.hostname)
  if (policy.ownHosts.includes(host)) return `${host} is this desk's own host; give the address of the article's own page`
  if (isNonPublicHost(host) && !policy.allowedHosts.includes(host)) {
    return `${host} is not a public internet address; pages are fetched only from public hosts`
  }
  return null
}
