// Mutation testing (npm run mutatie): does a test fail when a rule in one of these modules changes?
// One module per run (MUTATIE=<naam>), with only the test files that are about it, so a run takes minutes,
// not hours, on two cores. scripts/mutatie.mjs runs them one after another. Scores: docs/mutatietests.md.

/** Module → the file that is mutated and the test files that must notice. */
export const MODULES = {
  beleid: {
    mutate: 'electron/backend/beleid/magVerstrekken.ts',
    tests: ['tests/unit/beleid.test.ts', 'tests/unit/beleid-grenzen.test.ts'],
  },
  planner: {
    mutate: 'electron/backend/overleg/planner.ts',
    tests: ['tests/unit/planner.test.ts', 'tests/unit/planner-mutanten.test.ts'],
  },
  audit: {
    mutate: 'electron/backend/bestand/audit.ts',
    tests: ['tests/unit/audit.test.ts', 'tests/unit/audit-zoeken.test.ts'],
  },
  inlezen: {
    mutate: 'electron/backend/bundels/inlezen.ts',
    tests: ['tests/unit/bundel-inlezen.test.ts', 'tests/unit/bundel-inlezen-grenzen.test.ts'],
  },
  naamvergelijking: {
    mutate: 'electron/backend/keten/naamvergelijking.ts',
    tests: ['tests/unit/naamvergelijking.test.ts', 'tests/unit/naamvergelijking-regels.test.ts'],
  },
};

const naam = process.env.MUTATIE ?? 'planner';
const module = MODULES[naam];
if (!module) throw new Error(`Onbekende module "${naam}"; kies uit ${Object.keys(MODULES).join(', ')}.`);
// The vitest config for mutation runs reads the test files from here.
process.env.MUTATIE_TESTS = JSON.stringify(module.tests);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutatie.config.ts', related: false },
  mutate: [module.mutate],
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.MUTATIE_CONCURRENCY ?? 2),
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutatie/${naam}.json` },
  incremental: true,
  incrementalFile: `reports/mutatie/${naam}.incremental.json`,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 85, break: null },
  // Mutants in message wording are not behaviour: a string literal that only builds a Dutch sentence is
  // excluded in the source with a `// Stryker disable next-line StringLiteral: <reason>` comment, never here
  // wholesale, so every exclusion carries its reason next to the code.
};
