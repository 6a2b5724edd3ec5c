import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail as Detail } from '@shared/domein/partner';
import { roep } from '../../api/client';
import { useNavigatie } from '../../store/navigatie';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Detailkader } from '../../componenten/Detailkader';
import { StatusChip } from '../../componenten/StatusChip';
import { Succes } from '../../componenten/Succes';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';
import { Gegevens } from './detail/Gegevens';
import { Toetreding } from './detail/Toetreding';
import { Opzegging } from './detail/Opzegging';
import { Contactpersonen } from './detail/Contactpersonen';

/** One partner: its data, contact persons (art. 30.1), accession (art. 4) or notice (art. 34.3). */
export function PartnerDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const terug = useNavigatie((s) => s.terug);
  const geladen = useLaden(() => roep('partners.detail', { id }), [id]);
  const succes = useSucces();

  /** Every change answers with the new detail; show it and say what happened. */
  const bijgewerkt = (d: Detail, melding: string) => {
    geladen.zetten(d);
    succes.tonen(melding);
  };

  return (
    <Detailkader terug={{ tekst: t('partner.terug'), onClick: terug }} laden={geladen} ladenTekst={t('partner.laden')}>
      {(p) => (
        <>
          <PaginaKop
            titel={p.naam}
            intro={
              <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
                <Box component="span" sx={{ fontFamily: 'monospace' }}>
                  {p.code}
                </Box>
                <span aria-hidden>·</span>
                <span>{t(`soorten.${p.soort}`)}</span>
                <StatusChip partner={p} />
              </Box>
            }
          />
          <Succes tekst={succes.tekst} onSluiten={succes.onSluiten} />
          <Gegevens partner={p} onBijgewerkt={(d) => bijgewerkt(d, t('algemeen.opgeslagen'))} />
          {p.rol === 'kandidaat' && <Toetreding partner={p} onBijgewerkt={bijgewerkt} />}
          {p.rol === 'partij' && <Opzegging partner={p} onBijgewerkt={bijgewerkt} />}
          {p.rol === 'ontvanger' && (
            <Alert severity="info" sx={{ mb: 3 }}>
              {t('partner.ontvangerTekst')}
            </Alert>
          )}
          <Contactpersonen partner={p} onBijgewerkt={bijgewerkt} />
        </>
      )}
    </Detailkader>
  );
}
