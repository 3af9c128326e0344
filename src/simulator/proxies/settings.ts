/**
 * Word.SettingCollection / Word.Setting (WordApi 1.4): "Gets the add-in's settings in the document." Values are stored
 * as JSON, as Office stores settings, so what comes back is a copy.
 */
import { invalidArgument } from "../errors";
import type { Bound, Origin, Scalar } from "./client-object";
import { SimClientObject, SimClientResult } from "./client-object";
import { SimCollection } from "./collection";

const SETTING_SCALARS: Readonly<Record<string, Scalar<string>>> = {
  /** "Gets the key of the setting." */
  key: { read: (key) => key },
  /** "Specifies the value of the setting." */
  value: { read: (key, host) => copy(host.settings.get(key)) },
};

export class SimSetting extends SimClientObject<string> {
  protected readonly _typeName = "Setting";

  get key(): string {
    return this._get("key");
  }

  get value(): unknown {
    return this._get("value");
  }
  set value(value: unknown) {
    this._setScalar("value", value, (key, stored) => this._host.settings.set(key, serialized(stored, "Setting.value")));
  }

  /** "Deletes the setting." */
  delete(): void {
    this._queue("Setting.delete()", (key) => this._host.settings.delete(key));
  }

  protected _scalars(): Readonly<Record<string, Scalar<string>>> {
    return SETTING_SCALARS;
  }

  protected override _isStale(key: string): boolean {
    return !this._host.settings.has(key);
  }
}

export class SimSettingCollection extends SimCollection<string, SimSetting> {
  protected readonly _typeName = "SettingCollection";

  /** "Creates a new setting or sets an existing setting." */
  add(key: string, value: unknown): SimSetting {
    return new SimSetting(
      this.context,
      this._child(`add(${JSON.stringify(key)})`, () => {
        if (typeof key !== "string" || key === "") throw invalidArgument("SettingCollection.add", "The key must be a non-empty string.");
        this._host.settings.set(key, serialized(value, "SettingCollection.add"));
        return key;
      }),
    );
  }

  /** "Deletes all settings in this add-in." */
  deleteAll(): void {
    this._queue("SettingCollection.deleteAll()", () => this._host.settings.clear());
  }

  /** "Gets the number of items in the collection." */
  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._queue("SettingCollection.getCount()", (listing) => result._resolve(listing.all().length));
    return result;
  }

  /** "Gets a `Setting` object by its key, which is case-sensitive. Throws an `ItemNotFound` error if the setting doesn't exist." */
  getItem(key: string): SimSetting {
    return this._pick(`getItem(${JSON.stringify(key)})`, false, (keys) => (keys.includes(key) ? key : null));
  }

  getItemOrNullObject(key: string): SimSetting {
    return this._pick(`getItemOrNullObject(${JSON.stringify(key)})`, true, (keys) => (keys.includes(key) ? key : null));
  }

  protected _makeItem(origin: Origin<string> | Bound<string>): SimSetting {
    return new SimSetting(this.context, origin);
  }
}

function serialized(value: unknown, location: string): unknown {
  const json = value === undefined ? undefined : JSON.stringify(value);
  if (json === undefined) throw invalidArgument(location, "A setting value must be JSON-serializable.");
  return JSON.parse(json) as unknown;
}

function copy(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}
