/** The documents the catalogue cites (docs/red-flags.md), by key. */
import { t, type MessageKey } from '../i18n';
import { en } from '../i18n/en';
export const SOURCES = {
  G1: {
    title: 'US State Dept / Treasury (OFAC) / FBI: Guidance on the DPRK Information Technology Workers',
    date: '2022-05-16',
    url: 'https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf',
  },
  G3: {
    title: 'US/ROK joint PSA: Additional Guidance on the DPRK IT Workers (IC3 PSA231018)',
    date: '2023-10-18',
    url: 'https://www.ic3.gov/PSA/2023/PSA231018',
  },
  G4: {
    title: 'FBI PSA: DPRK Leverages U.S.-Based Individuals to Defraud U.S. Businesses (IC3 PSA240516)',
    date: '2024-05-16',
    url: 'https://www.ic3.gov/PSA/2024/PSA240516',
  },
  G6: {
    title: 'FBI PSA: North Korean IT Workers Conducting Data Extortion (IC3 PSA250123)',
    date: '2025-01-23',
    url: 'https://www.ic3.gov/PSA/2025/PSA250123',
  },
  SEAL: {
    title: 'Security Alliance frameworks: DPRK IT Workers',
    date: '2024–2025',
    url: 'https://frameworks.securityalliance.org/',
  },
  IND: { title: 'Industry reports (Mandiant, Google GTIG, Microsoft, Secureworks, Nisos)', date: '2024–2025', url: '' },
} as const;

export type SourceKey = keyof typeof SOURCES;

/** "G1 Red flag indicators" -> the source entry (for links in the UI). */
export function sourceOf(citation: string): (typeof SOURCES)[SourceKey] | undefined {
  const key = citation.split(' ')[0] as SourceKey;
  return SOURCES[key];
}

// The catalogue key of each passage, found by its English words (how the rules cite it and the history stored it).
let passages: Map<string, MessageKey> | undefined;
function passageKey(citation: string): MessageKey | undefined {
  passages ??= new Map(
    Object.entries(en)
      .filter(([k]) => k.startsWith('cite.'))
      .map(([k, v]) => [v, k as MessageKey]),
  );
  return passages.get(citation);
}

/**
 * A citation as the reader reads it: the cited passage in the current language ("G1 Warnsignale (…)"), or for a
 * whole document ("SEAL", "G4") its name. A citation the catalogue does not know is shown as it is.
 */
export function citationText(citation: string): string {
  const key = passageKey(citation);
  if (key) return t(key);
  const doc = `source.${citation}`;
  return doc in en ? t(doc as MessageKey) : citation;
}

/** The document a citation is from, named in the current language (for a link's title). */
export function sourceTitle(citation: string): string | undefined {
  const doc = `source.${citation.split(' ')[0]}`;
  return doc in en ? t(doc as MessageKey) : undefined;
}
