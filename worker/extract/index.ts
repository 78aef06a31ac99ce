// extract/: claims and who asserted them, from an article's text, in one pass: the layout
// (article.ts: headline, date, dateline, trailers) → sentences (sentences.ts) → quotations
// (quotes.ts) → tokens, names, roles and organisations (tokens.ts, entities.ts, roles.ts,
// organizations.ts) → attribution (attribution/, whose index.ts lists its steps; sources placed by where they
// are in source-in-place.ts; its named rules in rules.ts, word lists in lexicon.ts) → check-worthiness
// and span (checkworthy/, clauses.ts, text-words.ts) → one claim per sentence (claim.ts).
// ../matching/restatements.ts groups the sentences of an article that restate one claim.
import type { Attribution, ClaimKind, ExtractedClaim } from '../../schemas/claim'
import { parseArticle } from './article'
import { attribute } from './attribution'
import { outletIn } from './attribution/cues/via'
import { Discourse } from './attribution/discourse'
import { noteMentions, register } from './attribution/mentions'
import { transcriptTurns, turnAttribution } from './attribution/transcript'
import type { AttributionResult, SentenceCtx } from './attribution/sentence'
import { pickSpan } from './checkworthy'
import { findQuotes, type Quote, quotedLength } from './quotes'
import { RULES, ruleConfidence, type RuleName } from './rules'
import { type SentenceSpan, splitSentences } from './sentences'
import { isQuoteMark, tokenize } from './tokens'
import { buildClaim, isQuoteChar } from './claim'

/** What the extractor finds in one article. */
export interface ExtractedArticle {
  /** The headline when the text starts with one (a short first line, then a blank line). */
  title: string | null
  /** YYYY-MM-DD from a leading ` date YYYY-MM-DD ` header, else null. */
  publishedAt: string | null
  /** Check-worthy claims in reading order, at most one per sentence. */
  claims: ExtractedClaim[]
}

// Past this many tokens a "sentence" is not prose; analyse only its start to bound CPU time.
const MAX_TOKENS = 300

/** Extracts the title, date and check-worthy claims of an article. Never throws. */
export function extractArticle(text: string): ExtractedArticle {
  if (typeof text !== 'string') return { title: null, publishedAt: null, claims: [] }
  try {
    return extract(text)
  } catch (err) {
    // A bug must not take the API down: keep what the layout alone can tell, but make the failure visible.
    const message = err instanceof Error ? err.message : String(err)
    console.error(JSON.stringify({ event: 'extraction-failed', message }))
    try {
      const { title, publishedAt } = parseArticle(text)
      return { title, publishedAt, claims: [] }
    } catch {
      return { title: null, publishedAt: null, claims: [] }
    }
  }
}

/** The sentences of an article's body as the extractor reads them (each paragraph split, the dateline left out), in reading order. */
export function articleSentences(text: string): SentenceSpan[] {
  const layout = parseArticle(text)
  return layout.paragraphs.flatMap((p, para) =>
    splitSentences(text, para === 0 && layout.datelineEnd !== null ? layout.datelineEnd : p.start, p.end),
  )
}

/** The kind of claim `text[start, end)` makes, as the extractor classifies a span; `statement` when nothing marks it. */
export function claimKind(text: string, start: number, end: number): ClaimKind {
  const tokens = tokenize(text, start, end).slice(0, MAX_TOKENS)
  return pickSpan(tokens, 0, tokens.length, false)?.kind ?? 'statement'
}

