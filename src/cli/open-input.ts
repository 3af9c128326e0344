/** Opening the input .docx: the part every command shares. */
import { openDocx, type DocxDocument } from "../document/docx/docx-document";
import type { CliIo } from "./cli-io";
import type { Progress } from "./progress";

export async function openInput(path: string, io: CliIo, progress: Progress): Promise<DocxDocument> {
  progress(`Reading ${path}…`);
  const bytes = await io.readFile(path);
  return openDocx(bytes);
}
