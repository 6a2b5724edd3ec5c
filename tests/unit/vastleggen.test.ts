/**
 * ADR 0014, art. 21.9: "in a transaction, with an audit entry" is one helper. On a real encrypted bestand:
 * the change and its audit row commit together; a change that fails leaves no audit row, and an audit row
 * that cannot be written takes the change back with it.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bestand } from '../../electron/backend/bestand/bestand';
import { vastleggen } from '../../electron/backend/bestand/vastleggen';
import { bestandMaken } from '../../electron/backend/keten/inrichten';
import { opruimen, tijdelijkeMap, WACHTWOORD } from '../fixtures/omgeving';

describe('ADR 0014: vastleggen — de wijziging en haar auditregel samen, of geen van beide', () => {
  let werk: string;
  let b: Bestand;
  const aantal = async (tabel: string) => (await b.v.get<{ n: number }>(`SELECT count(*) AS n FROM ${tabel}`))!.n;
  const instelling = async (sleutel: string) => (await b.v.get<{ waarde: string }>('SELECT waarde FROM instellingen WHERE sleutel = ?', [sleutel]))?.waarde;
  const zet = (sleutel: string) => b.v.run('INSERT INTO instellingen (sleutel, waarde) VALUES (?, ?)', [sleutel, 'x']);

  beforeAll(async () => {
    werk = await tijdelijkeMap('vastleggen');
    b = await bestandMaken(path.join(werk, 'b'), { naam: 'Proef', penvoerder: 'Proefgemeente', profiel: 'centraal', gebruiker: 'anna', weergavenaam: 'Anna', wachtwoord: WACHTWOORD });
  }, 60_000);
  afterAll(async () => {
    await b?.sluiten();
    await opruimen(werk);
  });

  it('legt de wijziging en de auditregel vast; de regel mag van de uitkomst afhangen', async () => {
    const voor = await aantal('audit');
    const uit = await vastleggen(b, async () => (await zet('proef.een')).lastID, (id) => ({ actie: 'proef.gezet', onderwerp: 'proef', details: { id } }));
    expect(await instelling('proef.een')).toBe('x');
    expect(await aantal('audit')).toBe(voor + 1);
    const laatste = await b.v.get<{ actie: string; details: string }>('SELECT actie, details FROM audit ORDER BY volgnr DESC LIMIT 1');
    expect(laatste).toMatchObject({ actie: 'proef.gezet' });
    expect(JSON.parse(laatste!.details)).toEqual({ id: uit });
  });

  it('faalt de wijziging, dan komt er geen auditregel', async () => {
    const voor = await aantal('audit');
    await expect(
      vastleggen(b, async () => {
        await zet('proef.twee');
        throw new Error('mislukt (proef)');
      }, { actie: 'proef.gezet', onderwerp: 'proef' }),
    ).rejects.toThrow('mislukt');
    expect(await instelling('proef.twee')).toBeUndefined();
    expect(await aantal('audit')).toBe(voor);
  });

  it('kan de auditregel niet worden bepaald, dan wordt ook de wijziging teruggedraaid', async () => {
    const voor = await aantal('audit');
    await expect(
      vastleggen(b, () => zet('proef.drie'), () => {
        throw new Error('geen regel (proef)');
      }),
    ).rejects.toThrow('geen regel');
    expect(await instelling('proef.drie')).toBeUndefined();
    expect(await aantal('audit')).toBe(voor);
  });
});
