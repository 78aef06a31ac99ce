// Writes test/fixtures/seed-extraction.json: the seed article's text and its extraction, which the
// worker tests store (test/worker/helpers.ts) so that a change to the extractor cannot fail tests of
// storage, pages or security. Run it when the claim schema changes: `npx tsx test/support/write-seed-extraction.ts`.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractArticleText } from '../../worker/desk/ingest'

const root = join(import.meta.dirname, '../..')
const seed = readFileSync(join(root, 'seeds/000_583d68ef50ae58cd.txt'), 'utf8')
writeFileSync(join(root, 'test/fixtures/seed-extraction.json'), `${JSON.stringify(extractArticleText(seed), null, 1)}\n`)
