import { describe, expect, it } from 'vitest'
import { OrganizationRegistry } from '../../worker/extract/organizations'

function registry(...names: string[]): OrganizationRegistry {
  const organizations = new OrganizationRegistry()
  for (const name of names) organizations.add(name)
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

  it('finds the latest organisation ending in a word', () => {
    const organizations = registry('Taliban government', 'Chinese Foreign Ministry', 'Afghan government')
    expect(organizations.latestEndingWith('government')).toBe('Afghan government')
    expect(organizations.latestEndingWith('Ministry', (name) => name.startsWith('Chinese'))).toBe('Chinese Foreign Ministry')
    expect(organizations.latestEndingWith('council')).toBeNull()
  })
})
