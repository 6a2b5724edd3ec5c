/**
 * Issue 9 §4: in the English UI a refusal or a match reason shows no Dutch. The refusals travel as
 * the backend sends them (KetenFout → JSON → the contract's foutSchema) and are rendered by the app's
 * own FoutMelding with the app's own texts (renderer/i18n/bronnen.ts), switched to English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { FoutMelding } from '../../renderer/componenten/FoutMelding';
import { BRONNEN } from '../../renderer/i18n/bronnen';
import { matchreden, veldTekst } from '../../renderer/i18n/meldingen';
import { foutSchema, KetenFout, veldfoutenUitZod, type Fout } from '@shared/fouten';
import { kanalen as contract } from '@shared/api';
import { formatCasusSchema } from '@shared/domein/signaal';
import { woordenEn } from '@shared/meldingen';
import { formuleer, MELDINGCODES, meldingenNl, type Meldingcode, type Parameterwaarde } from '@shared/meldingen';

const WORTEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Dutch function words that no English sentence contains as a whole word. */
const NEDERLANDS = ['niet', 'het', 'een', 'geen', 'mag', 'van', 'de', 'dit', 'deze', 'wordt', 'kan', 'bij', 'naar', 'zijn', 'u', 'uw', 'er', 'op', 'te', 'voor', 'met'];
const nederlandseWoorden = (tekst: string) => tekst.toLowerCase().split(/[^\p{L}]+/u).filter((w) => NEDERLANDS.includes(w));

/**
 * The most common refusals (ten and a few more): every code thrown from two or more places in the
 * backend, the bridge and the IPC gate (counted below, so this list cannot fall behind), plus the one
 * every user meets after a lock or a restart. Field messages and the bridge's own have their own tests.
 */
const TIEN = [
  'partner.nietInRegister',
  'partner.dezeNietInRegister',
  'aanmelding.onjuist',
  'dossier.gesloten',
  'bestand.ontbreekt',
  'navraag.nietGevonden',
  'agenda.puntNietGevonden',
  'agenda.reden.bestaatNiet',
  'backup.integriteit',
  'bundel.teGroot',
  'sessie.nietAangemeld',
  'api.intern',
] as const satisfies readonly Meldingcode[];

