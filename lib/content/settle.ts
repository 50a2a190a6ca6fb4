/**
 * Runs `run` once the page's changes pause for `quietMs` — and, while they never pause (a live clock, a
 * "typing…" line), at least every `maxWaitMs` since the first change not yet run for. Each change costs two
 * timer checks, nothing that grows with the page.
 */
export function settled(
  run: () => void,
  { quietMs, maxWaitMs }: { quietMs: number; maxWaitMs: number },
  setTimer: (fn: () => void, ms: number) => number = (fn, ms) => setTimeout(fn, ms) as unknown as number,
) {
  let quiet: number | undefined;
  let deadline: number | undefined;
  const fire = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    run();
  };
  return {
    /** A change happened. */
    poke() {
      clearTimeout(quiet);
      quiet = setTimer(fire, quietMs);
      deadline ??= setTimer(fire, maxWaitMs);
    },
    cancel() {
      clearTimeout(quiet);
      clearTimeout(deadline);
      quiet = deadline = undefined;
    },
  };
}
