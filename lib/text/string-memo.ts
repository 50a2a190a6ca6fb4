/**
 * A bounded memo of what a function gives for a string, found without hashing the string. A Map hashes every key it is
 * asked for — all its characters, once per string — and the strings asked for here are new on every page (a profile's
 * skill names): the hash and the Map's look-up cost more than the work the memo saved. Here a key's slot is its length
 * and four of its characters, and the few keys in a slot are compared (a comparison stops at the first difference).
 * Cleared when full, as the bounded Maps it replaces were.
 */
const BITS = 12;
const MASK = (1 << BITS) - 1;

function slotOf(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  return (
    (n * 31 + s.charCodeAt(0) * 7 + s.charCodeAt(n >> 1) * 11 + s.charCodeAt((n * 3) >> 2) * 13 + s.charCodeAt(n - 1)) &
    MASK
  );
}

export class StringMemo<V> {
  private slots: ([string, V][] | undefined)[] = new Array(1 << BITS);
  private size = 0;

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const slot = this.slots[slotOf(key)];
    if (slot) for (let i = 0; i < slot.length; i++) if (slot[i][0] === key) return slot[i][1];
    return undefined;
  }

  set(key: string, value: V): void {
    if (this.size >= this.max) {
      this.slots = new Array(1 << BITS);
      this.size = 0;
    }
    const at = slotOf(key);
    const slot = (this.slots[at] ??= []);
    for (let i = 0; i < slot.length; i++)
      if (slot[i][0] === key) {
        slot[i][1] = value;
        return;
      }
    slot.push([key, value]);
    this.size++;
  }
}
