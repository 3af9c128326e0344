/** The Word adapter's name for the shared recognizer entry (src/document/recognize.ts), kept for its importers. */
export { recognizeModel } from "../recognize";
