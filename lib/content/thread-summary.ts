/**
 * The conversation's summary on a message page (hm20 report, point 2: the markers said what each message
 * matched, nothing said what the conversation as a whole did). In the page's flow like a marker, in a closed
 * shadow root, before the row of the first message shown; only once a message matched something and at least two
 * were read. Placed again when the first message shown changes (the chat loads older ones above it).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Thread } from '../../components/ThreadSummary';
import { outsideControls } from './placement';
import { UI_CSS } from './ui-css';

export type MountThread = (container: HTMLElement, thread: Thread, goTo: (el: Element) => void) => void;

/** The row of `first` in the list that holds it and `last`: its ancestor just under their common ancestor. */
export function rowOf(first: Element, last: Element): Element {
  let row = first;
  for (let p = first.parentElement; p && !p.contains(last); p = p.parentElement) row = p;
  return outsideControls(row);
}

/** Shows the message's row in the middle of its scrolling list. */
const goTo = (el: Element) => el.scrollIntoView({ block: 'center' });

export function threadSummary(ctx: ContentScriptContext, mount: MountThread) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let before: Element | undefined;
  let latest: Thread | undefined;
  let generation = 0;
  const remove = () => {
    generation++;
    ui?.remove();
    ui = undefined;
    before = undefined;
  };
  return {
    remove,
    /** `messages`: the message elements shown, in the page's order. */
    async update(thread: Thread, messages: readonly Element[]): Promise<void> {
      latest = thread;
      if (!thread.flagged.length || thread.read < 2 || messages.length < 2) return remove();
      const row = rowOf(messages[0]!, messages[messages.length - 1]!);
      if (ui && before === row && ui.shadowHost.isConnected) {
        mount(ui.mounted!, thread, goTo);
        return;
      }
      remove();
      const mine = generation;
      const made = await createShadowRootUi(ctx, {
        name: 'red-flag-radar-thread',
        css: UI_CSS,
        position: 'inline',
        anchor: row,
        append: 'before',
        onMount: (container) => {
          mount(container, latest!, goTo);
          return container;
        },
        onRemove: (container) => container && render(null, container),
      });
      if (mine !== generation || ctx.isInvalid) return;
      ui = made;
      before = row;
      ui.mount();
    },
  };
}
