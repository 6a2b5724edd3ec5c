/**
 * ADR 0014: one transition guard for every state machine — the dossier's process steps (art. 10.1), the
 * meeting's status, the intervention's status (art. 16.6) and a bundle's export and import. Each refusal
 * has one shape: a KetenFout with code OVERGANG_NIET_TOEGESTAAN and the machine, the state it is in, the
 * state asked for and the states it could go to, as data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KetenFout } from '@shared/fouten';
import { magOvergaan, overgaan, OvergangGeweigerd, type Toestandsmachine } from '@shared/overgang';
import { DOSSIERMACHINE, DOSSIERFASEN } from '@shared/domein/dossier';
import { INTERVENTIEMACHINE, INTERVENTIESTATUSSEN, OVERLEGMACHINE, OVERLEGSTATUSSEN } from '@shared/domein/overleg';
import { EXPORTMACHINE, EXPORTTOESTANDEN, INLEESMACHINE, INLEESTOESTANDEN } from '@shared/domein/bundel';
import { Verloop } from '../../electron/backend/bundels/verloop';

type Stoplicht = 'rood' | 'groen' | 'oranje';
const STOPLICHT: Toestandsmachine<Stoplicht> = {
  naam: 'stoplicht',
  wat: 'stoplicht',
  overgangen: { rood: ['groen'], groen: ['oranje'], oranje: ['rood'] },
};

function weigering(f: () => void): OvergangGeweigerd {
  try {
    f();
  } catch (err) {
    if (err instanceof OvergangGeweigerd) return err;
    throw err;
  }
  throw new Error('geen weigering');
}

describe('ADR 0014: één bewaker voor elke toestandsmachine', () => {
  it('laat een overgang uit de tabel door en weigert de rest', () => {
    expect(magOvergaan(STOPLICHT, 'rood', 'groen')).toBe(true);
    expect(magOvergaan(STOPLICHT, 'rood', 'oranje')).toBe(false);
    expect(() => overgaan(STOPLICHT, 'groen', 'oranje')).not.toThrow();
  });

  it('de weigering is een KetenFout met een vaste code en machine, van, naar en mogelijk als gegevens', () => {
    const f = weigering(() => overgaan(STOPLICHT, 'rood', 'oranje'));
    expect(f).toBeInstanceOf(KetenFout);
    expect(f.code).toBe('OVERGANG_NIET_TOEGESTAAN');
    expect(f).toMatchObject({ machine: 'stoplicht', van: 'rood', naar: 'oranje', mogelijk: ['groen'] });
    expect(f.message).toBe('Een stoplicht kan niet van "rood" naar "oranje". Mogelijk: groen.');
    expect(f.naarFout()).toEqual({
      code: 'OVERGANG_NIET_TOEGESTAAN',
      melding: f.message,
      meldingcode: 'overgang.nietToegestaan',
      parameters: { wat: 'stoplicht', van: 'rood', naar: 'oranje', mogelijk: 'groen' },
    });
  });

  it('een eindtoestand zegt dat er geen stap meer is; een machine met een artikel noemt het', () => {
    const eind: Toestandsmachine<'open' | 'dicht'> = { naam: 'deur', wat: 'deur', overgangen: { open: ['dicht'], dicht: [] }, artikel: 'art. 99' };
    const f = weigering(() => overgaan(eind, 'dicht', 'open'));
    expect(f.message).toBe('Een deur kan niet van "dicht" naar "open". Dit is de laatste toestand.');
    expect(f.artikel).toBe('art. 99');
    expect(f.mogelijk).toEqual([]);
  });

  it('naar dezelfde toestand is geen overgang, tenzij de tabel hem noemt', () => {
    expect(magOvergaan(STOPLICHT, 'rood', 'rood')).toBe(false);
  });

  const machines = [
    { m: DOSSIERMACHINE, toestanden: DOSSIERFASEN, naam: 'dossier' },
    { m: OVERLEGMACHINE, toestanden: OVERLEGSTATUSSEN, naam: 'overleg' },
    { m: INTERVENTIEMACHINE, toestanden: INTERVENTIESTATUSSEN, naam: 'interventie' },
    { m: EXPORTMACHINE, toestanden: EXPORTTOESTANDEN, naam: 'bundelexport' },
    { m: INLEESMACHINE, toestanden: INLEESTOESTANDEN, naam: 'bundelimport' },
  ] as const;

  it.each(machines)('$naam: de tabel kent elke toestand en verwijst alleen naar bekende toestanden', ({ m, toestanden, naam }) => {
    expect(m.naam).toBe(naam);
    expect(Object.keys(m.overgangen).sort()).toEqual([...toestanden].sort());
    for (const naar of Object.values(m.overgangen) as string[][]) for (const t of naar) expect(toestanden).toContain(t);
  });

  it.each(machines)('$naam: elk paar toestanden wordt volgens de tabel doorgelaten of met dezelfde vorm geweigerd', ({ m, toestanden }) => {
    const machine = m as Toestandsmachine<string>;
    fc.assert(
      fc.property(fc.constantFrom(...toestanden), fc.constantFrom(...toestanden), (van, naar) => {
        const mag = machine.overgangen[van]!.includes(naar);
        expect(magOvergaan(machine, van, naar)).toBe(mag);
        if (mag) expect(() => overgaan(machine, van, naar)).not.toThrow();
        else expect(weigering(() => overgaan(machine, van, naar))).toMatchObject({ code: 'OVERGANG_NIET_TOEGESTAAN', machine: machine.naam, van, naar });
      }),
    );
  });

  it('art. 10.1: de dossiermachine noemt het artikel in haar weigering', () => {
    expect(weigering(() => overgaan(DOSSIERMACHINE, 'detectie', 'gesloten')).artikel).toBe('art. 10.1');
  });

  it('de bundelverloop gebruikt dezelfde bewaker: een verboden stap verandert niets', () => {
    const v = new Verloop(EXPORTMACHINE, 'voorbereiden');
    const f = weigering(() => v.naar('klaar'));
    expect(f).toMatchObject({ code: 'OVERGANG_NIET_TOEGESTAAN', machine: 'bundelexport', van: 'voorbereiden', naar: 'klaar' });
    expect(v.toestand).toBe('voorbereiden');
  });
});
