import { describe, expect, it } from 'vitest'
import { OrganizationRegistry } from '../../worker/extract/organizations'

function registry(...names: string[]): OrganizationRegistry {
  const organizations = new OrganizationRegistry()
  for (const [sentence, name] of names.entries()) organizations.add(name, sentence * 100)
  return organizations
}

describe('the fullest name of an organisation', () => {
  it('expands an acronym, a run-together name and a short name to the form the article uses', () => {
    const organizations = registry('British Broadcasting Corporation', 'Time Warner', 'Cairn Energy', 'MTV Smut Peddlers')
    expect(organizations.canonical('BBC')).toBe('British Broadcasting Corporation')
    expect(organizations.canonical('TimeWarner')).toBe('Time Warner')
    expect(organizations.canonical('Cairn')).toBe('Cairn Energy')
    // A report's title is not the fuller name of the channel.
    expect(organizations.canonical('MTV')).toBe('MTV')
  })

  it('keeps a short name that two longer names share', () => {
    expect(registry('BT Retail', 'BT Wholesale').canonical('BT')).toBe('BT')
  })

  it('finds the organisation ending in a word named most recently before a point in the text', () => {
    const organizations = registry('Taliban government', 'Chinese Foreign Ministry', 'Afghan government')
    const any = () => true
    expect(organizations.latestEndingWith('government', 1000, any)).toBe('Afghan government')
    expect(organizations.latestEndingWith('Ministry', 1000, (name) => name.startsWith('Chinese'))).toBe('Chinese Foreign Ministry')
    expect(organizations.latestEndingWith('council', 1000, any)).toBeNull()
    // Named further on in the article, the Afghan government is not yet "the government".
    expect(organizations.latestEndingWith('government', 150, any)).toBe('Taliban government')
    expect(organizations.latestEndingWith('government', 0, any)).toBeNull()
  })

  it('prefers the organisation mentioned again most recently to the one introduced last', () => {
    const organizations = registry('Ministry of Health', 'Ministry of Finance')
    organizations.add('Ministry of Health', 300)
    expect(organizations.latestEndingWith('ministry', 400, () => true)).toBe('Ministry of Health')
    expect(organizations.latestEndingWith('ministry', 250, () => true)).toBe('Ministry of Finance')
  })
})
