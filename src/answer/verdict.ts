import type { Asked } from "../text/asked.ts";
import type { VerdictKnobs } from "./tuning.ts";
import type { Contrast, Missing, PassageVerdict, QueryKind, Verdict } from "./types.ts";

/** A passage's verdict and what goes with it: the clash of a `contradicts`, what a `near` lacks. */
export interface Judged {
  verdict: PassageVerdict;
  contrast?: Contrast;
  missing?: Missing;
  /**
   * On a `near` passage of a question: it would answer but for a narrow kind of answer asked (`narrow`), which a
   * passage of its article may give ("What time did the drones hit?": "Yesterday ... were hit" is near, "the
   * attacks occurred at 4:00 A.M." answers). Not shown: it orders the reply (`replyOrder`).
   */
  lacksOnlyAnswer?: true;
  /**
   * On a `near` passage of a claim that gives a figure: the quote does not give it, which a passage of its
   * article that supports the claim does ("over 1,000 people" for "over a thousand people", which ranking,
   * matching words, does not see). Not shown: it orders the reply (`replyOrder`).
   */
  lacksFigure?: true;
  /**
   * On a `near` passage of a claim: its quote holds none of the claim's predicate, which a passage of its article
   * that supports the claim states ("The man survived his injuries." after "After a man was shot ... near
   * Perris", which ranks above it by the words of whom the claim is about). Not shown: it orders the reply.
   */
  lacksPredicate?: true;
  /**
   * On a `supports` passage of a claim: its quote holds the claim's predicate as written (or a bridge of the same
   * word) and the head of its subject, so that a passage lacking the predicate gives way to it (`figureAfter`).
   */
  plainly?: true;
}

/** What a passage holds of a question, as `judgeQuestion` weighs it. */
export interface QuestionEvidence {
  /** The share of the question's weight its quote holds. */
  coverage: number;
  /** The kind of answer asked for, where the question asks for one. */
  asked: Asked | undefined;
  /** Whether the quote gives it (always, where none is asked for). */
  gives: boolean;
  /**
   * Whether the quote says otherwise than the question (another figure, what it negates): it is about something
   * else. Asked only where it decides.
   */
  saysOtherwise(): boolean;
  /**
   * A name the question asks about that neither the paragraph nor its article's headline writes, or names it writes
   * side by side that the article never writes so, as the question writes them: the passage is about someone or
   * something else.
   */
  unsaidName(): string | undefined;
  /** Whether the quote states the question's predicate (`frameOf`), or the question has none; asked only where it decides. */
  statesPredicate(): boolean;
  /** Whether the kind asked is one a quote surely lacks where the reading does not find it (`QuestionReading.narrow`). */
  narrow: boolean;
  /** Whether the quote is what the question's speaker says ("What did the UN say?"), or it asks of none. */
  saidBySpeaker: boolean;
  /** The question's words its quote lacks, as written, weightiest first (asked for a near passage only). */
  lacks(): string[];
  /**
   * The question's denying word ("not"), where the quote denies none of its words: it states what the question
   * denies, or something else.
   */
  unmetDenial: string | undefined;
}

/**
 * `answers` where the quote holds enough of the question (`knobs.answers`), states its predicate, every name it
 * asks about stands in the paragraph or its headline, the quote holds the kind of answer asked for, denies something where the
 * question does, and does not say otherwise (another figure for one the question states, what it negates);
 * `near` otherwise, saying what is missing, the question's denial first, then a name the paragraph lacks.
 */
export function judgeQuestion(evidence: QuestionEvidence, knobs: VerdictKnobs): Judged {
  const { gives, saidBySpeaker, coverage, unmetDenial } = evidence;
  // The name the passage does not write, where it was looked for: the near line names it.
  let unsaid: string | undefined;
  const namesAll = () => {
    unsaid = evidence.unsaidName();
    return unsaid === undefined;
  };
  // What is read of the quote is read only where the rest has not decided, the costliest last: looking for a
  // clash (`saysOtherwise`) was a fifth of a verdict.
  const rest = () =>
    saidBySpeaker &&
    unmetDenial === undefined &&
    coverage >= knobs.answers &&
    namesAll() &&
    (coverage >= knobs.unstated || evidence.statesPredicate()) &&
    !evidence.saysOtherwise();
  if (gives && rest()) return { verdict: "answers" };
  const lacksOnlyAnswer = !gives && evidence.narrow && rest();
  // What most plainly says the passage is about something else comes first: the denial, then the name.
  const first = [unmetDenial, unsaid].filter((word) => word !== undefined);
  const lacks = [...new Set([...first, ...evidence.lacks()])];
  const near: Judged = { verdict: "near", missing: missingOf(lacks, gives ? undefined : evidence.asked) };
  return lacksOnlyAnswer ? { ...near, lacksOnlyAnswer: true } : near;
}

