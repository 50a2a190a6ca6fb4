import { t } from '../lib/i18n';

/**
 * Reverse image search by URL. Plain links: the photo's address leaves the machine only when the user
 * clicks one, and goes only to the service clicked.
 */
export const SEARCHES = [
  { name: 'Google Lens', url: (u: string) => `https://lens.google.com/uploadbyurl?url=${encodeURIComponent(u)}` },
  {
    name: 'Bing Visual Search',
    url: (u: string) => `https://www.bing.com/images/search?view=detailv2&iss=sbi&q=imgurl:${encodeURIComponent(u)}`,
  },
  {
    name: 'Yandex Images',
    url: (u: string) => `https://yandex.com/images/search?rpt=imageview&url=${encodeURIComponent(u)}`,
  },
  { name: 'TinEye', url: (u: string) => `https://tineye.com/search?url=${encodeURIComponent(u)}` },
] as const;

export function PhotoSearch({ photoUrl }: { photoUrl: string }) {
  return (
    <section class="rfr-photo-search" aria-labelledby="rfr-photo-search-h">
      <h2 id="rfr-photo-search-h">{t('photo.search')}</h2>
      <p class="rfr-note">{t('photo.searchNote')}</p>
      <ul>
        {SEARCHES.map((s) => (
          <li>
            <a href={s.url(photoUrl)} target="_blank" rel="noopener noreferrer">
              {s.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
