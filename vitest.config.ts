import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The repository's shared/ folder, as tsconfig's paths name it; every project resolves it. */
const resolve = { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } };

/**
 * ADR 0013: the storage tests run on every driver the app ships. `unit` and `integration` run on this
 * platform's own driver (electron/backend/bestand/driver.ts); where the app ships a second one (macOS and
 * Linux: better-sqlite3-multiple-ciphers beside @journeyapps/sqlcipher), the project below runs the
 * storage tests again on it. Not every integration test: the ones that touch the file, its key, its
 * backup and its damage, plus one story test (signalen-dossier) as a sample of ordinary work.
 */
const TWEEDE_DRIVER = process.platform === 'win32' ? null : 'multiple-ciphers';
const OPSLAGTESTS = [
  'tests/unit/verbinding.test.ts',
  'tests/unit/driver.test.ts',
  'tests/unit/audit.test.ts',
  'tests/unit/migreren.test.ts',
  'tests/integration/versleuteling.test.ts',
  'tests/integration/verwijderd-is-weg.test.ts',
  'tests/integration/opschonen.test.ts',
  'tests/integration/backup.test.ts',
  'tests/integration/backup-restanten.test.ts',
  'tests/integration/herstel.test.ts',
  'tests/integration/beschadigd.test.ts',
  'tests/integration/sleutel-vervangen.test.ts',
  'tests/integration/herstelsleutel.test.ts',
  'tests/integration/verwijderen-onderbroken.test.ts',
  'tests/integration/rekey-onderbroken.test.ts',
  'tests/integration/grote-transactie-onderbroken.test.ts',
  'tests/integration/audit-anker.test.ts',
  'tests/integration/signalen-dossier.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Real SQLCipher files and scrypt: keep the two cores for one file at a time.
          fileParallelism: false,
        },
      },
      ...(TWEEDE_DRIVER
        ? [
            {
              resolve,
              test: {
                name: `opslag-${TWEEDE_DRIVER}`,
                include: OPSLAGTESTS,
                environment: 'node',
                env: { KETENBESTAND_DRIVER: TWEEDE_DRIVER },
                testTimeout: 120_000,
                hookTimeout: 120_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
