/**
 * Red Flag Radar on the command line (contract in docs/architecture.md):
 *   radar scan <file.html|folder>... [--url <original-url>] [--now YYYY-MM-DD] [--sensitivity low|normal|high]
 *   radar message [--file <f>]
 * Exit 0 for a report, 2 for wrong usage, 1 for a file it cannot read (one line on stderr).
 */
import { compareProfiles } from './cross';
import { comparePhotos } from './photos';
import { parseArgs } from 'node:util';
import { closeHtmlParser, pagesClosed } from './parse-html';
import { analyzeMessage, type Analysis } from '../analyze';
import { currentLocale, localeFor, setLocale, t } from '../i18n';
import { formatNumber } from '../i18n/format';
import { MAX_READ } from '../read-cap';
import { readMessageFile, readMessageStdin } from './message-input';
import { siteById } from '../sites';
import { findingsText, summaryText } from '../summary';
import { expandInputs, InputError, scanPage, type Report } from './scan';
import { printable } from './terminal';

/**
 * Node's garbage collector when the CLI runs with --expose-gc (the `radar` script passes it): a closed
 * window's DOM is garbage, but with the default heap limit (a quarter of the memory) Node keeps it until the
 * heap is large; collecting after each page keeps a folder of any size near one page's memory.
 */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

const USAGE = `usage:
  radar scan <file.html|folder>... [--url <original-url>] [--now YYYY-MM-DD] [--sensitivity low|normal|high] [--text] [--lang en|de]
  radar message [--file <file>] [--text] [--lang en|de]   (reads standard input without --file)
  radar --help`;

const HELP = `Red Flag Radar on the command line: the extension's site readers and rules over saved pages and message text.

${USAGE}

scan      reads saved profile pages (.html, or every .html in a folder) and compares them with each other
          (same photo, text or contact under another name). --url gives the page's original address when the
          saved file does not carry it; --now the day to judge account ages by; --sensitivity as in the options.
message   reads one proposal or message (a file, or standard input) in English, German, Spanish, French or
          Portuguese: its first 200,000 characters, as the extension does (a longer one says so).
--text    prints what the panel shows, in words: the verdict, each red flag and note with the sentence or value
          that raised it, its source and the next step, and what could not be checked. Without it, JSON.
--lang    the language of titles, evidence and advice: en or de (default: from LC_ALL, LC_MESSAGES or LANG).

Reading the JSON: "risk.level" is none, low, medium or high; "findings" lists each red flag ("note": true for
a note that does not colour the level) with its evidence and sources; "risk.unchecked" says what could not be
checked. A level of none means no known red flag was found on what could be read — not that the person is
safe. "status": "not-a-profile" means the page was not read as a profile (pass --url if it is one).
Exit 0 with a report, 2 for wrong usage, 1 for a file it cannot read.`;

class UsageError extends Error {}

/** The language asked for with --lang, else the environment's (POSIX order: LC_ALL, LC_MESSAGES, LANG). */
function useLanguage(lang: string | undefined): void {
  if (lang !== undefined && lang !== 'en' && lang !== 'de') throw new UsageError('--lang is en or de');
  const env = process.env;
  setLocale(lang ?? localeFor(env.LC_ALL || env.LC_MESSAGES || env.LANG));
}

function parseNow(v: string | undefined): Date {
  if (v === undefined) return new Date();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new UsageError('--now takes YYYY-MM-DD');
  return new Date(`${v}T12:00:00Z`);
}

/** Writes to standard output, waiting when its buffer is full. */
function write(text: string): Promise<void> {
  return new Promise((resolve) => (process.stdout.write(text) ? resolve() : process.stdout.once('drain', resolve)));
}

/** Findings are printed in words: their evidence lines in no language (for the history) are left out. */
const printed = (key: string, value: unknown) => (key === 'lines' ? undefined : value);

/** A JSON array, one report at a time (as JSON.stringify(reports, null, 2) would print it). */
async function writeArray(reports: Report[]): Promise<void> {
  if (!reports.length) return write('[]\n');
  await write('[\n');
  for (const [i, r] of reports.entries()) {
    const text = JSON.stringify(r, printed, 2).replace(/\n/g, '\n  ');
    await write(`  ${text}${i < reports.length - 1 ? ',' : ''}\n`);
  }
  await write(']\n');
}

