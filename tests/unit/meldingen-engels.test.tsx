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
import { matchreden } from '../../renderer/i18n/meldingen';
import { foutSchema, KetenFout } from '../../shared/fouten';
import { formuleer, MELDINGCODES, meldingenNl, type Meldingcode, type Parameterwaarde } from '../../shared/meldingen';

const WORTEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Dutch function words that no English sentence contains as a whole word. */
const NEDERLANDS = ['niet', 'het', 'een', 'geen', 'mag', 'van', 'de', 'dit', 'deze', 'wordt', 'kan', 'bij', 'naar', 'zijn', 'u', 'uw', 'er', 'op', 'te', 'voor', 'met'];
const nederlandseWoorden = (tekst: string) => tekst.toLowerCase().split(/[^\p{L}]+/u).filter((w) => NEDERLANDS.includes(w));

/**
 * The ten most common refusals: every code thrown from two or more places in the backend (counted
 * below, so this list cannot fall behind), plus the one every user meets after a lock or a restart.
 */
const TIEN = [
  'partner.nietInRegister',
  'partner.dezeNietInRegister',
  'aanmelding.onjuist',
  'dossier.gesloten',
  'bestand.ontbreekt',
  'navraag.nietGevonden',
  'agenda.puntNietGevonden',
  'backup.integriteit',
  'bundel.teGroot',
  'sessie.nietAangemeld',
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
function getoond(code: Meldingcode): string {
  const fout = foutSchema.parse(JSON.parse(JSON.stringify(new KetenFout('CONFLICT', { code, parameters: voorbeeld(code) }).naarFout())));
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={engels}>
      <FoutMelding fout={fout} />
    </I18nextProvider>,
  );
  return html.replace(/<style[^>]*>.*?<\/style>/gs, ' ').replace(/<[^>]+>/g, ' ');
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
});
