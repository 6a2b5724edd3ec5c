/** Partner detail → notice (art. 34.3). */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail as Detail } from '@shared/domein/partner';
import { maandenErbij } from '@shared/datum';
import { roep } from '../../../api/client';
import { useMag } from '../../../api/toegang';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../../opmaak';
import { Sectie } from '../../../componenten/Sectie';
import { Bevestiging } from '../../../componenten/Bevestiging';
import { useActie } from '../../../componenten/useActie';
import { MetDatums } from '../../../componenten/MetDatums';
import { DatumActie } from './DatumActie';

export function Opzegging({ partner: p, onBijgewerkt }: { partner: Detail; onBijgewerkt(d: Detail, melding: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const [datum, setDatum] = useState(vandaagNl());
  const [bevestigen, setBevestigen] = useState(false);
  const iso = naarIsoDatum(datum);
  const uittreding = iso ? maandenErbij(iso, 6) : null;

  if (p.status === 'opgezegd' || p.status === 'uitgetreden') {
    return (
      <Sectie titel={t('partner.opzegging')}>
        <Alert severity={p.status === 'uitgetreden' ? 'info' : 'warning'}>
          <MetDatums
            tekst={
              p.status === 'uitgetreden'
                ? t('partner.uitgetredenTekst', { datum: nlDatum(p.uitgetredenPer ?? '') })
                : t('partner.opgezegdTekst', { opgezegd: nlDatum(p.opgezegdOp ?? ''), uittreding: nlDatum(p.uitgetredenPer ?? '') })
            }
          />
        </Alert>
      </Sectie>
    );
  }
  if (!mag('partners.opzeggen')) return null;

  const vastleggen = async () => {
    const d = await actie.uitvoeren(() => roep('partners.opzeggen', { id: p.id, datum: iso ?? '' }));
    setBevestigen(false);
    if (d) onBijgewerkt(d, t('partner.opzeggingVastgelegd', { datum: nlDatum(d.uitgetredenPer ?? '') }));
  };

  return (
    <Sectie titel={t('partner.opzegging')} uitleg={t('partner.opzeggingUitleg')}>
      <DatumActie
        actie={actie}
        label={t('partner.opzegDatum')}
        knop={t('partner.opzeggingVastleggen')}
        knopKleur="warning"
        datum={datum}
        onDatum={setDatum}
        onVerzenden={() => {
          if (!iso) void actie.uitvoeren(async () => ({ ok: true, waarde: null }), { datum: t('datum.ongeldig') });
          else {
            actie.wissen();
            setBevestigen(true);
          }
        }}
        extra={
          uittreding && (
            <Typography sx={{ mt: 1.5 }} role="status" data-testid="uittreding">
              {t('partner.uittredingPer', { datum: nlDatum(uittreding) })}
            </Typography>
          )
        }
      />
      <Bevestiging
        open={bevestigen}
        titel={t('partner.opzeggenBevestigTitel')}
        tekst={t('partner.opzeggenBevestigTekst', { naam: p.naam, datum: iso ? nlDatum(iso) : '', uittreding: uittreding ? nlDatum(uittreding) : '' })}
        bevestigTekst={t('partner.opzeggingVastleggen')}
        actie={actie}
        onSluiten={() => setBevestigen(false)}
        onBevestigen={() => void vastleggen()}
      />
    </Sectie>
  );
}
