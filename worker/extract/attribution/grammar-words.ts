// Function words the attribution rules read phrases by: pronouns, determiners, connectives, finite verbs.
import { set } from '../lexicon'

/** Pronouns that refer back to a person. */
export const PRONOUNS_PERSON = set(`he she`)

/** Pronouns that refer back to an organisation (or a group). */
export const PRONOUNS_ORG = set(`it they`)

/** Words that open a noun phrase: where a speaker phrase starts. */
export const DETERMINERS = set(`the a an its his her their our this that`)

/** Possessive determiners. */
export const POSSESSIVE_DETS = set(`their his her its our my your`)

/** Determiners that open a plain object after a verb: "agreed a deal". */
export const OBJECT_DETS = set(`a an the his her its their our`)

/** Words that count or pick out people: "some residents", "many analysts". */
export const QUANTIFIERS = set(`some other others many most several few both all two three four more`)

/** Prepositions inside a speaker phrase: "a spokesman for the firm", "the head of the agency". */
export const NP_PREPS = set(`for of at by from`)

/** Words before which a speech verb's form is a noun: "for fear of", "the claims". */
export const NOUN_MARKERS = set(`for of the a an his her their its our`)

/** Subjects that open a reported clause without "that". */
export const SUBJECTS = set(`it he she they we i the its his her their`)

/** Words that link a sentence to the one before and may lead it: "But the minister said …". */
export const CONNECTIVES = set(`but and however meanwhile now so yet also still`)

/** Subordinators that contrast two statements rather than set a scene. */
export const CONTRASTIVE = set(`while whereas although though`)

/** Pronouns that open a relative clause: an aside with one describes, it is no clause of the sentence's own. */
export const RELATIVE_PRONOUNS = set(`who which whose whom where that`)

/** Relative pronouns of a person: "One senior backbencher, who asked not to be named, said". */
export const RELATIVE_WHO = set(`who whose`)

/** "Nakagawa himself told reporters": the speaker, stressed. */
export const REFLEXIVES = set(`himself herself itself themselves`)

/** How an unnamed person or group is introduced: "one senior backbencher", "two EPA scientists", "a lawyer". */
export const INDEFINITE_COUNTS = set(`a an one two three four several some another`)

/** Finite verbs and auxiliaries: a clause of its own follows. */
export const FINITE = set(`
  is are was were has have had will would could can may might must should shall does did do isn't aren't wasn't
  weren't hasn't haven't hadn't won't wouldn't couldn't can't cannot doesn't didn't don't needs remains
`)
