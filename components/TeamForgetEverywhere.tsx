import { useState } from 'preact/hooks';
import { t } from '../lib/i18n/pages';

/**
 * "Forget everywhere" (issue 16): every team record of this profile — colleagues' too — deleted from the team
 * database. An admin's action: the server decides whether this user may (CouchDB refuses others' documents to a
 * plain member). Asks for a second click first, then says what was deleted and what the server refused.
 */
export function TeamForgetEverywhere(p: {
  profileKey: string;
  forget: (key: string) => Promise<{ deleted: number; refused: number } | undefined>;
}) {
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<string | undefined>();
  return (
    <div class="rfr-team-forget">
      <button
        type="button"
        class={asking ? 'rfr-danger' : undefined}
        onClick={async () => {
          if (!asking) return setAsking(true);
          setAsking(false);
          const r = await p.forget(p.profileKey).catch(() => undefined);
          setResult(
            r
              ? [
                  t('team.everywhere.deleted', { count: r.deleted }),
                  ...(r.refused ? [t('team.everywhere.refused', { count: r.refused })] : []),
                ].join(' ')
              : t('team.everywhere.failed'),
          );
        }}
      >
        {t(asking ? 'team.everywhere.confirm' : 'team.everywhere')}
      </button>
      {!asking && !result && <p class="rfr-help">{t('team.everywhere.help')}</p>}
      {result && <p role="status">{result}</p>}
    </div>
  );
}
