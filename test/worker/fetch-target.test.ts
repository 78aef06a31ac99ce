import { describe, expect, it } from 'vitest'
import { fetchPolicy, isNonPublicHost, refusalReason } from '../../worker/fetch/target'

describe('isNonPublicHost', () => {
  // Hostnames as the URL parser leaves them: `http://0x7f.1/` is `127.0.0.1`, `http://[::ffff:127.0.0.1]/` is `[::ffff:7f00:1]`.
  const cases: [string, boolean][] = [
    ['example.com', false],
    ['news.bbc.co.uk', false],
    ['93.184.215.14', false],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['100.128.0.1', false],
    ['[2606:4700:4700::1111]', false],
    ['[::ffff:5db8:d70e]', false],
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.168.0.10', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['[::1]', true],
    ['[::]', true],
    ['[fd00::1]', true],
    ['[fe80::1]', true],
    ['[ff02::1]', true],
    ['[::ffff:7f00:1]', true],
    ['[::ffff:a00:1]', true],
    ['[64:ff9b::a9fe:a9fe]', true],
    ['localhost', true],
    ['LOCALHOST.', true],
    ['api.localhost', true],
    ['printer.local', true],
    ['metadata.google.internal', true],
    ['nas.home.arpa', true],
    ['intranet', true],
  ]
  it.each(cases)('%s → %s', (host, expected) => {
    expect(isNonPublicHost(host)).toBe(expected)
  })

  it('agrees with the URL parser’s spellings of one address', () => {
    for (const url of [
      'http://0x7f.1/',
      'http://2130706433/',
      'http://127.1/',
      'http://[::ffff:127.0.0.1]/',
      'http://[0:0:0:0:0:0:0:1]/',
    ]) {
      expect(isNonPublicHost(new URL(url).hostname), url).toBe(true)
    }
  })
})

describe('refusalReason', () => {
  const policy = fetchPolicy('https://desk.example/api/articles', 'https://factcheck.example.org', ' 127.0.0.1 , [::1],')

  it('allows public http(s) pages and the hosts FETCH_ALLOW_HOSTS lists', () => {
    for (const url of [
      'https://www.reuters.com/world/',
      'http://example.com:8080/a?b=c',
      'http://127.0.0.1:4000/page',
      'http://[::1]:4000/page',
    ]) {
      expect(refusalReason(new URL(url), policy), url).toBeNull()
    }
  })

  it('refuses the desk’s own hosts however they are written, even when listed as allowed', () => {
    const own = fetchPolicy('http://127.0.0.1:8787/articles/new', 'https://factcheck.example.org', '127.0.0.1')
    for (const url of [
      'https://desk.example/x',
      'http://DESK.example./x',
      'https://factcheck.example.org:8443/',
      'http://127.0.0.1:9999/',
    ]) {
      const policyFor = url.includes('127.0.0.1') ? own : policy
      expect(refusalReason(new URL(url), policyFor), url).toMatch(/is this desk's own host/)
    }
  })

  it('refuses other schemes, credentials and unlisted non-public hosts', () => {
    expect(refusalReason(new URL('ftp://example.com/a'), policy)).toMatch(/must be http or https, not ftp:/)
    expect(refusalReason(new URL('https://user@example.com/'), policy)).toMatch(/user name or password/)
    expect(refusalReason(new URL('http://127.0.0.2/'), policy)).toMatch(/127\.0\.0\.2 is not a public internet address/)
  })
})
