/** `radar scan`: saved pages → reports, with the same adapters and rules as the extension. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeRead, type Analysis } from '../analyze';
import { currentLocale, t } from '../i18n';
import type { Sensitivity } from '../score';
import { siteForHost } from '../sites';
import { withDocument } from './parse-html';
import { savedPhotoIn } from './photos';

export const MAX_PAGE_BYTES = 50 * 1024 * 1024;

export class InputError extends Error {}

export interface Report extends Omit<Analysis, 'site'> {
  file: string;
  site: string | null;
}

/** Expands folders into the HTML files they hold (sorted, recursive). */
export function expandInputs(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(`cannot read ${p}: no such file or folder`);
    }
    if (st.isDirectory()) {
      const inner = readdirSync(p)
        .sort()
        .map((f) => join(p, f))
        .filter((f) => statSync(f).isDirectory() || /\.html?$/i.test(f));
      out.push(...expandInputs(inner));
    } else out.push(p);
  }
  return out;
}

/** The page's own address: canonical link, then og:url. */
function pageUrl(doc: Document): string | undefined {
  return (
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    undefined
  );
}

export interface ScanOptions {
  url?: string;
  now: Date;
  sensitivity?: Sensitivity;
}

export function scanFile(file: string, opts: ScanOptions): Report {
  return scanPage(file, opts).report;
}

/**
 * One saved page → its report, and the photo saved beside it, from one parse in a window of its own
 * (closed after).
 */
export function scanPage(file: string, opts: ScanOptions): { report: Report; photoPath?: string } {
  let html: string;
  try {
    if (statSync(file).size > MAX_PAGE_BYTES) throw new InputError(`cannot read ${file}: larger than 50 MB`);
    html = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
  let page: { report: Report; photoPath?: string };
  try {
    page = withDocument(html, (doc) => {
      const report = reportOf(file, doc, opts);
      const photo = report.profile?.photoUrl;
      return { report, photoPath: photo ? savedPhotoIn(doc, file, photo, report.url) : undefined };
    });
  } catch (e) {
    // A page the parser cannot take (nested 100,000 deep overflowed its stack, where a browser stops nesting at
    // 512 levels) is this page not read, said so in its report; the other pages of the run are read as usual
    // (hostile20: the whole run stopped with no report).
    return { report: unparsed(file, opts, e) };
  }
  // Copied out of the page: a value read from it (a name, a sentence, an address) is a slice of the page's
  // whole text and would keep all of it alive as long as the run keeps the report (up to 2.4 MB a page).
  return structuredClone(page);
}

function unparsed(file: string, opts: ScanOptions, e: unknown): Report {
  const reason = String((e as Error)?.message ?? e)
    .split('\n')[0]!
    .slice(0, 200);
  return {
    file,
    url: '',
    site: null,
    status: 'unreadable',
    missing: ['page'],
    findings: [],
    risk: { level: 'none', score: 0, unchecked: [t('cli.unparsed', { reason })] },
    checkedAt: opts.now.toISOString(),
    locale: currentLocale(),
  };
}

function reportOf(file: string, doc: Document, opts: ScanOptions): Report {
  const raw = opts.url ?? pageUrl(doc);
  let url: URL | undefined;
  try {
    url = raw ? new URL(raw) : undefined;
  } catch {
    url = undefined;
  }
  const site = url && siteForHost(url);
  if (!url || !site) {
    return {
      file,
      url: url?.href ?? '',
      site: null,
      status: 'not-a-profile',
      missing: [],
      findings: [],
      risk: { level: 'none', score: 0, unchecked: [] },
      checkedAt: opts.now.toISOString(),
      locale: currentLocale(),
    };
  }
  // The adapter's read is the extension's path: bounded, validated, cut to the contract (lib/sites/read-page.ts).
  const read = site.read(doc, url);
  return { file, ...analyzeRead(site.id, url.href, read, { now: opts.now, sensitivity: opts.sensitivity }) };
}
