/**
 * `npm run bench`: prints the figures the README records. Not a test: nothing here fails on
 * a slow machine, it only measures.
 * Sections, each runnable alone (`npm run bench -- scale`):
 *   bundle              the deployable bundle, gzip
 *   extraction          extraction time per article over the corpus
 *   extraction-scaling  extraction time per KB up to the 100 KB cap, on news and worst cases
 *   throughput          the API under `wrangler dev` as ratios to the runtime's floor (throughput.ts)
 *   scale               KV and ledger operations and latency per public route at 1,000 to 100,000 claims
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { extractArticle } from '../../worker/extract'
import { ms, percentile, throughput } from './throughput'

const ROOT = new URL('../../', import.meta.url).pathname
const CORPUS = join(ROOT, '../shared/corpus')
const FIXTURES = join(ROOT, 'test/fixtures/eval')
function bundleSize(): void {
  const outdir = mkdtempSync(join(tmpdir(), 'bench-bundle-'))
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { cwd: ROOT, stdio: 'ignore' })
  const files = readdirSync(outdir).filter((file) => file.endsWith('.js'))
  const raw = files.reduce((sum, file) => sum + statSync(join(outdir, file)).size, 0)
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outdir, file))).length, 0)
  console.log(`\n## Bundle\n\n${(raw / 1024).toFixed(1)} KiB raw, **${(gzip / 1024).toFixed(1)} KiB gzip** (budget 150 KiB)`)
}

function extraction(): void {
  const dir = existsSync(CORPUS) ? CORPUS : FIXTURES
  const files = existsSync(CORPUS)
    ? readdirSync(CORPUS).flatMap((folder) =>
        statSync(join(CORPUS, folder)).isDirectory() ? readdirSync(join(CORPUS, folder)).map((file) => join(folder, file)) : [],
      )
    : readdirSync(FIXTURES).filter((file) => file.endsWith('.txt'))
  const texts = files.map((file) => readFileSync(join(dir, file), 'utf8'))
  let claims = 0
  let words = 0
  let failures = 0
  // Two passes: the first as a new isolate meets the code (compiled as it runs), the second as an isolate that
  // has served requests already.
  const passes = [0, 1].map((pass) => {
    const times: number[] = []
    for (const text of texts) {
      const started = performance.now()
      try {
        const found = extractArticle(text).claims.length
        if (pass === 0) claims += found
      } catch {
        if (pass === 0) failures++
      }
      times.push(performance.now() - started)
      if (pass === 0) words += text.split(/\s+/).filter(Boolean).length
    }
    return times.sort((a, b) => a - b)
  })
  console.log(`\n## Extraction over ${files.length} articles (${dir === CORPUS ? 'the BBC corpus' : 'the evaluation fixtures'})\n`)
  for (const [pass, times] of passes.entries())
    console.log(
      `${pass === 0 ? 'first pass' : 'second pass'}: median ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(times.at(-1) ?? 0)} per article`,
    )
  console.log(`${failures} failures; ${((claims / words) * 100).toFixed(2)} claims per 100 words`)
}

/** An article of many distinct organisations and people: the case that made extraction quadratic. */
function manyOrganizationsArticle(bytes: number): string {
  const names = [
    'Alpha',
    'Bravo',
    'Charlie',
    'Delta',
    'Echo',
    'Foxtrot',
    'Golf',
    'Hotel',
    'India',
    'Juliet',
    'Kilo',
    'Lima',
    'Mike',
    'November',
    'Oscar',
    'Papa',
    'Quebec',
    'Romeo',
    'Sierra',
    'Tango',
  ]
  const name = (index: number) => names[index % names.length] as string
  let text = 'Results season\n\n'
  for (let index = 0; text.length < bytes; index++) {
    const [a, b, c] = [name(index), name(Math.floor(index / 20)), name(Math.floor(index / 400))]
    text += `${a} ${b} ${c} Holdings said profits rose 12% to $${index} million in 2024. Shares of ${a} ${b} Bank fell ${index % 50}%, analyst John ${b}son of ${c} Partners told Reuters.\n\n`
  }
  return text
}

/** Extraction time as an article grows: linear time keeps the time per KB flat. */
function extractionScaling(): void {
  const dir = existsSync(CORPUS) ? CORPUS : FIXTURES
  const corpusText = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.txt'))
    .slice(0, 400)
    .map((file) => readFileSync(join(dir, file), 'utf8').split('\n').slice(1).join('\n'))
    .join('\n\n')
  const median = (text: string) => {
    const runs = [0, 1, 2, 3, 4].map(() => {
      const started = performance.now()
      extractArticle(text)
      return performance.now() - started
    })
    return percentile(
      runs.sort((a, b) => a - b),
      50,
    )
  }
  const shortSentences = (bytes: number) => {
    let text = 'Briefs\n\n'
    for (let index = 0; text.length < bytes; index++) text += `Item ${index} rose ${index % 9}%. `
    return text
  }
  const oneLongSentence = (bytes: number) => {
    let text = 'Budget\n\nThe ministry said'
    for (let index = 0; text.length < bytes; index++) text += ` that region ${index} would get $${index} million and`
    return `${text} more.`
  }
  console.log('\n## Extraction time by article size (median of 5; ms, and ms per KB)\n')
  console.log('| size | news text | many organisations | short sentences | one long sentence |')
  console.log('|---|---|---|---|---|')
  for (const kb of [1, 10, 25, 50, 100]) {
    const cells = [
      `Headline\n\n${corpusText.slice(0, kb * 1000)}`,
      manyOrganizationsArticle(kb * 1000),
      shortSentences(kb * 1000),
      oneLongSentence(kb * 1000),
    ].map((text) => {
      const time = median(text)
      return `${ms(time)} (${(time / kb).toFixed(2)})`
    })
    console.log(`| ${kb} KB | ${cells.join(' | ')} |`)
  }
}

console.log(`# npm run bench — ${new Date().toISOString()}`)
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}`,
)
const only = process.argv.slice(2)
/** Runs test/bench/scale in workerd (it needs the Durable Object) and prints its table. */
function scale(): void {
  console.log('\n## Every public route at 1,000, 10,000 and 100,000 claims (cache misses; workerd, local KV and ledger)\n')
  const output = execFileSync('npx', ['vitest', 'run', '--config', 'test/bench/scale/vitest.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  })
  console.log(
    output
      .split('\n')
      .filter((line) => line.startsWith('|') || line.startsWith('####'))
      .join('\n'),
  )
}

const sections: [string, () => unknown][] = [
  ['bundle', bundleSize],
  ['extraction', extraction],
  ['extraction-scaling', extractionScaling],
  ['throughput', throughput],
  ['scale', scale],
]
for (const [name, run] of sections) if (only.length === 0 || only.includes(name)) await run()
process.exit(0)
