import { COLLECTIVE_ROLES, ORG_NOUNS } from '../../worker/extract/lexicon'

// Lower-case words a name may contain: "Institute for Fiscal Studies", "Jose Manuel de Vries", "Marks and Spencer".
const PARTICLES = new Set([
  'of',
  'for',
  'and',
  'the',
  'de',
  'del',
  'della',
  'da',
  'di',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
  '&',
  'on',
  'in',
  'at',
  'upon',
])
// A lower-case tail that names the kind of organisation: "Japanese government", "assembly government".
const ORG_TAIL = new Set([...ORG_NOUNS, 'administration', 'bank', 'office', 'executive', 'parliament', ...COLLECTIVE_ROLES])

/** Why `speaker` does not look like a person's or an organisation's name, or null when it does. */
export function speakerProblem(speaker: string): string | null {
  if (speaker !== speaker.trim() || speaker.length === 0) return 'untrimmed or empty'
  const words = speaker.split(/\s+/)
  if (words.length > 8) return 'too long'
  if (/^(?:the|a|an|this|that|these|those|its|his|her|their|our|some|other)$/i.test(words[0]!)) return 'starts with a determiner'
  if (!/\p{L}/u.test(speaker)) return 'no letters'
  // "Film-maker Spike Lee", "Houston-based Continental", "US-based": a descriptor, not a name.
  if (
    /^\p{L}[\p{L}.]*(?:-\p{L}+)*-\p{Ll}+$/u.test(words[0]!) &&
    (words.length > 1 || /-(?:based|born|nominated|maker|old|quarters|running|published)$/.test(words[0]!))
  )
    return 'hyphenated descriptor'
  for (let i = 0; i < words.length - 1; i++)
    if (/['’]s?$/.test(words[i]!) && !/^\p{Lu}/u.test(words[i + 1]!)) return 'possessive description'
  // Lower-case words: particles inside a name, or a short lower-case tail naming the kind of organisation.
  let tail = words.length
  while (tail > 0 && /^\p{Ll}/u.test(words[tail - 1]!) && !PARTICLES.has(words[tail - 1]!)) tail--
  const tailWords = words.slice(tail)
  if (tailWords.length > 0 && (tailWords.length > 2 || !ORG_TAIL.has(tailWords[tailWords.length - 1]!))) return 'lower-case words'
  for (const w of words.slice(0, tail)) if (/^\p{Ll}/u.test(w) && !PARTICLES.has(w)) return `lower-case word "${w}"`
  if (tail > 0 && /^(?:of|for|and|the|on|in|at|upon|&|y)$/.test(words[0]!)) return 'starts with a particle'
  if (tail > 0 && PARTICLES.has(words[tail - 1]!)) return 'ends with a particle'
  return null
}

// Nouns that introduce the title of a work: "the 1996 single Return of the Mack", "his album Innocent Man".
const WORK_NOUN_RE =
  /\b(?:album|single|song|track|film|movie|book|novel|play|musical|opera|show|series|sitcom|drama|documentary|record|hit|sequel|biopic|programme)s?\s+["“‘']?$/i

/** Why `speaker` is the title of a work in `text` (every mention follows "album", "single", "film"…), or null. */
export function workTitleProblem(text: string, speaker: string): string | null {
  let mentions = 0
  let titled = 0
  for (let at = text.indexOf(speaker); at >= 0; at = text.indexOf(speaker, at + 1)) {
    // Whole words only.
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + speaker.length] ?? '')) continue
    mentions++
    if (WORK_NOUN_RE.test(text.slice(Math.max(0, at - 40), at))) titled++
  }
  return mentions > 0 && titled === mentions ? 'title of a work' : null
}
