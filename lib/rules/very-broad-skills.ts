/**
 * G1 (the resume of a DPRK IT worker lists an unusually wide range of skills). Low: at least 15 skills that
 * span at least 5 unrelated fields. The field of a skill is looked up by keywords below.
 */
import { t } from '../i18n';
import { finding } from './finding';
import type { ProfileRule } from './types';

const FIELDS: [string, RegExp][] = [
  [
    'web front end',
    /\b(?:react|vue|angular|svelte|next\.?js|html|css|javascript|typescript|front[- ]?end|tailwind)\b/i,
  ],
  [
    'back end',
    /\b(?:node\.?js|django|flask|laravel|php|ruby|rails|spring|java\b|\.net|c#|go(?:lang)?|express|back[- ]?end|api)\b/i,
  ],
  ['mobile', /\b(?:flutter|swift|kotlin|android|ios|react native|xamarin|mobile)\b/i],
  ['blockchain', /\b(?:solidity|blockchain|web3|smart contracts?|defi|nft|ethereum|rust)\b/i],
  ['data & AI', /\b(?:tensorflow|pytorch|machine learning|ml|ai|data science|pandas|nlp|llm|computer vision)\b/i],
  ['cloud & devops', /\b(?:aws|azure|gcp|kubernetes|docker|terraform|devops|ci\/cd|linux)\b/i],
  ['games', /\b(?:unity|unreal|game|godot)\b/i],
  ['embedded', /\b(?:embedded|firmware|arduino|fpga|c\+\+|microcontroller|iot)\b/i],
  ['design', /\b(?:figma|photoshop|illustrator|ui\/ux|ux|graphic design|logo)\b/i],
  ['marketing', /\b(?:seo|marketing|social media|ads|copywriting)\b/i],
  ['e-commerce & CMS', /\b(?:wordpress|shopify|wix|magento|woocommerce|webflow)\b/i],
  ['enterprise', /\b(?:salesforce|sap|erp|crm|dynamics)\b/i],
  ['media', /\b(?:video editing|animation|3d|after effects|premiere|voice)\b/i],
  ['admin', /\b(?:data entry|virtual assistant|transcription|customer support)\b/i],
];

export function skillFields(skills: string[]): Set<string> {
  const out = new Set<string>();
  for (const s of skills) for (const [field, re] of FIELDS) if (re.test(s)) out.add(field);
  return out;
}

export const rule: ProfileRule = {
  id: 'very-broad-skills',
  kind: 'profile',
  group: 'portfolio',
  needs: ['skills'],
  check(p) {
    const skills = p.skills ?? [];
    if (skills.length < 15) return undefined;
    const fields = skillFields(skills);
    if (fields.size < 5) return undefined;
    return finding(
      rule.id,
      'low',
      [t('evidence.skills', { count: skills.length, fields: fields.size, list: [...fields].join(', ') })],
      ['G1 How DPRK IT workers operate (resume listing a wide range of skills)'],
    );
  },
};
