/**
 * Word.CustomXmlPart, CustomXmlPartCollection and CustomXmlPartScopedCollection (WordApi 1.4).
 */
import { SimulatedOfficeError, ErrorCode, invalidArgument } from "../errors";
import type { StoredXmlPart } from "../custom-xml-store";
import type { Bound, Origin, Scalar } from "./client-object";
import { SimClientObject, SimClientResult } from "./client-object";
import { SimCollection, type Listing } from "./collection";

const PART_SCALARS: Readonly<Record<string, Scalar<StoredXmlPart>>> = {
  /** "Gets the ID of the custom XML part." */
  id: { read: (part) => part.id },
  /** "Gets the namespace URI of the custom XML part." */
  namespaceUri: { read: (part) => part.namespaceUri },
};

export class SimCustomXmlPart extends SimClientObject<StoredXmlPart> {
  protected readonly _typeName = "CustomXmlPart";

  get id(): string {
    return this._get("id");
  }

  get namespaceUri(): string {
    return this._get("namespaceUri");
  }

  /** "Gets the full XML content of the custom XML part." */
  getXml(): SimClientResult<string> {
    const result = new SimClientResult<string>();
    this._queue("CustomXmlPart.getXml()", (part) => result._resolve(part.xml));
    return result;
  }

  /** "Sets the full XML content of the custom XML part." Malformed XML fails with InvalidArgument. */
  setXml(xml: string): void {
    this._queue("CustomXmlPart.setXml()", (part) => {
      const store = this._host.customXml;
      try {
        store.setXml(part, checkXml(xml));
      } catch (error) {
        throw xmlError("CustomXmlPart.setXml", error);
      }
    });
  }

  /** "Deletes the custom XML part." */
  delete(): void {
    this._queue("CustomXmlPart.delete()", (part) => this._host.customXml.delete(part));
  }

  protected _scalars(): Readonly<Record<string, Scalar<StoredXmlPart>>> {
    return PART_SCALARS;
  }

  protected override _isStale(part: StoredXmlPart): boolean {
    return !this._host.customXml.isStored(part);
  }
}

abstract class SimXmlPartList extends SimCollection<StoredXmlPart, SimCustomXmlPart> {
  /** "Gets the number of items in the collection." */
  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._queue(`${this._typeName}.getCount()`, (listing) => result._resolve(listing.all().length));
    return result;
  }

  /** "Gets a custom XML part based on its ID." Throws ItemNotFound when absent. */
  getItem(id: string): SimCustomXmlPart {
    return this._pick(`getItem(${JSON.stringify(id)})`, false, (list) => findById(list, id));
  }

  /** "If the CustomXmlPart doesn't exist, then this method will return an object with its `isNullObject` property set to `true`." */
  getItemOrNullObject(id: string): SimCustomXmlPart {
    return this._pick(`getItemOrNullObject(${JSON.stringify(id)})`, true, (list) => findById(list, id));
  }

  protected _makeItem(origin: Origin<StoredXmlPart> | Bound<StoredXmlPart>): SimCustomXmlPart {
    return new SimCustomXmlPart(this.context, origin);
  }
}

export class SimCustomXmlPartCollection extends SimXmlPartList {
  protected readonly _typeName = "CustomXmlPartCollection";

  /** "Adds a new custom XML part to the document." */
  add(xml: string): SimCustomXmlPart {
    return new SimCustomXmlPart(
      this.context,
      this._child("add()", () => {
        try {
          return this._host.customXml.add(checkXml(xml));
        } catch (error) {
          throw xmlError("CustomXmlPartCollection.add", error);
        }
      }),
    );
  }

  /** "Gets a new scoped collection of custom XML parts whose namespaces match the given namespace." */
  getByNamespace(namespaceUri: string): SimCustomXmlPartScopedCollection {
    return new SimCustomXmlPartScopedCollection(
      this.context,
      this._child(`getByNamespace(${JSON.stringify(namespaceUri)})`, (listing): Listing<StoredXmlPart> => ({ all: () => listing.all().filter((part) => part.namespaceUri === namespaceUri) })),
    );
  }
}

export class SimCustomXmlPartScopedCollection extends SimXmlPartList {
  protected readonly _typeName = "CustomXmlPartScopedCollection";

  /** "If the collection contains exactly one item, this method returns it. Otherwise, this method produces an error." */
  getOnlyItem(): SimCustomXmlPart {
    return this._pick("getOnlyItem()", false, (list) => {
      if (list.length > 1) throw new SimulatedOfficeError(ErrorCode.generalException, `The collection holds ${list.length} custom XML parts, not exactly one.`, "CustomXmlPartScopedCollection.getOnlyItem");
      return list[0] ?? null;
    });
  }

  /** "Otherwise, this method will return an object with its `isNullObject` property set to `true`." */
  getOnlyItemOrNullObject(): SimCustomXmlPart {
    return this._pick("getOnlyItemOrNullObject()", true, (list) => (list.length === 1 ? list[0]! : null));
  }
}

function findById(list: StoredXmlPart[], id: string): StoredXmlPart | null {
  const wanted = id.toUpperCase();
  return list.find((part) => part.id === wanted) ?? null;
}

function checkXml(xml: unknown): string {
  if (typeof xml !== "string") throw new Error("The XML must be a string.");
  return xml;
}

function xmlError(location: string, error: unknown): SimulatedOfficeError {
  return invalidArgument(location, `The XML is not well formed: ${error instanceof Error ? error.message : String(error)}`);
}
