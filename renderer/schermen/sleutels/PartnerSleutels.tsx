/** Sleutels → the partners' keys: the table and the three actions on them (import, confirm, revoke). */
import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import VpnKeyOutlinedIcon from '@mui/icons-material/VpnKeyOutlined';
import { useTranslation } from 'react-i18next';
import type { PartnerSleutel } from '../../../shared/domein/bundel';
import type { Partner } from '../../../shared/domein/partner';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatumTijd } from '../../opmaak';
import { Sectie } from '../../componenten/Sectie';
import { Verborgen } from '../../componenten/Verborgen';
import { Tabel, type Kolom } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';
import { Vingerafdruk } from '../overdrachten/gedeeld';
import { type EigenSleutel } from './typen';
import { SleutelStatus } from './SleutelStatus';
import { ImporteerDialoog } from './ImporteerDialoog';
import { BevestigDialoog } from './BevestigDialoog';
import { IntrekDialoog } from './IntrekDialoog';

export function PartnerSleutels({ eigen, partners, onMelding }: { eigen: EigenSleutel; partners: Partner[]; onMelding(tekst: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const lijst = useLaden(() => roep('sleutels.partnerLijst', {}), []);
  const [importeren, setImporteren] = useState(false);
  const [bevestigen, setBevestigen] = useState<PartnerSleutel | null>(null);
  const [intrekken, setIntrekken] = useState<PartnerSleutel | null>(null);
  const laden = lijst.herladen;

  const kandidaten = useMemo(() => partners.filter((p) => p.id !== eigen.identiteit?.id), [partners, eigen.identiteit]);
  const magImporteren = mag('sleutels.partnerImporteren');
  // Trusting and revoking decide where data goes: only the leading role (shared/api.ts, ADR 0003).
  const magVertrouwen = mag('sleutels.bevestigen');
  const magIntrekken = mag('sleutels.intrekken');
  const beheren = magVertrouwen || magIntrekken;

  const kolommen: Array<Kolom<PartnerSleutel>> = [
    {
      id: 'partner',
      kop: t('overdracht.sleutels.partner'),
      rijkop: true,
      cel: (s) => (
        <>
          {s.partner.naam}
          <Box component="span" sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.8rem', color: 'text.secondary' }}>
            {s.partner.code}
          </Box>
        </>
      ),
    },
    { id: 'vingerafdruk', kop: t('overdracht.sleutels.vingerafdruk'), cel: (s) => <Vingerafdruk groepen={s.vingerafdrukGroepen} /> },
    { id: 'status', kop: t('overdracht.sleutels.statusKop'), cel: (s) => <SleutelStatus status={s.status} /> },
    {
      id: 'geschiedenis',
      kop: t('overdracht.sleutels.geschiedenis'),
      sx: { fontSize: '0.85rem' },
      cel: (s) => (
        <>
          <Box component="span" sx={{ display: 'block' }}>
            {t('overdracht.sleutels.geimporteerd', { datum: nlDatumTijd(s.geimporteerdOp), door: s.geimporteerdDoor })}
          </Box>
          {s.bevestigdOp && (
            <Box component="span" sx={{ display: 'block' }}>
              {t('overdracht.sleutels.bevestigdDoor', { datum: nlDatumTijd(s.bevestigdOp), door: s.bevestigdDoor ?? '', hoe: s.bevestigdHoe ?? '' })}
            </Box>
          )}
          {s.ingetrokkenOp && (
            <Box component="span" sx={{ display: 'block' }}>
              {t('overdracht.sleutels.ingetrokkenDoor', { datum: nlDatumTijd(s.ingetrokkenOp), door: s.ingetrokkenDoor ?? '' })}
            </Box>
          )}
        </>
      ),
    },
  ];

  const acties = (s: PartnerSleutel) => (
    <>
      {magVertrouwen && s.status === 'onbevestigd' && (
        <Button size="small" variant="contained" onClick={() => setBevestigen(s)} sx={{ mr: 1 }}>
          {t('overdracht.sleutels.bevestigen')}
          <Verborgen>{s.partner.naam}</Verborgen>
        </Button>
      )}
      {magIntrekken && s.status !== 'ingetrokken' && (
        <Button size="small" color="error" onClick={() => setIntrekken(s)}>
          {t('overdracht.sleutels.intrekken')}
          <Verborgen>{s.partner.naam}</Verborgen>
        </Button>
      )}
    </>
  );

  return (
    <Sectie
      titel={t('overdracht.sleutels.partnersTitel')}
      uitleg={t('overdracht.sleutels.partnersUitleg')}
      acties={
        magImporteren && (
          <Button variant="contained" startIcon={<VpnKeyOutlinedIcon />} onClick={() => setImporteren(true)}>
            {t('overdracht.sleutels.importeren')}
          </Button>
        )
      }
    >
      <Tabel
        label={t('overdracht.sleutels.partnersTitel')}
        kolommen={kolommen}
        rijen={lijst.data}
        sleutel={(s) => String(s.id)}
        {...(beheren ? { acties } : {})}
        rijAttributen={(s) => ({ 'data-partner': s.partner.code, 'data-status': s.status })}
        leeg={t('overdracht.sleutels.geenPartnersleutels')}
        bezig={lijst.bezig}
        fout={lijst.fout}
        dicht
      />
      <ImporteerDialoog
        open={importeren}
        partners={kandidaten}
        onSluiten={() => setImporteren(false)}
        onKlaar={(s) => {
          setImporteren(false);
          onMelding(t('overdracht.sleutels.geimporteerdMelding', { naam: s.partner.naam }));
          void laden();
          // The natural next step: compare the fingerprint now, with the partner on the line.
          if (magVertrouwen) setBevestigen(s);
        }}
      />
      <BevestigDialoog
        sleutel={bevestigen}
        onSluiten={() => setBevestigen(null)}
        onKlaar={(s) => {
          setBevestigen(null);
          onMelding(t('overdracht.sleutels.bevestigdMelding', { naam: s.partner.naam }));
          void laden();
        }}
      />
      <IntrekDialoog
        sleutel={intrekken}
        onSluiten={() => setIntrekken(null)}
        onKlaar={(s) => {
          setIntrekken(null);
          onMelding(t('overdracht.sleutels.ingetrokkenMelding', { naam: s.partner.naam }));
          void laden();
        }}
      />
    </Sectie>
  );
}