/** What a passage holds of a claim, as `judgeClaim` weighs it. */
export interface ClaimEvidence {
  /** The share of the claim's weight its quote holds, leaving out the words at `[start, end)` of the claim. */
  coverage(without?: readonly [number, number]): number;
  /** What in the quote clashes with the claim, if anything does. */
  contrast: Contrast | undefined;
  /** The claim's words its quote lacks, as written, weightiest first (asked for a near passage only). */
  lacks(): string[];
  /** Whether the quote holds the claim's predicate in some form (`readClaim`): without it, it states something else. */
  statesPredicate: boolean;
  /**
   * Whether the quote puts another place in the role the claim gives its place (`placeRoleContrast`: "bringing
   * meat from Bishkek" for "carrying meat from Kazakhstan"): the role, not only the name, says it speaks of
   * what the claim does.
   */
  placeInRole?: boolean;
  /**
   * Whether the claim gives a figure (a number, a date, an amount) that the quote does not give: where no clash
   * is found, the quote still does not say what the claim says ("84 percent" against a quote without it).
   */
  lacksFigure?: boolean;
  /**
   * Whether the quote holds none of the claim's predicate in any form ("After a man was shot ... near Perris" for
   * "the man who was shot near Perris survived"): it tells of what the claim is about, not of what it says.
   */
  lacksPredicate?: boolean;
  /** Whether the quote holds the claim's predicate as written and the head of its subject (`Judged.plainly`). */
  plainly?: boolean;
}

/**
 * `contradicts` where something in the quote clashes with the claim and the quote holds enough of the rest
 * of it (`knobs.contradicts`: the clash is about the same thing; `knobs.supports` for another actor, or another
 * place not in the claim's place's role); `supports` where nothing clashes and the
 * quote holds enough of the claim (`knobs.supports`), its predicate and every figure it gives; `near` otherwise. A hedged source is not a clash: the
 * passage supports the claim, and its attribution says how sure the source is.
 */
export function judgeClaim(evidence: ClaimEvidence, knobs: VerdictKnobs): Judged {
  const { contrast } = evidence;
  // Another name alone is what most passages about something else differ by; a place in the claim's role is not.
  const byName = contrast?.kind === "actor" || (contrast?.kind === "place" && !evidence.placeInRole);
  const needed = byName ? knobs.supports : knobs.contradicts;
  if (contrast && evidence.coverage(contrast.claimAt) >= needed) return { verdict: "contradicts", contrast };
  if (!contrast && evidence.statesPredicate && !evidence.lacksFigure && evidence.coverage() >= knobs.supports)
    return evidence.plainly ? { verdict: "supports", plainly: true } : { verdict: "supports" };
  const near: Judged = { verdict: "near", missing: missingOf(evidence.lacks(), undefined) };
  return {
    ...near,
    ...(evidence.lacksFigure && { lacksFigure: true as const }),
    ...(evidence.lacksPredicate && { lacksPredicate: true as const }),
  };
}

function missingOf(words: string[], answer: Asked | undefined): Missing {
  return answer === undefined ? { words } : { words, answer };
}

/**
 * The passages a reply shows, in order, each judged, and the reply's verdict. Passages come by score, a
 * `near` one counting `knobs.nearPreference` of its score; for a question, a `near` passage that lacks only a
 * narrow kind of answer asked comes after a passage of its article that answers (`answerAfter`); for a claim, a
 * passage that contradicts it comes first unless the first one supports it, so that a reader meets "the article
 * says otherwise" before a loosely related quote. The reply's verdict is its first passage's. Only the passages
 * that decide the order are judged: all of them for a claim or where `near` weighs less, else the `limit` shown
 * and, where one of those lacks only what is asked, the rest of its article's. A question's passage read past
 * those ranking would show (`extra`: an age or a time of day looked for further down) is judged only there, and
 * kept only where it answers.
 */
export function replyOrder<T extends { score: number; article: string; extra?: boolean }>(
  kind: QueryKind,
  candidates: readonly T[],
  judge: (candidate: T) => Judged,
  knobs: VerdictKnobs,
  limit: number,
  hedged: (candidate: T, judged: Judged) => boolean = () => false,
): { verdict: Verdict; shown: Array<{ candidate: T; judged: Judged }> } {
  const byScore = [...candidates].sort((a, b) => b.score - a.score);
  const all = kind === "sources" || knobs.nearPreference !== 1;
  // A question's passage read past those shown (`extra`) counts only as the answer a closer passage of its
  // article lacks; a claim's is weighed by its judge (`readPast`).
  const read = kind === "sources" ? byScore : byScore.filter((candidate) => !candidate.extra);
  const first = all ? read : read.slice(0, limit);
  const judged = first.map((candidate) => ({ candidate, judged: judge(candidate) }));
  const lacking = new Set(judged.filter((p) => p.judged.lacksOnlyAnswer).map((p) => p.candidate.article));
  if (kind === "ask" && lacking.size > 0) judged.push(...restOfArticles(byScore, new Set(first), lacking, judge));
  const weigh = (p: (typeof judged)[number]) =>
    p.judged.verdict === "near" ? p.candidate.score * knobs.nearPreference : p.candidate.score;
  const byWeight = judged.sort((a, b) => weigh(b) - weigh(a));
  const ordered = clashFirst(
    kind,
    kind === "sources" ? figureAfter(byWeight) : lacking.size > 0 ? answerAfter(byWeight) : byWeight,
    (p) => p.judged.verdict,
    (p) => hedged(p.candidate, p.judged),
  );
  return { verdict: ordered[0]?.judged.verdict ?? "no_match", shown: ordered.slice(0, limit) };
}

