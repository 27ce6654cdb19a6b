import { defineConfig, type Plugin } from 'vite';
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

// GOV.UK Frontend's fonts and images, served at /assets/ as its stylesheet expects: copied into the build,
// read straight from node_modules by the dev server (nothing binary is committed).
const govukAssets = fileURLToPath(new URL('./node_modules/govuk-frontend/dist/govuk/assets', import.meta.url));
const types: Record<string, string> = {
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon', '.json': 'application/json',
};

function govukFrontendAssets(): Plugin {
  return {
    name: 'govuk-frontend-assets',
    configureServer(server) {
      server.middlewares.use('/assets', (req, res, next) => {
        const file = normalize(join(govukAssets, decodeURIComponent((req.url ?? '/').split('?')[0])));
        if (!file.startsWith(govukAssets) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    writeBundle(options) {
      cpSync(govukAssets, join(options.dir ?? 'dist', 'assets'), { recursive: true });
    },
  };
}

export default defineConfig({
  plugins: [govukFrontendAssets()],
  // lightningcss stumbles on a few of GOV.UK Frontend's legacy hacks; it keeps the rest.
  css: { lightningcss: { errorRecovery: true } },
  build: {
    // The fingerprinted bundle lives apart from GOV.UK's /assets/ so the edge can cache it for a year.
    assetsDir: 'static',
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    port: 5173,
    // npm run dev: the APIs through the edge (deploy/suite up), as in production.
    proxy: { '/api': 'http://localhost:8080', '/problems': 'http://localhost:8080' },
  },
});
