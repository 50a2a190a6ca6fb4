/**
 * The style of what the content script shows in the page (the badge, its panel, the message markers), put into
 * each closed shadow root with it. Bundled as text rather than fetched from the extension when the first badge
 * is shown (WXT's cssInjectionMode 'ui'): that fetch took 40-50 ms on the way to the badge (bench/team.ts).
 */
import css from '../../entrypoints/marketplace.content/style.css?inline';

export const UI_CSS: string = css;
