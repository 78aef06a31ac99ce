// desk/: the desk's rules: ingesting articles (here), ids, matching claims to earlier ones, appearances
// and their projection, curation, fixing claims, publishing, the activity log and what the public sees.
import * as v from 'valibot'
import {
  type Article,
  type ArticleInput,
  ArticleTextInputSchema,
  type ArticleTextInput,
  type ArticleUrlInput,
  MAX_ARTICLE_BYTES,
  MAX_OUTLET_LENGTH,
  MAX_TITLE_LENGTH,
} from '../../schemas/article'
import { HttpUrlSchema } from '../../schemas/common'
import { readArticleHtml } from '../fetch/article-html'
import { fetchHtmlPage, PageFetchError } from '../fetch/page'
import type { FetchPolicy } from '../fetch/target'
import type { Appearance, Claim, ExtractedClaim } from '../../schemas/claim'
import { AppearanceStore } from './appearances'
import { Curation } from './curation'
import { type ExtractedArticle, extractArticle } from '../extract'
import { type ClaimGroup, groupRestatements } from '../matching/restatements'
import { articleId, claimId } from '../model/ids'
import { type MatchDecision, Matcher } from './matcher'
import { appearanceOf } from '../model/appearance-projection'
import { saveArticleClaims } from './article-claims'
import type { ClaimStore } from '../store/store'

const UNTITLED_LENGTH = 90

/**
 * Claims kept per article. Saving costs up to two KV operations per claim and a Worker may
 * make 1,000 per request; a longer article keeps its most check-worthy claims.
 */
export const MAX_CLAIMS_PER_ARTICLE = 400

function mostCheckworthy(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  if (claims.length <= MAX_CLAIMS_PER_ARTICLE) return [...claims]
  return [...claims]
    .sort((a, b) => b.checkworthiness.score - a.checkworthiness.score)
    .slice(0, MAX_CLAIMS_PER_ARTICLE)
    .sort((a, b) => a.sentenceOffsets.start - b.sentenceOffsets.start)
}

/** At most `maxLength` characters, cut at a word with an ellipsis. */
function shortened(value: string, maxLength: number): string {
  if (value.length <= maxLength) return value
  return `${value.slice(0, maxLength - 1).replace(/\s+\S*$/, '')}…`
}

/** A title for an article given without one: its headline line, else its opening words. */
function fallbackTitle(text: string, headline: string | null): string {
  if (headline !== null) return headline
  const opening = text
    .replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
  return opening.length <= UNTITLED_LENGTH ? opening : `${opening.slice(0, UNTITLED_LENGTH).replace(/\s+\S*$/, '')}…`
}

/**
 * An article's text as stored, and its extraction. Trimmed first, so that offsets index the
 * stored text for every caller: the API, `npm run seed` and `npm run extract`.
 */
export function extractArticleText(input: string): { text: string; extracted: ExtractedArticle } {
  const text = input.trim()
  return { text, extracted: extractArticle(text) }
}

/**
 * The groups of a posted article, given what is already stored of it: a sentence stored as a
 * claim of its own stays one (a reviewer may have split it off), a sentence linked to another
 * claim stays with it (merged, or a copy), and only sentences never stored join a group anew.
 * So re-posting an article never undoes a reviewer's merge or split.
 */
function regroup(
  groups: readonly ClaimGroup[],
  article: string,
  own: ReadonlySet<string>,
  links: ReadonlyMap<string, string>,
): ClaimGroup[] {
  const id = (claim: ExtractedClaim) => claimId(article, claim.sentenceOffsets.start)
  const out: ClaimGroup[] = []
  for (const group of groups) {
    const members = [group.claim, ...group.restatements].filter((member) => !links.has(id(member)))
    const stored = members.filter((member) => own.has(id(member)))
    const fresh = members.filter((member) => !own.has(id(member)))
    const head = stored.includes(group.claim) || (stored.length === 0 && fresh.includes(group.claim)) ? group.claim : null
    for (const member of stored) out.push({ claim: member, restatements: member === head ? fresh.filter((other) => other !== head) : [] })
    if (head === null) out.push(...fresh.map((member) => ({ claim: member, restatements: [] })))
    else if (!stored.includes(head)) out.push({ claim: head, restatements: fresh.filter((other) => other !== head) })
  }
  return out.sort((a, b) => a.claim.sentenceOffsets.start - b.claim.sentenceOffsets.start)
}

