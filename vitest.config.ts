import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Browser, PostgreSQL and kill-and-rerun suites start their own processes; give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
})
