/**
 * ADR 0015: every refusal and every match reason is a code with parameters, worded once in Dutch and
 * once in English in shared/meldingen. These tests hold the catalogue together: both languages, the
 * same placeholders, every code used, and no refusal built from a bare Dutch sentence any more.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { foutSchema, KetenFout } from '@shared/fouten';
import { formuleer, melding, MELDINGCODES, meldingenEn, meldingenNl } from '@shared/meldingen';

const WORTEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const plaatshouders = (tekst: string) => [...new Set([...tekst.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

function bronbestanden(map: string): string[] {
  return fs.readdirSync(path.join(WORTEL, map), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(map, f));
}

/** Every `new KetenFout(…)` in electron/ and shared/, with the text of its message argument. */
function werpplekken(): Array<{ plek: string; bericht: ts.Expression }> {
  const uit: Array<{ plek: string; bericht: ts.Expression }> = [];
  for (const f of [...bronbestanden('electron'), ...bronbestanden('shared')]) {
    const sf = ts.createSourceFile(f, fs.readFileSync(path.join(WORTEL, f), 'utf8'), ts.ScriptTarget.Latest, true);
    const bezoek = (n: ts.Node): void => {
      if (ts.isNewExpression(n) && n.expression.getText(sf) === 'KetenFout' && n.arguments?.[1]) {
        uit.push({ plek: `${f}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, bericht: n.arguments[1] });
      }
      ts.forEachChild(n, bezoek);
    };
    bezoek(sf);
  }
  return uit;
}

describe('de catalogus van meldingen (ADR 0015)', () => {
  it('elke code heeft een Nederlandse en een Engelse formulering, met dezelfde plaatshouders', () => {
    expect(Object.keys(meldingenEn).sort()).toEqual(Object.keys(meldingenNl).sort());
    for (const code of MELDINGCODES) {
      expect(meldingenEn[code].trim(), code).not.toBe('');
      expect(plaatshouders(meldingenEn[code]), code).toEqual(plaatshouders(meldingenNl[code]));
    }
  });

  it('de Engelse formulering is geen kopie van de Nederlandse', () => {
    const kopie = MELDINGCODES.filter((c) => (meldingenEn[c] as string) === meldingenNl[c]);
    expect(kopie).toEqual([]);
  });

  it('geen weigering meer als losse Nederlandse zin: elke KetenFout krijgt een code', () => {
    const zinnen = werpplekken()
      .filter(({ bericht }) => ts.isStringLiteral(bericht) || ts.isNoSubstitutionTemplateLiteral(bericht) || ts.isTemplateExpression(bericht))
      .map(({ plek }) => plek);
    expect(zinnen).toEqual([]);
  });

  it('elke code wordt gebruikt (geen dode formuleringen)', () => {
    const bron = [...bronbestanden('electron'), ...bronbestanden('renderer'), ...bronbestanden('shared').filter((f) => !f.startsWith(path.join('shared', 'meldingen')))]
      .map((f) => fs.readFileSync(path.join(WORTEL, f), 'utf8'))
      .join('\n');
    expect(MELDINGCODES.filter((c) => !bron.includes(`'${c}'`))).toEqual([]);
  });
});

describe('een KetenFout met code', () => {
  it('houdt de Nederlandse zin als message (CLI en logs) en draagt code en parameters over de grens', () => {
    const fout = new KetenFout('CONFLICT', melding('dossier.gesloten', { nummer: 'D-2071-0004' }));
    expect(fout.message).toBe('Dossier D-2071-0004 is gesloten.');
    // IPC, the HTTP bridge and the CLI all pass the Fout as JSON, and the contract parses it.
    const overgebracht = foutSchema.parse(JSON.parse(JSON.stringify(fout.naarFout())));
    expect(overgebracht).toMatchObject({ code: 'CONFLICT', meldingcode: 'dossier.gesloten', parameters: { nummer: 'D-2071-0004' }, melding: fout.message });
    expect(formuleer({ code: overgebracht.meldingcode!, parameters: overgebracht.parameters! }, 'en')).toBe('Case D-2071-0004 is closed.');
  });

  it('art. 16.5-achtige verwijzingen blijven in de formulering staan', () => {
    expect(formuleer(melding('overleg.alleenDeskundige'))).toContain('(art. 13.3)');
    expect(formuleer(melding('overleg.alleenDeskundige'), 'en')).toContain('(art. 13.3)');
  });
});
