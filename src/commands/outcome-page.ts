/** The dialog page of the "Validate plan" notification: the message, and an OK button that closes it. */
import type { OutcomeMessage } from "./outcome-message";

export function renderOutcomePage(page: Document, message: OutcomeMessage, close: () => void): void {
  page.title = message.title;
  const main = page.createElement("main");
  main.style.font = "14px 'Segoe UI', system-ui, sans-serif";
  main.style.padding = "12px 16px";
  const heading = page.createElement("h1");
  heading.textContent = message.title;
  heading.style.fontSize = "18px";
  main.append(heading);
  for (const line of message.lines) {
    const paragraph = page.createElement("p");
    paragraph.textContent = line;
    main.append(paragraph);
  }
  const button = page.createElement("button");
  button.type = "button";
  button.textContent = "OK";
  button.addEventListener("click", close);
  main.append(button);
  page.body.replaceChildren(main);
  button.focus();
}