/**
 * Extracts an article's claims and stores both. The id comes from the text, so the same
 * text again updates nothing a reviewer wrote. A new article's claims are matched against the
 * store first: a near-exact copy of a stored claim becomes an appearance of it (its reviews and
 * verdict cover the new sentence, which is flagged when the claim was already checked), a
 * possible paraphrase is stored as a claim with suggestions for a reviewer. Used by the API and
 * by `npm run seed`.
 */
export function ingestArticle(
  store: ClaimStore,
  input: ArticleTextInput,
): Promise<{ article: Article; claims: Claim[]; created: boolean }> {
  return storeExtraction(store, input, extractArticleText(input.text))
}

/** `ingestArticle` after extraction: stores an article's text with the claims extracted from it. */
export async function storeExtraction(
  store: ClaimStore,
  input: Omit<ArticleTextInput, 'text'>,
  { text, extracted }: { text: string; extracted: ExtractedArticle },
): Promise<{ article: Article; claims: Claim[]; created: boolean }> {
  const id = await articleId(text)
  // Posting the same text again without metadata keeps what was given before.
  const [existing, links] = await Promise.all([store.getArticle(id), store.listLinks(id)])
  const article: Article = {
    id,
    title: input.title ?? existing?.title ?? fallbackTitle(text, extracted.title),
    outlet: input.outlet ?? existing?.outlet ?? 'Unknown outlet',
    publishedAt: input.publishedAt ?? existing?.publishedAt ?? extracted.publishedAt,
    url: input.url ?? existing?.url ?? null,
    text,
  }
  const own = existing === null ? [] : (await store.listOwnClaims(id)).map((summary) => summary.id)
  const groups = regroup(groupRestatements(mostCheckworthy(extracted.claims)), id, new Set(own), links)
  const appearances = new AppearanceStore(store)
  const matcher = new Matcher(store)
  // Only a new article is matched: what a stored one holds was decided before, maybe by a reviewer.
  const decisions: MatchDecision[] =
    existing === null ? await matcher.match(groups) : groups.map((group) => ({ group, copyOf: null, suggestions: [] }))
  const source = { outlet: article.outlet, title: article.title, publishedAt: article.publishedAt, url: article.url }
  const attached = await attachCopies(
    store,
    appearances,
    decisions.filter((decision) => decision.copyOf !== null),
    article.id,
    source,
  )
  const standalone = decisions.filter((decision) => !attached.has(decision))
  const linkedTargets = [...new Set([...links.values()].filter((target) => !target.startsWith(`${id}-`)))]
  const { created, claims, written } = await saveArticleClaims(
    store,
    article,
    standalone.map(({ group }) => ({ ...group.claim, restatements: group.restatements })),
    existing,
    { linkedClaims: new Set([...linkedTargets, ...[...attached.values()].map((claim) => claim.id)]).size, ownClaims: own },
  )
  await Promise.all(written.filter((claim) => claim.appearanceCount > 1).map((claim) => appearances.record(claim)))
  if (existing === null) {
    const matchable = Matcher.matchable(groups)
    const fresh = claims.filter((_, index) => matchable.has(standalone[index]!.group))
    await matcher.file(fresh)
    await new Curation(store).propose(
      standalone.flatMap((decision, index) =>
        decision.suggestions.length === 0 ? [] : [{ claim: claims[index]!, candidates: decision.suggestions }],
      ),
    )
  }
  const repeated = await Promise.all(linkedTargets.map((target) => store.getClaim(target)))
  const all = [...claims, ...attached.values(), ...repeated.filter((claim) => claim !== null)]
  return { article, claims: [...new Map(all.map((claim) => [claim.id, claim])).values()], created }
}

