/** The Word-like plan (src/fixture/word-like) for the tests, built once per test file. */
import { wordLikePlan, type WordLikePlan } from "../../../src/fixture/word-like/word-like-plan";
import { seedText } from "./actual-plan";

let plan: Promise<WordLikePlan> | null = null;

export function wordLike(): Promise<WordLikePlan> {
  plan ??= wordLikePlan(seedText());
  return plan;
}
