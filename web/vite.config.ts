import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { scrollAreaMergeRefs } from './build/scroll-area-refs.js';
import { splitTypedDocuments } from './build/split-typed-documents.js';
import { tableScrollAreaOnDemand } from './build/table-scroll-area.js';

const api = 'http://localhost:4000';

/** Built to web/dist, which the API serves on its own port; in development Vite proxies the API. */
export default defineConfig({
  plugins: [splitTypedDocuments(), scrollAreaMergeRefs(), tableScrollAreaOnDemand(), react()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          // Popovers' positioning engine: only screens with a tooltip or date picker load it. React
          // gets a chunk of its own, or Rollup would file it with the first chunk that needs it.
          if (id.includes('/node_modules/@floating-ui/')) return 'floating-ui';
          if (/\/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/socket.io': { target: api, ws: true },
    },
  },
});
