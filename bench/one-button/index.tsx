/**
 * The bench's yardstick: a one-button React + Fluent UI page, as small as a task pane gets (Microsoft's React
 * task-pane template is this plus a header, a list and a text box). Built like the pane (webpack.config.js
 * `--env oneButton`, production) and measured next to it by bench/suites/pane-production-render.ts.
 */
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("one-button.html has no #root element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Run</Button>
    </FluentProvider>,
  );
});
