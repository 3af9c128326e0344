/**
 * Composition root of the playground (`npm run playground`, http://localhost:3001/playground.html): the task
 * pane's App on the Word host simulator instead of Word. A development tool, never in dist/ or the manifest.
 */
import { createRoot } from "react-dom/client";
import { Playground } from "./Playground";

const container = document.getElementById("root");
if (!container) throw new Error("playground.html has no #root element");
createRoot(container).render(<Playground />);
