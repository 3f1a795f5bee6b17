import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:4000';

/** Built to web/dist, which the API serves on its own port; in development Vite proxies the API. */
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/socket.io': { target: api, ws: true },
    },
  },
});
