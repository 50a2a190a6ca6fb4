/**
 * The background's message handling, with its browser dependencies injected so that tests can drive it
 * (tests/background.test.ts uses WXT's fake browser). Validates every message, runs the rules, stores
 * the profile, keeps each tab's state and sets the toolbar badge.
 */
import { analyzeMessage, analyzeRead, type Analysis } from '../analyze';
import type { LoadedPhoto } from '../photo/load-browser';
import { isPlaceholderPhoto } from '../rules/no-photo';
import { createMemory, storageProblem, visitGaps } from './memory';
import { ContentMessage, PopupMessage } from '../messages';
import type { TeamMessage } from '../team/messages';
import { currentLocale, localeForSetting, setLocale } from '../i18n';
import { siteById, siteForHost } from '../sites';
import { interpretRaw } from '../sites/read-page';
import { StorageBlockedError } from '../storage/blocked-open';
import type { RadarStore } from '../storage/db';
import { defaultSettings, type Settings } from '../storage/settings';
import { messageExcerpt, type PageMessages, type TabState, type ToolbarBadge } from '../tab-state';
import { remark, withMark } from './marks';
import { forPage } from './redact';
import { toolbarBadge } from './toolbar';
import { warmUp } from './warm-up';

/** What the background answers about message texts on a page. */
export interface MessageResults {
  kind: 'messages';
  results: { id: number; findings: import('../rules/types').Finding[] }[];
  /** The language the findings are written in: the markers' own words follow it. */
  locale: import('../i18n').Locale;
}

/** How long a loading page holds the photo memory's loading at most (its answer releases it sooner). */
const PAGE_HOLD_MS = 5000;

/** The most flagged messages of one page kept for the popup. */
const MAX_FLAGGED = 50;
/**
 * The message elements remembered per page, to count one read again once (lib/tab-state.ts): as many as the scan
 * looks at (lib/content/message-scan.ts MAX_ELEMENTS), whose oldest messages come last.
 */
const MAX_KEYS = 2000;

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface BackgroundDeps {
  extensionId: string;
  extensionOrigin: string;
  store: () => Promise<RadarStore>;
  now: () => Date;
  setToolbar: (tabId: number, badge: ToolbarBadge) => Promise<void>;
  /** Survives service-worker restarts (storage.session in the browser). */
  saveTabs?: (tabs: Record<number, TabState>) => Promise<void>;
  /** Tells an open popup that a tab's state changed. */
  announce?: (tabId: number) => Promise<void>;
  /**
   * Sends a page's newer state to its tab's content script (the badge updates in place), without the user's
   * private memory (lib/background/redact.ts).
   */
  pushToTab?: (tabId: number, message: { type: 'tab-state'; url: string; state: TabState }) => Promise<void>;
  /** Fetches and hashes a profile photo (lib/photo/load-browser.ts); absent = photos are not compared. */
  loadPhoto?: (url: string) => Promise<LoadedPhoto | undefined>;
  /** Opens one of the extension's pages (a path such as "profiles.html#key") in a new tab. */
  openTab?: (path: string) => Promise<void>;
  /** Team memory (lib/team/background.ts): told of every own profile stored or forgotten; answers its messages. */
  team?: {
    /** Who this browser is in the team (for the memory's hashes-mode matching), when sharing is on. */
    identity(): Promise<import('../team/records').TeamIdentity | undefined>;
    recorded(key: string): void;
    forgotten(keys: string[]): void;
    wake(): Promise<void>;
    handle(msg: TeamMessage): Promise<unknown>;
  };
}

function sameSite(a: string, b: string): boolean {
  try {
    return new URL(a).hostname === new URL(b).hostname;
  } catch {
    return false;
  }
}

/** Findings are written in the settings' language ("auto": the browser's). */
function useLanguage(settings: Settings): void {
  setLocale(localeForSetting(settings.language, globalThis.navigator?.language));
}