/**
 * The passages of `articles` not yet judged (not in `judged`), each judged: those ranking would show, and those
 * read past them (`extra`) where they answer.
 */
function restOfArticles<T extends { article: string; extra?: boolean }>(
  byScore: readonly T[],
  judged: ReadonlySet<T>,
  articles: ReadonlySet<string>,
  judge: (candidate: T) => Judged,
): Array<{ candidate: T; judged: Judged }> {
  return byScore
    .filter((candidate) => !judged.has(candidate) && articles.has(candidate.article))
    .map((candidate) => ({ candidate, judged: judge(candidate) }))
    .filter((p) => !p.candidate.extra || p.judged.verdict === "answers");
}

/**
 * Passages in order with each `near` one that lacks only a narrow kind of answer asked (`lacksOnlyAnswer`)
 * moved after the first passage below it, of its article, that answers: the article answers there what the
 * closer passage only tells about ("Yesterday ... were hit" before "the attacks occurred at 4:00 A.M."),
 * however much more of the question's words the closer one holds. Passages moved after one keep their order.
 * A story's answer is hardly ever in another story, so another article's answer does not move it.
 */
export function answerAfter<T extends { candidate: { article: string }; judged: Judged }>(passages: readonly T[]): T[] {
  return movedAfter(
    passages,
    (p) => p.judged.lacksOnlyAnswer === true,
    (q) => q.judged.verdict === "answers",
  );
}

/**
 * Passages of a claim in order with each `near` one whose quote lacks the claim's figure (`lacksFigure`) or its
 * predicate (`lacksPredicate`) moved after the first passage below it, of its article, that supports the claim:
 * that one gives the figure or says what the claim says happened, which the closer one, ranked by words alone,
 * does not ("over 1,000 people" for "over a thousand people"; "survived" for "the man who was shot near Perris
 * survived"). As `answerAfter` does for a question.
 */
export function figureAfter<T extends { candidate: { article: string }; judged: Judged }>(passages: readonly T[]): T[] {
  return movedAfter(
    passages,
    (p) => p.judged.verdict === "near" && (p.judged.lacksFigure === true || p.judged.lacksPredicate === true),
    // A passage lacking the predicate gives way only to one that states it.
    (q, p) => q.judged.verdict === "supports" && (p.judged.lacksFigure === true || q.judged.plainly === true),
  );
}

/** Passages with each that `lacks` moved after the first passage below it, of its article, that `gives` in its place. */
function movedAfter<T extends { candidate: { article: string }; judged: Judged }>(
  passages: readonly T[],
  lacks: (p: T) => boolean,
  gives: (q: T, p: T) => boolean,
): T[] {
  const after = new Map<T, T[]>();
  passages.forEach((p, i) => {
    if (!lacks(p)) return;
    const answer = passages.slice(i + 1).find((q) => gives(q, p) && q.candidate.article === p.candidate.article);
    if (answer) after.set(answer, [...(after.get(answer) ?? []), p]);
  });
  const moved = new Set([...after.values()].flat());
  return passages.filter((p) => !moved.has(p)).flatMap((p) => [p, ...(after.get(p) ?? [])]);
}

/**
 * Passages in a reply's order, with, for a claim whose first passage does not support it, the first
 * passage that contradicts it moved to the front: a reader meets "the article says otherwise" before a
 * loosely related quote. Where several contradict it, the first whose clash the article states plainly
 * (`hedged` false: not "has probably sent", not "sources claim") comes first: the article says it, not only
 * that someone may have. `passages` is sorted in place and returned.
 */
export function clashFirst<T>(
  kind: QueryKind,
  passages: T[],
  verdictOf: (passage: T) => PassageVerdict,
  hedged: (passage: T) => boolean = () => false,
): T[] {
  const [first] = passages;
  if (kind !== "sources" || first === undefined || verdictOf(first) === "supports") return passages;
  const clashes = passages.filter((p) => verdictOf(p) === "contradicts");
  const clash = clashes.find((p) => !hedged(p)) ?? clashes[0];
  const at = clash === undefined ? -1 : passages.indexOf(clash);
  if (at > 0) passages.unshift(...passages.splice(at, 1));
  return passages;
}
