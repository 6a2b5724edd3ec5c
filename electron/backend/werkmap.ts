/**
 * The one place that says where this installation keeps its bestanden (ADR 0019): the folder in
 * KETENBESTAND_WERKMAP, else `.ketenbestand` in the home folder. The Electron app, the bridge of
 * `npm start` and `ketenbestand demo` all ask here, so a demo made on the command line is the one
 * the app lists — they used to have three answers (the app's userData, ~/.ketenbestand, the current folder).
 */
import os from 'node:os';
import path from 'node:path';

export const WERKMAP_VARIABELE = 'KETENBESTAND_WERKMAP';

export function standaardWerkmap(omgeving: NodeJS.ProcessEnv = process.env, thuis: string = os.homedir()): string {
  const gezet = omgeving[WERKMAP_VARIABELE]?.trim();
  return path.resolve(gezet ? gezet : path.join(thuis, '.ketenbestand'));
}