export function createBackground(deps: BackgroundDeps) {
  const tabs: Record<number, TabState> = {};
  // Hashes-only teams match on salted hashes: the memory hashes this profile's contacts with the team's salt.
  const memory = createMemory(deps.store, deps.team ? { team: () => deps.team!.identity() } : {});
  const pending = new Set<Promise<void>>();
  /** Work that goes on after a page was answered (tests wait for it with `settled`); its failure is logged. */
  const track = (work: Promise<void>, what = 'tab state') => {
    const job = work.catch((e) => console.error(`Red Flag Radar: ${what} failed`, e));
    pending.add(job);
    void job.finally(() => pending.delete(job));
  };
  /**
   * A tab's marketplace page loads and waits for its answer: the photo memory's loading (another page's photo
   * check) pauses until the answer, PAGE_HOLD_MS at most (it held a warm worker's next badge, bench/team.ts).
   */
  const holds = new Map<number, () => void>();
  function hold(tabId: number): void {
    if (holds.has(tabId)) return;
    let release = () => {};
    const done = new Promise<void>((resolve) => (release = resolve));
    const timer = setTimeout(() => free(tabId), PAGE_HOLD_MS);
    holds.set(tabId, () => {
      clearTimeout(timer);
      release();
    });
    memory.pageWork(done);
  }
  function free(tabId: number): void {
    holds.get(tabId)?.();
    holds.delete(tabId);
  }
  /** The tab URL each tab's state was made for: a navigation anywhere else clears it. */
  const sources: Record<number, string> = {};

  /** The toolbar, the session copy and the popup's notice of each state, in the order the states were set. */
  let shown: Promise<unknown> = Promise.resolve();
  /**
   * The tab's state changes at once (what the popup and the page are answered from); the toolbar, the saved copy
   * and the popup's notice follow, one state after another. The returned promise is theirs: a page's first
   * answer does not wait for them (they cost 15-70 ms on a woken worker, bench/team.ts).
   */
  function setTab(tabId: number, state: TabState, source?: string): Promise<void> {
    tabs[tabId] = state;
    if (source) sources[tabId] = source;
    else delete sources[tabId];
    const done = shown.then(async () => {
      await deps.setToolbar(tabId, toolbarBadge(state));
      await deps.saveTabs?.(tabs);
      await deps.announce?.(tabId);
    });
    shown = done.catch(() => {});
    return done;
  }

  /**
   * What the message scan found on a tab's page, kept with the tab's state for the popup (lib/tab-state.ts):
   * added to what was read on the same page before, the latest MAX_FLAGGED flagged messages at most.
   */
  async function rememberMessages(
    tabId: number,
    source: string,
    url: string,
    items: { id: number; key?: string; text: string }[],
    results: MessageResults['results'],
  ): Promise<void> {
    const prev = tabs[tabId];
    const before = prev?.messages?.url === url ? prev.messages : undefined;
    const base: TabState = prev && sources[tabId] === source ? prev : { kind: 'none' };
    // An element read again (its text changed in place: an edit, a reused chat row) is not a new message.
    const known = new Set(before?.keys);
    const sent = new Set(items.flatMap((i) => (i.key === undefined ? [] : [i.key])));
    const fresh = [...sent].filter((k) => !known.has(k));
    const unkeyed = items.filter((i) => i.key === undefined).length;
    const keyOf = new Map(items.map((i) => [i.id, i.key]));
    const keys = [...(before?.keys ?? []), ...fresh].slice(-MAX_KEYS);
    // The parts of one long message (lib/content/message-text.ts messageParts) share its key: one flagged message.
    // Each with the opening of its text, for the popup to say which message its findings are from (the review of
    // the thirty-first session, point 4); a long message's first part is its opening.
    const flagged: PageMessages['flagged'] = [];
    const byKey = new Map<string, (typeof flagged)[number]>();
    const opening = new Map<string | number, string>();
    for (const i of items) if (!opening.has(i.key ?? i.id)) opening.set(i.key ?? i.id, i.text);
    const excerptOf = (k: string | number) => messageExcerpt(opening.get(k) ?? '');
    for (const r of results) {
      const key = keyOf.get(r.id);
      const same = key === undefined ? undefined : byKey.get(key);
      if (same) same.findings = [...same.findings, ...r.findings];
      else if (key === undefined) flagged.push({ excerpt: excerptOf(r.id), findings: r.findings });
      else {
        const entry = { key, excerpt: excerptOf(key), findings: r.findings };
        byKey.set(key, entry);
        flagged.push(entry);
      }
    }
    const messages = {
      url,
      read: (before?.read ?? 0) + unkeyed + fresh.length,
      ...(keys.length ? { keys } : {}),
      flagged: [...(before?.flagged ?? []).filter((f) => f.key === undefined || !sent.has(f.key)), ...flagged].slice(
        -MAX_FLAGGED,
      ),
    };
    await setTab(tabId, { ...base, messages }, source);
  }

  /** Runs after the profile's own analysis has been shown: photo work never holds it up. */
  async function checkPhoto(tabId: number, analysis: Analysis, settings: Settings): Promise<void> {
    const result = await memory.checkPhoto(analysis, settings, deps.now(), deps.loadPhoto);
    // The photo's hashes are part of the team record: shared again now that they are known.
    if (result.profileKey && !result.storageError) deps.team?.recorded(result.profileKey);
    const current = tabs[tabId];
    if (current?.kind === 'analysis' && current.analysis === analysis) {
      const state: TabState = { kind: 'analysis', analysis: result };
      await setTab(tabId, state, sources[tabId]);
      await deps.pushToTab?.(tabId, { type: 'tab-state', url: analysis.url, state: forPage(state) });
    }
  }

  /**
   * The settings, or — when the memory cannot be opened (an older version of the extension holds it:
   * lib/storage/blocked-open.ts) or read — the defaults and why: a page is still analysed and answered, and its
   * report says that the memory could not save it, rather than no badge at all.
   */
  async function pageSettings(): Promise<{ settings: Settings; failure?: unknown }> {
    try {
      return { settings: await (await deps.store()).settings() };
    } catch (e) {
      return { settings: defaultSettings(), failure: e };
    }
  }

  /**
   * A content script's message. What goes back to the page's side carries none of the user's private memory
   * (forPage) unless the user opened the panel, which asks for the full report of the page it shows.
   */
  async function onContent(raw: unknown, sender: Sender): Promise<TabState | MessageResults | undefined> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !sender.url) return undefined;
    const senderSite = siteForHost(new URL(sender.url));
    const parsed = ContentMessage.safeParse(raw);
    if (!senderSite) return undefined;
    // A page whose data fails validation could not be read: say so, never leave the last answer standing.
    if (!parsed.success && (raw as { type?: unknown } | null)?.type === 'page') {
      const { settings } = await pageSettings();
      const read = { status: 'unreadable' as const, missing: ['page'] };
      const analysis = analyzeRead(senderSite.id, sender.url, read, {
        now: deps.now(),
        sensitivity: settings.sensitivity,
      });
      await setTab(tabId, { kind: 'analysis', analysis }, sender.url);
      return forPage(tabs[tabId]!);
    }
    // Only from a supported marketplace's page, about that page's own site.
    if (!parsed.success || !sameSite(parsed.data.url, sender.url)) return undefined;
    const msg = parsed.data;
    if (msg.type === 'left') {
      // Messages already read on the page it went to (the scan may answer first) stay with the tab.
      const kept = tabs[tabId]?.messages;
      if (kept?.url === msg.url) await setTab(tabId, { kind: 'none', messages: kept }, sender.url);
      else await setTab(tabId, { kind: 'none' });
      return tabs[tabId];
    }
    if (msg.type === 'report') {
      // The panel was opened: the full report, for the page this tab's state was made for and no other.
      const state = tabs[tabId];
      return state?.kind === 'analysis' && state.analysis.url === msg.url ? state : undefined;
    }
    if (msg.type === 'mark' || msg.type === 'open-history') return onPanel(tabId, msg);
    const site = siteById(msg.site);
    if (!site || site.id !== senderSite.id) return undefined;
    const { settings, failure } = await pageSettings();
    if (settings.enabledSites[site.id] === false) {
      await setTab(tabId, { kind: 'disabled', site: site.name }, sender.url);
      return forPage(tabs[tabId]!);
    }
    const now = deps.now();
    useLanguage(settings);
    if (msg.type === 'messages') {
      // Proposal and chat texts on the page: each checked alone; only those with findings come back.
      const results = msg.items.flatMap(({ id, text }) => {
        const a = analyzeMessage(text, { sensitivity: settings.sensitivity });
        return a.findings.length ? [{ id, findings: a.findings }] : [];
      });
      await rememberMessages(tabId, sender.url, msg.url, msg.items, results);
      return { kind: 'messages', results, locale: currentLocale() };
    }
    hold(tabId);
    // Validated, cut to the contract's limits and validated again (lib/sites/read-page.ts, as in the CLI).
    const read = interpretRaw(site, new URL(msg.url), msg.raw);
    let analysis: Analysis = analyzeRead(site.id, msg.url, read, { now, sensitivity: settings.sensitivity });
    if (analysis.profile && (analysis.status === 'ok' || analysis.status === 'partial'))
      analysis =
        failure === undefined
          ? await memory.remember(analysis, settings, now)
          : { ...analysis, storageError: storageProblem(failure) };
    if (analysis.profileKey && !analysis.storageError) deps.team?.recorded(analysis.profileKey);
    // The badge is answered from the tab's state; the toolbar and the saved copy follow (awaited by `settled`).
    track(setTab(tabId, { kind: 'analysis', analysis }, sender.url));
    const answer = forPage(tabs[tabId]!);
    const photo = analysis.profile?.photoUrl;
    if (photo && !isPlaceholderPhoto(analysis.site, photo) && !analysis.storageError) {
      track(checkPhoto(tabId, analysis, settings), 'photo check');
    }
    free(tabId);
    return answer;
  }

  /**
   * The badge's panel: a note, a dismissal or the trust mark on the profile the tab shows (saved as the history
   * page saves them, then applied to the tab's report, which goes back to the panel in full), or the history
   * page opened on it. Only for the page this tab's state was made for, and only for a remembered profile.
   */
  async function onPanel(
    tabId: number,
    msg: Extract<ContentMessage, { type: 'mark' | 'open-history' }>,
  ): Promise<TabState | undefined> {
    const state = tabs[tabId];
    if (state?.kind !== 'analysis' || state.analysis.url !== msg.url || !state.analysis.profileKey) return undefined;
    const key = state.analysis.profileKey;
    if (msg.type === 'open-history') {
      await deps.openTab?.(`profiles.html#${encodeURIComponent(key)}`);
      return state;
    }
    const store = await deps.store();
    const settings = await store.settings();
    const entry = await store.update(key, (e) => withMark(e, msg.mark, deps.now().toISOString()));
    if (!entry) return undefined;
    deps.team?.recorded(key);
    const analysis = remark(state.analysis, entry, settings.sensitivity);
    await store.updateOutcome(key, analysis.risk.level, analysis.findings, visitGaps(analysis)).catch(() => {});
    const next: TabState = { ...state, analysis };
    await setTab(tabId, next, sources[tabId]);
    return next;
  }

  async function onPopup(raw: unknown): Promise<unknown> {
    const parsed = PopupMessage.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    // The tab's report needs no memory (it says itself when the memory could not be used).
    if (msg.type === 'get-tab') return tabs[msg.tabId] ?? { kind: 'none' };
    const store = await deps.store();
    if (msg.type === 'get-settings') return store.settings();
    if (msg.type === 'check-text') {
      const settings = await store.settings();
      useLanguage(settings);
      return analyzeMessage(msg.text, { sensitivity: settings.sensitivity });
    }
    if (msg.type.startsWith('team-')) return deps.team?.handle(msg as TeamMessage);
    if (msg.type === 'memory-changed') {
      memory.forget();
      deps.team?.forgotten(msg.forgotten ?? []);
      for (const key of msg.edited ?? []) deps.team?.recorded(key);
      return { ok: true };
    }
    if (msg.type === 'clear-photos') {
      await store.clearPhotos();
      memory.forget();
      return { cleared: true };
    }
    if (msg.type === 'clear-history') {
      // Forgetting everything here forgets this recruiter's own team records too (never colleagues').
      const keys = deps.team ? (await store.allProfiles()).map((e) => e.key) : [];
      await store.clearHistory();
      deps.team?.forgotten(keys);
      memory.forget();
      return { cleared: true };
    }
    if (msg.type !== 'set-settings') return undefined;
    await store.saveSettings(msg.settings);
    void deps.team?.wake();
    return store.settings();
  }

  /**
   * The memory made ready for a marketplace page that starts loading (bench/team.ts: the worker was stopped), and
   * the page path compiled meanwhile (lib/background/warm-up.ts).
   */
  const prepare = async () => {
    await Promise.all([
      warmUp(deps.now()),
      (async () => {
        const settings = await (await deps.store()).settings();
        await memory.prepare(settings, deps.now());
      })(),
    ]);
  };
  const isMarketplace = (url: string) => {
    try {
      return !!siteForHost(new URL(url));
    } catch {
      return false;
    }
  };

  return {
    tabs,
    /** The memory (its team writers keep its indexes in step: lib/team/background.ts). */
    memory,
    /** Resolves when the photo checks and toolbar updates started so far are done (tests). */
    async settled(): Promise<void> {
      while (pending.size) await Promise.all([...pending]);
    },
    restoreTabs(saved: Record<number, TabState>) {
      Object.assign(tabs, saved);
    },
    /**
     * tabs.onUpdated: the tab navigates (a new URL, or a load starting). Its state is cleared unless it was
     * made for that very URL (the content script may answer before the event arrives). `url` is undefined on
     * pages we have no access to — never a marketplace's.
     */
    async navigated(tabId: number, url: string | undefined) {
      if (url && isMarketplace(url)) {
        hold(tabId);
        track(prepare(), 'preparing the memory');
      }
      if (!(tabId in tabs)) return;
      if (url !== undefined && sources[tabId] === url) {
        // The same page loading again (a reload): its messages are read again from the start.
        const { messages, ...kept } = tabs[tabId]!;
        if (messages) await setTab(tabId, kept, url);
        return;
      }
      delete sources[tabId];
      await setTab(tabId, { kind: 'none' });
    },
    forgetTab(tabId: number) {
      free(tabId);
      delete tabs[tabId];
      delete sources[tabId];
      return deps.saveTabs?.(tabs);
    },
    /** The runtime.onMessage handler. Anything not from this extension is ignored. */
    async handle(raw: unknown, sender: Sender): Promise<unknown> {
      if (sender.id !== deps.extensionId) return undefined;
      try {
        // Our own pages first: the popup opened in a tab has a `tab` too.
        if (sender.url?.startsWith(deps.extensionOrigin)) return await onPopup(raw);
        if (sender.tab) return await onContent(raw, sender);
      } catch (e) {
        // The memory held open by an older version of the extension: our own page that asked shows the reason in
        // its error line (the popup's) rather than a missing answer. A marketplace page is never sent an error.
        if (e instanceof StorageBlockedError && sender.url?.startsWith(deps.extensionOrigin)) throw e;
        console.error('Red Flag Radar: message failed', e);
      }
      return undefined;
    },
  };
}
