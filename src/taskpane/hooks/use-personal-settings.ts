/** The person's settings on this computer: as read when the storage opened, saved from the Settings view. */
import { useCallback, useRef, useState } from "react";
import { DEFAULT_SETTINGS, type PersonalSettings, type SettingsUpdate } from "../../storage/settings";
import { logError } from "../office-helpers";
import type { PaneStorage } from "../services/pane-storage";
import { strings } from "../strings";
import { errorMessage, type StorageHandle } from "./storage-handle";
import type { ValidationSettings } from "./use-pane-session";

export interface PersonalSettingsState {
  settings: PersonalSettings;
  /** Reads the stored settings when the storage has opened (defaults when they cannot be read). */
  loadSettings: (storage: PaneStorage) => Promise<void>;
  /** Shows what loadSettings read (after opening has finished, with the rest of what it found). */
  showLoadedSettings: () => void;
  /** Read when a validation starts (a getter, so settings saved just before validating apply). */
  validationSettings: () => ValidationSettings;
  saveSettings: (patch: Partial<PersonalSettings>) => Promise<SettingsUpdate>;
}

export function usePersonalSettings(handle: StorageHandle): PersonalSettingsState {
  const [settings, setSettings] = useState<PersonalSettings>(DEFAULT_SETTINGS);
  const settingsRef = useRef<PersonalSettings>(DEFAULT_SETTINGS);

  const loadSettings = useCallback(async (storage: PaneStorage): Promise<void> => {
    try {
      settingsRef.current = await storage.store.getSettings();
    } catch (error) {
      void logError(error);
    }
  }, []);
  const showLoadedSettings = useCallback(() => setSettings(settingsRef.current), []);

  const validationSettings = useCallback((): ValidationSettings => ({ horizonDays: settingsRef.current.attentionHorizonDays, redFor: settingsRef.current.redPolicy }), []);

  const { opened, current } = handle;
  const saveSettings = useCallback(async (patch: Partial<PersonalSettings>): Promise<SettingsUpdate> => {
    await opened;
    const storage = current();
    if (!storage) return { ok: false, problems: [strings.settingsView.unavailable] };
    let update: SettingsUpdate;
    try {
      update = await storage.store.updateSettings(patch);
    } catch (error) {
      void logError(error);
      return { ok: false, problems: [errorMessage(error)] };
    }
    if (update.ok) {
      settingsRef.current = update.settings;
      setSettings(update.settings);
    }
    return update;
  }, [opened, current]);

  return { settings, loadSettings, showLoadedSettings, validationSettings, saveSettings };
}