/** Neutral facts for the parameters (a number, a date, a partner code), as the backend fills them. */
function voorbeeld(code: Meldingcode): Record<string, Parameterwaarde> {
  const namen = [...(meldingenNl[code] as string).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
  const waarden: Record<string, Parameterwaarde> = { id: 17, nummer: 'D-2071-0004', datum: '01-03-2071', map: '/media/usb/kb', DATABASEBESTAND: 'ketenbestand.db', mb: 25, reden: 'SQLITE_CORRUPT' };
  return Object.fromEntries(namen.map((n) => [n, waarden[n] ?? 'RIEC-ZW']));
}

const engels = i18next.createInstance();
beforeAll(async () => {
  await engels.use(initReactI18next).init({ resources: BRONNEN, lng: 'en', fallbackLng: 'nl', interpolation: { escapeValue: false }, initAsync: false });
});

/** What the user reads: the backend's refusal, over the wire, in the app's FoutMelding. */
function getoond(code: Meldingcode, parameters = voorbeeld(code)): string {
  return toon(new KetenFout('CONFLICT', { code, parameters }).naarFout());
}

function toon(verzonden: Fout): string {
  const fout = foutSchema.parse(JSON.parse(JSON.stringify(verzonden)));
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={engels}>
      <FoutMelding fout={fout} />
    </I18nextProvider>,
  );
  return html
    .replace(/<style[^>]*>.*?<\/style>/gs, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('issue 9 §4: de Engelse UI toont weigeringen en matchredenen zonder Nederlands', () => {
  it('de tien meest voorkomende weigeringen zijn die met twee of meer werpplekken, en sessie.nietAangemeld', () => {
    const bron = fs
      .readdirSync(path.join(WORTEL, 'electron'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.readFileSync(path.join(WORTEL, 'electron', f), 'utf8'))
      .join('\n');
    const vaak = MELDINGCODES.filter((c) => !c.startsWith('match.') && !c.startsWith('veld.') && bron.split(`('${c}'`).length - 1 >= 2);
    expect(TIEN.filter((c) => c !== 'sessie.nietAangemeld').sort()).toEqual([...vaak].sort());
  });

  it.each(TIEN)('%s', (code) => {
    const tekst = getoond(code);
    expect(tekst).toContain('Not done');
    // the refusal itself is shown, in its English wording (not an empty alert)
    expect(tekst).toContain(formuleer({ code, parameters: voorbeeld(code) }, 'en'));
    expect(nederlandseWoorden(tekst), tekst).toEqual([]);
  });

  it('elke matchreden (art. 7.2)', () => {
    const redenen = MELDINGCODES.filter((c) => c.startsWith('match.'));
    expect(redenen.length).toBeGreaterThan(15);
    for (const r of redenen) {
      const tekst = matchreden(r, engels.t as never);
      expect(tekst, r).not.toBe(meldingenNl[r]);
      expect(nederlandseWoorden(tekst), `${r}: ${tekst}`).toEqual([]);
    }
  });

  it('en in het Nederlands blijft de zin zoals hij was', async () => {
    await engels.changeLanguage('nl');
    try {
      expect(getoond('aanmelding.onjuist')).toContain('Onjuiste gebruikersnaam of wachtwoord');
    } finally {
      await engels.changeLanguage('en');
    }
  });

  it('elke veldmelding (zod en de eigen controles van de backend) in het Engels', () => {
    const velden = MELDINGCODES.filter((c) => c.startsWith('veld.'));
    expect(velden.length).toBeGreaterThan(100);
    for (const c of velden) {
      const tekst = veldTekst({ pad: 'x', melding: meldingenNl[c], meldingcode: c, parameters: voorbeeld(c) }, engels.t as never);
      expect(tekst, c).toBe(formuleer({ code: c, parameters: voorbeeld(c) }, 'en'));
      expect(nederlandseWoorden(tekst), `${c}: ${tekst}`).toEqual([]);
    }
  });

  it('veldfouten van het contract komen als code aan en staan in het Engels naast hun veld', () => {
    // the new-bestand form: every field empty or too short, as a hasty user would submit it
    const r = contract['bestand.maken'].invoer.safeParse({ map: '', naam: '', penvoerder: '', profiel: 'centraal', gebruiker: 'x', weergavenaam: '', wachtwoord: 'kort' });
    expect(r.success).toBe(false);
    const velden = veldfoutenUitZod(r.error!);
    expect(velden.length).toBeGreaterThan(3);
    for (const v of velden) expect(v.meldingcode, v.pad).toMatch(/^veld\./);
    const wachtwoord = velden.find((v) => v.pad === 'wachtwoord')!;
    expect(wachtwoord.melding).toBe('Een wachtwoord heeft minstens 12 tekens');
    expect(veldTekst(wachtwoord, engels.t as never)).toBe('A passphrase has at least 12 characters');
    // zod's own checks (no message of the schema) carry their limit as a parameter
    const lang = contract['bestand.maken'].invoer.safeParse({ map: 'm', naam: 'x'.repeat(500), penvoerder: 'p', profiel: 'centraal', gebruiker: 'regisseur', weergavenaam: 'R', wachtwoord: 'lang-genoeg-wachtwoord' });
    const naam = veldfoutenUitZod(lang.error!).find((v) => v.pad === 'naam')!;
    expect(naam.meldingcode).toMatch(/^veld\.max/);
    expect(nederlandseWoorden(veldTekst(naam, engels.t as never))).toEqual([]);
    // the signal form's full check, and the velden list FoutMelding shows under a refusal
    const fout = new KetenFout('ONGELDIGE_INVOER', { code: 'signaal.nietOpgeslagen', parameters: {} }, { velden: veldfoutenUitZod(formatCasusSchema.safeParse({ slachtoffer: { geboortedatum: '2999-01-01' } }).error!) }).naarFout();
    const tekst = toon(fout);
    expect(tekst).toContain('A date of birth cannot lie in the future');
    expect(nederlandseWoorden(tekst), tekst).toEqual([]);
  });

  it('elke weigering van de brug en van de IPC-poort, en "geen antwoord"', () => {
    const eigen = MELDINGCODES.filter((c) => c.startsWith('brug.') || c.startsWith('ipc.'));
    expect(eigen.length).toBeGreaterThanOrEqual(10);
    for (const c of eigen) {
      const tekst = getoond(c);
      expect(tekst, c).toContain(formuleer({ code: c, parameters: voorbeeld(c) }, 'en'));
      expect(nederlandseWoorden(tekst), `${c}: ${tekst}`).toEqual([]);
    }
  });

  it('rollen, profielen en dossierstappen gaan als code en staan in het Engels als Engels woord', () => {
    const rol = getoond('toegang.rolMagNiet', { rol: 'assistent-zorgcoordinator', handeling: 'add an account' });
    expect(rol).toContain('Your role (assistant care coordinator)');
    const stap = getoond('besluit.dossierNietInWeging', { nummer: 'D-2071-0004', fase: 'toewijzing-interventie' });
    expect(stap).toContain('assigning intervention');
    const profiel = getoond('gebruiker.rolBestaatNiet', { rol: 'bewerker', profiel: 'partner' });
    expect(profiel).toContain(woordenEn.profiel.partner.toLowerCase());
    for (const t of [rol, stap, profiel]) expect(nederlandseWoorden(t), t).toEqual([]);
    // and the CLI, in Dutch, words the same codes from the same list
    expect(formuleer({ code: 'toegang.rolMagNiet', parameters: { rol: 'assistent-zorgcoordinator', handeling: 'x' } })).toContain('Uw rol (assistent-zorgcoördinator)');
  });
});

