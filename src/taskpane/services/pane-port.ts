/**
 * What the pane needs from the document: the document port with whichever optional capabilities the adapter offers
 * (navigate, item at the cursor, watch, shared-state access: declared once, in src/document/port.ts). The Word adapter
 * has them all; a port without them still works, the pane then offers less. The pane never imports an adapter (only
 * index.tsx wires it).
 */
import type { CapableDocument } from "../../document/port";

export type PanePort = CapableDocument;
