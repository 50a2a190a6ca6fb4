/** npm run --silent corpus: precision and recall of each message rule on tests/corpus, as a Markdown table. */
import { corpusMetrics } from '../tests/corpus/metrics';
import { NEGATIVES, POSITIVES } from '../tests/corpus/messages';

const m = corpusMetrics();
console.log(
  `Corpus: ${POSITIVES.length + NEGATIVES.length} messages (${POSITIVES.length} with red flags, ${NEGATIVES.length} hard negatives), English and German.\n`,
);
console.log('| rule | true pos. | false pos. | missed | precision | recall |\n|---|---|---|---|---|---|');
for (const [id, r] of Object.entries(m.perRule))
  console.log(`| \`${id}\` | ${r.tp} | ${r.fp} | ${r.fn} | ${r.precision.toFixed(2)} | ${r.recall.toFixed(2)} |`);
const o = m.overall;
console.log(`| **overall** | ${o.tp} | ${o.fp} | ${o.fn} | ${o.precision.toFixed(2)} | ${o.recall.toFixed(2)} |`);
for (const e of m.errors) console.log(`\nmismatch: ${JSON.stringify(e)}`);