/**
 * Attaches each copy's sentences to the claim it copies, one write per claim however many
 * sentences join it. A copied claim merged away since it was filed is followed to the claim it
 * joined; one that is gone altogether leaves the sentence to be stored as a claim of its own.
 */
async function attachCopies(
  store: ClaimStore,
  appearances: AppearanceStore,
  copies: readonly MatchDecision[],
  article: string,
  source: Claim['source'],
): Promise<Map<MatchDecision, Claim>> {
  const targets = Map.groupBy(copies, (decision) => decision.copyOf!.claimId)
  const attached = new Map<MatchDecision, Claim>()
  await Promise.all(
    [...targets].map(async ([target, decisions]) => {
      const arriving: Appearance[] = decisions.flatMap(({ group, copyOf }) =>
        [group.claim, ...group.restatements].map((member) =>
          appearanceOf(article, member, source, { match: 'copy', similarity: copyOf!.similarity, addedAt: new Date().toISOString() }),
        ),
      )
      let claim = await appearances.attach(target, arriving)
      const joined = claim === null ? await store.linkTarget(target) : null
      if (joined !== null) claim = await appearances.attach(joined, arriving)
      if (claim !== null) for (const decision of decisions) attached.set(decision, claim)
    }),
  )
  return attached
}

/**
 * The article on a web page, as a text input: the page is fetched (worker/fetch/page.ts) and
 * read (worker/fetch/article-html.ts); the title, outlet and date the client gave override the
 * page's. The headline opens the text, as in a pasted article, so the body's first paragraph is
 * never taken for one. The link kept is the page's address after redirects. Throws
 * PageFetchError when there is no readable article there.
 */
export async function articleFromPage(input: ArticleUrlInput, policy: FetchPolicy): Promise<ArticleTextInput> {
  const page = await fetchHtmlPage(new URL(input.url), policy)
  const read = await readArticleHtml(new Response(page.body, { headers: { 'Content-Type': page.contentType } })).catch((error: unknown) => {
    // HTMLRewriter refuses encodings it lacks ("Parser error: Unknown character encoding has been provided.").
    const reason = error instanceof Error ? error.message.replace(/[.\s]+$/, '') : String(error)
    throw new PageFetchError(422, `the page could not be read as HTML: ${reason} (Content-Type: ${page.contentType.slice(0, 100)})`)
  })
  if (read.text === null) {
    throw new PageFetchError(422, 'the page has no article text: no JSON-LD articleBody, and no paragraphs in <article> or <main>')
  }
  const text = read.headline === null ? read.text : `${read.headline}\n\n${read.text}`
  if (text.length > MAX_ARTICLE_BYTES)
    throw new PageFetchError(422, `the article on the page is longer than ${MAX_ARTICLE_BYTES} characters`)
  const title = input.title ?? (read.headline === null ? undefined : shortened(read.headline, MAX_TITLE_LENGTH))
  const outlet = input.outlet ?? shortened(read.outlet ?? page.url.hostname.replace(/^www\./, ''), MAX_OUTLET_LENGTH)
  const publishedAt = input.publishedAt ?? read.publishedAt ?? undefined
  const url = v.is(HttpUrlSchema, page.url.href) ? page.url.href : input.url
  return v.parse(ArticleTextInputSchema, {
    text,
    outlet,
    url,
    ...(title === undefined ? {} : { title }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
  })
}

/** An article input as text: a text as given, a page's URL read by `articleFromPage`. */
export function articleTextInput(input: ArticleInput, policy: FetchPolicy): Promise<ArticleTextInput> {
  return 'text' in input ? Promise.resolve(input) : articleFromPage(input, policy)
}
