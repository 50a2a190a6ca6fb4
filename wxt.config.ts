import { defineConfig } from 'wxt';
import { hostPermissions } from './lib/sites/hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Helpers and parallel runs may build elsewhere (RFR_OUT_DIR); CI uses the default .output.
  ...(process.env.RFR_OUT_DIR ? { outDir: process.env.RFR_OUT_DIR } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Red Flag Radar',
    description:
      'Shows the U.S. advisory red flags for North Korean IT workers on freelancer profiles — locally, with evidence and sources.',
    // Only the marketplaces we read; no <all_urls>, no remote servers.
    host_permissions: hostPermissions,
    permissions: ['storage', 'scripting', 'contextMenus', 'activeTab', 'alarms'],
    // Team memory (issue 16): the team's CouchDB server is asked for at runtime, for its origin only, when the
    // user saves it in the options (TLS, or plain http on this computer). Nothing is granted at install.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: 'Red Flag Radar' },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // Firefox MV3 requires an add-on id, and new add-ons declare what data they collect: none.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'red-flag-radar@redflagradar.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
});
