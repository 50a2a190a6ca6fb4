/**
 * The fast reader of Upwork's state (lib/parse/nuxt-fast.ts) against acorn and the evaluator
 * (readNuxtStateAcorn): whatever it accepts it reads exactly as they do; the rest it leaves to them.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNuxtStateFast, Unsupported } from '../../lib/parse/nuxt-fast';
import { LIMITS, readNuxtState, readNuxtStateAcorn } from '../../lib/parse/nuxt-state';
import { FIXTURES } from '../helpers';

/** Reads `src` both ways; the fast one either gives up or agrees. Returns whether it read it. */
function compare(src: string): boolean {
  let fast: { v: unknown } | undefined;
  try {
    fast = { v: readNuxtStateFast(src, LIMITS) };
  } catch (e) {
    expect(e).toBeInstanceOf(Unsupported);
  }
  let slow: { v?: unknown; error?: unknown };
  try {
    slow = { v: readNuxtStateAcorn(src, LIMITS) };
  } catch (error) {
    slow = { error };
  }
  if (fast) {
    expect(slow.error, src.slice(0, 200)).toBeUndefined();
    expect(fast.v, src.slice(0, 200)).toStrictEqual(slow.v);
  }
  return !!fast;
}

const state = (file: string) =>
  /<script>(window\.__NUXT__=[\s\S]*?)<\/script>/.exec(readFileSync(join(FIXTURES, file), 'utf8'))![1]!;

