/**
 * Parses saved HTML into a Document for the adapters, in Node. happy-dom with scripts, script files and
 * style sheets off: a saved page is untrusted input and nothing in it runs.
 *
 * One window per page, closed after it was read and its tree dropped (`withDocument`): one window for a whole
 * folder kept every page's document alive (~60 MB per real page; 50 pages ran out of heap, issue 14).
 */
import { Window } from 'happy-dom';

const SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
  },
};

let window: Window | undefined;
const closing = new Set<Promise<void>>();

/** A Document in a window shared until closeHtmlParser (scripts and benchmarks over a few pages). */
export function parseHtml(html: string): Document {
  window ??= new Window({ settings: SETTINGS });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/**
 * Reads one page in a window of its own and closes the window afterwards; `read` must return plain data,
 * never a node. `pagesClosed()` resolves when the windows closed so far are gone.
 */
export function withDocument<T>(html: string, read: (doc: Document) => T): T {
  const own = new Window({ settings: SETTINGS });
  let doc: Document | undefined;
  try {
    doc = new own.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return read(doc);
  } finally {
    // The page's tree is dropped now: a closed window lingers until V8 collects its context (several
    // collections later), and with it every element the page had (~60 MB for a real page).
    doc?.documentElement?.remove();
    const done = own.happyDOM.close().catch(() => {});
    closing.add(done);
    void done.finally(() => closing.delete(done));
  }
}

export async function pagesClosed(): Promise<void> {
  await Promise.all([...closing]);
}

export async function closeHtmlParser(): Promise<void> {
  await window?.happyDOM.close();
  window = undefined;
  await pagesClosed();
}
