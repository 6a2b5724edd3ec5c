/**
 * An import of many signals at once (a migration, a large signals bundle) is one large transaction under
 * the rollback journal (ADR 0050); a small one runs in WAL mode like any other write. Either way the
 * bestand is in WAL mode afterwards and every signal is there. The journal is read from inside the
 * import, in its own audit entry.
 */
import { describe, expect, it, vi } from 'vitest';
import { formatCasusSchema, type FormatCasus } from '@shared/domein/signaal';
import { GROTE_IMPORT_VANAF, signalenImporteren } from '../../electron/backend/keten/bulkimport';
import { signaalFormulier, willekeur } from '../../electron/backend/demo/synthetisch';
import { centraalVoorAlle } from '../fixtures/omgeving';

describe('een grote import loopt onder het terugroljournaal, een kleine in WAL (ADR 0050)', () => {
  const o = centraalVoorAlle('grote-import');
  const r = willekeur(7);
  const formulieren = (n: number): FormatCasus[] => Array.from({ length: n }, () => formatCasusSchema.parse(signaalFormulier(r, { bronPartnerId: 1, indicatorIds: [1, 2, 3] })));

  /** Imports `n` signals and says which journal the import ran under. */
  async function importeren(n: number): Promise<string> {
    const b = o.router.sessie.aangemeld();
    let journaal = '';
    const audit = b.audit.bind(b);
    const spion = vi.spyOn(b, 'audit').mockImplementation(async (...args: Parameters<typeof b.audit>) => {
      if (args[0] === 'signalen.geimporteerd') journaal = (await b.v.get<{ journal_mode: string }>('PRAGMA journal_mode'))!.journal_mode;
      return audit(...args);
    });
    try {
      await signalenImporteren(b, formulieren(n), 'test');
    } finally {
      spion.mockRestore();
    }
    return journaal;
  }

  it(`vanaf ${GROTE_IMPORT_VANAF} signalen onder het terugroljournaal, daaronder in WAL; daarna staat alles er en is het bestand in WAL`, async () => {
    const v = o.router.sessie.aangemeld().v;
    const voor = (await v.get<{ n: number }>('SELECT count(*) AS n FROM signalen'))!.n;
    expect(await importeren(10)).toBe('wal');
    expect(await importeren(GROTE_IMPORT_VANAF)).toBe('delete');
    expect(await v.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect((await v.get<{ n: number }>('SELECT count(*) AS n FROM signalen'))!.n).toBe(voor + 10 + GROTE_IMPORT_VANAF);
    expect(await v.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
  });
});
