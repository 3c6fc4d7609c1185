import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:article-dataset';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const FILES = {
  source: 'data/sources.json',
  agencies: 'data/agencies.json',
  metrics: 'data/metrics.json',
  events: 'data/events.json',
} as const;

type LoadDatasetModule = typeof import('../data/load-dataset');

/**
 * The article's dataset goes through the zod schema at build time: a broken data file fails
 * the build with the schema's messages, and the browser receives data already validated,
 * without shipping zod at first paint. Files a reader opens are validated in the browser.
 * The schema is loaded through Vite's module runner, like any module of the app.
 */
export function validatedDatasetPlugin(root: string): Plugin {
  return {
    name: 'validated-article-dataset',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      const raw = Object.fromEntries(
        Object.entries(FILES).map(([key, file]) => {
          const path = resolve(root, file);
          this.addWatchFile(path);
          return [key, JSON.parse(readFileSync(path, 'utf8'))];
        }),
      );
      const { module } = await runnerImport<LoadDatasetModule>(
        resolve(root, 'src/data/load-dataset.ts'),
        { configFile: false, logLevel: 'error' },
      );
      // JSON.parse of a string is parsed faster than the same data as an object literal.
      const json = JSON.stringify(module.parseDatasetOrThrow(raw));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
