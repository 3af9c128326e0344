/** @jest-environment jsdom */
import { detectHost, openInDialog, sendToOpener } from "../../src/taskpane/office-helpers";

type Handler = (args: unknown) => void;

/** The part of Office.js the helpers' Dialog uses, recording what the add-in asked for. */
function fakeOffice(options: { host?: string; platform?: string; dialogFails?: boolean } = {}) {
  const handlers = new Map<string, Handler>();
  const opened: Array<{ url: string; closed: boolean }> = [];
  const sentToParent: string[] = [];
  const office = {
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      host: options.host,
      platform: options.platform,
      ui: {
        messageParent: (message: string) => sentToParent.push(message),
        displayDialogAsync(url: string, _size: unknown, callback: (result: unknown) => void) {
          if (options.dialogFails) {
            callback({ status: "failed", error: { code: 12007, message: "A dialog is already open." } });
            return;
          }
          const record = { url, closed: false };
          opened.push(record);
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
              close: () => {
                record.closed = true;
              },
            },
          });
        },
      },
    },
  };
  (window as unknown as { Office?: unknown }).Office = office;
  return { handlers, opened, sentToParent };
}

afterEach(() => {
  delete (window as unknown as { Office?: unknown }).Office;
});

describe("office-helpers (the one module on @microsoft/office-js-helpers)", () => {
  test("outside Office the host is WEB, without platform", async () => {
    expect(await detectHost()).toEqual({ host: "WEB", platform: null, isAddin: false });
  });

  test("in Word the host and platform come from Office.context", async () => {
    fakeOffice({ host: "Word", platform: "PC" });
    expect(await detectHost()).toEqual({ host: "WORD", platform: "PC", isAddin: true });
  });

  test("a dialog the person closes ends as 'closed', and the dialog URL is the one asked for", async () => {
    const office = fakeOffice({ host: "Word", platform: "OfficeOnline" });
    const outcome = openInDialog("https://localhost:3000/report.html");
    await waitUntil(() => office.handlers.has("dialogEventReceived"));
    office.handlers.get("dialogEventReceived")!({ error: 12006 });
    await expect(outcome).resolves.toEqual({ kind: "closed" });
    expect(office.opened).toEqual([{ url: "https://localhost:3000/report.html", closed: true }]);
  });

  test("what the dialog page sends with sendToOpener is what openInDialog returns, and the dialog closes", async () => {
    const office = fakeOffice({ host: "Word", platform: "PC" });
    const outcome = openInDialog("https://localhost:3000/report.html");
    await sendToOpener({ select: "01-04" });
    expect(office.sentToParent).toHaveLength(1);
    await waitUntil(() => office.handlers.has("dialogMessageReceived"));
    office.handlers.get("dialogMessageReceived")!({ message: office.sentToParent[0] });
    await expect(outcome).resolves.toEqual({ kind: "message", message: { select: "01-04" } });
    expect(office.opened[0]!.closed).toBe(true);
  });

  test("a dialog that cannot open is an error, not 'closed'", async () => {
    fakeOffice({ host: "Word", platform: "PC", dialogFails: true });
    await expect(openInDialog("https://localhost:3000/report.html")).rejects.toThrow("A dialog is already open.");
  });

  test("an http dialog URL is refused", async () => {
    fakeOffice({ host: "Word", platform: "PC" });
    await expect(openInDialog("http://localhost:3000/report.html")).rejects.toThrow(/HTTPS/);
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error("condition not reached");
}
