/** The schema.org Person in a page's JSON-LD blocks (plain JSON.parse; a broken block is skipped). */
import { at, isObj } from './read-helpers';

export function jsonLdPerson(blocks: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const b of blocks) {
    if (typeof b !== 'string') continue;
    let data: unknown;
    try {
      data = JSON.parse(b);
    } catch {
      continue;
    }
    const graph = Array.isArray(at(data, '@graph')) ? (at(data, '@graph') as unknown[]) : [data];
    const person = graph.find((g) => at(g, '@type') === 'Person' && !at(g, 'articleBody'));
    if (isObj(person)) return person;
  }
  return undefined;
}
