// Whom a common-noun speaker phrase refers to: "the company", "the minister", "a spokesman for the firm", "officials".
import { isCleanName, isNameToken, isPlaceName, joinTokens, looksLikeOrg, runStartingAt, stripPossessive } from '../entities'
import { COLLECTIVE_ROLES, DOCUMENT_NOUNS, FUNCTION_WORDS, ORG_NOUNS, PERSON_NOUNS, PUBLIC_BODIES } from '../lexicon'
import { isRoleHead } from '../roles'
import type { Discourse } from './discourse'
import { isDemonym } from './source-words'
import { roleHeadOf, unnamed, unnamedHead, type ResolvedSpeaker } from './resolve'
import { capitalPrefix, type SpeakerNP } from './speaker-name'
import { DETERMINERS, NP_PREPS, POSSESSIVE_DETS, QUANTIFIERS } from './grammar-words'
import { AGE_RE, COMPANY_NOUNS, PUBLIC_RECORDS, SPOKES_RE } from './source-words'
import { AUTHORING_PARTICIPLES, TRAILING_PREPS } from './speech-words'

/** Nouns that can refer to any body the article discussed: "the organization", "the firm". */
const GENERIC_BODIES = new Set(['organisation', 'organization', 'body', 'group', 'company', 'firm', 'agency'])

/** "the report" resolved to whoever wrote it: "Gartner report", the document named by its author. */
function authorsDocument(author: string, head: string): ResolvedSpeaker {
  // "Jupiter Research" already names its research.
  const named = author.toLowerCase().endsWith(head)
  return { speaker: named ? author : `${author} ${head}`, role: null, organization: author, type: 'document' }
}

