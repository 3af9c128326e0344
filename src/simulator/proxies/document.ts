/**
 * Word.Document: the root object of a request context (`context.document`).
 */
import { descendantControls } from "../tree";
import type { HostDocument } from "../host-document";
import type { SimRequestContext } from "../request-context";
import { SimClientObject, type ProxyObject, type Scalar } from "./client-object";
import { SimBody } from "./body";
import { SimContentControlCollection, type ControlListing } from "./content-control-collection";
import { SimCustomXmlPartCollection } from "./custom-xml";
import { SimRange } from "./range";
import { SimSettingCollection } from "./settings";

export class SimDocument extends SimClientObject<HostDocument> {
  protected readonly _typeName = "Document";
  protected override readonly _permanent = true;

  constructor(context: SimRequestContext) {
    super(context, { bound: context._runtime.host, label: "Document" });
  }

  /** "Gets the `Body` object of the main document." (WordApi 1.1) */
  get body(): SimBody {
    return this._cached("body", () => permanent(new SimBody(this.context, { bound: this._host.root, label: "Document.body" })));
  }

  /** "Gets the collection of `ContentControl` objects in the document." (WordApi 1.1) */
  get contentControls(): SimContentControlCollection {
    return this._cached("contentControls", () => {
      const host = this._host;
      const listing: ControlListing = {
        all: () => descendantControls(host.root.children),
        withTag: (tag) => host.controlsByTag(tag, host.root),
        withId: (id) => host.controlById(id, host.root),
      };
      return permanent(new SimContentControlCollection(this.context, { bound: listing, label: "Document.contentControls" }));
    });
  }

  /** "Gets the custom XML parts in the document." (WordApi 1.4) */
  get customXmlParts(): SimCustomXmlPartCollection {
    return this._cached("customXmlParts", () => {
      const store = this._host.customXml;
      return permanent(new SimCustomXmlPartCollection(this.context, this._child("customXmlParts", () => ({ all: () => [...store.list()] }), { requires: "1.4" })));
    });
  }

  /** "Gets the add-in's settings in the document." (WordApi 1.4) */
  get settings(): SimSettingCollection {
    return this._cached("settings", () => {
      const settings = this._host.settings;
      return permanent(new SimSettingCollection(this.context, this._child("settings", () => ({ all: () => [...settings.keys()] }), { requires: "1.4" })));
    });
  }

  /** "Gets the current selection of the document. Multiple selections aren't supported." (WordApi 1.1) */
  getSelection(): SimRange {
    return new SimRange(this.context, this._child("getSelection()", (host) => host.selection.range));
  }

  protected _scalars(): Readonly<Record<string, Scalar<HostDocument>>> {
    return {};
  }

  protected override _navigationNames(): readonly string[] {
    return ["body", "contentControls"];
  }
}

/** The document's own collections and body are root objects: usable in any run of the context. */
function permanent<T extends ProxyObject>(object: T): T {
  object._tracked = true;
  return object;
}