describe('readNuxtStateFast', () => {
  it.each(['upwork/visitor-view.html', 'upwork/red-flags-persona.html'])('reads the real page %s as acorn', (file) => {
    expect(compare(state(file))).toBe(true);
  });

  it.each([
    `{a:"x\\"y",b:'it\\'s',c:"\\u002F\\x41\\n\\t\\0\\v\\b\\f\\r\\\\\\/",d:"\\a\\'",e:'"',f:"'"}`,
    '{a:1.5,b:.5,c:1e3,d:1.,e:1E-2,f:0,g:-0,h:0.25,i:1.e2,j:- -1,k:-+1}',
    '{a:[1,,2,],b:[,],c:[1,,],d:[],e:{},f:[[[]]]}',
    '{a:!1,b:!!0,c:void 0,d:void "x",e:+1,f:null,g:true,h:false,i:undefined}',
    '{1:1,"b c":2,default:3,true:4,[0]:5,["k"]:6,1.50:7,"":8,constructor:9,toString:10}',
    '{a:Array(0),b:Array(3),c:"\u2028"}',
    '  {a : 1 , b : [ 1 , 2 ] } ;  ',
  ])('reads the object literal %s as acorn', (lit) => {
    expect(compare(`window.__NUXT__=${lit}`)).toBe(true);
  });

  it.each([
    '(function(a,b,c,d){c.name="x";d[0]={k:a};return {state:{p:c,list:d,neg:-1,no:!0,u:void 0,e:b,arr:Array(2)}}}(1,null,{},[]))',
    '(function(a,b){return {x:b}}(1,a))',
    '(function(a,a){return {x:a}}(1,2))',
    '(function(a,b,a){return {x:a,y:b}}(1,2))',
    '(function(){return {}})()',
    '(function(a){return {a:a}})(1,)',
    '(function(a,b){a.x=1,a.y=b;a["z"]=[b];a[0]={};a[0].q=a.x;return {a:a,q:a[0].q,m:a.nope}}({},2))',
    '(function(undefined){return {u:undefined}}(5))',
    '(function(a){return{a:a}}("}{\\"}"))',
    '(function(a){a.s="a}b{";return {a:a};}({}))',
  ])('reads the call %s as acorn', (call) => {
    expect(compare(`window.__NUXT__=${call};`)).toBe(true);
  });

  it.each([
    '{a:017}',
    '{a:08}',
    '{a:0x10}',
    '{a:1_000}',
    '{a:1n}',
    '{a:"\\u{41}"}',
    '{a:"\\1"}',
    '{a:--1}',
    '{a:-"x"}',
    '{a}',
    '{__proto__:{}}',
    '{"__proto__":1}',
    '{["__proto__"]:1}',
    '{a:1/*x*/}',
    '{a:\n1}',
    '{a:`x`}',
    '{ключ:1}',
    '{a:1}.b',
    '{a:(1)}',
    '{get a(){return 1}}',
    '{a:1+1}',
    '{a:Array(1,2)}',
    '{a:Array(1e9)}',
    '{a:document.cookie}',
    '(function(a){return {a:a}}(1,2))',
    '(function(if){return {}}(1))',
    '(function(a){return}(1))',
    '(function(a){return {};a.b=1}({}))',
    '(function(a){a.length=5;return {a:a}}([]))',
    '(function(a){a.x.y=1;return {a:a}}({x:1}))',
    '(function(a){a=1;return {a:a}}({}))',
    '(function(a){a.b==1;return {a:a}}({}))',
    '(function f(a){return {a:a}}(1))',
    '(function(a){return {a:a}}(1)',
    '(function(){for(;;){}return {}}())',
    '(function(){return {a:fetch("x")}}())',
  ])('leaves %s to acorn (or agrees)', (rhs) => {
    expect(compare(`window.__NUXT__=${rhs}`)).toBe(false);
  });

  it.each(['this.__NUXT__={}', 'window.somethingElse={}', 'window.__NUXT__={};alert(1)', 'window.__NUXT__=={}'])(
    'leaves %s to acorn',
    (src) => expect(compare(src)).toBe(false),
  );

  it('keeps "__proto__" a plain key through the full reader', () => {
    const out = readNuxtState('window.__NUXT__=(function(a){a.__proto__={polluted:1};return {a:a}}({}))') as any;
    expect(Object.getPrototypeOf(out.a)).toBe(Object.prototype);
    expect(({} as any).polluted).toBeUndefined();
  });

  it('gives up on absurd nesting (acorn reports it)', () => {
    expect(compare('window.__NUXT__=' + '['.repeat(5000) + ']'.repeat(5000))).toBe(false);
  });

  it('agrees with acorn on random states, as literals and as calls', () => {
    // Random JSON rendered with random quotes, escapes and spacing; in a call, some values become parameters.
    const render = (v: unknown, r: () => number, params: string[] | undefined, args: string[]): string => {
      const sp = () => (r() < 0.2 ? ' ' : '');
      if (typeof v === 'string') {
        if (params && params.length < 40 && r() < 0.15) {
          params.push(`p${params.length}`);
          args.push(render(v, r, undefined, []));
          return params[params.length - 1]!;
        }
        const q = r() < 0.5 ? '"' : "'";
        let s = '';
        for (const ch of v) {
          const roll = r();
          if (ch === q || ch === '\\') s += `\\${ch}`;
          else if (ch === '\n') s += '\\n';
          else if (ch === '\r') s += '\\r';
          else if (roll < 0.1) s += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
          else if (roll < 0.15 && ch.charCodeAt(0) < 256) s += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
          else s += ch;
        }
        return q + s + q;
      }
      if (typeof v === 'number') return Object.is(v, -0) ? '-0' : v < 0 ? `-${-v}` : String(v);
      if (v === null || typeof v === 'boolean') return r() < 0.3 && v !== null ? (v ? '!0' : '!1') : String(v);
      if (Array.isArray(v)) return `[${sp()}${v.map((x) => render(x, r, params, args)).join(`,${sp()}`)}${sp()}]`;
      const o = v as Record<string, unknown>;
      return `{${Object.keys(o)
        .map(
          (k) =>
            `${/^[A-Za-z_$][\w$]*$/.test(k) && r() < 0.7 ? k : JSON.stringify(k)}${sp()}:${sp()}${render(o[k], r, params, args)}`,
        )
        .join(',')}}`;
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer(), fc.boolean(), (value, seed, call) => {
        let x = seed | 0;
        const r = () => ((x = (Math.imul(x, 1103515245) + 12345) | 0) >>> 8) / 2 ** 24;
        const params: string[] = [];
        const args: string[] = [];
        const body = render({ state: value }, r, call ? params : undefined, args);
        const src = call
          ? `window.__NUXT__=(function(${params.join(',')}){return ${body}}(${args.join(',')}));`
          : `window.__NUXT__=${body};`;
        // JSON's own keys such as "__proto__" are left to acorn; everything else the fast reader reads.
        const read = compare(src);
        if (!src.includes('__proto__')) expect(read).toBe(true);
      }),
      { numRuns: 400, seed: 16 },
    );
  });
});
