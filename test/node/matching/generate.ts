// Writes test/fixtures/matching/generated.json: `npx tsx test/node/matching/generate.ts`.
// For every claim of the modern and eval fixture articles: an edited wire copy of its sentence
// (label copy: the edits a desk or an agency makes without changing what is claimed) and a hard
// negative (label different: a number changed, a negation added or removed, another country).
// Each side keeps the attribution the extractor gave the original sentence. Deterministic.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractArticle } from '../../../worker/extract'

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname
const SETS = ['modern', 'modern-blind', 'eval']

type Edit = (text: string) => string | null

const SYNONYMS: [string, string][] = [
  ['said', 'stated'],
  ['says', 'states'],
  ['told', 'informed'],
  ['began', 'started'],
  ['begin', 'start'],
  ['buy', 'purchase'],
  ['big', 'large'],
  ['biggest', 'largest'],
  ['help', 'assist'],
  ['need', 'require'],
  ['show', 'indicate'],
  ['showed', 'indicated'],
  ['plan', 'proposal'],
  ['plans', 'proposals'],
  ['try', 'attempt'],
  ['tried', 'attempted'],
  ['end', 'finish'],
  ['ended', 'finished'],
  ['get', 'receive'],
  ['got', 'received'],
  ['give', 'provide'],
  ['gave', 'provided'],
  ['firm', 'company'],
  ['officials', 'authorities'],
  ['hit', 'struck'],
  ['quit', 'resigned'],
  ['talks', 'negotiations'],
  ['rise', 'increase'],
  ['rose', 'increased'],
  ['fell', 'dropped'],
]

const replaceAll =
  (pairs: [RegExp, string][]): Edit =>
  (text) => {
    const edited = pairs.reduce((out, [pattern, by]) => out.replace(pattern, by), text)
    return edited === text ? null : edited
  }

/** Edits that keep the claim: spelling, weekday, speech verb, quotation marks, honorifics, fillers, contractions, "per cent". */
const COPY_EDITS: Edit[] = [
  replaceAll([
    [/\b(organ|recogn|critic|real|apolog|emphas|priorit|author|minim|mobil|subsid)is(e|ed|es|ing|ation)\b/g, '$1iz$2'],
    [/\b(colo|favo|hono|neighbo|behavio|labo)ur(s|ed|ing)?\b/g, '$1r$2'],
    [/\bcentre(s)?\b/g, 'center$1'],
    [/\bprogramme(s)?\b/g, 'program$1'],
    [/\bdefence\b/g, 'defense'],
  ]),
  replaceAll([[/ on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, '']]),
  replaceAll([
    [/, (he|she|they|it) said\.$/, ', $1 told reporters.'],
    [/ said that /, ' said '],
    [/ said on /, ' told reporters on '],
  ]),
  (text) => {
    const edited = text.replace(/“|”/g, '"').replace(/"([^"]*)"/g, '“$1”')
    return edited === text ? null : edited
  },
  replaceAll([[/\b(Mr|Mrs|Ms|Dr)\.? (?=[A-Z])/g, '']]),
  replaceAll([
    [/^(However|Meanwhile|But|And), /, ''],
    [/ also /, ' '],
  ]),
  replaceAll([
    [/\bdid not\b/g, "didn't"],
    [/\bis not\b/g, "isn't"],
    [/\bwas not\b/g, "wasn't"],
    [/\bhave not\b/g, "haven't"],
  ]),
  replaceAll([[/(\d) per cent\b/g, '$1%']]),
  // An agency's rewording: one word for another of the same meaning.
  (text) => {
    for (const [word, other] of SYNONYMS) {
      const edited = text.replace(new RegExp(`\\b${word}\\b`), other)
      if (edited !== text) return edited
    }
    return null
  },
]

/** A copy: the first two edits that change the sentence, starting from one chosen by its position. */
function copyOf(text: string, seed: number): string | null {
  let out = text
  let applied = 0
  for (let step = 0; step < COPY_EDITS.length && applied < 2; step++) {
    const edited = COPY_EDITS[(seed + step) % COPY_EDITS.length]!(out)
    if (edited !== null) {
      out = edited
      applied++
    }
  }
  return applied === 0 ? null : out
}

