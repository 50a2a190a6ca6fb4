/**
 * Makes tests/fixtures/linkedin/*.html from the real saved pages in ../shared/fixtures-real/linkedin (see
 * the fixture README): every visible text except locations, dates, connection counts and middots becomes
 * "Text N"; the person's name and slug become invented ones everywhere; the JSON-LD Person keeps its
 * structure with invented names, organisations and URLs; other JSON-LD nodes, scripts, styles, iframes and
 * photo URLs go. Markup and classes stay as served.
 *
 *   npx tsx scripts/anonymize-linkedin.ts <real.html> <out-name> "<Real Name>" <real-slug>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { closeHtmlParser, parseHtml } from '../lib/cli/parse-html';

const [src, outName, realName, realSlug] = process.argv.slice(2);
const FAKE_NAME = 'Alex Sample';
const FAKE_SLUG = 'alex-sample-0001';
const doc = parseHtml(readFileSync(src, 'utf8'));

let n = 0;
for (const el of doc.querySelectorAll(
  'script, style, iframe, noscript, link[rel=stylesheet], link[rel=preload], svg',
)) {
  if (el.tagName === 'SCRIPT' && el.getAttribute('type') === 'application/ld+json') {
    const data = JSON.parse(el.textContent ?? '{}');
    const graph: any[] = data['@graph'] ?? [data];
    const person = graph.find((g) => g['@type'] === 'Person' && !g.articleBody);
    if (!person) {
      el.remove();
      continue;
    }
    person.name = FAKE_NAME;
    person.description = 'Sample text written for this fixture.';
    person.url = `https://www.linkedin.com/in/${FAKE_SLUG}`;
    person.sameAs = person.url;
    if (person.image) person.image = { '@type': 'ImageObject', contentUrl: 'https://media.example.invalid/x.jpg' };
    // alumniOf repeats the experience and education cards, which are anonymized separately; its names
    // cannot be kept consistent with theirs, so it goes (the adapter's JSON-LD path has its own unit test).
    delete person.alumniOf;
    for (const k of ['worksFor', 'memberOf', 'awards', 'interactionStatistic']) delete person[k];
    el.textContent = JSON.stringify({ '@context': 'http://schema.org', '@graph': [person] });
    continue;
  }
  el.remove();
}

// Texts that the adapters read as locations, dates and counts, and separators, stay.
const KEEP = '.top-card__subline-item, .profile-info-subheader > span, .date-range, time';
// Dates and durations as the mobile site writes them ("Jan 2023 -", "Present", "2 yrs 7 mos"), and its
// "Joined 2019", are read too.
const DATE_TEXT =
  /^\s*(?:(?:[A-Z][a-z]{2,8}\.? )?\d{4}\s*[-–]?|Present|Joined \d{4}|(?:\d+ (?:yrs?|mos?|years?|months?)\s*)+)\s*$/;
const keepText = (t: string) =>
  /^\s*·/.test(t) || /connections|followers/i.test(t) || DATE_TEXT.test(t) || !/\p{L}{2}/u.test(t);
// The mobile site's location: the top card line that also holds the connection count.
const liteLocation = (t: Node) =>
  !!t.parentElement?.matches('section.basic-profile-section div') &&
  !!t.parentElement.querySelector(':scope > .dot-separator');
const walker = doc.createTreeWalker(doc.body, 4 /* text */);
const texts: NonNullable<ReturnType<typeof walker.nextNode>>[] = [];
for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t);
for (const t of texts) {
  const v = t.textContent ?? '';
  // "connections with Satya": a name inside a sentence that keepText() spared.
  if (/connections|followers/i.test(v) && v.includes(realName.split(' ')[0])) {
    t.textContent = v.split(realName.split(' ')[0]).join('Alex');
    continue;
  }
  if (keepText(v) || t.parentElement?.closest(KEEP) || liteLocation(t)) continue;
  // Web addresses the profile lists become invented ones (the reader reads them as links).
  if (/^\s*https?:\/\/\S+\s*$/.test(v)) {
    t.textContent = `https://example.com/site-${++n}`;
    continue;
  }
  // The logged-in top card's location line is the one before "Contact info".
  if (
    /^[\p{L} .'-]+, [\p{L} .'-]+(, [\p{L} .'-]+)?$/u.test(v.trim()) &&
    v.trim().length < 60 &&
    !t.parentElement?.closest('.experience-container, .education-container')
  )
    continue;
  t.textContent = v.trim() === realName ? FAKE_NAME : ` Text ${++n} `;
}
for (const img of doc.querySelectorAll('img')) {
  for (const a of ['src', 'data-delayed-url', 'data-ghost-url', 'srcset'])
    if (img.hasAttribute(a)) img.setAttribute(a, 'https://media.example.invalid/x.jpg');
  if (img.hasAttribute('alt')) img.setAttribute('alt', 'Image');
}
// Labels and other attribute prose (aria-label, title, data-*) name people and employers too.
for (const el of doc.body.querySelectorAll('*')) {
  for (const attr of [...el.attributes]) {
    if (['class', 'href', 'src', 'style', 'id', 'type'].includes(attr.name) || attr.name.startsWith('data-tracking'))
      continue;
    if (/\p{L}{2,}\s+\p{L}/u.test(attr.value ?? '')) el.setAttribute(attr.name, 'Label');
  }
}
// Links carry names, employers and search terms: all but the contact-info link and the links to the profile
// itself (its slug is replaced below) go to one place.
for (const a of doc.querySelectorAll('a[href]')) {
  const href = a.getAttribute('href')!;
  if (!href.includes('/overlay/contact-info') && !new RegExp(`/in/${realSlug}/?$`, 'i').test(href))
    a.setAttribute('href', 'https://www.linkedin.com/');
}
for (const m of doc.querySelectorAll('meta[content]')) {
  const key = m.getAttribute('name') ?? m.getAttribute('property') ?? '';
  if (/title/.test(key)) m.setAttribute('content', `${realName} - Text | LinkedIn`);
  else if (/description/.test(key)) m.setAttribute('content', 'Sample text written for this fixture.');
  else if (/image/.test(key)) m.setAttribute('content', 'https://media.example.invalid/x.jpg');
  else if (/first_name/.test(key)) m.setAttribute('content', 'Alex');
  else if (/last_name/.test(key)) m.setAttribute('content', 'Sample');
}
if (doc.querySelector('title')) doc.querySelector('title')!.textContent = `${realName} | LinkedIn`;
let out = '<!DOCTYPE html>\n' + doc.documentElement.outerHTML;
const first = realName.split(' ')[0];
out = out.split(realName).join(FAKE_NAME).split(`${first}’s`).join('Alex’s').split(`${first}'s`).join("Alex's");
out = out.replace(new RegExp(realSlug, 'gi'), FAKE_SLUG);
out = out.replace(/https:\/\/media\.licdn\.com\/[^"'\s)]+/g, 'https://media.example.invalid/x.jpg');
// Member numbers (the mobile site's data-member-id, urn:li:member:…).
out = out.replace(/(data-member-id="|urn:li:member:)\d+/g, '$10');
out = out.replace(/data-browser-id="[^"]*"/g, 'data-browser-id="00000000-0000-0000-0000-000000000000"');
// The first name alone, as in hidden labels ("Jane’ profile photo").
out = out.replace(new RegExp(`(?<!\\p{L})${first}(?!\\p{L})`, 'gu'), 'Alex');
writeFileSync(`tests/fixtures/linkedin/${outName}.html`, out);
console.log(`${src} -> tests/fixtures/linkedin/${outName}.html: ${out.length} bytes`);
await closeHtmlParser();
