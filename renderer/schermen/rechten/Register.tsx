/** The register of requests (art. 24–27): open ones first by the deadline that runs, then the rest. */
import { useState } from 'react';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { useTranslation } from 'react-i18next';
import type { VerzoekRij } from '@shared/domein/rechten';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie } from '../../store/navigatie';
import { Pagina } from '../../componenten/Pagina';
import { Tabel, type TabelProps } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';
import { nlDatum } from '../../opmaak';
import { Termijn } from './onderdelen';
import { NieuwVerzoekDialoog } from './NieuwVerzoek';

/** The table of requests, also used on the overview (open ones only). */
export function VerzoekenTabel({ label, ...lijst }: Pick<TabelProps<VerzoekRij>, 'rijen' | 'laden'> & { label: string }) {
  const { t } = useTranslation();
  const naar = useNavigatie((s) => s.naar);
  const openen = (r: VerzoekRij) => naar({ naam: 'rechten', weergave: { soort: 'verzoek', id: r.id } });
  return (
    <Tabel<VerzoekRij>
      label={label}
      dicht
      {...lijst}
      sleutel={(r) => String(r.id)}
      rijAttributen={(r) => ({ 'data-nummer': r.nummer })}
      onOpenen={openen}
      leeg={t('rechten.register.geen')}
      kolommen={[
        { id: 'nummer', kop: t('rechten.register.nummer'), cel: (r) => r.nummer, code: true, rijkop: true },
        { id: 'soort', kop: t('rechten.register.soort'), cel: (r) => t(`rechten.soort.${r.soort}`) },
        { id: 'verzoeker', kop: t('rechten.register.verzoeker'), cel: (r) => r.verzoekerNaam },
        { id: 'ontvangen', kop: t('rechten.register.ontvangen'), cel: (r) => nlDatum(r.ontvangenOp), nowrap: true, sorteer: (r) => r.ontvangenOp },
        { id: 'status', kop: t('rechten.register.status'), cel: (r) => t(`rechten.status.${r.status}`), sorteer: (r) => r.status },
        { id: 'termijn', kop: t('rechten.register.termijn'), cel: (r) => <Termijn lopend={r.lopend} />, sorteer: (r) => r.lopend?.datum ?? '' },
      ]}
    />
  );
}

export function Register() {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const [alleenOpen, setAlleenOpen] = useState(false);
  const [nieuw, setNieuw] = useState(false);
  const lijst = useLaden(() => roep('rechten.lijst', { alleenOpen }), [alleenOpen]);
  return (
    <Pagina
      titel={t('rechten.register.titel')}
      intro={t('rechten.register.intro')}
      hoofdactie={mag('rechten.nieuw') && { tekst: t('rechten.overzicht.nieuw'), onClick: () => setNieuw(true) }}
    >
      <FormControlLabel sx={{ mb: 1 }} control={<Switch checked={alleenOpen} onChange={(e) => setAlleenOpen(e.target.checked)} />} label={t('rechten.register.alleenOpen')} />
      <VerzoekenTabel label={t('rechten.register.tabel')} laden={lijst} />
      <NieuwVerzoekDialoog open={nieuw} onSluiten={() => setNieuw(false)} onKlaar={(id) => naar({ naam: 'rechten', weergave: { soort: 'verzoek', id } })} />
    </Pagina>
  );
}
