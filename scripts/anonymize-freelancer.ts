/**
 * Makes tests/fixtures/freelancer/*.html from the real saved pages in ../shared/fixtures-real/freelancer
 * (see the fixture README). Keeps the markup and the `webapp-state` transfer state's structure (HTML-escaped
 * JSON); replaces names, usernames, free text, photo and file URLs with invented values; drops the icon
 * cache (inline SVGs, not data), scripts that are not data, styles and iframes.
 *
 *   npx tsx scripts/anonymize-freelancer.ts ../shared/fixtures-real/freelancer/u_*_2021-12.html
 *   (all six, in that order: the outputs are numbered by position; user1x1, user3x1 and user6x1 are kept)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { closeHtmlParser, parseHtml } from '../lib/cli/parse-html';
import { escapeTransferState, unescapeTransferState } from '../lib/parse/transfer-state';

const NAME_KEYS = new Set(['publicName', 'displayName', 'firstName', 'lastName', 'username']);
// Short free texts that still identify someone.
const TEXT_KEYS = new Set(['tagLine', 'company', 'publisher']);

let fileNo = 0;
for (const src of process.argv.slice(2)) {
  fileNo++;
  const realUser = /^u_(.+)_2021-12\.html$/.exec(basename(src))![1];
  const html = readFileSync(src, 'utf8');
  const doc = parseHtml(html);
  const stateEl = doc.querySelector('script#webapp-state')!;
  const state = JSON.parse(unescapeTransferState(stateEl.textContent!));
  for (const k of Object.keys(state)) if (k !== 'NGRX_STATE') delete state[k];

  // Real value -> invented value, for names that also appear in the markup.
  const names = new Map<string, string>();
  let n = 0;
  const invent = (real: string, kind: string) => {
    if (!names.has(real))
      names.set(real, kind === 'username' ? `user${fileNo}x${names.size + 1}` : `Person${fileNo}-${names.size + 1} X.`);
    return names.get(real)!;
  };
  invent(realUser, 'username');
  (function walk(o: any): void {
    if (Array.isArray(o)) return o.forEach(walk);
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') {
        if (NAME_KEYS.has(k) && v) o[k] = invent(v, k);
        else if (TEXT_KEYS.has(k) && v) {
          o[k] = `Sample ${k} ${++n}`;
          names.set(v, o[k]); // also in the markup
        } else if (/f-cdn\.com\/(ppic|files)/.test(v)) o[k] = `https://cdn.example.invalid/ppic/${fileNo}/${++n}.jpg`;
        else if (/\s/.test(v) && v.length > 40 && !/^https?:/.test(v)) {
          o[k] = `Sample text ${++n} written for this fixture.`;
          names.set(v, o[k]);
        } else if (k === 'profileUrl') o[k] = `/u/${names.get(realUser)}`;
      } else walk(v);
    }
  })(state);

  for (const el of doc.querySelectorAll('script, style, iframe, noscript, link[rel=stylesheet], link[rel=preload]')) {
    if (el !== stateEl) el.remove();
  }
  stateEl.textContent = '/*STATE*/';
  const walker = doc.createTreeWalker(doc.body, 4 /* text */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if ((t.textContent ?? '').trim().length > 60) t.textContent = ` Sample text ${++n} written for this fixture. `;
  }
  let out = '<!DOCTYPE html>\n' + doc.documentElement.outerHTML;
  // Names in markup, titles, meta and URLs; longest first so "Jane D." goes before "Jane".
  for (const [real, fake] of [...names].sort((a, b) => b[0].length - a[0].length)) out = out.split(real).join(fake);
  // URLs spell the username in lower case.
  out = out.replace(new RegExp(realUser.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), names.get(realUser)!);
  out = out.replace(
    /https:\/\/cdn\d?\.f-cdn\.com\/(?:ppic|files)\/[^"'\s)&]+/g,
    'https://cdn.example.invalid/ppic/x.jpg',
  );
  let stateText = escapeTransferState(JSON.stringify(state));
  for (const [real, fake] of [...names].sort((a, b) => b[0].length - a[0].length))
    stateText = stateText.split(escapeTransferState(real)).join(escapeTransferState(fake));
  out = out.replace('/*STATE*/', () => stateText);
  // The freelancer's numeric account id, everywhere (document keys, ids, image paths).
  const ownerId = Object.keys(state.NGRX_STATE.profileViewUsers['0'].documents)[0];
  out = out.split(ownerId).join(String(90000000 + fileNo));
  const name = `u_${names.get(realUser)}.html`;
  writeFileSync(`tests/fixtures/freelancer/${name}`, out);
  console.log(`${src} -> tests/fixtures/freelancer/${name}: ${out.length} bytes`);
}
await closeHtmlParser();
