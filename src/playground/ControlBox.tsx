/**
 * A content control as Word draws a rich-text control with a bounding box: a thin frame around its content, its
 * title in a tab above the frame on hover and while the selection is inside (document-view-css.ts).
 * The tab is decoration (aria-hidden); tag and title are also data attributes, for the end-to-end tests.
 */
import type { ReactNode } from "react";

interface ControlBoxProps {
  tag: string;
  title: string;
  selected: boolean;
  children: ReactNode;
}

export function ControlBox({ tag, title, selected, children }: ControlBoxProps) {
  return (
    <div className={selected ? "pg-cc pg-selected" : "pg-cc"} data-control-tag={tag} data-control-title={title} data-selected={selected || undefined}>
      <span className="pg-cc-title" aria-hidden="true">
        {title || tag}
      </span>
      {children}
    </div>
  );
}
