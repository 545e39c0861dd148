import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({
    // devToolsEnabled/prefresh off: the extension build must not carry dev hooks.
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false })],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Sourced context for news about TikTok and ByteDance, right in the article. Works offline; sends nothing.',
    permissions: ['storage'],
    action: { default_title: 'Backstory' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
