/**
 * A page with the kit's pieces and nothing else, for tests/e2e/schermkit.test.ts: a table that opens
 * rows, a form dialog, and a load whose answers the test releases by hand (window.kit).
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from '../../../renderer/i18n/nl';
import type { Resultaat } from '@shared/fouten';
import { Tabel } from '../../../renderer/componenten/Tabel';
import { FormDialoog } from '../../../renderer/componenten/FormDialoog';
import { Veld } from '../../../renderer/componenten/Veld';
import { Laadstatus } from '../../../renderer/componenten/Laadstatus';
import { useFormDialoog } from '../../../renderer/componenten/useFormDialoog';
import { useLaden } from '../../../renderer/componenten/useLaden';

void i18next.use(initReactI18next).init({ resources: { nl: { translation: nl } }, lng: 'nl', initAsync: false, interpolation: { escapeValue: false } });

interface Rij {
  code: string;
  naam: string;
}
const RIJEN: Rij[] = [
  { code: 'B', naam: 'Beta' },
  { code: 'A', naam: 'Alfa' },
  { code: 'C', naam: 'Gamma' },
];

/** Answers the test hands out: `kit.antwoord(filter, resultaat)` resolves the pending call for that filter. */
const wachtend = new Map<string, (r: Resultaat<string[]>) => void>();
const verzonden: unknown[] = [];
const geopend: string[] = [];
Object.assign(window, {
  kit: {
    antwoord: (filter: string, r: Resultaat<string[]>) => {
      wachtend.get(filter)?.(r);
      wachtend.delete(filter);
    },
    verzonden,
    geopend,
  },
});

function Lijst() {
  const [filter, setFilter] = useState('eerste');
  const l = useLaden(() => new Promise<Resultaat<string[]>>((resolve) => wachtend.set(filter, resolve)), [filter]);
  return (
    <section aria-label="laden">
      <button type="button" onClick={() => setFilter('tweede')}>
        filter tweede
      </button>
      <button type="button" onClick={() => void l.herladen()}>
        herladen
      </button>
      <Laadstatus laden={l} />
      <output data-testid="geladen">{l.data?.join(',') ?? 'niets'}</output>
    </section>
  );
}

function Dialoog() {
  const [open, setOpen] = useState<Rij | null>(null);
  const [klaar, setKlaar] = useState('');
  const d = useFormDialoog({
    open,
    begin: () => ({ naam: open?.naam ?? '', herhaling: '' }),
    verzenden: async (w): Promise<Resultaat<string>> => {
      verzonden.push(w);
      return w.naam === 'fout' ? { ok: false, fout: { code: 'ONGELDIGE_INVOER', melding: 'Naam geweigerd.', velden: [{ pad: 'naam', melding: 'Deze naam niet.' }] } } : { ok: true, waarde: `ok:${w.naam}` };
    },
    controleren: (w) => ({ herhaling: w.herhaling !== w.naam && 'Herhaal de naam.' }),
    onKlaar: (r) => {
      setKlaar(r);
      setOpen(null);
    },
  });
  return (
    <section aria-label="dialoog">
      <Tabel<Rij>
        label="Rijen"
        kolommen={[
          { id: 'code', kop: 'Code', cel: (r) => r.code, sorteer: (r) => r.code },
          { id: 'naam', kop: 'Naam', cel: (r) => r.naam, rijkop: true },
        ]}
        rijen={RIJEN}
        sleutel={(r) => r.code}
        rijAttributen={(r) => ({ 'data-code': r.code })}
        onOpenen={(r) => {
          geopend.push(r.code);
          setOpen(r);
        }}
        acties={(r) => (
          <button type="button" onClick={() => geopend.push(`knop:${r.code}`)}>
            knop {r.code}
          </button>
        )}
      />
      <output data-testid="klaar">{klaar}</output>
      <FormDialoog {...d.dialoog} titel={`Wijzig ${open?.code ?? ''}`} verzendTekst="Opslaan" bekendeVelden={['naam', 'herhaling']} onSluiten={() => setOpen(null)}>
        <Veld {...d.veld('naam')} label="Naam" autoFocus />
        <Veld {...d.veld('herhaling')} label="Herhaling" />
      </FormDialoog>
    </section>
  );
}

createRoot(document.getElementById('wortel')!).render(
  <>
    <Lijst />
    <Dialoog />
  </>,
);
