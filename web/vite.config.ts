import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The build goes straight into the API's static files, which serve it at /.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../src/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    // `npm run dev` talks to `dotnet run --project src` on its default port.
    proxy: {
      '/api': 'http://localhost:5080',
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
