/** The built manifest asks for what the supported sites need and nothing more. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostPermissions } from '../../lib/sites/hosts';
import { EXTENSION_DIR } from '../../scripts/chromium';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('built manifest', () => {
  it('host permissions are exactly the marketplaces', () => {
    expect([...new Set(manifest.host_permissions)].sort()).toEqual(
      [...new Set([...hostPermissions, 'https://*.linkedin.com/in/*'])].sort(),
    );
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
  it('permissions are the four the features use', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  });
  it('declares no content scripts (they are injected after load) and no remote code', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
  });
});
