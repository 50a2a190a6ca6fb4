import { citationText, sourceOf, sourceTitle } from '../lib/rules/sources';

/** A finding's sources: each cited passage in the reader's language, linked to the advisory it is from. */
export function FindingSources({ sources }: { sources: readonly string[] }) {
  return (
    <ul class="rfr-sources">
      {sources.map((s) => {
        const url = sourceOf(s)?.url;
        const text = citationText(s);
        return (
          <li>
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer" title={sourceTitle(s)}>
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
