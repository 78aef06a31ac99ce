import { describe, expect, it } from 'vitest'
import { Discourse } from '../../worker/extract/attribution/discourse'

describe('discourse attempts', () => {
  it('undoes everything an attempt noted when it credits nobody', () => {
    const discourse = new Discourse('Ahmad Zia said the border would reopen.')
    const known = discourse.addPerson('Ahmad Zia', null, null)
    discourse.lastPersonSpeaker = known
    const result = discourse.attempt(() => {
      const stranger = discourse.addPerson('Maria Lopez', 'minister', null)
      discourse.describe(known, { role: 'spokesman' })
      discourse.lastPersonSpeaker = stranger
      discourse.roleHolders.push(stranger)
      return null
    })
    expect(result).toBeNull()
    expect(discourse.personCanon(['Maria', 'Lopez'])).toBeNull()
    expect(discourse.personCanon(['Lopez'])).toBeNull()
    expect(discourse.personCanon(['Maria'])).toBeNull()
    expect(known.role).toBeNull()
    expect(discourse.lastPersonSpeaker).toBe(known)
    expect(discourse.roleHolders).toEqual([])
  })

  it('keeps what an attempt noted when it credits someone, and a preview never', () => {
    const discourse = new Discourse('Maria Lopez said the border would reopen.')
    const previewed = discourse.preview(() => discourse.addPerson('Maria Lopez', 'minister', null))
    expect(previewed?.name).toBe('Maria Lopez')
    expect(discourse.personCanon(['Lopez'])).toBeNull()
    const kept = discourse.attempt(() => {
      const person = discourse.addPerson('Maria Lopez', 'minister', null)
      discourse.lastPersonSpeaker = person
      // An inner attempt that fails is undone without undoing the outer one.
      discourse.attempt(() => {
        discourse.addPerson('Juan Perez', null, null)
        return null
      })
      return person
    })
    expect(discourse.personCanon(['Lopez'])).toBe(kept)
    expect(discourse.personCanon(['Perez'])).toBeNull()
    expect(discourse.lastPersonSpeaker?.role).toBe('minister')
  })
})
