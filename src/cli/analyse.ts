/** Opening the input .docx and validating it with the domain engine: the part every command shares. */
import { defaultCalendar, type Calendar } from "../domain/calendar";
import { allItems } from "../domain/plan";
import { validatePlan } from "../domain/validate";
import type { ValidationResult } from "../domain/validation-types";
import { openDocx, type DocxDocument } from "../document/docx/docx-document";
import { notAnActionPlanError } from "../document/docx/not-an-action-plan";
import type { ReadResult } from "../document/port";
import type { CliIo } from "./cli-io";
import type { Progress } from "./progress";

export async function openInput(path: string, io: CliIo, progress: Progress): Promise<DocxDocument> {
  progress(`Reading ${path}…`);
  const bytes = await io.readFile(path);
  return openDocx(bytes);
}

export interface Analysis {
  read: ReadResult;
  result: ValidationResult;
}

/**
 * Reads the plan and validates it as of a date against `calendar` (default: the shipped one; --calendar gives
 * another). A document without any action item is unusable input.
 */
export async function analyse(document: DocxDocument, asOf: string, progress: Progress, calendar: Calendar = defaultCalendar()): Promise<Analysis> {
  progress("Recognizing the action tables…");
  const read = await document.read();
  const items = allItems(read.plan).length;
  if (items === 0) throw notAnActionPlanError(read.findings, "check");
  progress(`Validating ${items} items as of ${asOf}…`);
  return { read, result: validatePlan(read.plan, calendar, asOf, {}, read.findings) };
}
