/**
 * Fairness by design (docs/red-flags.md, "Fairness rules"): no rule reads nationality, ethnicity, names or
 * language by themselves — only contradictions, risky requests and reused identity material. These tests pin
 * that for the message reading (the lexicon, the reading of who speaks) and for the profile rules.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage, analyzeRead } from '../lib/analyze';
import { allConcepts } from '../lib/text/cooccur';
import { NOW, profile } from './helpers';

// Countries, nationalities, languages and ethnic words in the five languages, as stems.
const IDENTITY_WORDS = [
  'korea',
  'korean',
  'corea',
  'coréen',
  'coreano',
  'koreanisch',
  'pyongyang',
  'china',
  'chinese',
  'chino',
  'chinois',
  'chinês',
  'russia',
  'russian',
  'ruso',
  'russe',
  'russo',
  'nigeria',
  'pakistan',
  'india',
  'indian',
  'ukrain',
  'vietnam',
  'asian',
  'african',
  'arab',
  'muslim',
  'accent',
];

describe('fairness: the message reading', () => {
  it('has no concept that names a country, nationality, language or ethnicity', () => {
    for (const re of allConcepts())
      for (const w of IDENTITY_WORDS)
        expect(new RegExp(`(?<![a-z])${w}`, 'i').test(re.source), `${w} in /${re.source.slice(0, 80)}…/`).toBe(false);
  });

  it.each([
    'I am from North Korea.',
    "I'm Korean and I speak Korean with my family.",
    'My name is Kim Jong-su, I am a senior React developer based in Pyongyang.',
    'I am a Nigerian developer with 8 years of experience.',
    'I speak Chinese, Russian and a little Vietnamese.',
    'Ich komme aus China und spreche Koreanisch.',
    'Soy de Venezuela y hablo español y coreano.',
    'Je suis ukrainien, je parle russe et anglais.',
    'Sou do Paquistão e falo urdu e inglês.',
    'I work night shifts because I live in Asia.',
    'English is not my first language, sorry for my accent.',
  ])('a statement of origin, language or name is no finding: %s', (text) => {
    expect(analyzeMessage(text).findings).toEqual([]);
  });

  const REQUEST = 'Hi, I am {name} from {place}. Please add me on Telegram @dev_sam82, I will reply faster there.';
  const PEOPLE: [string, string][] = [
    ['Sam Miller', 'Ohio'],
    ['Kim Jong-su', 'Pyongyang'],
    ['Nguyen Van An', 'Hanoi'],
    ['Aisha Bello', 'Lagos'],
    ['Dmitri Ivanov', 'Kyiv'],
    ['María González', 'Bogotá'],
  ];
  it('the same request is read the same whoever writes it and wherever they are', () => {
    const read = (name: string, place: string) =>
      analyzeMessage(REQUEST.replace('{name}', name).replace('{place}', place)).findings.map((f) => [
        f.rule,
        f.severity,
        !!f.note,
      ]);
    const first = read(...PEOPLE[0]);
    expect(first).toEqual([['move-off-platform', 'medium', false]]);
    for (const p of PEOPLE) expect(read(...p), p.join(', ')).toEqual(first);
  });
});

describe('fairness: profiles', () => {
  const analyze = (p: Parameters<typeof profile>[0]) =>
    analyzeRead('upwork', profile(p).url, { status: 'ok', missing: [], profile: profile(p) }, { now: NOW }).findings;

  it.each([
    ['KP', 'Asia/Pyongyang', 'Korean'],
    ['KR', 'Asia/Seoul', 'Korean'],
    ['CN', 'Asia/Shanghai', 'Chinese'],
    ['NG', 'Africa/Lagos', 'Yoruba'],
    ['US', 'America/New_York', 'Korean'],
    ['DE', 'Europe/Berlin', 'Russian'],
  ])(
    'a consistent country %s, zone %s and language %s raise nothing about place or language',
    (country, zone, lang) => {
      const rules = analyze({
        name: 'Sam',
        location: { country },
        timezone: { name: zone },
        languages: [{ name: lang }, { name: 'English' }],
      }).map((f) => f.rule);
      expect(rules).not.toContain('location-timezone-mismatch');
      expect(rules).not.toContain('language-location-mismatch');
    },
  );

  it('a name is never evidence: the same profile under any name gives the same findings', () => {
    const base = { location: { country: 'US' }, timezone: { name: 'Asia/Pyongyang' }, bio: 'Senior developer.' };
    const rules = (name: string) => analyze({ ...base, name }).map((f) => `${f.rule}:${f.severity}`);
    const expected = rules('Sam Miller');
    expect(expected).toContain('location-timezone-mismatch:high');
    for (const name of ['Kim Jong-su', 'Nguyen Van An', 'Aisha Bello', 'Li Wei']) expect(rules(name)).toEqual(expected);
  });
});
