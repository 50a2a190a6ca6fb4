/**
 * User settings, stored with a schema version. `migrateSettings` turns whatever is stored (nothing, an older
 * version, or something corrupt) into the current shape, one version step at a time; it never throws.
 */
import { z } from 'zod';
import { sitePages } from '../sites/pages';
import { defaultTeamSettings, TeamSettingsSchema } from '../team/config';

export const SETTINGS_VERSION = 4;

const Sensitivity = z.enum(['low', 'normal', 'high']);
const Sites = z.record(z.string().max(40), z.boolean());

export const SettingsSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_VERSION),
  enabledSites: Sites,
  sensitivity: Sensitivity,
  /** "auto" follows the browser's language. */
  language: z.enum(['auto', 'en', 'de']),
  /** Profiles not seen for this many days are forgotten. */
  historyDays: z.number().int().min(1).max(3650),
  /** Photo hashes and previews are forgotten after this many days; 0 = photos are not compared at all. */
  photoDays: z.number().int().min(0).max(3650),
  /** Team memory (issue 16): the team's CouchDB database and what is shared; off by default. */
  team: TeamSettingsSchema,
});

export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_VERSION,
    enabledSites: Object.fromEntries(sitePages.map((s) => [s.id, true])),
    sensitivity: 'normal',
    language: 'auto',
    historyDays: 365,
    photoDays: 180,
    team: defaultTeamSettings(),
  };
}

/** Version 0 (before versioning) stored `{ sensitivity, disabledSites: string[] }`. */
const V0 = z.object({ sensitivity: Sensitivity.optional(), disabledSites: z.array(z.string()).optional() });
/** Version 1: sites and sensitivity. */
const V1 = z.strictObject({ schemaVersion: z.literal(1), enabledSites: Sites, sensitivity: Sensitivity });
/** Version 2: + language, history retention. */
const V2 = SettingsSchema.omit({ photoDays: true, team: true }).extend({ schemaVersion: z.literal(2) });
/** Version 3: + photo retention. */
const V3 = SettingsSchema.omit({ team: true }).extend({ schemaVersion: z.literal(3) });

export function migrateSettings(raw: unknown): Settings {
  const defaults = defaultSettings();
  const withSites = (s: Settings) => ({ ...s, enabledSites: { ...defaults.enabledSites, ...s.enabledSites } });
  const current = SettingsSchema.safeParse(raw);
  if (current.success) return withSites(current.data);
  const v3 = V3.safeParse(raw);
  if (v3.success) return withSites({ ...defaults, ...v3.data, schemaVersion: SETTINGS_VERSION });
  const v2 = V2.safeParse(raw);
  if (v2.success) return withSites({ ...defaults, ...v2.data, schemaVersion: SETTINGS_VERSION });
  const v1 = V1.safeParse(raw);
  if (v1.success) return withSites({ ...defaults, ...v1.data, schemaVersion: SETTINGS_VERSION });
  const v0 = V0.safeParse(raw);
  if (v0.success && raw !== null && typeof raw === 'object' && !('schemaVersion' in raw)) {
    const enabledSites = { ...defaults.enabledSites };
    for (const id of v0.data.disabledSites ?? []) if (id in enabledSites) enabledSites[id] = false;
    return { ...defaults, sensitivity: v0.data.sensitivity ?? defaults.sensitivity, enabledSites };
  }
  return defaults;
}
