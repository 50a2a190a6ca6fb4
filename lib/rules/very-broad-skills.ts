/**
 * The catalogue's very-broad-skills (docs/red-flags.md): "an unusually long skill list spanning unrelated
 * stacks", cited as "G1 (the advisory’s sample résumé: skills across unrelated fields)" — one person's résumé claiming too much. A low note: at
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
// Each with the fields as bits (one per field, in FIELDS' order): a skill adding no field to the list is passed over
// with one test (most skills of a long list add none).
interface SkillFields {
  fields: readonly string[];
  /** Each field's bit, beside it. */
  fieldBits: readonly number[];
  bits: number;
}
const SKILL_MEMO = new StringMemo<SkillFields>(20_000);
const FIELD_BIT = new Map(Object.keys(FIELDS).map((field, i) => [field, 1 << i]));

/** One skill looked up whole, word by word and by pairs of words, in that order. */
function fieldsOfSkill(skill: string): SkillFields {
  const known = SKILL_MEMO.get(skill);
  if (known) return known;
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
  const fieldBits = found.map((field) => FIELD_BIT.get(field)!);
  let bits = 0;
  for (const bit of fieldBits) bits |= bit;
  const fields = { fields: found, fieldBits, bits };
  SKILL_MEMO.set(skill, fields);
  return fields;
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
  let seen = 0;
  for (let i = 0; i < skills.length; i++) {
    const { fields, fieldBits, bits } = fieldsOfSkill(skills[i]);
    if ((seen & bits) === bits) continue;
    for (let k = 0; k < fields.length; k++) {
      const bit = fieldBits[k];
      if (!(seen & bit)) out.push(fields[k]);
      seen |= bit;
    }
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
      ['G1 (the advisory’s sample résumé: skills across unrelated fields)'],
    );
    return asNote(f);
  },
};
