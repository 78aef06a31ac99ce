// The outlet a statement was made to or through: "told Reuters", "speaking to VOA Somali".
import { joinTokens, stripPossessive } from '../../entities'
import { outletPhrase } from '../phrases'
import { AGENCIES, DOCUMENT_NOUNS, SERVICE_LANGUAGES, SPEECH_VERBS } from '../../lexicon'
import type { Discourse } from '../discourse'
import type { SentenceCtx } from '../sentence'
import { INTERVIEW_WORDS } from '../speech-words'

export const agencyRe = new RegExp(
  `(?:^|[^\\p{L}])(${[...AGENCIES]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}])`,
  'u',
)

/** The outlet a sentence says someone spoke to ("He was speaking exclusively to VOA Somali"), or null. */
export function outletIn(discourse: Discourse, s: SentenceCtx): string | null {
  return findVia(discourse, s)
}

export function findVia(discourse: Discourse, s: SentenceCtx): string | null {
  const t = s.tokens
  for (let i = 0; i < t.length; i++) {
    const lw = t[i]!.lw
    // "spoke to", "speaking exclusively to", "said to".
    const spokeTo =
      lw === 'to' &&
      [t[i - 1]?.lw, t[i - 1]?.lw === 'exclusively' ? t[i - 2]?.lw : undefined].some(
        (w) =>
          w === 'speaking' ||
          w === 'spoke' ||
          w === 'talking' ||
          w === 'talked' ||
          // "in remarks to private broadcaster NTV", "in comments to the newspaper".
          w === 'remarks' ||
          w === 'comments' ||
          SPEECH_VERBS.has(w ?? ''),
      )
    if (lw === 'told' || lw === 'tells' || spokeTo || lw === 'with' || (lw === 'by' && DOCUMENT_NOUNS.has(t[i - 1]?.lw ?? ''))) {
      // "told Canadian broadcaster CTV News", "in an interview with the Kontan newspaper": an outlet no list names.
      // Not "the problem is with Royal Mail": only an interview is with an outlet.
      const toOutlet = lw !== 'by' && (lw !== 'with' || INTERVIEW_WORDS.has(t[i - 1]?.lw ?? ''))
      const outlet =
        !toOutlet || agencyRe.test(joinTokens(discourse.text, t, i + 1, Math.min(t.length, i + 5))) ? null : outletPhrase(t, i + 1)
      if (outlet) return stripPossessive(joinTokens(discourse.text, t, outlet.from, outlet.to))
      const seg = joinTokens(discourse.text, t, i + 1, Math.min(t.length, i + 9))
      const m = agencyRe.exec(seg)
      if (m && seg.indexOf(m[1]!) < 40) {
        // "told VOA's Khmer service", "VOA Somali": the language service is the outlet that carried it.
        const after = seg.slice(seg.indexOf(m[1]!) + m[1]!.length)
        const service = /^(?:['’]s)?\s+(\p{Lu}\p{Ll}+)\b/u.exec(after)
        return service && SERVICE_LANGUAGES.has(service[1]!.toLowerCase()) ? `${m[1]!} ${service[1]!}` : m[1]!
      }
    }
  }
  return null
}
