import { describe, expect, it } from 'vitest'
import { readArticleHtml } from '../../worker/fetch/article-html'
import { decodeEntities } from '../../worker/fetch/entities'

const read = (html: string, contentType = 'text/html; charset=utf-8') =>
  readArticleHtml(new Response(html, { headers: { 'Content-Type': contentType } }))
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`

describe('readArticleHtml', () => {
  it('takes the JSON-LD article among other nodes, with its type as a list or a schema.org URL', async () => {
    const page = `<head>${jsonLd([
      { '@type': 'BreadcrumbList', name: 'Home' },
      {
        '@type': ['https://schema.org/ReportageNewsArticle'],
        headline: 'Dam &#8216;safe&#8217;, engineers say',
        articleBody: 'Engineers said the dam was safe.\r\nIt holds 2m cubic metres.',
        datePublished: '2022-07-01',
        publisher: [{ '@type': 'Organization', name: 'Valley Times' }],
      },
    ])}</head>`
    expect(await read(page)).toEqual({
      headline: 'Dam ‘safe’, engineers say',
      text: 'Engineers said the dam was safe.\n\nIt holds 2m cubic metres.',
      outlet: 'Valley Times',
      publishedAt: '2022-07-01',
    })
  })

  it('falls back past JSON-LD that does not parse, is not an article, or has no body', async () => {
    const page = `<head><script type="application/ld+json">{ "@type": "NewsArticle", broken</script>${jsonLd({ '@type': 'WebSite', name: 'Site' })}${jsonLd({ '@type': 'Article', headline: 'From JSON-LD' })}
      <meta property="og:site_name" content="Ridge &amp; Vale"></head><body><article><p>The mill employs 140 people.</p></article></body>`
    expect(await read(page)).toEqual({
      headline: 'From JSON-LD',
      text: 'The mill employs 140 people.',
      outlet: 'Ridge & Vale',
      publishedAt: null,
    })
  })

  it('drops the outlet from a <title> when it names it, and ignores an SVG’s title', async () => {
    const page = `<title>Ferry fares to rise 8% | Harbour News</title><meta property="og:site_name" content="Harbour News"><body><svg><title>Logo</title></svg><main><p>Ferry fares will rise 8% in May.</p></main>`
    expect(await read(page)).toMatchObject({ headline: 'Ferry fares to rise 8%', outlet: 'Harbour News' })
  })

  it('prefers <article> paragraphs to <main>, skipping captions, asides, headers, footers and empty paragraphs', async () => {
    const page = `<main><p>Main column teaser.</p><article><header><p>By A. Writer</p></header>
      <p>First&nbsp;paragraph   spread
      over lines.</p><figure><figcaption><p>A caption.</p></figcaption></figure><p>  </p><aside><p>Related: more</p></aside><p>Second <b>bold</b> paragraph.</p>
      <footer><p>Share this</p></footer></article></main>`
    expect((await read(page)).text).toBe('First paragraph spread over lines.\n\nSecond bold paragraph.')
  })

  it('reads nothing from a page without an article body or metadata', async () => {
    expect(await read('<html><body><div>Just a div.</div><p>A paragraph outside any article.</p></body></html>')).toEqual({
      headline: null,
      text: null,
      outlet: null,
      publishedAt: null,
    })
  })

  it('keeps only real publication days: an impossible date falls through to the next source', async () => {
    const page = `<meta property="article:published_time" content="2024-02-30T10:00:00Z"><article><time datetime="2024-02-28T09:00">28 Feb</time><p>Text.</p></article>`
    expect((await read(page)).publishedAt).toBe('2024-02-28')
  })
})

describe('decodeEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['caf&eacute; &Eacute;cole &uuml;ber &ntilde;', 'café École über ñ'],
    ['&#8220;x&#8221; &#x2014; &#X41;', '“x” — A'],
    ['&pound;5 &euro;6 &hellip;', '£5 €6 …'],
    ['&#0; &#xD800; &#1114112;', '\uFFFD \uFFFD \uFFFD'],
    ['&unknownname; & &amp', '&unknownname; & &amp'],
  ])('%s → %s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected)
  })
})
