/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   The plugin does not know Word.CustomXmlPart.namespaceUri; one test reads a ClientResult before sync on purpose. */
/**
 * Word simulator: custom XML parts and settings (WordApi 1.4), content-control events (WordApi 1.5), and the
 * Office globals installed for code written against the real Word API.
 */
import { createSimulatedWord, installSimulatedOffice } from "../../src/simulator";
import { cell, doc, paragraph, table } from "../support/simulator-doc-builder";
import { syncError } from "../support/simulator-support";

const NS = "urn:action-plan-addin:state";
const STATE = `<actionPlanState xmlns="${NS}" schemaVersion="1"/>`;

describe("custom XML parts", () => {
  test("add, find by namespace, read, replace and delete a part", async () => {
    const sim = createSimulatedWord(doc(paragraph("x")));
    const id = await sim.run(async (context) => {
      const part = context.document.customXmlParts.add(STATE);
      part.load("id,namespaceUri");
      await context.sync();
      expect(part.namespaceUri).toBe(NS);
      return part.id;
    });
    expect(sim.getCustomXmlParts()).toEqual([{ id, namespaceUri: NS, xml: STATE }]);

    await sim.run(async (context) => {
      const found = context.document.customXmlParts.getByNamespace(NS);
      const only = found.getOnlyItemOrNullObject();
      const xml = only.getXml();
      expect(() => xml.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      const count = context.document.customXmlParts.getCount();
      const elsewhere = context.document.customXmlParts.getByNamespace("urn:other").getOnlyItemOrNullObject();
      await context.sync();
      expect([only.isNullObject, xml.value, count.value, elsewhere.isNullObject]).toEqual([false, STATE, 1, true]);
      only.setXml(STATE.replace("/>", "><documentKey>k</documentKey></actionPlanState>"));
      await context.sync();
    });
    expect(sim.getCustomXmlParts()[0]!.xml).toContain("<documentKey>k</documentKey>");

    await sim.run(async (context) => {
      context.document.customXmlParts.getItem(id).delete();
      const gone = context.document.customXmlParts.getItemOrNullObject(id);
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect(sim.getCustomXmlParts()).toEqual([]);
  });

  test("malformed XML is refused with InvalidArgument and nothing is stored", async () => {
    const sim = createSimulatedWord(doc(paragraph("x")));
    const error = await syncError(sim, (context) => {
      context.document.customXmlParts.add("<actionPlanState");
    });
    expect(error.code).toBe("InvalidArgument");
    expect(sim.getCustomXmlParts()).toEqual([]);
  });

  test("getOnlyItem fails when parts with the namespace are missing or several", async () => {
    const sim = createSimulatedWord(doc(paragraph("x")));
    const none = await syncError(sim, (context) => {
      context.document.customXmlParts.getByNamespace(NS).getOnlyItem();
    });
    expect(none.code).toBe("ItemNotFound");
    const several = await syncError(sim, (context) => {
      context.document.customXmlParts.add(STATE);
      context.document.customXmlParts.add(STATE);
      context.document.customXmlParts.getByNamespace(NS).getOnlyItem();
    });
    expect(several.code).toBe("GeneralException");
  });
});

describe("settings", () => {
  test("add, read back a copy, delete", async () => {
    const sim = createSimulatedWord(doc(paragraph("x")));
    await sim.run(async (context) => {
      const settings = context.document.settings;
      settings.add("state", { redMarks: ["01-04"] });
      const read = settings.getItemOrNullObject("state");
      read.load("key,value");
      const missing = settings.getItemOrNullObject("nope");
      await context.sync();
      expect([read.key, read.value, missing.isNullObject]).toEqual(["state", { redMarks: ["01-04"] }, true]);
      read.delete();
      await context.sync();
    });
    expect(sim.getSettings()).toEqual({});
  });
});

describe("Office.context.document.settings (Common API fallback)", () => {
  test("set is in memory until saveAsync persists it; Word.SettingCollection then reads the same value", async () => {
    const sim = createSimulatedWord(doc(paragraph("x")));
    const uninstall = installSimulatedOffice(globalThis, sim);
    try {
      const settings = Office.context.document.settings;
      expect(settings.get("state")).toBeNull();
      settings.set("state", "<xml/>");
      expect(settings.get("state")).toBe("<xml/>");
      expect(sim.getSettings()).toEqual({});
      const status = await new Promise<Office.AsyncResultStatus>((resolve) => settings.saveAsync((result) => resolve(result.status)));
      expect(status).toBe(Office.AsyncResultStatus.Succeeded);
      expect(sim.getSettings()).toEqual({ state: "<xml/>" });
      const value = await sim.run(async (context) => {
        const setting = context.document.settings.getItem("state");
        setting.load("value");
        await context.sync();
        return setting.value as unknown;
      });
      expect(value).toBe("<xml/>");
    } finally {
      uninstall();
    }
  });
});

describe("content-control events", () => {
  const model = () => doc(table([[cell("01-04", { control: { tag: "outer", title: "" } })]]), paragraph("free"));

  test("onDataChanged fires after the sync that changed the control, for the control and the ones around it", async () => {
    const sim = createSimulatedWord(model());
    const received: Array<Word.ContentControlDataChangedEventArgs | Word.ContentControlDeletedEventArgs> = [];
    await sim.run(async (context) => {
      const outer = context.document.contentControls.getByTag("outer").getFirst();
      const inner = outer.getRange("Content").insertContentControl();
      inner.tag = "inner";
      outer.onDataChanged.add(async (args) => {
        received.push(args);
      });
      inner.onDataChanged.add(async (args) => {
        received.push(args);
      });
      await context.sync();
      expect(sim.eventHandlerCount()).toBe(2);
      inner.insertText("01-05", "Replace");
      const pending = context.sync();
      expect(received).toEqual([]);
      await pending;
      await sim.flushEvents();
    });
    expect(received.map((args) => [args.eventType, args.source])).toEqual([
      ["ContentControlDataChanged", "Local"],
      ["ContentControlDataChanged", "Local"],
    ]);
  });

  test("a co-author's edit raises the event with source Remote; deleting a control raises onDeleted", async () => {
    const sim = createSimulatedWord(model());
    const received: Array<Word.ContentControlDataChangedEventArgs | Word.ContentControlDeletedEventArgs> = [];
    const id = await sim.run(async (context) => {
      const control = context.document.contentControls.getFirst();
      control.load("id");
      control.onDataChanged.add(async (args) => void received.push(args));
      control.onDeleted.add(async (args) => void received.push(args));
      await context.sync();
      return control.id;
    });
    sim.edit((editor) => editor.setCellText({ table: 0, row: 0, cell: 0 }, "01-09"));
    await sim.flushEvents();
    sim.edit((editor) => editor.controls("outer")[0]!.remove(true));
    await sim.flushEvents();
    expect(received).toEqual([
      { eventType: "ContentControlDataChanged", ids: [id], source: "Remote" },
      { eventType: "ContentControlDeleted", ids: [id], source: "Remote" },
    ]);
  });

  test("changing shading or tags is not a data change; removing the handler stops delivery", async () => {
    const sim = createSimulatedWord(model());
    let calls = 0;
    await sim.run(async (context) => {
      const control = context.document.contentControls.getFirst();
      const registration = control.onDataChanged.add(async () => void (calls += 1));
      await context.sync();
      control.tag = "renamed";
      context.document.body.tables.getFirst().getCell(0, 0).shadingColor = "#FF0000";
      await context.sync();
      registration.remove();
      control.insertText("x", "End");
      await context.sync();
    });
    await sim.flushEvents();
    expect(calls).toBe(0);
    expect(sim.eventHandlerCount()).toBe(0);
  });

  test("on a host without WordApi 1.5, registering a handler fails with ApiNotFound", async () => {
    const sim = createSimulatedWord(model(), { requirementSets: { WordApi: "1.4" } });
    const error = await syncError(sim, (context) => {
      context.document.contentControls.getFirst().onDataChanged.add(async () => undefined);
    });
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("installSimulatedOffice", () => {
  test("code written against the global Word/Office API runs unchanged; uninstall restores the globals", async () => {
    const sim = createSimulatedWord(doc(paragraph("x")), { requirementSets: { WordApi: "1.4" }, platform: "OfficeOnline" });
    const uninstall = installSimulatedOffice(globalThis, sim);
    try {
      const info = await Office.onReady();
      expect(info).toEqual({ host: "Word", platform: "OfficeOnline" });
      expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(true);
      expect(Office.context.requirements.isSetSupported("WordApi", "1.5")).toBe(false);
      const text = await Word.run(async (context) => {
        const added = context.document.body.insertParagraph("y", Word.InsertLocation.end);
        added.insertContentControl().appearance = Word.ContentControlAppearance.hidden;
        const body = context.document.body;
        body.load("text");
        await context.sync();
        return body.text;
      });
      expect(text).toBe("x\ry");
      const failure = await Word.run(async (context) => {
        context.document.body.tables.getFirst();
        await context.sync();
      }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(OfficeExtension.Error);
      expect((failure as OfficeExtension.Error).code).toBe(Word.ErrorCodes.itemNotFound);
    } finally {
      uninstall();
    }
    expect("Word" in globalThis).toBe(false);
  });
});
