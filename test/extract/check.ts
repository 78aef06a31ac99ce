import * as v from 'valibot'
import { expect } from 'vitest'
import { ExtractedClaimSchema } from '../../schemas/claim'
import type { ExtractedArticle } from '../../worker/extract/index'
import { speakerProblem, workTitleProblem } from './names'

export { speakerProblem }

/** Asserts every invariant the API and storage rely on. */
export function checkInvariants(text: string, article: ExtractedArticle): void {
  let prevStart = -1
  const starts = new Set<number>()
  for (const c of article.claims) {
    expect(v.safeParse(ExtractedClaimSchema, c).success).toBe(true)
    expect(text.slice(c.offsets.start, c.offsets.end)).toBe(c.span)
    expect(text.slice(c.sentenceOffsets.start, c.sentenceOffsets.end)).toBe(c.text)
    expect(c.offsets.start).toBeGreaterThanOrEqual(c.sentenceOffsets.start)
    expect(c.offsets.end).toBeLessThanOrEqual(c.sentenceOffsets.end)
    expect(c.offsets.end).toBeGreaterThan(c.offsets.start)
    expect(c.sentenceOffsets.start).toBeGreaterThan(prevStart)
    expect(starts.has(c.sentenceOffsets.start)).toBe(false)
    starts.add(c.sentenceOffsets.start)
    prevStart = c.sentenceOffsets.start
    expect(c.checkworthiness.score).toBeGreaterThanOrEqual(0)
    expect(c.checkworthiness.score).toBeLessThanOrEqual(1)
    expect(c.checkworthiness.reason.length).toBeGreaterThan(0)
    const at = c.attribution
    // Nobody credited ⇔ the outlet speaks, and then there is no role or organisation either.
    if (at.mode === 'outlet') expect(at.speaker).toBeNull()
    expect(at.speakerType === 'outlet').toBe(at.speaker === null)
    if (at.speaker === null) {
      expect(at.mode).toBe('outlet')
      expect(at.role).toBeNull()
      expect(at.organization).toBeNull()
    } else if (at.speakerType === 'person' || at.speakerType === 'organization') {
      // A named speaker reads as a name; an unnamed source or a document is the article's own phrase.
      expect(speakerProblem(at.speaker), `speaker ${JSON.stringify(at.speaker)} in "${c.text}"`).toBeNull()
      expect(workTitleProblem(text, at.speaker), `speaker ${JSON.stringify(at.speaker)} in "${c.text}"`).toBeNull()
    }
  }
  if (article.publishedAt !== null) expect(article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
}
