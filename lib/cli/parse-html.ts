/**
 * Parses saved HTML into a Document for the adapters, in Node. happy-dom with scripts, script files and
 * style sheets off: a saved page is untrusted input and nothing in it runs.
 */
import { Window } from 'happy-dom';

let window: Window | undefined;

export function parseHtml(html: string): Document {
  window ??= new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export async function closeHtmlParser(): Promise<void> {
  await window?.happyDOM.close();
  window = undefined;
}
