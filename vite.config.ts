import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';
import { validatedDatasetPlugin } from './src/build/validated-dataset-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * `--mode baseline` builds the comparison point of `npm run bench`: the same dashboard with all
 * of ECharts imported (every chart and component registered) and no prerendered page.
 */
export default defineConfig(({ mode }) => ({
  plugins: [react(), tailwindcss(), validatedDatasetPlugin(root)],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      ...(mode === 'baseline' ? { 'echarts/core': 'echarts' } : {}),
    },
  },
  // The file checker's worker is an ES module, like the page's scripts.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup-fast-check.ts'],
    environment: 'node',
  },
}));
