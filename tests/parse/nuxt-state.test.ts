import { describe, expect, it } from 'vitest';
import { NuxtStateError, readNuxtState } from '../../lib/parse/nuxt-state';

describe('readNuxtState', () => {
  it('binds arguments, applies member assignments and returns the object literal', () => {
    const src =
      'window.__NUXT__=(function(a,b,c,d){c.name="x";d[0]={k:a};return {state:{p:c,list:d,neg:-1,no:!0,u:void 0,e:b,arr:Array(2)}}}(1,null,{},[]));';
    expect(readNuxtState(src)).toEqual({
      state: {
        p: { name: 'x' },
        list: [{ k: 1 }],
        neg: -1,
        no: true,
        u: undefined,
        e: null,
        arr: [undefined, undefined],
      },
    });
  });

  it('accepts a plain object literal', () => {
    expect(readNuxtState('window.__NUXT__={"state":{"a":[1,"b"]}};')).toEqual({ state: { a: [1, 'b'] } });
  });

  it('keeps "__proto__" as a plain key, never changing a prototype', () => {
    const out = readNuxtState('window.__NUXT__=(function(a){a.__proto__={polluted:1};return {a:a}}({}))') as any;
    expect(Object.getPrototypeOf(out.a)).toBe(Object.prototype);
    expect(({} as any).polluted).toBeUndefined();
  });

  it.each([
    ['a call', 'window.__NUXT__=(function(){return {a:fetch("x")}}())'],
    ['a function value', 'window.__NUXT__={a:function(){}}'],
    ['an arrow', 'window.__NUXT__={a:()=>1}'],
    ['a getter', 'window.__NUXT__={get a(){return 1}}'],
    ['a global', 'window.__NUXT__={a:document.cookie}'],
    ['a binary operation', 'window.__NUXT__={a:1+1}'],
    ['a loop statement', 'window.__NUXT__=(function(){for(;;){}return {}}())'],
    ['a second statement', 'window.__NUXT__={};alert(1)'],
    ['another global', 'window.somethingElse={}'],
    ['a template with code', 'window.__NUXT__={a:`${alert(1)}`}'],
    ['a huge Array()', 'window.__NUXT__={a:Array(1e9)}'],
    ['broken syntax', 'window.__NUXT__=(function(a){'],
  ])('rejects %s', (_what, src) => {
    expect(() => readNuxtState(src)).toThrow(NuxtStateError);
  });

  it('rejects absurd nesting without overflowing the stack', () => {
    const deep = 'window.__NUXT__=' + '['.repeat(5000) + ']'.repeat(5000);
    expect(() => readNuxtState(deep)).toThrow();
  });
});
