/**
 * Makes tests/fixtures/upwork/*.html from the real saved page in ../shared/fixtures-real (see the fixture
 * README). Keeps the markup and the `window.__NUXT__` structure; replaces names, free text, photo URLs,
 * account ids and IP addresses with invented values; drops scripts that are not data, styles and iframes.
 *
 *   npx tsx scripts/anonymize-upwork.ts ../shared/fixtures-real/upwork/visitor-view_2026-06.html
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'acorn';
import { closeHtmlParser, parseHtml } from '../lib/cli/parse-html';
import { readNuxtState } from '../lib/parse/nuxt-state';

const src = process.argv[2];
if (!src) throw new Error('usage: anonymize-upwork.ts <real-page.html>');
const original = readFileSync(src, 'utf8');

// Real value -> invented value, applied to the whole page text.
const exact: [string, string][] = [
  ['Sergii C.', 'Taras M.'],
  ['Sergii', 'Taras'],
  ['~01140923f209578a6b', '~01a1b2c3d4e5f60718'],
  ['1786261915023216640', '1700000000000000001'],
  ['6059573f', '0a0b0c0d'],
  ['1059395201', '1000000001'],
  ['Klaviyo Email Marketing Expert for Shopify | Flows & Campaigns', 'Email Marketing Specialist for Online Shops'],
  ['Klaviyo Email Marketing Expert for Shopify | Flows &amp; Campaigns', 'Email Marketing Specialist for Online Shops'],
  ['PS8LL2Ye078', 'xxxxxxxxxxx'],
];
const BIO =
  'I build e-mail marketing for online shops: automated flows, campaigns and list hygiene.\n\nSample text written for this fixture.';

function anonymizeText(s: string): string {
  for (const [a, b] of exact) s = s.split(a).join(b);
  s = s.replace(
    /profile-portraits\/[A-Za-z0-9_-]{20,}/g,
    'profile-portraits/c1InventedPortraitToken0000000000000000000000',
  );
  s = s.replace(
    /https:\/\/s3-us-west-2\.amazonaws\.com\/agora-profile-portraits-prod\/[^"'\s\\]+/g,
    'https://www.upwork.com/profile-portraits/c1InventedPortraitToken0000000000000000000000',
  );
  // Any IPv4 address that is not already in a documentation range.
  s = s.replace(/(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])/g, (m, a, b, c) =>
    [a, b, c].join('.') === '203.0.113' || m === '127.0.0.1' || [a, b, c, m].some((x) => +x > 255) ? m : '198.51.100.1',
  );
  return s;
}

const real = anonymizeText(original);

// 1. The Nuxt state: rewrite free-text string literals in place.
const start = real.indexOf('window.__NUXT__');
const end = real.indexOf('</script>', start);
let nuxt = real.slice(start, end);
const edits: { s: number; e: number; v: string }[] = [];
let n = 0;
(function walk(node: any): void {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'Literal' && typeof node.value === 'string') {
    const v: string = node.value;
    let out: string | undefined;
    const mapped = exact.find(([a, b]) => a === v || b === v)?.[1];
    if (mapped !== undefined) out = mapped;
    else if (/profile-portraits|agora-profile-portraits/.test(v)) out = anonymizeText(v);
    else if (v.startsWith('I help Shopify')) out = BIO;
    else if (/\s/.test(v) && v.length > 40 && !/^https?:/.test(v)) out = `Sample text ${++n} written for this fixture.`;
    else if (/\.(png|jpe?g|pdf)$/i.test(v) && /\s|[^ -~]/.test(v)) out = `attachment-${++n}.png`;
    if (out !== undefined) edits.push({ s: node.start, e: node.end, v: JSON.stringify(out).replace(/</g, '\\u003C') });
  }
  for (const k of Object.keys(node)) {
    const c = node[k];
    if (Array.isArray(c)) c.forEach(walk);
    else if (c && typeof c === 'object' && k !== 'loc') walk(c);
  }
})(parse(nuxt, { ecmaVersion: 2020 }));
for (const ed of edits.sort((a, b) => b.s - a.s)) nuxt = nuxt.slice(0, ed.s) + ed.v + nuxt.slice(ed.e);

// 2. The markup: drop non-data scripts, styles, iframes; replace long visible texts.
const doc = parseHtml(real.slice(0, start) + '/*NUXT*/' + real.slice(end));
for (const el of doc.querySelectorAll(
  'script, style, iframe, noscript, link[rel=stylesheet], link[rel=preload], link[rel=prefetch]',
)) {
  if (el.tagName === 'SCRIPT' && el.textContent?.includes('/*NUXT*/')) continue;
  el.remove();
}
const walker = doc.createTreeWalker(doc.body, 4 /* text */);
for (let t = walker.nextNode(); t; t = walker.nextNode()) {
  const v = t.textContent ?? '';
  if (v.trim().length > 60) t.textContent = ` Sample text ${++n} written for this fixture. `;
}
let html = '<!DOCTYPE html>\n' + doc.documentElement.outerHTML;
html = html.replace('/*NUXT*/', () => nuxt);
const out = 'tests/fixtures/upwork/visitor-view.html';
writeFileSync(out, html);
console.log(`${out}: ${html.length} bytes, ${edits.length} literals replaced`);

