import { useState } from 'react';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import type { OverlegDetail } from '@shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { Keuzerij } from '../../componenten/Keuzerij';
import { Sectie } from '../../componenten/Sectie';
import { Schrijfformulier, useSchrijven } from '../../componenten/Schrijfformulier';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { Laadstatus } from '../../componenten/Laadstatus';
import { useLaden } from '../../componenten/useLaden';
import { Vrijgavecontrole } from '../../componenten/Vrijgave';

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
  // What the document's free text lost, and what still needs a look before the PDF leaves (ADR 0032): the
  // decision list also carries the notes and intervention descriptions.
  const controle = useLaden(() => roep('overleg.redactie', { id: detail.id, soort }), [detail, soort]);
  if (!mag('overleg.pdf')) return null;
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
        <Laadstatus laden={controle} />
        {controle.data && <Vrijgavecontrole onderdelen={controle.data} bekeken={bekeken} onBekeken={setBekeken} />}
        <Keuzeveld label={t('overleg.stukken.voor')} value={ontvanger} onChange={(e) => setOntvanger(e.target.value === '' ? '' : Number(e.target.value))} hulp={t('overleg.stukken.voorHulp')} leeg={t('overleg.stukken.voorzitter')} opties={kijkers.map((d) => ({ waarde: d.partnerId, label: d.organisatie }))} />
      </Schrijfformulier>
    </Sectie>
  );
}
