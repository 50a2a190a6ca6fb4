/**
 * White space pumped after, before and between the words of a sentence each message rule reads: a run of spaces is
 * what a pattern's "\s*" (or two of them side by side) splits in every way. "Telegram me @x paypal" and 50,000
 * spaces took 2.1 s (22 s at 199,000) while PAID_AT read "paypal\s*(?:account…)?\s*(?:is…)" over the run — bounded
 * in 4acb614; pinned here, with the other rules' trigger sentences and the white space NFKC rewrites (no-break and
 * ideographic spaces), which the cleaning once edited one character at a time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../lib/analyze';
import { MAX_READ } from '../lib/text/message';

const TRIGGERS = [
  'Telegram me @x paypal',
  'Pay me in USDT to my wallet',
  'Please install AnyDesk',
  'Ship the laptop to my friend',
  'My account was suspended, hire me on my other account',
  'I cannot do a video call',
  'Send the 50% deposit upfront before I start',
];
const WHITE = {
  space: ' ',
  tab: '\t',
  'no-break space': '\u00a0',
  'ideographic space': '\u3000',
  newline: '\n',
  'space and newline': ' \n',
};

/** The CPU time (ms) this worker spends reading the text. */
function cpu(text: string): number {
  const start = process.cpuUsage();
  analyzeMessage(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('white space pumped into a trigger sentence', () => {
  // (the first message compiles every pattern: not the attack's cost)
  beforeAll(() => void analyzeMessage(TRIGGERS.join('. ')));
  describe.each(Object.entries(WHITE))('%s', (_, unit) => {
    const run = unit.repeat(Math.floor((MAX_READ - 100) / unit.length));
    it.each(TRIGGERS)('%j: up to the read cap of it after, before and between its words in linear time', (trigger) => {
      const words = trigger.split(' ');
      const half = Math.ceil(words.length / 2);
      // A bound hundreds of times what linear reading takes (~20 ms), far under the quadratic's 22 s.
      for (const text of [
        trigger + run,
        `${trigger}${run}x`,
        run + trigger,
        `${words.slice(0, half).join(' ')}${run}${words.slice(half).join(' ')}`,
      ])
        expect(cpu(text)).toBeLessThan(2_000);
    });
  });
});
