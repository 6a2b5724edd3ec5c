/**
 * Choosing files and folders (issue 11 §6, ADR 0036): the folder browser of browser mode, whether a
 * folder is on a removable drive (the warning before a bundle or backup is written), and the last
 * backup for Beheer. No SQL here: the last backup is read through the audit module.
 */
import os from 'node:os';
import type { Handlers } from './handler';
import { bladeren } from '../bladeren';
import { ditSysteem, schijfVan, verwisselbareSchijven } from '../schijven';
import { laatsteBackup } from '../bestand/backup';

export const bestandenHandlers = {
  'bestanden.bladeren': async (i, s) => {
    s.aangemeld();
    return bladeren(i, { systeem: ditSysteem(), thuis: os.homedir() });
  },
  'bestanden.schijf': async (i, s) => {
    s.aangemeld();
    const systeem = ditSysteem();
    const schijf = schijfVan(i.pad, await verwisselbareSchijven(systeem), systeem.platform);
    return { verwisselbaar: schijf !== null, schijf: schijf?.naam ?? null };
  },
  'beheer.laatsteBackup': async (_i, s) => laatsteBackup(s.aangemeld()),
} satisfies Partial<Handlers>;
