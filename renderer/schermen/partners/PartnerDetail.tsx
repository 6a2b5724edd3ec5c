import { useCallback, useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail as Detail } from '../../../shared/domein/partner';
import { roep } from '../../api/client';
import { useNavigatie } from '../../store/navigatie';
import { PaginaKop } from '../../componenten/PaginaKop';
import { FoutMelding } from '../../componenten/FoutMelding';
import { StatusChip } from '../../componenten/StatusChip';
import { Succes } from '../../componenten/Succes';
import { useActie } from '../../componenten/useActie';
import { Gegevens } from './detail/Gegevens';
import { Toetreding } from './detail/Toetreding';
import { Opzegging } from './detail/Opzegging';
import { Contactpersonen } from './detail/Contactpersonen';

/** One partner: its data, contact persons (art. 30.1), accession (art. 4) or notice (art. 34.3). */
export function PartnerDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const terug = useNavigatie((s) => s.terug);
  const laadActie = useActie();
  const [p, setP] = useState<Detail | null>(null);
  const [succes, setSucces] = useState<string | null>(null);
  const { uitvoeren } = laadActie;

  const laden = useCallback(async () => {
    const d = await uitvoeren(() => roep('partners.detail', { id }));
    if (d) setP(d);
  }, [uitvoeren, id]);

  useEffect(() => {
    void laden();
  }, [laden]);

  /** Every change answers with the new detail; show it and say what happened. */
  const bijgewerkt = (d: Detail, melding: string) => {
    setP(d);
    setSucces(melding);
  };

  return (
    <>
      <Button startIcon={<ArrowBackIcon />} onClick={terug} sx={{ mb: 1.5 }}>
        {t('partner.terug')}
      </Button>
      {laadActie.fout && <FoutMelding fout={laadActie.fout} />}
      {!p && !laadActie.fout && (
        <Box role="status" sx={{ maxWidth: 480 }}>
          <Typography sx={{ mb: 1 }}>{t('partner.laden')}</Typography>
          <LinearProgress aria-hidden />
        </Box>
      )}
      {p && (
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
          <Succes tekst={succes} onSluiten={() => setSucces(null)} />
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
    </>
  );
}
