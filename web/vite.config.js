import { defineConfig } from 'vite';

// The build goes straight into the server project, which embeds it: the committed output is what
// `dotnet run` and `hadath serve` serve, so a machine with only the .NET SDK gets the dashboard.
export default defineConfig({
  base: '/',
  build: {
    outDir: '../src/Hadath.Server/wwwroot',
    emptyOutDir: true,
    // Hashed names let the server cache assets for good; no source maps, to keep the embedded files small.
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  server: {
    // `npm run dev` next to `hadath serve` on the default address.
    proxy: { '/api': 'http://127.0.0.1:5000', '/openapi': 'http://127.0.0.1:5000' },
  },
});
