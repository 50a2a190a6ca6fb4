/**
 * A module the page loads only when it is first needed (its own chunk): the history page's first rows need
 * neither the profile details (the evidence export and every site's parser) nor the memory file's schemas.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Later<T> {
  /** Starts loading it (once) and resolves with it. */
  load(): Promise<T>;
  /** The module once it has loaded, undefined before. */
  loaded(): T | undefined;
}

export function later<T>(load: () => Promise<T>): Later<T> {
  let mod: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () =>
      (loading ??= load().then(
        (m) => (mod = m),
        (e: unknown) => {
          loading = undefined; // a later use tries again
          throw e;
        },
      )),
    loaded: () => mod,
  };
}

/** The module in a component: undefined until it has loaded (the component renders again then). */
export function useLater<T>(m: Later<T>): T | undefined {
  const [, rerender] = useState(0);
  const mod = m.loaded();
  useEffect(() => {
    if (!mod)
      void m.load().then(
        () => rerender((n) => n + 1),
        () => {},
      );
  }, [mod]);
  return mod;
}

/** Resolves once the next frame is painted (after 100 ms at the latest: a hidden page paints no frames). */
export function afterFrame(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(done, 0);
    });
  });
}
