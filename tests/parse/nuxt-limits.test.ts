/**
 * The embedded-state evaluator's work is bounded (issue 14, defect 5): a 676 kB IIFE whose arguments were
 * thousands of `Array(10000)` took Chromium from 2.4 to 7.4 GB. Beyond a bound the read fails with a
 * limit error, and the Upwork adapter reads the markup alone (`partial`).
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, NuxtStateLimitError, readNuxtState } from '../../lib/parse/nuxt-state';
import { upwork } from '../../lib/sites/upwork';
import { documentFrom, fixture } from '../helpers';

/** `window.__NUXT__=(function(p0,…){return {state:{}}}(Array(10000),…))` with n arguments. */
const arrays = (n: number) => {
  const params = Array.from({ length: n }, (_, i) => `p${i}`).join(',');
  return `window.__NUXT__=(function(${params}){return {state:{}}}(${Array(n).fill('Array(10000)').join(',')}));`;
};

describe('bounded embedded-state reading', () => {
  it('stops at the allocation bound: 200 × Array(10000) is 2 million cells', () => {
    expect(() => readNuxtState(arrays(200))).toThrow(NuxtStateLimitError);
    expect(readNuxtState(arrays(50))).toEqual({ state: {} });
  });

  it('the issue’s 676 kB state fails fast, in bounded memory', () => {
    const src = arrays(52_000);
    expect(src.length).toBeGreaterThan(676_000);
    const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    expect(() => readNuxtState(src)).toThrow(NuxtStateLimitError);
    expect(performance.now() - t).toBeLessThan(3_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('counts object properties and member assignments too', () => {
    const props = Array.from({ length: 2_000 }, (_, i) => `k${i}:1`).join(',');
    const src = `window.__NUXT__=(function(a){return {state:{${props}}}}(0));`;
    expect(() => readNuxtState(src, { ...LIMITS, cells: 1_000 })).toThrow(NuxtStateLimitError);
    expect(readNuxtState(src, { ...LIMITS, cells: 3_000 })).toBeTruthy();
  });

  it('stops at the token and time bounds', () => {
    expect(() => readNuxtState(arrays(10), { ...LIMITS, tokens: 20 })).toThrow(NuxtStateLimitError);
    const wide = `window.__NUXT__={state:[${Array(20_000).fill('[1,2,3]').join(',')}]};`;
    expect(() => readNuxtState(wide, { ...LIMITS, ms: -1 })).toThrow(NuxtStateLimitError);
  });

  it('the Upwork page with such a state reads its markup and says partial', () => {
    const html = fixture('upwork/visitor-view.html');
    const start = html.indexOf('window.__NUXT__');
    const end = html.indexOf('</script>', start);
    const doctored = html.slice(0, start) + arrays(300) + html.slice(end);
    const r = upwork.read(documentFrom(doctored), new URL('https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718'));
    expect(r.status).toBe('partial');
    expect(r.missing).toContain('embedded-state');
    expect(r.profile?.name).toBeTruthy();
  });
});
