/**
 * Calls `detached` once when `node` leaves the document — removed itself or with any of its ancestors (a site
 * rendering the name's block again). Watches only the child lists of the node's ancestors, not their subtrees:
 * the page's other changes are not reported, and each report costs a constant check (and, should the node have
 * been moved, watching its new ancestors: the depth of the page).
 */
export function onDetached(node: Node, detached: () => void): { disconnect(): void } {
  const parentOf = (n: Node) => n.parentNode ?? (n as ShadowRoot).host ?? null;
  const watchAncestors = () => {
    observer.disconnect();
    for (let p = parentOf(node); p; p = parentOf(p)) observer.observe(p, { childList: true });
  };
  const observer = new MutationObserver(() => {
    if (node.isConnected) return watchAncestors();
    observer.disconnect();
    detached();
  });
  watchAncestors();
  return observer;
}
