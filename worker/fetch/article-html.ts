import * as v from 'valibot'
import { DateSchema } from '../../schemas/common'
import { decodeEntities } from './entities'

/** What a news page says about its article; null where it says nothing usable. */
export interface PageArticle {
  /** Body paragraphs separated by blank lines. */
  text: string | null
  headline: string | null
  outlet: string | null
  /** YYYY-MM-DD. */
  publishedAt: string | null
}

/**
 * Elements whose paragraphs are not the article's body: captions, asides, bylines, related links.
 * Not `form`: ASP.NET pages wrap the whole page in one.
 */
const NOT_BODY = 'aside, nav, figure, footer, header, noscript, template'

/** Whitespace of every kind collapsed, character references decoded, trimmed. */
function clean(raw: string): string {
  return decodeEntities(raw).replace(/\s+/g, ' ').trim()
}

/** Paragraph texts, each cleaned, blank ones dropped, joined with blank lines; null when none is left. */
function joinParagraphs(paragraphs: readonly string[]): string | null {
  const kept = paragraphs.map(clean).filter((paragraph) => paragraph !== '')
  return kept.length === 0 ? null : kept.join('\n\n')
}

/** The day of an ISO 8601 date or timestamp, when it is a real publication day. */
function publicationDay(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1]
  return day !== undefined && v.is(DateSchema, day) ? day : null
}

type JsonObject = Record<string, unknown>
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every node of the page's JSON-LD blocks: top-level objects, array items and `@graph` members. */
function jsonLdNodes(blocks: readonly string[]): JsonObject[] {
  const nodes: JsonObject[] = []
  for (const block of blocks) {
    let parsed: unknown
    try {
      parsed = JSON.parse(block)
    } catch {
      continue
    }
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      if (!isObject(item)) continue
      nodes.push(item)
      if (Array.isArray(item['@graph'])) nodes.push(...item['@graph'].filter(isObject))
    }
  }
  return nodes
}

/** `NewsArticle`, `Article`, `ReportageNewsArticle`, … also written as a schema.org URL or in a list of types. */
function isArticleNode(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']]
  return types.some((type) => typeof type === 'string' && /(^|[/:])\w*Article$/.test(type))
}

function jsonString(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const text = clean(value)
  return text === '' ? null : text
}

/** The publisher's name: inline, first of a list, or the graph node its `@id` points to. */
function publisherName(publisher: unknown, nodes: readonly JsonObject[]): string | null {
  const first = Array.isArray(publisher) ? publisher[0] : publisher
  if (typeof first === 'string') return jsonString(first)
  if (!isObject(first)) return null
  const named = jsonString(first.name)
  if (named !== null) return named
  const id = first['@id']
  const referenced = typeof id === 'string' ? nodes.find((node) => node !== first && node['@id'] === id) : undefined
  return referenced === undefined ? null : jsonString(referenced.name)
}

/** A `<title>` without the outlet's name after a separator ("Headline | Outlet"). */
function withoutOutlet(title: string, outlet: string | null): string {
  if (outlet === null) return title
  const suffix = new RegExp(`\\s+[|\\-–—:·]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i')
  const stripped = title.replace(suffix, '')
  return stripped === '' ? title : stripped
}

const META_NAMES = ['og:title', 'og:site_name', 'article:published_time'] as const
type MetaName = (typeof META_NAMES)[number]

/**
 * Reads an article from an HTML page with HTMLRewriter, streaming: the page's JSON-LD
 * (`NewsArticle`/`Article`: `articleBody`, `headline`, `datePublished`, `publisher.name`) first,
 * then Open Graph (`og:title`, `og:site_name`, `article:published_time`), then `<title>`,
 * `<time datetime>` (in `<article>`, else `<main>`, else anywhere) and the `<p>` text of
 * `<article>` (else `<main>`) outside captions, asides, headers and footers. Throws when the
 * page cannot be parsed: an encoding HTMLRewriter lacks, or one that is not ASCII-compatible.
 */
export async function readArticleHtml(page: Response): Promise<PageArticle> {
  const jsonLd: string[] = []
  const meta = new Map<MetaName, string>()
  let title: string | null = null
  let titleElements = 0
  const times: { article: string | null; main: string | null; anywhere: string | null } = { article: null, main: null, anywhere: null }
  const paragraphs = { article: [] as string[], main: [] as string[] }
  let outsideBody = 0

  const paragraphCollector = (list: string[]): HTMLRewriterElementContentHandlers => ({
    element: () => {
      list.push('')
    },
    text: (chunk) => {
      if (outsideBody === 0 && list.length > 0) list[list.length - 1] += chunk.text
    },
  })
  const lineBreak = (list: string[]): HTMLRewriterElementContentHandlers => ({
    element: () => {
      if (list.length > 0) list[list.length - 1] += ' '
    },
  })

  await new HTMLRewriter()
    .on('script[type="application/ld+json"]', {
      element: () => {
        jsonLd.push('')
      },
      text: (chunk) => {
        jsonLd[jsonLd.length - 1] += chunk.text
      },
    })
    .on('meta[property], meta[name]', {
      element: (element) => {
        const name = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').toLowerCase()
        const content = element.getAttribute('content')
        const known = META_NAMES.find((candidate) => candidate === name)
        if (known !== undefined && content !== null && !meta.has(known)) meta.set(known, clean(content))
      },
    })
    .on('title', {
      element: () => {
        titleElements++
      },
      // The document's title comes first; an SVG's <title> later in the body is not it.
      text: (chunk) => {
        if (titleElements === 1) title = (title ?? '') + chunk.text
      },
    })
    .on('time[datetime]', {
      element: (element) => {
        times.anywhere ??= element.getAttribute('datetime')
      },
    })
    .on('article time[datetime]', {
      element: (element) => {
        times.article ??= element.getAttribute('datetime')
      },
    })
    .on('main time[datetime]', {
      element: (element) => {
        times.main ??= element.getAttribute('datetime')
      },
    })
    .on(NOT_BODY, {
      element: (element) => {
        outsideBody++
        element.onEndTag(() => {
          outsideBody--
        })
      },
    })
    .on('article p', paragraphCollector(paragraphs.article))
    .on('main p', paragraphCollector(paragraphs.main))
    .on('article p br', lineBreak(paragraphs.article))
    .on('main p br', lineBreak(paragraphs.main))
    .transform(page)
    .arrayBuffer()

  const nodes = jsonLdNodes(jsonLd)
  const article = nodes.find(isArticleNode)
  const body = typeof article?.articleBody === 'string' ? joinParagraphs(article.articleBody.split(/\n/)) : null
  const outlet = publisherName(article?.publisher, nodes) ?? (meta.get('og:site_name') || null)
  const pageTitle = title === null ? null : clean(title)
  return {
    text: body ?? joinParagraphs(paragraphs.article) ?? joinParagraphs(paragraphs.main),
    headline: jsonString(article?.headline) ?? (meta.get('og:title') || null) ?? (pageTitle ? withoutOutlet(pageTitle, outlet) : null),
    outlet,
    publishedAt:
      publicationDay(article?.datePublished) ??
      publicationDay(meta.get('article:published_time')) ??
      // A page's own date bar ("Today: …") is a <time> too, so the article's and the main column's come first.
      [times.article, times.main, times.anywhere]
        .map((time) => publicationDay(time === null ? null : decodeEntities(time)))
        .find((day) => day !== null) ??
      null,
  }
}
