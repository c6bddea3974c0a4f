// Builds build/widget/huzhou-widget.js and hotline-console.js (each with its .gz, which the server sends to
// browsers that take gzip) from src/: one self-contained script, styles inside.
// Prints the sizes: the page weight budget is 300 KB gzipped.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] || join(here, '..', '..', 'build', 'widget'));
const outFile = join(outDir, 'huzhou-widget.js');
const BUDGET_GZIP = 300 * 1024;

// CSS is imported as text and put in the widget's shadow root. There `:root`
// matches nothing, so ChatUI's variables go on `:host`; and rem follows the
// host page's <html> font size (many sites set 10 px or scale it), so rem
// becomes px at 16 px per rem.
const cssAsText = {
  name: 'css-as-text',
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, (args) => {
      const css = readFileSync(args.path, 'utf8')
        .replace(/:root/g, ':host')
        .replace(/(^|[^\w.-])(\d*\.?\d+)rem\b/g, (_, before, n) => `${before}${+(parseFloat(n) * 16).toFixed(3)}px`);
      return { contents: css, loader: 'text' };
    });
  },
};

mkdirSync(outDir, { recursive: true });
await esbuild.build({
  entryPoints: [join(here, 'src', 'index.jsx')],
  outfile: outFile,
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2018', // phones of the last six years or so: Chrome 64+, iOS 12+
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  plugins: [cssAsText],
  logLevel: 'warning',
});

// The 12345 hotline console (src/console/, served at /webhooks/hotline/console):
// a page of its own, with its styles put in a <style> of that page.
const consoleFile = join(outDir, 'hotline-console.js');
await esbuild.build({
  entryPoints: [join(here, 'src', 'console', 'index.jsx')],
  outfile: consoleFile,
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2018',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  loader: { '.css': 'text' },
  logLevel: 'warning',
});
writeFileSync(`${consoleFile}.gz`, gzipSync(readFileSync(consoleFile), { level: 9 }));

const body = readFileSync(outFile);
const gzipped = gzipSync(body, { level: 9 });
writeFileSync(`${outFile}.gz`, gzipped);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`console: ${consoleFile}: ${kb(readFileSync(consoleFile).length)}`);
console.log(`widget: ${outFile}: ${kb(body.length)}, ${kb(gzipped.length)} gzipped (budget ${kb(BUDGET_GZIP)} gzipped)`);
if (gzipped.length > BUDGET_GZIP) {
  console.error('widget: over the page-weight budget');
  process.exit(1);
}
