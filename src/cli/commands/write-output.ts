/** Saves the changed document to OUT (or over IN with --in-place), atomically. */
import type { DocxDocument } from "../../document/docx/docx-document";
import type { CliIo } from "../cli-io";
import type { Progress } from "../progress";

export async function writeOutput(document: DocxDocument, output: string, io: CliIo, progress: Progress): Promise<void> {
  progress(`Writing ${output}…`);
  const bytes = await document.save();
  await io.writeFileAtomic(output, bytes);
}
