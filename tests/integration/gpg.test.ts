/**
 * GnuPG as the independent peer (docs/ontwerp.md §6, §8; ADR 0007). One way: gpg, holding the partner's secret
 * key and the centraal bestand's public key, decrypts every soort of bundle the app writes and reports
 * a good signature from the centraal bestand's fingerprint. The other way: a message that gpg signs
 * and encrypts to the partner is refused while its key is unknown or unconfirmed in the app, read once
 * the fingerprint is confirmed, and refused again for good once that key is revoked.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDELSOORTEN } from '@shared/domein/bundel';
import type { Bestand } from '../../electron/backend/bestand/bestand';
import { bundelLezen } from '../../electron/backend/bundels/inlezen';
import { bundelMaken } from '../../electron/backend/bundels/maken';
import {
  eigenSleutel,
  geheimeSleutelVoorTest,
  partnerSleutelBevestigen,
  partnerSleutelImporteren,
  partnerSleutelIntrekken,
} from '../../electron/backend/bundels/sleutels';
import { auditKop } from '../../electron/backend/bestand/audit';
import { faaltMet, opruimen, tijdelijkeMap } from '../fixtures/omgeving';
import { aantallen, laatsteAudit, PARTNERCODE, partnerIdVan, tweeBestanden, VOORBEELDINHOUD } from './bundel-hulp';

const GPG = '/usr/bin/gpg';

/** gpg in its own home, never asking anything: batch, loopback pinentry, empty passphrase. */
function gpg(home: string, args: string[], invoer?: string | Uint8Array): { status: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync(GPG, ['--batch', '--no-tty', '--pinentry-mode', 'loopback', '--passphrase', '', ...args], {
    env: { ...process.env, GNUPGHOME: home },
    input: invoer,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

function gpgOk(home: string, args: string[], invoer?: string | Uint8Array): Buffer {
  const r = gpg(home, args, invoer);
  if (r.status !== 0) throw new Error(`gpg ${args.join(' ')} faalde (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** The `[GNUPG:] KEYWORD args…` lines of --status-fd, as [keyword, …args]. */
const statusregels = (uit: string): string[][] =>
  uit
    .split('\n')
    .filter((r) => r.startsWith('[GNUPG:] '))
    .map((r) => r.slice(9).split(' '));

async function gnupgHome(werk: string, naam: string): Promise<string> {
  const home = path.join(werk, naam);
  await fs.mkdir(home, { mode: 0o700 });
  return home;
}

describe('GnuPG als onafhankelijke tegenpartij', () => {
  let werk: string;
  let centraal: Bestand;
  let partner: Bestand;
  let stick: string;
  const homes: string[] = [];

  beforeAll(async () => {
    werk = await tijdelijkeMap('gpg');
    ({ centraal, partner } = await tweeBestanden(werk));
    stick = path.join(werk, 'stick');
    await fs.mkdir(stick);
  });
  afterAll(async () => {
    // Stop the agents these homes started, by their home; nothing else.
    for (const home of homes) spawnSync('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: home } });
    await centraal?.sluiten();
    await partner?.sluiten();
    await opruimen(werk);
  });

  it.each(BUNDELSOORTEN)('gpg ontsleutelt een bundel van soort %s en meldt een goede handtekening van het centrale bestand', async (soort) => {
    const home = await gnupgHome(werk, `ontvanger-${soort}`);
    homes.push(home);
    gpgOk(home, ['--import'], await geheimeSleutelVoorTest(partner));
    gpgOk(home, ['--import'], (await eigenSleutel(centraal)).publiek);
    const afzender = (await eigenSleutel(centraal)).vingerafdruk.toUpperCase();

    const gemaakt = await bundelMaken(centraal, { soort, aan: [await partnerIdVan(centraal, PARTNERCODE)], inhoud: VOORBEELDINHOUD[soort], doelmap: stick });
    const klaretekst = path.join(werk, `${soort}.json`);
    const r = gpg(home, ['--status-fd', '1', '--output', klaretekst, '--decrypt', gemaakt.pad]);
    expect(r.status, r.stderr).toBe(0);

    const status = statusregels(r.stdout.toString('utf8'));
    const woorden = status.map((s) => s[0]);
    expect(woorden).toEqual(expect.arrayContaining(['DECRYPTION_OKAY', 'GOODMDC', 'GOODSIG', 'VALIDSIG']));
    expect(woorden).not.toContain('BADSIG');
    const goodsig = status.find((s) => s[0] === 'GOODSIG')!;
    expect(afzender.endsWith(goodsig[1]!)).toBe(true);
    const validsig = status.find((s) => s[0] === 'VALIDSIG')!;
    expect(validsig[1]).toBe(afzender); // the signing key
    expect(validsig.at(-1)).toBe(afzender); // its primary key

    const document = JSON.parse(await fs.readFile(klaretekst, 'utf8')) as { id: string; soort: string; formaat: string; inhoud: unknown };
    expect(document).toMatchObject({ formaat: 'ketenbundel/1', id: gemaakt.id, soort });
    await fs.rm(klaretekst);
  });

  it('ADR 0011: een partner controleert ons anker van de auditketen met gpg en alleen onze publieke sleutel', async () => {
    const home = await gnupgHome(werk, 'ankercontrole');
    homes.push(home);
    gpgOk(home, ['--import'], (await eigenSleutel(centraal)).publiek);
    const afzender = (await eigenSleutel(centraal)).vingerafdruk.toUpperCase();
    const { anker, tekst } = await centraal.ankeren();
    const pad = path.join(werk, 'anker.asc');
    await fs.writeFile(pad, tekst);
    const r = gpg(home, ['--status-fd', '1', '--output', path.join(werk, 'anker.json'), '--decrypt', pad]);
    expect(r.status, r.stderr).toBe(0);
    const status = statusregels(r.stdout.toString('utf8'));
    expect(status.find((s) => s[0] === 'VALIDSIG')?.[1]).toBe(afzender);
    expect(JSON.parse(await fs.readFile(path.join(werk, 'anker.json'), 'utf8'))).toEqual({ ...anker, formaat: 'ketenanker/1' });
    // One digit changed in the head: gpg says BAD signature.
    await fs.writeFile(pad, tekst.replace(`"volgnr":${anker.volgnr}`, `"volgnr":${anker.volgnr + 1}`));
    const vervalst = gpg(home, ['--status-fd', '1', '--verify', pad]);
    expect(vervalst.status).not.toBe(0);
    expect(statusregels(vervalst.stdout.toString('utf8')).map((s) => s[0])).toContain('BADSIG');
  });

  describe('wat gpg ondertekent en versleutelt, leest de app alleen met een vertrouwde, niet-ingetrokken sleutel', () => {
    let home: string;
    let gpgVingerafdruk: string;
    let bundel: Uint8Array;
    let bundelArmored: Uint8Array;
    let sleutelId: number;

    beforeAll(async () => {
      home = await gnupgHome(werk, 'arbeidsinspectie');
      homes.push(home);
      gpgOk(home, ['--quick-gen-key', 'Arbeidsinspectie proef (partner)', 'ed25519', 'sign', 'never']);
      gpgVingerafdruk = gpgOk(home, ['--list-keys', '--with-colons'])
        .toString('utf8')
        .split('\n')
        .find((r) => r.startsWith('fpr:'))!
        .split(':')[9]!;
      gpgOk(home, ['--quick-add-key', gpgVingerafdruk, 'cv25519', 'encr', 'never']);
      gpgOk(home, ['--import'], (await eigenSleutel(partner)).publiek);
      const document = {
        formaat: 'ketenbundel/1',
        id: crypto.randomUUID(),
        soort: 'terugmelding',
        van: { partner: 'SZW-AI', bestandId: crypto.randomUUID() },
        aan: [PARTNERCODE],
        aangemaakt: new Date().toISOString(),
        kop: (await auditKop(centraal.v)).hash,
        inhoud: VOORBEELDINHOUD.terugmelding,
      };
      const ontvanger = (await eigenSleutel(partner)).vingerafdruk;
      const maak = (extra: string[]) =>
        new Uint8Array(
          gpgOk(home, ['--trust-model', 'always', '--local-user', gpgVingerafdruk, '--recipient', ontvanger, ...extra, '--sign', '--encrypt', '--output', '-'], JSON.stringify(document)),
        );
      bundel = maak([]);
      bundelArmored = maak(['--armor']);
      expect(new TextDecoder().decode(bundelArmored)).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    });

    /** Refused with `code`, and nothing but the refusal's audit entry written. */
    async function geweigerd(bytes: Uint8Array, code: 'BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD' | 'BUNDEL_SLEUTEL_INGETROKKEN', melding: RegExp) {
      const voor = await aantallen(partner);
      const fout = await faaltMet(bundelLezen(partner, bytes), code);
      expect(fout.message).toMatch(melding);
      expect(await aantallen(partner)).toEqual({ ...voor, audit: voor.audit + 1 });
      expect(await laatsteAudit(partner)).toMatchObject({ actie: 'bundel.geweigerd', details: { code, stap: 3 } });
    }

    it('een sleutel die de app niet kent: BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD', async () => {
      await geweigerd(bundel, 'BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD', /onbekende sleutel/);
      await geweigerd(bundelArmored, 'BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD', /onbekende sleutel/);
    });

    it('geïmporteerd maar de vingerafdruk niet bevestigd: nog steeds BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD', async () => {
      const publiek = gpgOk(home, ['--armor', '--export', gpgVingerafdruk]).toString('utf8');
      const s = await partnerSleutelImporteren(partner, await partnerIdVan(partner, 'SZW-AI'), publiek);
      expect(s.vingerafdruk).toBe(gpgVingerafdruk.toLowerCase());
      sleutelId = s.id;
      await geweigerd(bundel, 'BUNDEL_ONDERTEKENAAR_NIET_VERTROUWD', /nog niet is bevestigd/);
    });

    it('na telefonische bevestiging leest de app wat gpg maakte (binair en armored, gecomprimeerd)', async () => {
      await partnerSleutelBevestigen(partner, sleutelId, 'telefonisch met de Arbeidsinspectie (proef)', gpgVingerafdruk);
      for (const bytes of [bundel, bundelArmored]) {
        expect(await bundelLezen(partner, bytes)).toMatchObject({ soort: 'terugmelding', van: { code: 'SZW-AI' }, aan: [PARTNERCODE] });
      }
    });

    it('vertrouwd maar ingetrokken: BUNDEL_SLEUTEL_INGETROKKEN, voorgoed', async () => {
      await partnerSleutelIntrekken(partner, sleutelId, 'sleutel uitgelekt (proef)');
      await geweigerd(bundel, 'BUNDEL_SLEUTEL_INGETROKKEN', /ingetrokken/);
      await geweigerd(bundelArmored, 'BUNDEL_SLEUTEL_INGETROKKEN', /nooit meer vertrouwd/);
    });
  });
});
