/**
 * Every message finding over every text the project has, for speed work that must not change a single output:
 *   node --import tsx bench/findings-snapshot.ts [out.txt]
 * prints how many texts and findings and a SHA-256 of JSON.stringify(analyzeMessage(text)) for each text, in order
 * (findings, evidence, quotes, grades, risk); with a file name, writes the texts' results that have findings, one a
 * line, to compare with `cmp` or `diff` before and after a change. The texts: the real corpus (the tuning text, every
 * held-out set, all items as mined — run through the rules, never printed one by one), the self-written corpora and
 * batteries, the bench's 1 KB messages and the Debian text (bench/.data/text.json, set up by `npm run bench`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMessage } from '../lib/analyze';
import { fifthBattery, freshBattery, readBattery } from '../tests/corpus/battery/load';
import { HELD_OUT } from '../tests/corpus/held-out';
import { HELD_OUT_2 } from '../tests/corpus/held-out-2';
import { HELD_OUT_3 } from '../tests/corpus/held-out-3';
import { HELD_OUT_4 } from '../tests/corpus/held-out-4';
import { HELD_OUT_5 } from '../tests/corpus/held-out-5';
import { HELD_OUT_6 } from '../tests/corpus/held-out-6';
import { NEGATIVES, POSITIVES } from '../tests/corpus/messages';
import * as real from '../tests/corpus/real/load';
import { TUNING_2 } from '../tests/corpus/tuning-2';
import { TUNING_3 } from '../tests/corpus/tuning-3';
import { benchMessageTexts } from './message';

const texts: [set: string, text: string][] = [];
const add = (set: string, items: readonly string[]) => items.forEach((t) => texts.push([set, t]));

// The real corpus as the rules read it (an example address where a wallet was removed), and every item as mined.
add(
  'tuning',
  real.asLabelled(real.tuningText()).map(([t]) => t),
);
for (const [name, set] of Object.entries(real))
  if (name.endsWith('HeldOut') && name !== 'isHeldOut')
    add(
      name,
      real.asLabelled((set as () => real.RealItem[])()).map(([t]) => t),
    );
add(
  'realItems',
  real.realItems().map((i) => i.text),
);
const labelled = {
  POSITIVES,
  NEGATIVES,
  HELD_OUT,
  HELD_OUT_2,
  HELD_OUT_3,
  HELD_OUT_4,
  HELD_OUT_5,
  HELD_OUT_6,
  TUNING_2,
  TUNING_3,
};
for (const [name, set] of Object.entries(labelled))
  add(
    name,
    set.map(([t]) => t),
  );
add(
  'readBattery',
  readBattery().map((l) => l.text),
);
add(
  'freshBattery',
  freshBattery().map((l) => l.text),
);
add(
  'fifthBattery',
  fifthBattery().map((l) => l.text),
);
// The bench's messages: corpus messages strung together to ~1 KB.
add('bench', benchMessageTexts());
const debian = join(import.meta.dirname, '.data', 'text.json');
if (existsSync(debian))
  add(
    'debian',
    (JSON.parse(readFileSync(debian, 'utf8')) as { text: string }[]).map((p) => p.text),
  );
else console.log(`(no ${debian}: run npm run bench once to set up the Debian text)`);

const hash = createHash('sha256');
const lines: string[] = [];
let findings = 0;
for (const [set, text] of texts) {
  const result = analyzeMessage(text);
  const json = JSON.stringify(result);
  findings += result.findings.length;
  if (result.findings.length) lines.push(`${set}\t${json}`);
  hash.update(`${json}\n`);
}
const out = process.argv[2];
if (out) writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${texts.length} texts, ${findings} findings, sha256 ${hash.digest('hex')}`);
