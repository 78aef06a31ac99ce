import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../worker/extract/index'
import { RULE_EXAMPLES } from '../../worker/extract/rule-examples'
import { RULES, type RuleName } from '../../worker/extract/rules'

// Each rule's examples, run through the whole extractor: the rule that decides, who, what type, and the span.
const cases = (Object.entries(RULE_EXAMPLES) as [RuleName, (typeof RULE_EXAMPLES)[RuleName]][]).flatMap(([rule, examples]) =>
  examples.map((example) => ({ rule, ...example })),
)

describe('attribution rules, by their own examples', () => {
  it.each(cases)('$rule: $sentence', ({ rule, context, sentence, followedBy, speaker, speakerType, span }) => {
    const text = `Headline\n\n${context ? `${context} ` : ''}${sentence}${followedBy ? ` ${followedBy}` : ''}`
    const claims = extractArticle(text).claims
    const claim = claims.find((c) => c.span.includes(span) || span.includes(c.span))
    expect(claim, `a claim with "${span}" among ${JSON.stringify(claims.map((c) => c.span))}`).toBeDefined()
    expect(claim!.span).toContain(span)
    expect(claim!.attribution.rule).toBe(rule)
    expect(claim!.attribution.speaker).toBe(speaker)
    expect(claim!.attribution.speakerType).toBe(speakerType)
  })

  it('gives every rule at least one example', () => {
    for (const rule of Object.keys(RULES) as RuleName[]) expect(RULE_EXAMPLES[rule].length, rule).toBeGreaterThan(0)
  })

  it('gives every rule a description and a confidence between 0 and 1', () => {
    for (const r of Object.values(RULES)) {
      expect(r.description.length).toBeGreaterThan(10)
      expect(r.confidence).toBeGreaterThan(0)
      expect(r.confidence).toBeLessThanOrEqual(1)
    }
  })
})
