/**
 * User settings, stored with a schema version. `migrateSettings` turns whatever is stored (nothing, an older
 * version, or something corrupt) into the current shape; it never throws.
 */
import { z } from 'zod';
import { sites } from '../sites';

export const SETTINGS_VERSION = 1;

export const SettingsSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_VERSION),
  enabledSites: z.record(z.string().max(40), z.boolean()),
  sensitivity: z.enum(['low', 'normal', 'high']),
});

export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_VERSION,
    enabledSites: Object.fromEntries(sites.map((s) => [s.id, true])),
    sensitivity: 'normal',
  };
}

/** Version 0 (before versioning) stored `{ sensitivity, disabledSites: string[] }`. */
const V0 = z.object({
  sensitivity: z.enum(['low', 'normal', 'high']).optional(),
  disabledSites: z.array(z.string()).optional(),
});

export function migrateSettings(raw: unknown): Settings {
  const defaults = defaultSettings();
  const current = SettingsSchema.safeParse(raw);
  if (current.success)
    return { ...current.data, enabledSites: { ...defaults.enabledSites, ...current.data.enabledSites } };
  const v0 = V0.safeParse(raw);
  if (v0.success && raw !== null && typeof raw === 'object' && !('schemaVersion' in raw)) {
    const enabledSites = { ...defaults.enabledSites };
    for (const id of v0.data.disabledSites ?? []) if (id in enabledSites) enabledSites[id] = false;
    return { ...defaults, sensitivity: v0.data.sensitivity ?? defaults.sensitivity, enabledSites };
  }
  return defaults;
}
