/** The built manifest asks for what the supported sites need and nothing more. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostPermissions } from '../../lib/sites/hosts';
import { EXTENSION_DIR } from '../../scripts/chromium';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('built manifest', () => {
  it('host permissions are exactly the marketplaces', () => {
    expect([...new Set(manifest.host_permissions)].sort()).toEqual([...new Set(hostPermissions)].sort());
    // No pattern another one already covers (runtime content-script matches are added to the host list).
    expect(manifest.host_permissions).not.toContain('https://*.linkedin.com/in/*');
    expect(new Set(manifest.host_permissions).size).toBe(manifest.host_permissions.length);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    // Profile photos are read from the marketplaces' own image hosts, and no others.
    for (const host of [
      'https://*.f-cdn.com/*',
      'https://media.licdn.com/*',
      'https://avatars.githubusercontent.com/*',
      'https://fiverr-res.cloudinary.com/*',
    ])
      expect(manifest.host_permissions).toContain(host);
  });
  it('permissions are the five the features use', () => {
    // alarms: the team sync (issue 16) resumes every minute in a worker the browser stopped.
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage']);
  });
  it('the team server is an optional host permission, asked for at runtime for its origin only', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
    expect(manifest.host_permissions).not.toContain('https://*/*');
  });
  it('overrides none of the browser’s own pages (an entrypoint named "history" took over Ctrl+H)', () => {
    expect(manifest.chrome_url_overrides).toBeUndefined();
    expect(manifest.chrome_settings_overrides).toBeUndefined();
    expect(readdirSync(EXTENSION_DIR)).toContain('profiles.html');
    expect(readdirSync(EXTENSION_DIR)).not.toContain('history.html');
  });
  it('ships no test-only hosts or example URLs in its bundles', () => {
    const files = readdirSync(EXTENSION_DIR, { recursive: true })
      .map(String)
      .filter((f) => /\.(?:js|html|json)$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(readFileSync(join(EXTENSION_DIR, f), 'utf8'), f).not.toContain('evil.example');
  });
  it('declares no content scripts (they are injected after load) and no remote code', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
  });
});
