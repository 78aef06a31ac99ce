// Roles and titles read from the words around a name: "Deputy Foreign Minister", "spokesperson of the Taliban".
import { HONORIFICS, ORG_NOUNS, ORG_SUFFIXES, ROLE_HEADS, TITLE_WORDS } from './lexicon'
import { CONNECTORS, isAcronym, isDescriptorToken, stripPossessive } from './entities'

/** A role and organisation read from words before a name or in an apposition. */
export interface RoleParse {
  role: string | null
  organization: string | null
}

/** Splits descriptor words ("UN Deputy Secretary-General", "William Hill spokesman") into organisation and role. */
export function splitDescriptor(words: string[]): RoleParse {
  let k = 0
  while (k < words.length) {
    const w = words[k]!
    const lw = w.toLowerCase()
    const isTitle = TITLE_WORDS.has(lw) || ROLE_HEADS.has(lw)
    if (isTitle && !isAcronym(w)) break
    if (!/^\p{Lu}/u.test(w) && !isAcronym(w)) break
    k++
  }
  const orgWords = words
    .slice(0, k)
    .filter((w) => !isDescriptorToken(w))
    .map(stripPossessive)
  const roleWords = words.slice(k)
  const organization = orgWords.length ? orgWords.join(' ').replace(/^the /i, '') : null
  const role = roleWords.length ? roleWords.join(' ') : null
  return { role, organization }
}

/** True when the lower-cased word is a role head (spokesman, minister...). */
export function isRoleHead(lw: string): boolean {
  // "consultants", "advisers": the plural of a role is a role too.
  return ROLE_HEADS.has(lw) || (lw.length > 4 && lw.endsWith('s') && !lw.endsWith('ss') && ROLE_HEADS.has(lw.slice(0, -1)))
}

/** True when the lower-cased word is an honorific (Mr, Ms, Dr...). */
export function isHonorific(lw: string): boolean {
  return HONORIFICS.has(lw.endsWith('.') ? lw.slice(0, -1) : lw)
}

/** Splits a capitalised run into leading title words and the name proper. */
export function splitTitle(words: string[]): { title: string[]; name: string[] } {
  let k = -1
  const lower = words.map((w) => (w.endsWith('.') ? w.slice(0, -1) : w).toLowerCase())
  for (let i = 0; i < words.length; i++) {
    const lw = lower[i]!
    if ((TITLE_WORDS.has(lw) || ROLE_HEADS.has(lw)) && !isAcronym(words[i]!)) k = i
  }
  if (k < 0) return { title: [], name: words }
  // "National Conference of State Legislatures": a body's name with a title word in it, and no role.
  let bodyWord = false
  let office = false
  for (let i = 0; i <= k; i++) {
    const lw = lower[i]!
    if (ORG_SUFFIXES.has(lw)) bodyWord = true
    else if (ROLE_HEADS.has(lw) || TITLE_WORDS.has(lw)) office = true
  }
  if (bodyWord && !office) return { title: [], name: words }
  // "Ministry of Foreign Affairs", "Department of Home Affairs": a portfolio word after "<body> of" is the body's name.
  const portfolio = lower.findIndex((lw, i) => (ORG_NOUNS.has(lw) || ORG_SUFFIXES.has(lw)) && lower[i + 1] === 'of')
  if (portfolio >= 0 && lower.slice(0, k + 1).every((lw, i) => i <= portfolio + 1 || !ROLE_HEADS.has(lw))) {
    const leadingOffice = lower.slice(0, portfolio).some((lw) => ROLE_HEADS.has(lw) || TITLE_WORDS.has(lw))
    if (!leadingOffice) return { title: [], name: words }
  }
  const name = words.slice(k + 1)
  // "General Administration of Customs": a body whose name starts with a title word.
  if (name.length === 0 || name.some((w) => ORG_SUFFIXES.has(w.toLowerCase()) || ORG_NOUNS.has(w.toLowerCase())))
    return { title: [], name: words }
  // "Department of Health and Welfare": a portfolio word inside a body's name leaves no name after it.
  const first = name[0]!.toLowerCase()
  if (CONNECTORS.has(first) || first === 'and' || first === 'on') return { title: [], name: words }
  // "Commissioner Sir Ian Blair": the honorific is neither role nor name.
  let t = k + 1
  while (t > 0 && isHonorific(words[t - 1]!.toLowerCase())) t--
  return { title: words.slice(0, t), name }
}
