/**
 * Removable drives and the folder browser (issue 11 §6, ADR 0036): detection per platform from a made-up
 * mount table, volume list or drive list; path containment (no `..`, no prefix trick, Windows case);
 * and the browser confined to the home folder and removable drives on a real temp folder with links.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ligtBinnen, linuxSchijven, macSchijven, schijfVan, verwisselbareSchijven, windowsSchijven, type Systeem } from '../../electron/backend/schijven';
import { bladeren } from '../../electron/backend/bladeren';
import { faaltMet } from '../fixtures/omgeving';

const MOUNTS = [
  'sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0',
  '/dev/nvme0n1p2 / ext4 rw,relatime 0 0',
  '/dev/nvme0n1p1 /boot/efi vfat rw 0 0',
  '/dev/sdb1 /media/fenna/KETEN\\040USB vfat rw,nosuid,nodev,uid=1000 0 0',
  '/dev/sdc1 /run/media/fenna/STICK2 exfat rw,nosuid,nodev 0 0',
  '/dev/sdd1 /run/media/ander/VAN-EEN-ANDER vfat rw 0 0',
  '/dev/sde1 /mnt/backup ext4 rw 0 0',
  'tmpfs /media tmpfs rw 0 0',
].join('\n');

const systeem = (over: Partial<Systeem>): Systeem => ({
  platform: 'linux',
  gebruiker: 'fenna',
  mounttabel: async () => '',
  volumes: async () => [],
  stations: async () => [],
  ...over,
});

describe('verwisselbare schijven per platform', () => {
  it('Linux: mountpunten onder /media en /run/media/$USER, met ontsnapte spaties; niet /, /mnt, /media zelf of een ander zijn /run/media', () => {
    expect(linuxSchijven(MOUNTS, 'fenna')).toEqual([
      { pad: '/media/fenna/KETEN USB', naam: 'KETEN USB' },
      { pad: '/run/media/fenna/STICK2', naam: 'STICK2' },
    ]);
    expect(linuxSchijven('', 'fenna')).toEqual([]);
  });

  it('macOS: elk volume onder /Volumes behalve de opstartschijf (een koppeling naar /)', () => {
    expect(macSchijven([{ naam: 'Macintosh HD', echt: '/' }, { naam: 'KETENUSB', echt: '/Volumes/KETENUSB' }, { naam: '.timemachine', echt: '/Volumes/.timemachine' }])).toEqual([{ pad: '/Volumes/KETENUSB', naam: 'KETENUSB' }]);
  });

  it('Windows: alleen stationstype 2 (verwisselbaar), niet vast (3), netwerk (4) of cd (5)', () => {
    expect(windowsSchijven([{ letter: 'C:', type: 3, label: 'Windows' }, { letter: 'E:', type: 2, label: 'KETENUSB' }, { letter: 'F:', type: 2, label: '' }, { letter: 'Z:', type: 4, label: 'share' }, { letter: 'D:', type: 5, label: 'cd' }])).toEqual([
      { pad: 'E:\\', naam: 'KETENUSB (E:)' },
      { pad: 'F:\\', naam: 'F:' },
    ]);
  });

  it('kiest per platform en geeft een lege lijst als het systeem niets kan melden', async () => {
    expect(await verwisselbareSchijven(systeem({ mounttabel: async () => MOUNTS }))).toHaveLength(2);
    expect(await verwisselbareSchijven(systeem({ platform: 'win32', stations: async () => [{ letter: 'E:', type: 2, label: '' }] }))).toEqual([{ pad: 'E:\\', naam: 'E:' }]);
    expect(await verwisselbareSchijven(systeem({ platform: 'darwin', volumes: async () => [{ naam: 'USB', echt: '/Volumes/USB' }] }))).toEqual([{ pad: '/Volumes/USB', naam: 'USB' }]);
    expect(await verwisselbareSchijven(systeem({ mounttabel: () => Promise.reject(new Error('geen /proc')) }))).toEqual([]);
  });
});

describe('pad binnen een map', () => {
  it.each([
    ['/media/fenna/USB', '/media/fenna/USB', true],
    ['/media/fenna/USB/bundels/2026', '/media/fenna/USB', true],
    ['/media/fenna/USB/../../../etc', '/media/fenna/USB', false],
    ['/media/fenna/USB2', '/media/fenna/USB', false], // a prefix is not containment
    ['/media/fenna', '/media/fenna/USB', false],
    ['/etc/passwd', '/home/fenna', false],
  ])('posix: %s binnen %s → %s', (pad, basis, verwacht) => {
    expect(ligtBinnen(pad, basis, 'linux')).toBe(verwacht);
  });

  it.each([
    ['E:\\bundels', 'E:\\', true],
    ['e:\\Bundels\\2026', 'E:\\', true],
    ['C:\\Users\\fenna', 'E:\\', false],
    ['E:\\..\\C:\\Windows', 'E:\\', false],
  ])('windows: %s binnen %s → %s', (pad, basis, verwacht) => {
    expect(ligtBinnen(pad, basis, 'win32')).toBe(verwacht);
  });

  it('schijfVan: de stick waarop een map staat, of niets', () => {
    const schijven = linuxSchijven(MOUNTS, 'fenna');
    expect(schijfVan('/media/fenna/KETEN USB/overdracht', schijven, 'linux')?.naam).toBe('KETEN USB');
    expect(schijfVan('/home/fenna/Documenten', schijven, 'linux')).toBeNull();
    expect(schijfVan('/media/fenna/KETEN USB/../../../home/fenna', schijven, 'linux')).toBeNull();
  });
});

describe('bladeren: alleen thuismap en verwisselbare schijven', () => {
  let wortel: string;
  let thuis: string;
  let stick: string;
  let buiten: string;
  let omgeving: Parameters<typeof bladeren>[1];

  beforeAll(async () => {
    wortel = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'kb-bladeren-')));
    thuis = path.join(wortel, 'home', 'fenna');
    stick = path.join(wortel, 'media', 'fenna', 'KETENUSB');
    buiten = path.join(wortel, 'etc');
    for (const m of [path.join(thuis, 'Documenten', 'Bundels'), path.join(thuis, '.ssh'), stick, buiten]) await fs.mkdir(m, { recursive: true });
    await fs.writeFile(path.join(thuis, 'Documenten', 'bundel.asc'), 'x');
    await fs.writeFile(path.join(buiten, 'geheim'), 'x');
    await fs.symlink(buiten, path.join(thuis, 'naar-buiten'));
    await fs.symlink(path.join(thuis, 'Documenten'), path.join(thuis, 'snelkoppeling'));
    // No stick here (a temp folder is not under /media); the last test adds one.
    omgeving = { systeem: systeem({ mounttabel: async () => '' }), thuis };
  });
  afterAll(() => fs.rm(wortel, { recursive: true, force: true }));

  it('zonder pad: alleen de plaatsen', async () => {
    const r = await bladeren({ soort: 'map' }, omgeving);
    expect(r).toMatchObject({ pad: null, items: [], wortels: [{ pad: thuis, soort: 'thuis', naam: 'fenna' }] });
  });

  it('een map in de thuismap: mappen eerst, geen verborgen namen, een koppeling binnen wel, een koppeling naar buiten niet', async () => {
    const r = await bladeren({ pad: thuis, soort: 'bestand' }, omgeving);
    expect(r.items.map((i) => [i.naam, i.map])).toEqual([
      ['Documenten', true],
      ['snelkoppeling', true],
    ]);
    expect(r.ouder).toBeNull(); // the top of a place
    const docs = await bladeren({ pad: path.join(thuis, 'Documenten'), soort: 'bestand' }, omgeving);
    expect(docs.items.map((i) => i.naam)).toEqual(['Bundels', 'bundel.asc']);
    expect(docs.ouder).toBe(thuis);
    expect((await bladeren({ pad: path.join(thuis, 'Documenten'), soort: 'map' }, omgeving)).items.map((i) => i.naam)).toEqual(['Bundels']);
  });

  it.each([
    ['een map buiten', () => buiten],
    ['de bovenliggende map van thuis', () => path.dirname(thuis)],
    ['.. uit de thuismap', () => `${thuis}/Documenten/../../../etc`],
    ['een koppeling naar buiten', () => path.join(thuis, 'naar-buiten')],
    ['een map naast thuis met hetzelfde begin', () => `${thuis}-ander`],
    ['/', () => '/'],
  ])('weigert %s met een Nederlandse melding', async (_naam, pad) => {
    const fout = await faaltMet(bladeren({ pad: pad(), soort: 'map' }, omgeving), 'ONVEILIG_PAD');
    expect(fout.message).toMatch(/alleen bladeren in uw thuismap en op verwisselbare schijven/);
  });

  it('weigert een relatief pad en een pad met een nulteken', async () => {
    await faaltMet(bladeren({ pad: 'Documenten', soort: 'map' }, omgeving), 'ONVEILIG_PAD');
    await faaltMet(bladeren({ pad: `${thuis}\0/x`, soort: 'map' }, omgeving), 'ONVEILIG_PAD');
  });

  it('een map die niet bestaat: niet gevonden', async () => {
    await faaltMet(bladeren({ pad: path.join(thuis, 'bestaat-niet'), soort: 'map' }, omgeving), 'NIET_GEVONDEN');
  });

  it('een verwisselbare schijf is een plaats en is te bekijken', async () => {
    // A mount table with the stick under a /media path: the browser's realpath maps it to the temp folder.
    const nep = '/media/fenna/KETENUSB';
    const metStick: Parameters<typeof bladeren>[1] = {
      systeem: systeem({ mounttabel: async () => `/dev/sdb1 ${nep} vfat rw 0 0` }),
      thuis,
      realpath: async (p) => fs.realpath(p.startsWith(nep) ? stick + p.slice(nep.length) : p),
    };
    const r = await bladeren({ soort: 'map' }, metStick);
    expect(r.wortels).toEqual([
      { pad: thuis, naam: 'fenna', soort: 'thuis' },
      { pad: nep, naam: 'KETENUSB', soort: 'verwisselbaar' },
    ]);
    await fs.mkdir(path.join(stick, 'overdracht'), { recursive: true });
    expect((await bladeren({ pad: nep, soort: 'map' }, metStick)).items.map((i) => i.naam)).toEqual(['overdracht']);
  });
});