/** "What could not be checked" and its lines, after a blank line; nothing when everything was checked. */
function uncheckedText(unchecked: readonly string[]): string {
  return unchecked.length ? `\n\n${t('ui.unchecked')}\n${unchecked.map((u) => `- ${u}`).join('\n')}` : '';
}

/** A report in words, as the panel would show it (--text). */
function reportText(r: Report): string {
  if (r.status === 'unreadable' && !r.site) return `${r.file}\n${r.risk.unchecked.join('\n')}`;
  if (r.status === 'not-a-profile' || !r.site) return `${r.file}\n${t('cli.notAProfile')}`;
  const site = siteById(r.site)?.name ?? r.site;
  const text = summaryText({ ...r, site: r.site } as Analysis, r.locale, site);
  return `${r.file}\n${text}${uncheckedText(r.risk.unchecked)}`;
}

async function main(argv: string[]): Promise<number> {
  if (argv.some((a) => a === '--help' || a === '-h') || argv[0] === 'help') {
    await write(`${HELP}\n`);
    return 0;
  }
  const [command, ...rest] = argv;
  if (command === 'scan') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        now: { type: 'string' },
        sensitivity: { type: 'string' },
        text: { type: 'boolean' },
        lang: { type: 'string' },
      },
    });
    useLanguage(values.lang);
    if (!positionals.length) throw new UsageError('scan needs a file or folder');
    const sensitivity = values.sensitivity ?? 'normal';
    if (!['low', 'normal', 'high'].includes(sensitivity)) throw new UsageError('--sensitivity is low, normal or high');
    const files = expandInputs(positionals);
    if (values.url && files.length > 1) throw new UsageError('--url applies to a single file');
    const opts = { url: values.url, now: parseNow(values.now), sensitivity: sensitivity as 'low' | 'normal' | 'high' };
    // Each page is parsed once, in a window closed before the next page (bounded memory for big folders);
    // only the reports and the saved photos' paths are kept.
    const scanned: Report[] = [];
    const photoPaths = new Map<string, string | undefined>();
    for (const f of files) {
      const { report, photoPath } = scanPage(f, opts);
      scanned.push(report);
      photoPaths.set(f, photoPath);
      await pagesClosed();
      collect();
    }
    // Profiles, then photos saved beside the pages, are compared across the files of this run.
    const cross = await compareProfiles(scanned, opts.now, opts.sensitivity);
    const reports = await comparePhotos(cross.reports, opts.now, opts.sensitivity, cross.contexts, photoPaths);
    if (values.text) {
      await write(printable(`${reports.map(reportText).join('\n\n————\n\n')}\n`));
      return 0;
    }
    const single = positionals.length === 1 && files.length === 1 && files[0] === positionals[0];
    if (single) await write(`${JSON.stringify(reports[0], printed, 2)}\n`);
    else await writeArray(reports);
    return 0;
  }
  if (command === 'message') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { file: { type: 'string' }, text: { type: 'boolean' }, lang: { type: 'string' } },
    });
    useLanguage(values.lang);
    if (positionals.length) throw new UsageError('message takes its text from --file or standard input');
    const input = values.file ? readMessageFile(values.file) : await readMessageStdin();
    const analysis = analyzeMessage(input.text);
    // Said where a person reads what was not checked (and in the JSON's "risk.unchecked"), never cut silently.
    if (input.cut) analysis.risk.unchecked.push(t('cli.messageCut', { characters: formatNumber(MAX_READ) }));
    if (values.text) {
      await write(
        printable(
          `${findingsText(analysis.findings, currentLocale())}${uncheckedText(analysis.risk.unchecked)}\n\n${t('summary.disclaimer')}\n`,
        ),
      );
      return 0;
    }
    process.stdout.write(`${JSON.stringify(analysis, printed, 2)}\n`);
    return 0;
  }
  throw new UsageError(command ? `unknown command ${command}` : 'no command');
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((e: unknown) => {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`radar: ${printable((e as Error).message)}\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (e instanceof InputError) {
      process.stderr.write(`radar: ${printable(e.message)}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`radar: internal error: ${(e as Error).message?.split('\n')[0]}\n`);
      process.exitCode = 1;
    }
  })
  .finally(() => closeHtmlParser());