function extract(text: string): ExtractedArticle {
  const layout = parseArticle(text)
  const sentences: (SentenceCtx & { para: number })[] = []
  let quoteId = 0
  // A quotation left open at the end of the paragraph before, continuing into this one.
  let carried: Quote | null = null
  layout.paragraphs.forEach((p, para) => {
    const quotes = findQuotes(text, p.start, p.end, quoteId)
    quoteId += quotes.length
    const bodyStart = para === 0 && layout.datelineEnd !== null ? layout.datelineEnd : p.start
    if (carried !== null) {
      const close = continuationEnd(text, p.start, p.end)
      if (close !== null) quotes.unshift({ id: carried.id, start: p.start, end: close })
    }
    const spans = splitSentences(text, bodyStart, p.end)
    // A quotation left open at the end of a paragraph continues only when the next paragraph opens with a quotation
    // mark, or closes one it never opened; otherwise its closing mark was lost, and it ends with the sentence it
    // started in.
    const lastQ = quotes[quotes.length - 1]
    carried = null
    if (lastQ && lastQ.end >= p.end && !/["“”'‘’]$/.test(text.slice(p.start, p.end).trimEnd())) {
      const next = layout.paragraphs[para + 1]
      if (next && (isQuoteChar(text[next.start] ?? '') || continuationEnd(text, next.start, next.end) !== null)) carried = lastQ
      else {
        const first = spans.find((x) => x.start <= lastQ.start && lastQ.start < x.end)
        if (first && first.end < p.end) quotes[quotes.length - 1] = { ...lastQ, end: first.end }
      }
    }
    for (const s of spans) {
      let tokens = tokenize(text, s.start, s.end)
      if (tokens.length > MAX_TOKENS) tokens = tokens.slice(0, MAX_TOKENS)
      const sq = quotes.filter((q) => q.start < s.end && q.end > s.start)
      sentences.push({ start: s.start, end: s.end, tokens, quotes: sq, para })
    }
  })

  const discourse = new Discourse(text)
  for (const s of sentences) register(discourse, s)
  discourse.settleNames()

  // Attribution in reading order, so pronouns resolve against what came before.
  const results: (AttributionResult | null)[] = []
  const subjects: (Attribution | null)[] = []
  /** The outlet a sentence with no statement says its subject spoke to. */
  const outlets: (string | null)[] = []
  for (const s of sentences) {
    const r = attribute(discourse, s)
    results.push(r)
    outlets.push(r === null ? outletIn(discourse, s) : null)
    noteMentions(discourse, s)
    const p = discourse.subjectPerson()
    subjects.push(
      p
        ? {
            speaker: p.name,
            role: p.role,
            organization: p.organization,
            via: null,
            mode: 'direct',
            speakerType: 'person',
            rule: 'quote-after-subject',
            confidence: ruleConfidence('quote-after-subject', 'person', 'name'),
          }
        : null,
    )
  }
  // A quotation that runs over several sentences belongs to whoever it is credited to.
  const byQuote = new Map<number, AttributionResult>()
  results.forEach((r) => {
    if (r && r.attribution.mode === 'direct') for (const id of r.quoteIds) if (!byQuote.has(id)) byQuote.set(id, r)
  })
  for (let i = 0; i < sentences.length; i++) {
    if (results[i]) continue
    const s = sentences[i]!
    const quotedShare = quotedLength(s.quotes, s.start, s.end) / Math.max(1, s.end - s.start)
    if (quotedShare < 0.6) continue
    let found: AttributionResult | null = null
    for (const q of s.quotes) found = found ?? byQuote.get(q.id) ?? null
    const prev = results[i - 1]
    // A quotation nobody is credited with, right after a sentence that credits someone, is theirs:
    // "X said his side had been unlucky. "We had 15 shots on target."" — whether X was quoted or reported.
    let rule: RuleName = 'quote-continues'
    if (
      !found &&
      prev &&
      prev.attribution.mode !== 'outlet' &&
      prev.attribution.speaker !== null &&
      (isQuoteMark(s.tokens[0]) || quotedShare > 0.9)
    ) {
      found = prev
      rule = 'quote-after-credited-sentence'
    }
    // "Ferguson also hailed Giggs and Keane. "Roy came on and …"": a quotation that opens right after a sentence about
    // a person, with nobody else credited, is that person's.
    const subject = subjects[i - 1]
    if (!found && !(prev && prev.attribution.speaker !== null) && subject && isQuoteMark(s.tokens[0])) {
      results[i] = { attribution: subject, content: { start: s.start, end: s.end }, quoteIds: [] }
      continue
    }
    // "He said: "…". The government wanted a culture where … "increasingly consigned to the past". "We're sweeping …":
    // the sentence between paraphrases the same speaker's quoted words, so the quotation after it is theirs too.
    const prev2 = results[i - 2]
    if (
      !found &&
      !prev &&
      isQuoteMark(s.tokens[0]) &&
      prev2 &&
      prev2.attribution.speaker !== null &&
      prev2.attribution.mode === 'direct' &&
      sentences[i - 1]!.quotes.length > 0 &&
      !isQuoteMark(sentences[i - 1]!.tokens[0])
    ) {
      found = prev2
      rule = 'quote-after-paraphrase'
    }
    if (found) {
      const a = found.attribution
      const attribution: Attribution = { ...a, mode: 'direct', rule, confidence: Math.min(a.confidence, RULES[rule].confidence) }
      results[i] = { attribution, content: { start: s.start, end: s.end }, quoteIds: [] }
      // The rest of this quotation, in the paragraphs after, is theirs too.
      for (const q of s.quotes) if (!byQuote.has(q.id)) byQuote.set(q.id, found)
    }
  }

  // A transcript: each sentence of a turn is its speaker's, whatever it says inside (a label is no claim).
  transcriptTurns(discourse, sentences).forEach((turn, i) => {
    if (!turn) return
    const s = sentences[i]!
    const start = turn.afterLabel === null ? s.start : (s.tokens.find((x) => x.start >= turn.afterLabel!)?.start ?? s.end)
    results[i] = { attribution: turnAttribution(turn), content: { start, end: s.end }, quoteIds: [] }
  })

  // An interview: whoever the article says spoke to an outlet ("He was speaking exclusively to VOA
  // Somali") spoke to it in every sentence credited to them.
  const viaOf = new Map<string, string>()
  results.forEach((r, i) => {
    const speaker = r?.attribution.speaker ?? subjects[i]?.speaker ?? null
    const via = r?.attribution.via ?? outlets[i] ?? null
    if (speaker && via && !viaOf.has(speaker)) viaOf.set(speaker, via)
  })
  const claims: ExtractedClaim[] = []
  for (let i = 0; i < sentences.length; i++) {
    const claim = buildClaim(text, sentences[i]!, results[i] ?? null)
    const speaker = claim?.attribution.speaker
    const via = speaker ? viaOf.get(speaker) : undefined
    if (claim && claim.attribution.via === null && via !== undefined) claim.attribution = { ...claim.attribution, via }
    // The agency of the dateline carried every statement the article reports.
    if (claim && layout.via && claim.attribution.via === null) claim.attribution = { ...claim.attribution, via: layout.via }
    if (claim) claims.push(claim)
  }
  return { title: layout.title, publishedAt: layout.publishedAt, claims }
}

/**
 * Where a paragraph closes a quotation it never opened (a closing ” before any opening “): a quotation
 * carried over from the paragraph before, as a long quoted statement runs without reopening marks.
 */
function continuationEnd(text: string, start: number, end: number): number | null {
  for (let i = start; i < end; i++) {
    if (text[i] === '“') return null
    if (text[i] === '”') return i
  }
  return null
}
