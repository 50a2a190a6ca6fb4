/**
 * The badge lives in a closed shadow root: the page's scripts — and Playwright's selectors, which run as
 * scripts in the page — cannot reach into it. The tests get in the way no page can: through the DevTools
 * protocol, whose DOM domain sees closed roots (DOM.getDocument with pierce). `reveal` hands each closed root
 * found to the test's own script worlds in the page (the page's main world, where axe runs, and Playwright's
 * utility world), never to the extension's content-script world, so that `red-flag-radar-badge .rfr-badge`
 * works as a locator again. A test of what the page can see must not call it.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';

interface DomNode {
  backendNodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

interface Context {
  id: number;
  origin: string;
  name: string;
  auxData?: { frameId?: string; isDefault?: boolean };
}

/** The `host` elements of the page whose shadow root is closed, with that root, as CDP sees them. */
async function closedHosts(cdp: CDPSession, host: string) {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const out: { host: number; root: number }[] = [];
  const walk = (n: DomNode) => {
    const shadow = n.shadowRoots?.[0];
    if (n.localName === host && shadow?.shadowRootType === 'closed')
      out.push({ host: n.backendNodeId, root: shadow.backendNodeId });
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    if (n.contentDocument) walk(n.contentDocument);
  };
  walk(root);
  return out;
}

/** Makes `host.shadowRoot` answer with the closed root in this world (test worlds only). */
function expose(this: Element, root: ShadowRoot): void {
  const key = Symbol.for('rfr-test-closed-roots');
  const g = globalThis as unknown as Record<symbol, WeakMap<Element, ShadowRoot>>;
  let roots = g[key];
  if (!roots) {
    const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!;
    const map = new WeakMap<Element, ShadowRoot>();
    roots = g[key] = map;
    Object.defineProperty(Element.prototype, 'shadowRoot', {
      configurable: true,
      enumerable: own.enumerable,
      get(this: Element) {
        return map.get(this) ?? own.get!.call(this);
      },
    });
  }
  roots.set(this, root);
}

/**
 * Waits for at least one `host` with a closed shadow root and exposes every such root to the test's worlds
 * in the page's top frame. Call it again after the badge is mounted anew (a navigation).
 */
export async function reveal(page: Page, host = 'red-flag-radar-badge', timeout = 15_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts = new Map<number, Context>();
    cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => contexts.set(e.context.id, e.context));
    cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) =>
      contexts.delete(e.executionContextId),
    );
    await cdp.send('Runtime.enable');
    await cdp.send('DOM.enable');
    const deadline = Date.now() + timeout;
    let found = await closedHosts(cdp, host);
    while (!found.length) {
      if (Date.now() > deadline) throw new Error(`no <${host}> with a closed shadow root within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 200));
      found = await closedHosts(cdp, host);
    }
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const worlds = [...contexts.values()].filter(
      (c) =>
        c.auxData?.frameId === frameTree.frame.id &&
        !c.origin.startsWith('chrome-extension://') &&
        (c.auxData?.isDefault || c.name.startsWith('__playwright')),
    );
    if (!worlds.length) throw new Error('no script world of the test in the page');
    for (const world of worlds) {
      for (const f of found) {
        const resolve = async (backendNodeId: number) =>
          (
            (await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId: world.id })) as {
              object: { objectId: string };
            }
          ).object.objectId;
        await cdp.send('Runtime.callFunctionOn', {
          objectId: await resolve(f.host),
          functionDeclaration: expose.toString(),
          arguments: [{ objectId: await resolve(f.root) }],
        });
      }
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The page's badge button, once it is there, as a locator (its closed root revealed to the test). */
export async function badgeOf(page: Page, timeout = 15_000): Promise<Locator> {
  await reveal(page, 'red-flag-radar-badge', timeout);
  return page.locator('red-flag-radar-badge .rfr-badge');
}

/**
 * An attribute of the page's badge button, or null while there is none yet: for expect.poll, and it
 * reveals a badge mounted anew (after an in-app navigation) on each try.
 */
export async function badgeAttr(page: Page, name: string): Promise<string | null> {
  try {
    await reveal(page, 'red-flag-radar-badge', 1000);
    return await page.locator('red-flag-radar-badge .rfr-badge').getAttribute(name, { timeout: 1000 });
  } catch {
    return null;
  }
}

/** The markup inside the closed roots of `host` as CDP sees it (what the extension rendered there). */
export async function closedRootHtml(page: Page, host = 'red-flag-radar-badge'): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const found = await closedHosts(cdp, host);
    const parts = [];
    for (const f of found)
      parts.push(((await cdp.send('DOM.getOuterHTML', { backendNodeId: f.root })) as { outerHTML: string }).outerHTML);
    return parts.join('\n');
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Clicks, with the mouse as a user does, the element matching `selector` inside the first closed root. */
export async function clickInClosedRoot(page: Page, selector: string, host = 'red-flag-radar-badge'): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const [f] = await closedHosts(cdp, host);
    if (!f) throw new Error(`no <${host}> with a closed shadow root`);
    const { nodeIds } = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [f.root] })) as {
      nodeIds: number[];
    };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: nodeIds[0]!, selector })) as { nodeId: number };
    if (!nodeId) throw new Error(`no ${selector} in <${host}>`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach().catch(() => {});
  }
}
