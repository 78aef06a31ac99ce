import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { summarize } from '../../worker/store/metadata'
import { freshSeed } from './helpers'

describe('low-confidence attributions', () => {
  it('are marked in the list entry below 0.6, and not at or above it', async () => {
    const { target } = await freshSeed()
    const low = { ...target, attribution: { ...target.attribution, confidence: 0.55 } }
    expect(summarize(low).speakerUncertain).toBe(true)
    expect(summarize(target).speakerUncertain).toBe(false)
  })

  it('show their rule and confidence on the claim page', async () => {
    const { target } = await freshSeed()
    const html = await (await exports.default.fetch(`https://desk.example/claims/${target.id}`)).text()
    expect(html).toContain(target.attribution.rule)
    expect(html).toContain(`confidence ${target.attribution.confidence.toFixed(2)}`)
    expect(html).toContain('A named person')
  })
})
