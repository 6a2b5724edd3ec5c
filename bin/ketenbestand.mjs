#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx ketenbestand` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
