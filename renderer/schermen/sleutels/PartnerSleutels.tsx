/** Sleutels → the partners' keys: the table and the three actions on them (import, confirm, revoke). */
import { useMemo } from 'react';
import Box from '@mui/material/Box';
import VpnKeyOutlinedIcon from '@mui/icons-material/VpnKeyOutlined';
import { useTranslation } from 'react-i18next';
import type { PartnerSleutel } from '@shared/domein/bundel';
import type { Partner } from '@shared/domein/partner';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatumTijd } from '../../opmaak';
import { Sectie } from '../../componenten/Sectie';
import { Actieknop } from '../../componenten/Actieknop';
import { Tabel, type Kolom } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';
import { useDialoog } from '../../componenten/useDialoog';
import { Vingerafdruk } from '../../componenten/Vingerafdruk';
import { type EigenSleutel } from './typen';
import { SleutelStatus } from './SleutelStatus';
import { ImporteerDialoog } from './ImporteerDialoog';
import { BevestigDialoog } from './BevestigDialoog';
import { IntrekDialoog } from './IntrekDialoog';

export function PartnerSleutels({ eigen, partners, onMelding }: { eigen: EigenSleutel; partners: Partner[]; onMelding(tekst: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const lijst = useLaden(() => roep('sleutels.partnerLijst', {}), []);
  const importeren = useDialoog();
  const bevestigen = useDialoog<PartnerSleutel>();
  const intrekken = useDialoog<PartnerSleutel>();
  const laden = lijst.herladen;

  const kandidaten = useMemo(() => partners.filter((p) => p.id !== eigen.identiteit?.id), [partners, eigen.identiteit]);
  // Trusting and revoking decide where data goes: only the leading role (shared/api.ts, ADR 0003).
  const magVertrouwen = mag('sleutels.bevestigen');
  const magIntrekken = mag('sleutels.intrekken');

  /** After each dialog: say what happened to whose key, and show the new state. */
  const gemeld = (melding: 'overdracht.sleutels.geimporteerdMelding' | 'overdracht.sleutels.bevestigdMelding' | 'overdracht.sleutels.ingetrokkenMelding') => (s: PartnerSleutel) => {
    onMelding(t(melding, { naam: s.partner.naam }));
    void laden();
  };

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

  return (
    <Sectie
      titel={t('overdracht.sleutels.partnersTitel')}
      uitleg={t('overdracht.sleutels.partnersUitleg')}
      acties={<Actieknop recht="sleutels.partnerImporteren" variant="contained" icoon={<VpnKeyOutlinedIcon />} tekst={t('overdracht.sleutels.importeren')} onClick={() => importeren.openen()} />}
    >
      <Tabel
        label={t('overdracht.sleutels.partnersTitel')}
        kolommen={kolommen}
        rijen={lijst.data}
        sleutel={(s) => String(s.id)}
        rijKnoppen={[
          magVertrouwen && { tekst: t('overdracht.sleutels.bevestigen'), variant: 'contained', wie: (s) => s.partner.naam, toon: (s) => s.status === 'onbevestigd', onClick: bevestigen.openen },
          magIntrekken && { tekst: t('overdracht.sleutels.intrekken'), variant: 'text', kleur: 'error', wie: (s) => s.partner.naam, toon: (s) => s.status !== 'ingetrokken', onClick: intrekken.openen },
        ]}
        rijAttributen={(s) => ({ 'data-partner': s.partner.code, 'data-status': s.status })}
        leeg={t('overdracht.sleutels.geenPartnersleutels')}
        bezig={lijst.bezig}
        fout={lijst.fout}
        dicht
      />
      <ImporteerDialoog
        open={importeren.open}
        partners={kandidaten}
        onSluiten={importeren.sluiten}
        onKlaar={importeren.klaar((s: PartnerSleutel) => {
          gemeld('overdracht.sleutels.geimporteerdMelding')(s);
          // The natural next step: compare the fingerprint now, with the partner on the line.
          if (magVertrouwen) bevestigen.openen(s);
        })}
      />
      <BevestigDialoog sleutel={bevestigen.item} onSluiten={bevestigen.sluiten} onKlaar={bevestigen.klaar(gemeld('overdracht.sleutels.bevestigdMelding'))} />
      <IntrekDialoog sleutel={intrekken.item} onSluiten={intrekken.sluiten} onKlaar={intrekken.klaar(gemeld('overdracht.sleutels.ingetrokkenMelding'))} />
    </Sectie>
  );
}
