/**
 * The elements holding the messages on a message view: every one of the site's body selectors is read (a proposal
 * page shows the cover letter beside the chat, and a chat message must not hide the cover letter). Where matches
 * nest, one is kept: the one matched by the earlier selector (the site lists its most precise first), or for the
 * same selector the outer one, so that no text is read twice.
 */
export function messageElements(root: ParentNode, selectors: readonly string[], max: number): Element[] {
  const kept = new Set<Element>();
  /** Every ancestor of a kept element: a later match there would read a kept message again. */
  const holding = new Set<Element>();
  const insideKept = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (kept.has(p)) return true;
    return false;
  };
  let contributing = 0;
  for (const sel of selectors) {
    const before = kept.size;
    let found: NodeListOf<Element>;
    try {
      found = root.querySelectorAll(sel);
    } catch {
      continue; // a selector this browser does not know
    }
    // Document order: an outer match comes before the matches inside it.
    for (const el of found) {
      if (kept.has(el) || holding.has(el) || insideKept(el)) continue;
      kept.add(el);
      for (let p = el.parentElement; p && !holding.has(p); p = p.parentElement) holding.add(p);
    }
    if (kept.size > before) contributing++;
  }
  const all = [...kept];
  // Matches of several selectors: back in the page's order (the newest messages last).
  if (contributing > 1)
    all.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1));
  return all.slice(-max);
}
