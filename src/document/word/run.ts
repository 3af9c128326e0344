/** The one entry into Word.run: every Office.js failure leaves the adapter as a WordAdapterError. */
import { WordAdapterError, isWordAdapterError } from "./errors";

export async function runInWord<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    if (isWordAdapterError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new WordAdapterError("WordFailed", `Word could not complete the operation: ${detail}`, { cause: error });
  }
}