export function resolveCommon(discourse: Discourse, sp: SpeakerNP): ResolvedSpeaker | null {
  // "Some economists", "Other analysts", "Many experts", "a local source": unnamed people.
  if (sp.source || QUANTIFIERS.has(sp.words[0]!.toLowerCase())) return unnamed(discourse, sp, 'unnamed')
  const words = sp.words.filter((w) => !DETERMINERS.has(w.toLowerCase()))
  if (words.length === 0) return null
  const lws = words.map((w) => w.toLowerCase())
  const det = sp.words[0]!.toLowerCase()
  const p = lws.findIndex((w) => NP_PREPS.has(w))
  // "A spokesman for the firm" / "a study by the Society for Consumer Research" — but not
  // "Ministry of Defence lawyers", where the preposition is inside a name.
  if (p > 0 && !/^\p{Lu}/u.test(words[p - 1]!)) {
    const office = lws[p - 1]!
    if (det === 'the' && lws[p] === 'of' && isRoleHead(office) && !SPOKES_RE.test(office) && !/s$/.test(office)) {
      const holder = [...discourse.persons.values()].find((h) => roleHeadOf(h.role) === office)
      if (holder) {
        discourse.lastPersonSpeaker = holder
        return { speaker: holder.name, role: holder.role, organization: holder.organization }
      }
    }
    const headWords = words.slice(0, p)
    // "Data released by the statistics office": the document, not its participle, heads the phrase.
    if (headWords.length > 1 && AUTHORING_PARTICIPLES.has(headWords[headWords.length - 1]!.toLowerCase())) headWords.pop()
    const rest = words.slice(p + 1).filter((w) => !DETERMINERS.has(w.toLowerCase()))
    const roleStr = headWords.join(' ')
    const headLw = headWords[headWords.length - 1]!.toLowerCase()
    let org: string | null = null
    // Only the name itself: "GMIPoll" in "a survey by GMIPoll last week".
    const n = capitalPrefix(rest)
    // "figures released by the UK gaming industry's trade body": a name that only describes the document's author
    // (but "a poll by the Elabe institute" is Elabe's).
    const after = rest[n]?.toLowerCase() ?? ''
    const describesAuthor =
      DOCUMENT_NOUNS.has(headWords[headWords.length - 1]!.toLowerCase()) &&
      rest.length - n >= 2 &&
      /^\p{Ll}/u.test(rest[n] ?? '') &&
      !FUNCTION_WORDS.has(after) &&
      !TRAILING_PREPS.has(after) &&
      !ORG_NOUNS.has(after) &&
      !COMPANY_NOUNS.has(after)
    if (n > 0 && describesAuthor && !/['’]s?$/.test(rest[n - 1]!)) return unnamed(discourse, sp, 'document')
    // "A panel of UN experts": people the name only describes, whom the phrase groups.
    if (n > 0 && rest.length - n === 1 && !isRoleHead(headLw) && lws[p] === 'of' && /s$/.test(after) && isRoleHead(after))
      return unnamed(discourse, sp, 'unnamed')
    if (n > 0) {
      const nameWords = rest.slice(0, n)
      // "a motion by Mr Jackson's lawyers": unnamed people working for someone.
      if (/['’]s?$/.test(nameWords[n - 1]!) && n < rest.length) return unnamed(discourse, sp, 'unnamed')
      org = discourse.orgCanon(stripPossessive(nameWords.join(' ')))
    } else if (rest.length === 1 && (COMPANY_NOUNS.has(rest[0]!.toLowerCase()) || ORG_NOUNS.has(rest[0]!.toLowerCase()))) {
      // "A spokeswoman for his ministry": a body of the person discussed, which the article does not name.
      const det = sp.words.map((w) => w.toLowerCase())[sp.words.findIndex((w, k) => k > 0 && NP_PREPS.has(w.toLowerCase())) + 1] ?? ''
      if (POSSESSIVE_DETS.has(det) && det !== 'its') return unnamed(discourse, sp, 'unnamed')
      // "Red Crescent teams handed out meals, according to a statement from the organization": the body this sentence
      // names; "a statement from the presidency" is a body of that kind, not whichever spoke last.
      const noun = rest[0]!.toLowerCase()
      org =
        discourse.orgBefore(sp.start) ??
        discourse.orgEndingWith(noun) ??
        discourse.orgReferredToAs(noun) ??
        (GENERIC_BODIES.has(noun) ? (discourse.lastOrgSpeaker ?? discourse.lastOrgMention) : null)
    }
    // "a poll of US pundits", "a survey of manufacturers": those asked, not the author.
    if ((headLw === 'poll' || headLw === 'survey' || headLw === 'study') && lws[p] === 'of') org = null
    if (DOCUMENT_NOUNS.has(headLw)) {
      if (org) discourse.lastOrgSpeaker = org
      // "estimates by humanitarian organisations": an author the article does not name; the document is the source.
      return org ? { speaker: org, role: null, organization: null } : unnamed(discourse, sp, 'document')
    }
    // "A senior official at the ministry said on condition of anonymity": one of its staff, not its spokesman —
    // the body is where they work, not who speaks.
    // So is "A spokeswoman for the Economy Ministry": an unnamed person who speaks for the body — named as written,
    // a spokesperson with the body "the firm" refers to after it ("A spokesman for the firm (Cairn Energy)").
    if (
      org &&
      (det === 'a' || det === 'an') &&
      ((lws[p] === 'at' && isRoleHead(headLw)) || (SPOKES_RE.test(headLw) && (lws[p] === 'for' || lws[p] === 'of')))
    ) {
      const source = unnamed(discourse, sp, 'unnamed')
      if (n > 0 || source.speaker === null || !SPOKES_RE.test(headLw)) return { ...source, organization: org }
      const speaker = `${source.speaker} (${org})`
      // "The spokesman said" next is the same source, named the same way.
      discourse.noteUnnamedSource(headLw, speaker)
      return { ...source, speaker, organization: org }
    }
    if (org) discourse.lastOrgSpeaker = org
    // "A spokesman for the tribunal", with no name for the tribunal: a source the article does not name.
    if (org === null && isRoleHead(headLw)) return unnamed(discourse, sp, 'unnamed')
    // "The ministry of health said": a body named by what it does, in lower case.
    if (org === null && ORG_NOUNS.has(headLw) && !isRoleHead(headLw)) {
      const body = words.join(' ')
      discourse.lastOrgSpeaker = body
      return { speaker: body, role: null, organization: null }
    }
    return { speaker: org, role: roleStr, organization: org }
  }
  const head = lws[lws.length - 1]!
  // "the 32-year-old": the person the article is about.
  if (AGE_RE.test(head) && det === 'the') {
    const person = discourse.lastPersonMention ?? discourse.lastPersonSpeaker
    if (!person) return unnamed(discourse, sp, 'unnamed')
    discourse.lastPersonSpeaker = person
    return { speaker: person.name, role: person.role, organization: person.organization }
  }
  const capWords = words.filter((w) => /^\p{Lu}/u.test(w))
  // "the American": the person last mentioned.
  if (capWords.length === 1 && words.length === 1 && det === 'the') {
    const person = discourse.lastPersonMention ?? discourse.lastPersonSpeaker
    if (!person) return null
    discourse.lastPersonSpeaker = person
    return { speaker: person.name, role: person.role, organization: person.organization }
  }
  // "a Big Brother spokeswoman", "Big Brother's spokeswoman".
  if (isRoleHead(head) && capWords.length > 0 && /^\p{Lu}/u.test(words[0]!)) {
    const n = capitalPrefix(words)
    if (n === 0 || n >= words.length) return null
    // "Scotland's first minister", "Nike's chief executive": one person, not the place or the firm —
    // unless the role speaks for the body ("Big Brother's spokeswoman") or is plural ("Ministry of Defence lawyers").
    const speaksFor = SPOKES_RE.test(head) || (/s$/.test(head) && head !== 'boss')
    if (!speaksFor) {
      const orgName = stripPossessive(words.slice(0, n).join(' '))
      for (let i = discourse.roleHolders.length - 1; i >= 0; i--) {
        const h = discourse.roleHolders[i]!
        if (roleHeadOf(h.role) === head && h.organization && discourse.orgCanon(orgName) === discourse.orgCanon(h.organization)) {
          discourse.lastPersonSpeaker = h
          return { speaker: h.name, role: h.role, organization: h.organization }
        }
      }
      // "the Old Trafford boss" after "Manchester United's Alex Ferguson": the person the story is about,
      // when nothing gives them another role.
      const person = det === 'the' ? (discourse.lastPersonMention ?? discourse.lastPersonSpeaker) : null
      if (person && (!person.role || roleHeadOf(person.role) === head)) {
        discourse.lastPersonSpeaker = person
        return { speaker: person.name, role: person.role ?? words.join(' '), organization: person.organization }
      }
      return unnamed(discourse, sp, 'unnamed')
    }
    const orgWords = words.slice(0, n).map(stripPossessive)
    // "Government officials", "Legal experts": people of a body the article does not name.
    const generic =
      ORG_NOUNS.has(orgWords[0]!.toLowerCase()) || (sp.start === 0 && !discourse.isOrgName(orgWords[0]!) && !isDemonym(orgWords[0]!))
    if (n === 1 && generic && /s$/.test(head)) return unnamed(discourse, sp, 'unnamed')
    // "Scottish ministers", "American officials": the body is the people themselves.
    if (n === 1 && isDemonym(orgWords[0]!) && COLLECTIVE_ROLES.has(head)) {
      const body = `${orgWords[0]!} ${head}`
      discourse.lastOrgSpeaker = body
      return { speaker: body, role: null, organization: null }
    }
    const org = discourse.orgCanon(orgWords.join(' ').replace(/ ,/g, ','))
    // "An Economy Ministry spokeswoman": an unnamed person who speaks for the body.
    if ((det === 'a' || det === 'an') && SPOKES_RE.test(head)) return { ...unnamed(discourse, sp, 'unnamed'), organization: org }
    const roleStr = words.slice(n).join(' ') || head
    discourse.lastOrgSpeaker = org
    return { speaker: org, role: roleStr, organization: org }
  }
  if (isRoleHead(head) || PERSON_NOUNS.has(head)) {
    const plural = /s$/.test(head) && !SPOKES_RE.test(head)
    // "his lawyer", "her doctor": someone speaking about the person discussed, not that person — but "her spokesman"
    // speaks for her.
    const someonesOwn = (det === 'his' || det === 'her' || det === 'their') && !SPOKES_RE.test(head)
    if (plural || det === 'a' || det === 'an' || someonesOwn || !sp.words.some((w) => DETERMINERS.has(w.toLowerCase()))) {
      // Unnamed people ("economists", "a spokesman"): credited, but not to a name.
      return unnamed(discourse, sp, 'unnamed')
    }
    const want = SPOKES_RE.test(head) ? 'spokesperson' : head
    // "A senior official in the ministry, who was not authorised to speak, told DW … The official said …": the
    // unnamed source just credited, not someone named earlier with that role.
    const unnamedSource = discourse.unnamedPersonSpeaker
    if (
      unnamedSource !== null &&
      unnamedSource.at >= discourse.sentenceNo - 3 &&
      unnamedSource.at > discourse.personSpeakerAt &&
      unnamedHead(unnamedSource.phrase) === head
    )
      return { speaker: unnamedSource.phrase, role: null, organization: null, type: 'unnamed' }
    // "Israeli army spokesperson Lieutenant Colonel Noam Shapira told reporters … The spokesperson said": a role
    // holder whose title has the word anywhere, the latest first.
    const holds = (role: string | null) =>
      roleHeadOf(role) === want ||
      (role ?? '')
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w === want || (SPOKES_RE.test(w) && want === 'spokesperson'))
    for (let i = discourse.roleHolders.length - 1; i >= 0; i--) {
      const h = discourse.roleHolders[i]!
      if (holds(h.role)) {
        discourse.lastPersonSpeaker = h
        return { speaker: h.name, role: h.role, organization: h.organization }
      }
    }
    for (const h of discourse.persons.values()) {
      if (roleHeadOf(h.role) === want) {
        discourse.lastPersonSpeaker = h
        return { speaker: h.name, role: h.role, organization: h.organization }
      }
    }
    // "the prime minister" is not whoever spoke last when that person has another role.
    const person = discourse.lastPersonSpeaker ?? discourse.lastPersonMention
    if (!person || (person.role && roleHeadOf(person.role) !== want)) return unnamed(discourse, sp, 'unnamed')
    if (!person.role) discourse.describe(person, { role: words.join(' ') })
    discourse.lastPersonSpeaker = person
    return { speaker: person.name, role: person.role, organization: person.organization }
  }
  if (DOCUMENT_NOUNS.has(head) || head === 'reports' || head === 'sources') {
    // "The ODPM data showed", "a British Retail Consortium survey found": the body that published it.
    const n = capitalPrefix(words)
    // "Early figures show": a capitalised first word of a sentence is not a body unless the article names one so.
    // "Chinese customs data": a nationality says whose figures they are, not who published them.
    const bodyNamed =
      (n > 1 || sp.start > 0 || discourse.isOrgName(stripPossessive(words[0]!))) && !isDemonym(stripPossessive(words.slice(0, n).join(' ')))
    if (DOCUMENT_NOUNS.has(head) && n > 0 && n < words.length && n >= words.length - 2 && bodyNamed) {
      const org = discourse.orgCanon(stripPossessive(words.slice(0, n).join(' ')))
      if (looksLikeOrg(org) || discourse.isOrgName(org)) {
        discourse.lastOrgSpeaker = org
        return { speaker: org, role: null, organization: null }
      }
    }
    // "Compiled by Central Banking Publications …, the survey found": the body named with "by" wrote it.
    const t = discourse.cur?.tokens ?? []
    const d = DETERMINERS.has(det) ? det : (t[sp.start - 1]?.lw ?? '')
    if ((d === 'the' || d === 'its' || d === 'this') && n === 0 && words.length <= 2) {
      for (let k = 0; k < sp.start - 1; k++) {
        if (t[k]!.lw !== 'by' || !isNameToken(t[k + 1], false)) continue
        const run = runStartingAt(t, k + 1, sp.start)
        if (!run) continue
        const name = discourse.orgCanon(joinTokens(discourse.text, t, run.from, run.to))
        if (isCleanName(name) && !isPlaceName(name) && (looksLikeOrg(name) || discourse.isOrgName(name) || name.split(/\s+/).length > 1)) {
          discourse.lastOrgSpeaker = name
          return authorsDocument(name, head)
        }
      }
    }
    // "The report estimated …" after "…, according to the WMO's annual State of the Climate in Africa report": the
    // author of the document credited last, even when another body spoke since.
    if ((d === 'the' || d === 'this') && n === 0 && words.length <= 2 && DOCUMENT_NOUNS.has(head) && !PUBLIC_RECORDS.has(head)) {
      const author = discourse.lastDocumentAuthor()
      if (author !== null) {
        if (discourse.isOrgName(author)) discourse.lastOrgSpeaker = author
        return authorsDocument(author, head)
      }
    }
    // "Its mid-year review forecasts …" right after "the Indian Government said …": that body's document.
    if (d === 'its' && DOCUMENT_NOUNS.has(head) && discourse.lastOrgSpeaker && discourse.orgSpeakerAt >= discourse.sentenceNo - 2) {
      return authorsDocument(discourse.lastOrgSpeaker, head)
    }
    // "The report said …" after "…, the Environmental Audit Committee said": the body last quoted wrote it.
    // Not "the electoral law" or "court records", which no body in the news wrote.
    if (
      det === 'the' &&
      DOCUMENT_NOUNS.has(head) &&
      !PUBLIC_RECORDS.has(head) &&
      words.length <= 2 &&
      n === 0 &&
      discourse.lastOrgSpeaker &&
      discourse.orgSpeakerAt >= discourse.sentenceNo - 6
    ) {
      return authorsDocument(discourse.lastOrgSpeaker, head)
    }
    return unnamed(discourse, sp, 'document')
  }
  if (ORG_NOUNS.has(head) || COMPANY_NOUNS.has(head)) {
    // "Indonesia's government", "Japan's finance ministry": the place's own body speaks.
    if (
      words.length >= 2 &&
      words.length <= 3 &&
      /^\p{Lu}/u.test(words[0]!) &&
      /['’]s?$/.test(words[0]!) &&
      isPlaceName(stripPossessive(words[0]!)) &&
      ORG_NOUNS.has(head)
    ) {
      const org = `${stripPossessive(words[0]!)} ${words.slice(1).join(' ')}`
      discourse.lastOrgSpeaker = org
      return { speaker: org, role: null, organization: null }
    }
    if (det !== 'the' && det !== 'its') return unnamed(discourse, sp, 'unnamed')
    if (words.length > 1) {
      // "the Reporters Without Borders group": the name without its description — but "the Valencia city council" is
      // the council, which the place names.
      const n = capitalPrefix(words)
      if (
        n > 0 &&
        n < words.length &&
        !/['’]s?$/.test(words[n - 1]!) &&
        !PUBLIC_BODIES.has(head) &&
        discourse.isOrgName(words.slice(0, n).join(' '))
      ) {
        const org = discourse.orgCanon(words.slice(0, n).join(' '))
        discourse.lastOrgSpeaker = org
        return { speaker: org, role: null, organization: null }
      }
      // "The Democratic Republic of Congo's army", "Kazakhstan's health ministry": a body named by the place that has it.
      if (n > 0 && n >= words.length - 2 && /['’]s$/.test(words[n - 1]!) && ORG_NOUNS.has(head) && !COMPANY_NOUNS.has(head)) {
        const body = words.join(' ')
        discourse.lastOrgSpeaker = body
        return { speaker: body, role: null, organization: null }
      }
      // "the UK's biggest mortgage lender", "the global sports giant": another way to name the firm in the news.
      const descriptive = words.some((w) => /['’]s?$/.test(w) || /-/.test(w) || /(?:est|ier)$/.test(w.toLowerCase()))
      if (COMPANY_NOUNS.has(head) || descriptive) {
        // Only when the firm in the news is also the organisation last mentioned; "the net telephony firm's website"
        // (a possessive before the head) describes something else.
        const innerPossessive = words.slice(1).some((w) => /['’]s?$/.test(w))
        const o = !COMPANY_NOUNS.has(head)
          ? discourse.orgEndingWith(head)
          : innerPossessive
            ? null
            : (discourse.recentOrgSubject() ??
              discourse.prevOrgSpeaker ??
              (discourse.lastCompany && discourse.lastCompany === (discourse.lastOrgMention ?? discourse.lastCompany)
                ? discourse.lastCompany
                : null))
        if (o) {
          discourse.lastOrgSpeaker = o
          return { speaker: o, role: null, organization: null }
        }
        // "The central bank said" with no bank named before: a body the article describes, not nobody.
        discourse.unnamedOrgAt = discourse.sentenceNo
        return unnamed(discourse, sp, 'unnamed')
      }
      if (words.length > 3) return unnamed(discourse, sp, 'unnamed')
      // "the assembly government", "the local government watchdog".
      const org = words.join(' ')
      discourse.lastOrgSpeaker = org
      return { speaker: org, role: null, organization: null }
    }
    // "Peru's Ombudsman's Office registered 212 conflicts, the institution said": the body this sentence opened with.
    const opener = head === 'institution' || head === 'organisation' || head === 'organization' ? discourse.orgBefore(sp.start) : null
    const named = opener ?? discourse.nounOrgs.get(head) ?? discourse.orgEndingWith(head) ?? discourse.orgReferredToAs(head)
    if (named) {
      discourse.lastOrgSpeaker = named
      return { speaker: named, role: null, organization: null }
    }
    // "Deutsche Bahn condemned the strike. The company said …": the body the sentence before was about — any body
    // for "the group" ("The RSF did not respond. … the group denied").
    const o =
      discourse.recentOrgSubject(head === 'group' || head === 'organisation' || head === 'organization') ??
      discourse.lastOrgSpeaker ??
      discourse.lastCompany ??
      discourse.lastOrgMention
    // A company is never a country ("the Netherlands and the United Kingdom … The bank said").
    if (o && COMPANY_NOUNS.has(head) && !isPlaceName(o.replaceAll('.', ''))) {
      discourse.lastOrgSpeaker = o
      return { speaker: o, role: null, organization: null }
    }
    if (COMPANY_NOUNS.has(head)) return unnamed(discourse, sp, 'unnamed')
    return { speaker: words.join(' '), role: null, organization: null }
  }
  return null
}
