/**
 * Word lists the extractor matches against. They are closed classes of news English (reporting verbs,
 * hedges, the nouns a pronoun or description can stand for), kept here so that the patterns stay general.
 */

import { conjugationsOf } from "../text/word-tables.ts";
import { REPORTING_VERBS } from "./reporting-verbs.ts";

/** How a reporting word is used, which decides where its source stands. */
export type CueForm = "finite" | "participle" | "gerund";

/** One inflected form of a reporting verb. */
export interface CueWord {
  lemma: string;
  form: CueForm;
}

/**
 * Forms too often something other than a report to be cues: nouns ("a state", "a call", "a quote", "the
 * finding") and plain uses of the base form ("add", "write", "refer to", "find").
 */
const NOT_CUES = new Set(["state", "add", "call", "write", "quote", "refer", "tweet", "find", "finding"]);

/** How each of compromise's conjugations is used. */
const FORM_OF_TENSE: Record<string, CueForm> = {
  Infinitive: "finite",
  PresentTense: "finite",
  PastTense: "participle",
  Participle: "participle",
  Gerund: "gerund",
};

/** Every inflected reporting form, lower-case, to its lemma and use. */
export const CUE_WORDS: ReadonlyMap<string, CueWord> = new Map(
  REPORTING_VERBS.flatMap((lemma) =>
    Object.entries(conjugationsOf(lemma)).flatMap(([tense, word]): Array<[string, CueWord]> => {
      const form = FORM_OF_TENSE[tense];
      return word && form && !NOT_CUES.has(word) ? [[word, { lemma, form }]] : [];
    }),
  ),
);

/**
 * Reporting verbs with a commoner sense that reports nothing ("noted the date", "asked her to leave", "the
 * video shows a fire", "added 200 jobs"): they are cues only where what they report follows them as words
 * or a clause ("noted that", "asked: “...”", '"...," he added', "..., data show.").
 */
export const FRAMED_LEMMAS: ReadonlySet<string> = new Set(
  `add note observe ask answer reply respond complain counter recall remark maintain caution stress emphasize show
  project`.split(/\s+/u),
);

/**
 * Reporting verbs whose subject need not look like someone who speaks: they have no sense but reporting
 * words, so whatever says them is a source ("the president-elect said", "one close associate said",
 * "according to state figures"). The others ("claimed", "found", "called", "revealed", "suggests") are
 * cues only where the subject can speak: "The fire claimed the lives of ...".
 */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set(
  `say tell add write explain insist argue acknowledge deny testify reiterate concede tweet declare
  announce assert allege accuse warn promise predict speculate describe note observe ask answer reply respond
  complain counter recall remark maintain caution stress emphasize`.split(/\s+/u),
);

/** Reporting verbs a subject may follow, after the words it reports ('"...," added a Florida Democrat'). */
export const INVERTING_LEMMAS: ReadonlySet<string> = new Set(
  `say add write tell explain claim report insist warn predict observe ask answer reply respond counter recall
  remark note continue concede acknowledge admit`.split(/\s+/u),
);

/** Reporting verbs whose participle before "to" is a raised passive: "a man believed to have", "said to be". */
export const RAISING_LEMMAS: ReadonlySet<string> = new Set(["say", "report", "believe", "allege", "estimate", "fear"]);

/** Determiners and pronouns that deny a subject: "No group claimed responsibility" names no source. */
export const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(["no", "neither", "nor", "none", "nobody", "never"]);

/** Reporting verbs that themselves weaken what is reported ("claims", "fears", "suggest"). */
export const HEDGING_LEMMAS: ReadonlySet<string> = new Set([
  "claim",
  "allege",
  "fear",
  "suggest",
  "believe",
  "estimate",
  "speculate",
]);

/** Words that weaken a claim wherever they stand in its sentence. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  "probably",
  "possibly",
  "perhaps",
  "reportedly",
  "allegedly",
  "apparently",
  "presumably",
  "purportedly",
  "supposedly",
  "seemingly",
  "likely",
  "unlikely",
  "may",
  "might",
  "could",
  "unconfirmed",
  "unverified",
  "suspected",
]);

/** Nouns that the fronted phrase of "In a statement, X blamed ..." can be built on. */
export const VENUE_NOUNS: ReadonlySet<string> = new Set([
  "statement",
  "message",
  "interview",
  "letter",
  "speech",
  "post",
  "tweet",
  "address",
  "remarks",
  "comments",
  "briefing",
  "release",
  "report",
  "video",
  "broadcast",
  "communique",
  "communiqué",
]);

/**
 * Heads of a noun phrase naming someone who can speak without a name ("officials", "a high-ranking official"),
 * or a document that can ("a ruling", "state figures").
 */
