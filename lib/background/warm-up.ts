/**
 * A woken service worker compiles the page path on its first page: validating the message, reading Upwork's
 * embedded state (acorn), the rules and the evidence's wording took 40–180 ms more on a cold worker's first
 * page than on the next (bench/team.ts, 2026-12-01). The worker is woken when a marketplace page starts
 * loading, and then waits for the page's load event (300+ ms) before the content script asks anything: that
 * wait is used to run the same path once over a small made-up profile, so the page's own answer finds it
 * compiled. Nothing is stored and nothing is sent; it runs once per worker life.
 */
import { analyzeRead } from '../analyze';
import { fingerprint } from '../memory/fingerprint';
import { ContentMessage } from '../messages';
import { interpretRaw } from '../sites/read-page';
import { upwork } from '../sites/upwork';

export const URL_TEXT = 'https://www.upwork.com/freelancers/~01aaaaaaaaaaaaaaaa';

/** A made-up Upwork page as the content script collects it (the state in the shape Upwork writes it). */
export const SAMPLE = {
  nuxt:
    'window.__NUXT__=(function(a,b,c){return {state:{profileViewer:{profile:{identity:{ciphertext:"~01aaaaaaaaaaaaaaaa"},' +
    'profile:{name:"Sample Person",title:"Web developer",description:"Building web shops and APIs since 2015. Contact me here.",' +
    'portrait:{portrait:b},location:{city:"Lisbon",country:"Portugal",countryCodeIso2:"PT",countryTimezone:"Europe/Lisbon",' +
    'timezoneOffset:0},skills:[{prettyName:"TypeScript"},{prettyName:"Node.js"}],idv:{isVerified:a},phoneVerified:a},' +
    'stats:{memberSince:"2019-03-01T00:00:00.000Z",hourlyRate:{amount:40,currencyCode:"USD"},totalJobsWorked:3,' +
    'totalHours:120.5,totalFeedback:2,rating:4.9},languages:[{language:{englishName:"English"},' +
    'proficiencyLevel:{proficiencyTitle:"Fluent"}}],education:c,employmentHistory:c},workHistory:{assignmentsCompleted:' +
    '{pageItems:[{feedback:{score:5,comment:"Good work."},startDate:"2024-01-02T00:00:00.000Z"}]}}}}}}(true,void 0,Array(0)));',
  nuxtMore: [],
  name: 'Sample Person',
  ogTitle: 'Sample Person - Web developer',
  ogDescription: 'Building web shops and APIs since 2015.',
  photo: null,
  locality: 'Lisbon',
  countryName: 'Portugal',
  rateAmount: '40.0',
  rateCurrency: 'USD',
  jobSuccess: null,
  loggedIn: 'no',
};

let done = false;

/** Runs the page path once (first call per worker only); never throws. */
export async function warmUp(now: Date): Promise<void> {
  if (done) return;
  done = true;
  const next = () => new Promise((r) => setTimeout(r, 0)); // a page's message arriving meanwhile goes first
  try {
    const msg = ContentMessage.safeParse({ type: 'page', site: 'upwork', url: URL_TEXT, raw: SAMPLE });
    if (!msg.success) return;
    await next();
    const read = interpretRaw(upwork, new URL(URL_TEXT), SAMPLE);
    await next();
    const analysis = analyzeRead('upwork', URL_TEXT, read, { now });
    if (analysis.profile) fingerprint('upwork:warm-up', analysis.profile, now.toISOString());
  } catch {
    // Only a preparation: the page's own read reports its own problems.
  }
}
