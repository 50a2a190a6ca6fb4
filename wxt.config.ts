import { defineConfig } from 'wxt';
import { hostPermissions } from './lib/sites/hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Red Flag Radar',
    description:
      'Shows the U.S. advisory red flags for North Korean IT workers on freelancer profiles — locally, with evidence and sources.',
    // Only the marketplaces we read; no <all_urls>, no remote servers.
    host_permissions: hostPermissions,
    permissions: ['storage', 'scripting', 'contextMenus', 'activeTab'],
    action: { default_title: 'Red Flag Radar' },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
});
