import { readFileSync } from 'node:fs'
import { extractArticle } from '../extract/index'

const file = process.argv[2]
if (!file) {
  process.stderr.write('usage: tsx worker/cli/extract.ts <file>\n')
  process.exit(1)
}
let text: string
try {
  text = readFileSync(file, 'utf8')
} catch (err) {
  process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`)
  process.exit(1)
}
process.stdout.write(`${JSON.stringify(extractArticle(text), null, 2)}\n`)
