/**
 * Edits of a message's text, each character of the edited text traced to where it stands in the page's text (so that
 * a quote can be given as the page wrote it): lib/text/message.ts makes them.
 */
/** A stretch [from, to) of a text replaced by `word`. */
export interface Edit {
  from: number;
  to: number;
  word: string;
  /**
   * Edits side by side made one (lib/text/cleaning-edits.ts), each still traced alone: triples of how many edits in a
   * row, how many characters each replaced and how many it wrote. A run of 200,000 no-break spaces was 200,000 edits,
   * each an object, a slice and a call here (~50 ms of a message's read).
   */
  pieces?: number[];
}

/** A text and where each of its characters stands in the page's text ([start, end); none: where it stands). */
export interface Traced {
  text: string;
  start?: Int32Array;
  end?: Int32Array;
}

/** The text with the edits (in order, not overlapping) made, each character still traced to the page. */
export function edited(t: Traced, edits: readonly Edit[]): Traced {
  if (!edits.length) return t;
  const n = t.text.length;
  const startOf = (i: number) => (t.start ? t.start[i]! : i);
  const endOf = (i: number) => (t.end ? t.end[i]! : i + 1);
  let length = n;
  for (const e of edits) length += e.word.length - (e.to - e.from);
  const start = new Int32Array(length);
  const end = new Int32Array(length);
  let text = '';
  let at = 0;
  let j = 0;
  const keep = (to: number) => {
    if (t.start) {
      start.set(t.start.subarray(at, to), j);
      end.set(t.end!.subarray(at, to), j);
      j += to - at;
    } else
      for (let i = at; i < to; i++, j++) {
        start[j] = i;
        end[j] = i + 1;
      }
    text += t.text.slice(at, to);
  };
  for (const e of edits) {
    keep(e.from);
    if (e.pieces) {
      // (each piece replaced at least one character: its start is within the text)
      const p = e.pieces;
      let s = e.from;
      for (let k = 0; k < p.length; k += 3)
        for (let c = 0, each = p[k + 1]!, wrote = p[k + 2]!; c < p[k]!; c++, s += each) {
          const from = startOf(s);
          const to = endOf(s + each - 1);
          for (const w = j + wrote; j < w; j++) {
            start[j] = from;
            end[j] = to;
          }
        }
      text += e.word;
      at = e.to;
      continue;
    }
    const from = e.from < n ? startOf(e.from) : n ? endOf(n - 1) : 0;
    const to = e.to > e.from ? endOf(e.to - 1) : from;
    start.fill(from, j, j + e.word.length);
    end.fill(to, j, j + e.word.length);
    j += e.word.length;
    text += e.word;
    at = e.to;
  }
  keep(n);
  return { text, start, end };
}

/** Overlapping or touching removals made one, within the text. */
export function merge(edits: readonly Edit[], length: number): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const from = Math.max(0, e.from);
    const to = Math.min(length, e.to);
    const last = out[out.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else out.push({ from, to, word: '' });
  }
  return out;
}

/** The text with the edits (in order, not overlapping) made. */
export function applied(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.from) + e.word;
    at = e.to;
  }
  return out + text.slice(at);
}