// 3. An invented persona on the same markup, built to match several red flags (used by the rule and
//    browser tests). Its state is written as a plain object literal — the form Nuxt emits unminified.
const state: any = readNuxtState(nuxt);
const pv = state.state.profileViewer;
const P = pv.profile;
P.identity.ciphertext = '~01f0e1d2c3b4a59687';
P.identity.uid = P.identity.id = '1700000000000000002';
Object.assign(P.profile, {
  name: 'Daniel W.',
  shortName: 'Daniel W.',
  firstName: 'Daniel',
  title: 'Senior Full-Stack & Blockchain Developer | 10+ years',
  description:
    'Senior full-stack developer with 10+ years of experience in React, Node.js, Solidity and cloud.\n\n' +
    'For faster communication reach me on Telegram: @danw_dev_pro or WhatsApp +1 415 555 0134.\n' +
    'I accept payment in USDT (TRC20) or Bitcoin for long-term clients.\n\nPortfolio: https://danw-portfolio.netlify.app',
  location: {
    country: 'United States',
    city: 'New York',
    state: 'NY',
    countryTimezone: 'UTC+09:00 Osaka, Sapporo, Tokyo',
    worldRegion: 'New York, United States',
    timezoneOffset: 32400,
    countryCodeIso2: 'US',
    countryCodeIso3: 'USA',
  },
  portrait: null,
  idVerified: false,
  idBadgeStatus: null,
  idv: { isReady: true, isVerified: false, isVerifiedWithIdBadge: false },
  phoneVerified: false,
  skills: [
    'React',
    'Node.js',
    'Solidity',
    'Rust',
    'Python',
    'Django',
    'Flutter',
    'Swift',
    'Kotlin',
    'Unity',
    'Unreal Engine',
    'TensorFlow',
    'PyTorch',
    'AWS',
    'Kubernetes',
    'Terraform',
    'Figma',
    'Photoshop',
    'SEO',
    'WordPress',
    'Shopify',
    'Laravel',
    'C++',
    'Embedded C',
    'Salesforce',
    'SAP',
    'Data Entry',
    'Video Editing',
  ].map((prettyName, i) => ({ uid: String(1000 + i), prettyName, name: prettyName.toLowerCase(), rank: i + 1 })),
});
Object.assign(P.stats, {
  totalJobsWorked: 1,
  totalFeedback: 1,
  totalHours: 3,
  rating: 5,
  memberSince: '2026-05-20T10:00:00.000Z',
  hourlyRate: { currencyCode: 'USD', amount: 85 },
  topRatedStatus: null,
});
P.portfolios = [
  { uid: '9001', title: 'DeFi dashboard', projectUrl: 'https://danw-portfolio.netlify.app', attachments: [] },
  { uid: '9002', title: 'Shop front', projectUrl: 'https://dan-w.vercel.app', attachments: [] },
];
P.profileUrl = 'https://www.upwork.com/freelancers/~01f0e1d2c3b4a59687';
pv.workHistory.assignmentsCompleted.totalItems = 1;
pv.workHistory.assignmentsCompleted.pageItems = [
  {
    startedOn: '2026-05-22T08:00:00.000Z',
    endedOn: '2026-06-01T08:00:00.000Z',
    title: 'Landing page',
    feedback: { score: 5, comment: 'Great work, very fast.' },
  },
];
const personaDoc = parseHtml(html);
const setText = (sel: string, v: string) => personaDoc.querySelectorAll(sel).forEach((el) => (el.textContent = v));
const setAttr = (sel: string, a: string, v: string) =>
  personaDoc.querySelectorAll(sel).forEach((el) => el.setAttribute(a, v));
setText('[itemprop="name"]', 'Daniel W.');
setAttr('img.air3-avatar', 'alt', 'Daniel W.');
setText('[itemprop="locality"]', 'New York');
setText('[itemprop="country-name"]', 'United States');
setText('.title-vertical', 'Senior Full-Stack & Blockchain Developer | 10+ years');
setText(
  'title',
  'Daniel W. - Senior Full-Stack & Blockchain Developer | 10+ years - Upwork Freelancer from New York, United States',
);
setAttr('meta[property="og:title"], meta[name="twitter:title"]', 'content', 'Daniel W.');
setAttr('meta[property="og:description"]', 'content', 'Senior Full-Stack & Blockchain Developer | 10+ years');
setAttr('meta[property="og:url"]', 'content', P.profileUrl);
setAttr('link[rel="canonical"]', 'href', P.profileUrl);
setAttr('meta[property="product:price:amount"]', 'content', '85');
personaDoc.querySelectorAll('meta[name="twitter:image"], meta[property="og:image"]').forEach((m) => m.remove());
personaDoc.querySelectorAll('img.air3-avatar').forEach((img) => img.setAttribute('src', 'data:,'));
const personaState = JSON.stringify(state)
  .replace(/</g, '\\u003C')
  .replace(/\u2028|\u2029/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
let persona = '<!DOCTYPE html>\n' + personaDoc.documentElement.outerHTML;
persona = persona.replace(/window\.__NUXT__=[\s\S]*?(?=<\/script>)/, () => `window.__NUXT__=${personaState};`);
writeFileSync('tests/fixtures/upwork/red-flags-persona.html', persona);
console.log(`tests/fixtures/upwork/red-flags-persona.html: ${persona.length} bytes`);
await closeHtmlParser();