const COUNTRIES = [
  'Cambodia',
  'Vietnam',
  'Thailand',
  'Laos',
  'Myanmar',
  'Somalia',
  'Kenya',
  'Ethiopia',
  'Sudan',
  'Afghanistan',
  'Pakistan',
  'Iran',
  'Iraq',
  'Syria',
  'Turkey',
  'Russia',
  'Ukraine',
  'China',
  'Japan',
  'India',
  'France',
  'Germany',
  'Spain',
  'Italy',
  'Britain',
  'Scotland',
  'Ireland',
  'Canada',
  'Mexico',
  'Brazil',
  'Australia',
  'Egypt',
  'Israel',
  'Nigeria',
]
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

type Negative = { kind: 'number' | 'negation' | 'country'; text: string }

const NEGATIVES: ((text: string) => Negative | null)[] = [
  (text) => {
    const digits = /(?<![\d.,])(\d+)(?![\d,]*\.\d)/.exec(text)
    if (digits)
      return {
        kind: 'number',
        text: `${text.slice(0, digits.index)}${Number(digits[1]) + 1}${text.slice(digits.index + digits[1]!.length)}`,
      }
    const word = new RegExp(`\\b(${NUMBER_WORDS.slice(0, -1).join('|')})\\b`, 'i').exec(text)
    if (!word) return null
    const next = NUMBER_WORDS[NUMBER_WORDS.indexOf(word[1]!.toLowerCase()) + 1]!
    return { kind: 'number', text: `${text.slice(0, word.index)}${next}${text.slice(word.index + word[1]!.length)}` }
  },
  (text) => {
    const negated = / (not|never) /.exec(text)
    if (negated) return { kind: 'negation', text: `${text.slice(0, negated.index)}${text.slice(negated.index + negated[0].length - 1)}` }
    const auxiliary = / (has|have|had|is|are|was|were|will|would|can|could|should) (?=[a-z])/.exec(text)
    return auxiliary
      ? {
          kind: 'negation',
          text: `${text.slice(0, auxiliary.index + auxiliary[0].length)}not ${text.slice(auxiliary.index + auxiliary[0].length)}`,
        }
      : null
  },
  (text) => {
    const country = new RegExp(`\\b(${COUNTRIES.join('|')})\\b`).exec(text)
    if (!country) return null
    const other = COUNTRIES[(COUNTRIES.indexOf(country[1]!) + 7) % COUNTRIES.length]!
    return { kind: 'country', text: `${text.slice(0, country.index)}${other}${text.slice(country.index + country[1]!.length)}` }
  },
]

function negativeOf(text: string, seed: number): Negative | null {
  for (let step = 0; step < NEGATIVES.length; step++) {
    const negative = NEGATIVES[(seed + step) % NEGATIVES.length]!(text)
    if (negative !== null) return negative
  }
  return null
}

const credits = new Map<string, string>()
for (const set of SETS) {
  const labels = JSON.parse(readFileSync(join(FIXTURES, set, 'labels.json'), 'utf8')) as { file: string; credit?: string }[]
  for (const entry of labels) if (entry.credit !== undefined) credits.set(`${set}/${entry.file}`, entry.credit)
}

const pairs: unknown[] = []
let seed = 0
for (const set of SETS) {
  for (const file of readdirSync(join(FIXTURES, set))
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(FIXTURES, set, file), 'utf8').trim()
    const credit = credits.get(`${set}/${file}`)
    for (const claim of extractArticle(text).claims) {
      seed++
      const { speaker, role, via } = claim.attribution
      const side = (sentence: string) => ({
        file: `fixtures/${set}/${file}`,
        text: sentence,
        speaker,
        role,
        via,
        ...(credit === undefined ? {} : { credit: `${credit}; sentence edited for this test` }),
      })
      const copy = copyOf(claim.text, seed)
      if (copy !== null) pairs.push({ id: `copy-${seed}`, set: 'generated', label: 'copy', a: side(claim.text), b: side(copy) })
      const negative = negativeOf(claim.text, seed)
      if (negative !== null)
        pairs.push({
          id: `${negative.kind}-${seed}`,
          set: 'negative',
          kind: negative.kind,
          label: 'different',
          a: side(claim.text),
          b: side(negative.text),
        })
    }
  }
}

const description =
  'Generated by test/node/matching/generate.ts from the claims of the modern, modern-blind and eval fixture articles: copy pairs are edited wire copies (spelling, weekday, speech verb, quotation marks, honorifics, fillers, contractions, per cent); negative pairs change a number, add or remove a negation, or name another country. Wikinews sentences are credited per side.'
writeFileSync(join(FIXTURES, 'matching', 'generated.json'), `${JSON.stringify({ description, pairs }, null, 1)}\n`)
console.log(`${pairs.length} pairs`)
