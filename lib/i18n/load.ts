/**
 * The history page's texts, one language at a time (issue 16, `memory.history_render_ms`): each language's whole
 * catalogue (the badge's and the pages' texts) is a module of its own, loaded when the page first shows that
 * language, so that an English reader's page does not parse the German (~50 kB) and the other way round.
 */
import { addTexts, type Locale } from './core';

const loading: Partial<Record<Locale, Promise<void>>> = {};

/** Adds the texts of `locale` to t() (once; later calls wait for the same load). */
export function loadTexts(locale: Locale): Promise<void> {
  return (loading[locale] ??= (locale === 'de' ? import('./catalogue.de') : import('./catalogue.en')).then(
    ({ texts }) => addTexts({ [locale]: texts }),
  ));
}
