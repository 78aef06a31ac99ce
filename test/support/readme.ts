import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '../..')

export interface CodeBlock {
  language: string
  code: string
  /** 1-based line of the opening fence, for messages. */
  line: number
}

/** The fenced code blocks of the README, in order. */
export function readmeBlocks(): CodeBlock[] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n')
  const blocks: CodeBlock[] = []
  let open: { language: string; line: number; body: string[] } | null = null
  lines.forEach((text, index) => {
    const fence = /^```(\S*)\s*$/.exec(text)
    if (open === null && fence !== null) open = { language: fence[1] ?? '', line: index + 1, body: [] }
    else if (open !== null && fence !== null) {
      blocks.push({ language: open.language, code: `${open.body.join('\n')}\n`, line: open.line })
      open = null
    } else open?.body.push(text)
  })
  return blocks
}
