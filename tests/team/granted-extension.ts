/**
 * The built extension, copied, with this machine's test server (127.0.0.1) granted at install instead of asked for:
 * a headless browser has no one to click "Allow" on the permission prompt that the options page raises. What the
 * user's "Allow" grants at runtime, this copy has from the start; the options page still asks, and Chromium answers
 * at once for an origin already granted. Used by tests/e2e/team-sync.e2e.ts and bench/team-sync.ts.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../scripts/chromium';

export function grantedCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'rfr-team-ext-'));
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  manifest.host_permissions.push('http://127.0.0.1/*');
  manifest.optional_host_permissions = manifest.optional_host_permissions.filter(
    (p: string) => p !== 'http://127.0.0.1/*',
  );
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return copy;
}
