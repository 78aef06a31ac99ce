import { readFileSync } from 'node:fs'
import { extractArticleText } from '../worker/desk/ingest'

const file = process.argv[2]
if (!file) {
  process.stderr.write('usage: tsx cli/extract.ts <file>\n')
  process.exit(1)
}
let text: string
try {
  text = readFileSync(file, 'utf8')
} catch (err) {
  process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`)
  process.exit(1)
}
// The same path as ingest, so offsets match the API's for the same article.
process.stdout.write(`${JSON.stringify(extractArticleText(text).extracted, null, 2)}\n`)
