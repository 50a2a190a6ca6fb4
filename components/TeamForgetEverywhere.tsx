import { useState } from 'preact/hooks';
import { t } from '../lib/i18n/page-text';

/**
 * "Forget everywhere" (issue 16): the profile deleted from this browser's history (as Forget does, which also
 * deletes the user's own team record) and every team record of it — colleagues' too — from the team database. The
 * server decides whether this user may delete colleagues' records (CouchDB refuses others' documents to a plain
 * member). Asks for a second click first. When the team database answered, `forgotten` deletes the local copy
 * and shows what happened (this row then goes); when it could not be reached, nothing is deleted anywhere and the
 * button says so, so it can be tried again.
 */
export function TeamForgetEverywhere(p: {
  profileKey: string;
  forget: (key: string) => Promise<{ deleted: number; refused: number } | undefined>;
  forgotten: (key: string, said: string) => void | Promise<void>;
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
          if (!r) return setResult(t('team.everywhere.failed'));
          setResult(undefined);
          await p.forgotten(
            p.profileKey,
            [
              t('team.everywhere.deleted', { count: r.deleted }),
              ...(r.refused ? [t('team.everywhere.refused', { count: r.refused })] : []),
            ].join(' '),
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
