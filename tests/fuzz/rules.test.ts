/**
 * Property-based fuzzing of what runs after a read (issue 14): Profiles with random values in every field
 * (tests/fuzz/arbitraries.ts) through the profile rules (analyzeRead), the fingerprint and the memory rules
 * over a real cross-profile context (withMemory, built by the memory from other random profiles, one of
 * them sharing the bio and a link), and random text through the message rules (analyzeMessage). Seeded and
 * bounded (a few seconds). Asserts: nothing throws, and no rule fails inside (a rule that throws is
 * reported as "not checked — error", which would hide a finding).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleFailed, analyzeMessage, analyzeRead, withMemory } from '../../lib/analyze';
import { CrossMemory } from '../../lib/memory/cross';
import { fingerprint } from '../../lib/memory/fingerprint';
import { crossContext } from '../../lib/memory/gather';
import type { Profile } from '../../lib/profile';
import { memoryRules, messageRules, profileRules } from '../../lib/rules';
import { longText, profile, SEED, text, url } from './arbitraries';

const NOW = new Date('2026-06-10T12:00:00Z');
const FAILED = new Set([...profileRules, ...memoryRules, ...messageRules].map((r) => ruleFailed(r.id)));
const expectNoRuleFailed = (unchecked: string[]) => expect(unchecked.filter((u) => FAILED.has(u))).toEqual([]);

describe('fuzz: rules, fingerprint and memory on random profiles', () => {
  it('analyzeRead, fingerprint and withMemory never throw and no rule fails', async () => {
    await fc.assert(
      fc.asyncProperty(
        profile,
        fc.array(profile, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('ok', 'partial'),
        fc.array(text, { maxLength: 3 }),
        fc.constantFrom('low', 'normal', 'high'),
        async (p, others, status, missing, sensitivity) => {
          const a = analyzeRead(p.site, p.url, { status, profile: p, missing }, { now: NOW, sensitivity });
          expectNoRuleFailed(a.risk.unchecked);
          const memory = new CrossMemory();
          const stored = new Map<string, Profile>();
          // One other profile shares this one's bio and first link, so the text and contact checks fire.
          const copied = { ...others[0], bio: p.bio, links: p.links?.slice(0, 1) };
          for (const [i, o] of [copied, ...others.slice(1)].entries()) {
            const key = `${o.site}:other-${i}`;
            stored.set(key, o);
            memory.add(fingerprint(key, o, '2026-05-01T00:00:00.000Z'));
          }
          const fp = fingerprint(`${p.site}:me`, p, NOW.toISOString());
          const ctx = await crossContext(p, memory.check(fp), memory, async (k) => stored.get(k));
          const m = withMemory(a, {
            now: NOW,
            ...ctx,
            previous: { seenAt: '2026-01-01T00:00:00Z', profile: others[0] },
          });
          expectNoRuleFailed(m.risk.unchecked);
          expect(['none', 'low', 'medium', 'high']).toContain(m.risk.level);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('analyzeMessage never throws and no rule fails', () => {
    const message = fc.array(
      fc.oneof(longText, url, fc.constantFrom('telegram', 'whatsapp', 'USDT', 'anydesk', 'pay')),
      {
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(message, (parts) => {
        const m = analyzeMessage(parts.join(' '));
        expectNoRuleFailed(m.risk.unchecked);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
