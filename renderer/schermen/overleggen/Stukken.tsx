import { useState } from 'react';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import type { OverlegDetail } from '../../../shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { Keuzerij } from '../../componenten/Keuzerij';
import { Sectie } from '../../componenten/Sectie';
import { Schrijfformulier, useSchrijven } from '../../componenten/Schrijfformulier';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { RedactieOverzicht } from '../../componenten/Redactie';
import { geenRedactie } from '../../../shared/domein/redactie';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';

/**
 * Agenda or decision list as PDF, for the chair or in one attendee's view; an attendee's copy is a
 * provision and is logged by the backend (art. 25.3). The folder is typed as a full path.
 */
export function Stukken({ detail }: { detail: OverlegDetail }) {
  const { t } = useTranslation();
  const mag = useMag();
  const schrijver = useSchrijven<Uitvoer<'overleg.pdf'>>();
  const [soort, setSoort] = useState<'agenda' | 'besluitenlijst'>(detail.status === 'gepland' || detail.status === 'agenda-vastgesteld' ? 'agenda' : 'besluitenlijst');
  const [ontvanger, setOntvanger] = useState<number | ''>('');
  const [bekeken, setBekeken] = useState(false);
  if (!mag('overleg.pdf')) return null;
  // What the agenda's free text lost, and what still needs a look before the PDF leaves (ADR 0032).
  const redactie = geenRedactie();
  for (const p of detail.punten) {
    for (const s of ['naam', 'geboortedatum', 'adres', 'telefoon'] as const) redactie.aantallen[s] += p.redactie.aantallen[s];
    redactie.gemarkeerd.push(...p.redactie.gemarkeerd.map((m) => ({ ...m, veld: `${p.titel} — ${t(`overleg.stukken.veld.${m.veld === 'titel' ? 'titel' : 'samenvatting'}`)}` })));
  }
  const gemarkeerd = redactie.gemarkeerd.length > 0;
  const kijkers = detail.deelnemers.filter((d): d is typeof d & { partnerId: number } => d.partnerId !== null);

  return (
    <Sectie titel={t('overleg.stukken.titel')} uitleg={t('overleg.stukken.uitleg')}>
      <Schrijfformulier
        schrijver={schrijver}
        label={t('overleg.stukken.titel')}
        verzendTekst={t('overleg.stukken.maken')}
        icoon={<PictureAsPdfOutlinedIcon />}
        onVerzenden={() => void schrijver.schrijven((doelmap) => roep('overleg.pdf', { overlegId: detail.id, soort, ontvangerId: ontvanger === '' ? null : ontvanger, doelmap, gemarkeerdBekeken: bekeken }))}
        melding={{ titel: t('overleg.stukken.gemaakt'), testId: 'pdf-gemaakt', bestanden: (u) => [{ bestandsnaam: u.pad.split(/[\\/]/).pop() ?? u.pad, pad: u.pad, bytes: u.bytes }] }}
        mapLabel={t('overleg.stukken.doelmap')}
        mapHulp={t('overleg.stukken.doelmapHulp')}
        breedte={760}
      >
        <Keuzerij
          label={t('overleg.stukken.soort')}
          waarde={soort}
          onKeuze={setSoort}
          opties={[
            { waarde: 'agenda', label: t('overleg.stukken.agenda') },
            { waarde: 'besluitenlijst', label: t('overleg.stukken.besluitenlijst') },
          ]}
        />
        <RedactieOverzicht redactie={redactie} />
        {gemarkeerd && <FormControlLabel control={<Checkbox checked={bekeken} onChange={(e) => setBekeken(e.target.checked)} />} label={t('overleg.stukken.gemarkeerdBekeken')} data-testid="gemarkeerd-bekeken" />}
        <Keuzeveld label={t('overleg.stukken.voor')} value={ontvanger} onChange={(e) => setOntvanger(e.target.value === '' ? '' : Number(e.target.value))} hulp={t('overleg.stukken.voorHulp')} leeg={t('overleg.stukken.voorzitter')} opties={kijkers.map((d) => ({ waarde: d.partnerId, label: d.organisatie }))} />
      </Schrijfformulier>
    </Sectie>
  );
}
