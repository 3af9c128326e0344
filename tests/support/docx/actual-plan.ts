/** The actual plan as a .docx for the tests, built once per test file from the committed seed text. */
import { readFileSync } from "node:fs";
import type { DocModel } from "../../../src/domain/document-model";
import { actualPlanDocx, actualPlanModel } from "../../../src/fixture/actual-plan-docx";

export { SEED_TEXT_PATH as SEED_PATH } from "../../../src/fixture/seed-file";
import { SEED_TEXT_PATH as SEED_PATH } from "../../../src/fixture/seed-file";

let seed: string | null = null;
let bytes: Promise<Uint8Array> | null = null;

export function seedText(): string {
  seed ??= readFileSync(SEED_PATH, "utf8");
  return seed;
}

/** The fixture model: seed text plus the person's red number cells. */
export function planModel(): DocModel {
  return actualPlanModel(seedText());
}

export function planDocx(): Promise<Uint8Array> {
  bytes ??= actualPlanDocx(seedText());
  return bytes;
}
