/** The one entry into Word.run: every Office.js failure leaves the adapter as a DocumentError. */
import { DocumentError, isDocumentError } from "../document-error";

export async function runInWord<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    if (isDocumentError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocumentError("WordFailed", `Word could not complete the operation: ${detail}`, { cause: error });
  }
}