export const AGENT_HEADS: ReadonlySet<string> = new Set(
  `official officials source sources spokesman spokeswoman spokesperson spokespeople minister ministers president
  governor mayor police officer officers resident residents witness witnesses expert experts analyst analysts
  scientist scientists researcher researchers doctor doctors authorities authority government ministry agency media
  press report reports study studies survey statement document documents company firm army military group committee
  court judge prosecutor prosecutors lawyer lawyers investigator investigators investigators rescuers diplomat
  diplomats leader leaders commander commanders chief head director ambassador envoy secretary senator lawmaker
  lawmakers activist activists observer observers organisers organizers union website site newspaper paper
  publication outlet broadcaster channel magazine office embassy department database data correspondent reporter
  editor adviser advisor advisers advisors council parliament regulator regulators coalition campaigners operator
  airline insurer manufacturer supporters critics opponents protesters demonstrators campaigners locals villagers
  parents teachers students workers employees staff nurses farmers fishermen miners survivors victims families
  relatives neighbours neighbors owners users customers passengers voters citizens people polls poll ruling rulings
  filing filings papers records figures forecast forecasts analysis research statistics estimates projections memo
  complaint lawsuit indictment affidavit testimony letter email`.split(/\s+/u),
);

/** Heads and titles naming a person, for "he"/"she" and "the official" to find ("Governor Elena Marsh"). */
export const PERSON_HEADS: ReadonlySet<string> = new Set(
  `official spokesman spokeswoman spokesperson minister president governor mayor officer witness expert analyst
  scientist researcher doctor leader commander chief director ambassador envoy secretary senator lawmaker activist
  correspondent reporter editor adviser advisor judge prosecutor lawyer marshal general engineer farmer resident
  mr mrs ms dr prof professor coach captain chancellor king queen prince colonel commissioner premier`.split(/\s+/u),
);

/** Words that make a person "he" ("Mr", "spokesman", "boyfriend"), for a pronoun to find the right one. */
export const MALE_WORDS: ReadonlySet<string> = new Set(
  `mr he him his man men boy boyfriend husband father dad son brother uncle nephew grandfather grandson king prince
  spokesman chairman congressman councilman businessman sir lord`.split(/\s+/u),
);

/** Words that make a person "she" ("Mrs", "spokeswoman", "mother"). */
export const FEMALE_WORDS: ReadonlySet<string> = new Set(
  `mrs ms miss madam she her woman women girl girlfriend wife mother mom daughter sister aunt niece grandmother
  granddaughter queen princess spokeswoman chairwoman congresswoman councilwoman businesswoman lady dame`.split(/\s+/u),
);

/** Lower-case words inside a person's name ("Erik van Sebille", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  "van von der den de del della da di du la le al el bin ibn".split(" "),
);

/** Bodies compromise tags as actors ("the council") that are not one person. */
export const BODY_HEADS: ReadonlySet<string> = new Set(
  `council government court union parliament police army military authority authorities regime cabinet board
  committee ministry agency company firm group team party`.split(/\s+/u),
);

/** Heads naming a news outlet, for "the website" or "the publication" to find. */
export const OUTLET_HEADS: ReadonlySet<string> = new Set(
  `website site newspaper paper publication outlet broadcaster channel magazine tabloid daily network station
  agency wire media`.split(/\s+/u),
);

/** Words inside a name that mark a news outlet ("Fars News", "Press TV", "The Aviation Herald", "Znak.com"). */
export const OUTLET_MARKERS: ReadonlySet<string> = new Set(
  `news tv times post herald telegraph journal gazette tribune press radio daily insider sun guardian reuters
  bloomberg ap afp tass bbc cnn rbc interfax xinhua ria irna isna yonhap kyodo nhk al-jazeera aljazeera
  politico axios observer mirror express independent chronicle standard monitor`.split(/\s+/u),
);

/** Verb forms of "to be": before a reporting participle they make it a passive ("was reported"). */
export const BE_FORMS: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** Words that may stand between a subject and its reporting verb ("officials subsequently said"). */
export const VERB_PREFIX: ReadonlySet<string> = new Set(
  `has have had will would did does do not also further subsequently reportedly allegedly later earlier previously
  again repeatedly then now already initially publicly privately separately recently still since`.split(/\s+/u),
);

/** Prepositions that may join the words of one name ("Secretary of State", "sources in the government", "those around Trump"). */
export const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "for", "in", "at", "from", "around"]);

/** Words after which an -ing reporting word has its own subject ("with local media reporting ..."). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(["with", "despite", "after", "while", "without", "amid"]);
