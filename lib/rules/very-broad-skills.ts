/**
 * The catalogue's very-broad-skills (docs/red-flags.md): "an unusually long skill list spanning unrelated
 * stacks", cited as "G1 (resume of a DPRK IT worker)" — one person's résumé claiming too much. A low note: at
 * least 15 skills that span at least 5 unrelated fields. The field of a skill is looked up by keywords below.
 * A company's or agency's account (the page marks it so) is not checked: a team naturally lists the skills of
 * all its people, so the breadth says nothing about what one person claims.
 */
import { asNote } from '../finding-view';
import type { MessageKey } from '../i18n';
import { line } from '../i18n/evidence';
import { StringMemo } from '../text/string-memo';
import { finding } from './finding';
import type { ProfileRule } from './types';

const FIELDS: Record<string, string[]> = {
  'web front end': [
    'react',
    'vue',
    'vue.js',
    'angular',
    'svelte',
    'next.js',
    'nextjs',
    'html',
    'css',
    'javascript',
    'typescript',
    'front-end',
    'frontend',
    'tailwind',
  ],
  'back end': [
    'node.js',
    'nodejs',
    'django',
    'flask',
    'laravel',
    'php',
    'ruby',
    'rails',
    'spring',
    'java',
    '.net',
    'c#',
    'go',
    'golang',
    'express',
    'back-end',
    'backend',
    'api',
  ],
  mobile: ['flutter', 'swift', 'kotlin', 'android', 'ios', 'react native', 'xamarin', 'mobile'],
  blockchain: [
    'solidity',
    'blockchain',
    'web3',
    'smart contract',
    'smart contracts',
    'defi',
    'nft',
    'ethereum',
    'rust',
  ],
  'data & AI': [
    'tensorflow',
    'pytorch',
    'machine learning',
    'ml',
    'ai',
    'data science',
    'pandas',
    'nlp',
    'llm',
    'computer vision',
  ],
  'cloud & devops': ['aws', 'azure', 'gcp', 'kubernetes', 'docker', 'terraform', 'devops', 'ci/cd', 'linux'],
  games: ['unity', 'unreal', 'unreal engine', 'game', 'godot'],
  embedded: ['embedded', 'embedded c', 'firmware', 'arduino', 'fpga', 'c++', 'microcontroller', 'iot'],
  design: ['figma', 'photoshop', 'illustrator', 'ui/ux', 'ux', 'graphic design', 'logo'],
  marketing: ['seo', 'marketing', 'social media', 'ads', 'copywriting'],
  'e-commerce & CMS': ['wordpress', 'shopify', 'wix', 'magento', 'woocommerce', 'webflow'],
  enterprise: ['salesforce', 'sap', 'erp', 'crm', 'dynamics'],
  media: ['video editing', 'animation', '3d', 'after effects', 'premiere', 'voice'],
  admin: ['data entry', 'virtual assistant', 'transcription', 'customer support'],
};

/** A field's name for the reader: `skill.<field>` in the catalogue ("data & AI" → skill.data-ai), made once. */
const FIELD_KEYS = new Map(
  Object.keys(FIELDS).map((field) => [field, `skill.${field.toLowerCase().replace(/[^a-z]+/g, '-')}` as MessageKey]),
);
const fieldKey = (field: string) => FIELD_KEYS.get(field)!;

const FIELD_OF = new Map(Object.entries(FIELDS).flatMap(([field, kws]) => kws.map((k) => [k, field] as const)));
// First words of the two-word keywords: only after one of them is a pair of words worth building.
const PAIR_FIRST = new Set([...FIELD_OF.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
const WORD = /[^\s,;&|()]+/g;

// The fields of one skill name, remembered: sites list skills from a fixed vocabulary (Upwork's and
// Freelancer's skill taxonomies), so the same names recur on every profile; bounded, cleared when full (found
// without hashing the name: lib/text/string-memo.ts).
const SKILL_MEMO = new StringMemo<readonly string[]>(20_000);

/** One skill looked up whole, word by word and by pairs of words, in that order. */
function fieldsOfSkill(skill: string): readonly string[] {
  const fields = SKILL_MEMO.get(skill);
  if (fields) return fields;
  const found: string[] = [];
  const look = (k: string) => {
    const field = FIELD_OF.get(k);
    if (field && !found.includes(field)) found.push(field);
  };
  const s = skill.toLowerCase().trim();
  look(s);
  const words = s.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    look(words[i]);
    if (i + 1 < words.length && PAIR_FIRST.has(words[i])) look(`${words[i]} ${words[i + 1]}`);
  }
  SKILL_MEMO.set(skill, found);
  return found;
}

/**
 * The fields a skill list spans. Each skill is looked up whole, word by word and by pairs of words, so
 * "Embedded C", "C++", ".NET" and "Unreal Engine" are found and "Javanese" is not "java".
 */
export function skillFields(skills: string[]): Set<string> {
  return new Set(fieldsOf(skills));
}

/** The same in the order first found: an array (fourteen fields at most: looked through, not hashed). */
function fieldsOf(skills: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < skills.length; i++) {
    const fields = fieldsOfSkill(skills[i]);
    for (let k = 0; k < fields.length; k++) if (!out.includes(fields[k])) out.push(fields[k]);
  }
  return out;
}

export const rule: ProfileRule = {
  id: 'very-broad-skills',
  kind: 'profile',
  group: 'portfolio',
  needs: ['skills'],
  check(p) {
    if (p.agency) return undefined;
    const skills = p.skills ?? [];
    if (skills.length < 15) return undefined;
    const fields = fieldsOf(skills);
    if (fields.length < 5) return undefined;
    const f = finding(
      rule.id,
      'low',
      [
        line('evidence.skills', {
          count: skills.length,
          fields: fields.length,
          list: { list: fields.map((f) => line(fieldKey(f))), sep: ', ' },
        }),
      ],
      ['G1 (resume of a DPRK IT worker)'],
    );
    return asNote(f);
  },
};
