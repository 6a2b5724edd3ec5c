/** Trusting a partner's key after comparing the fingerprint read out over the telephone (ADR 0007). */
import { useEffect, useState } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PartnerSleutel } from '../../../shared/domein/bundel';
import { roep } from '../../api/client';
import { useSessie } from '../../store/sessie';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';
import { Vingerafdruk } from '../overdrachten/gedeeld';

export function BevestigDialoog({ sleutel, onSluiten, onKlaar }: { sleutel: PartnerSleutel | null; onSluiten(): void; onKlaar(s: PartnerSleutel): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const naam = useSessie((s) => s.sessie?.gebruiker?.weergavenaam ?? '');
  const getoond = useLaatste(sleutel);
  const [hoe, setHoe] = useState('');
  const [voorgelezen, setVoorgelezen] = useState('');
  const { wissen } = actie;
  useEffect(() => {
    if (sleutel) {
      setHoe('');
      setVoorgelezen('');
      wissen();
    }
  }, [sleutel, wissen]);

  const verzenden = async () => {
    if (!sleutel) return;
    const r = await actie.uitvoeren(
      () => roep('sleutels.bevestigen', { sleutelId: sleutel.id, hoe, vingerafdruk: voorgelezen }),
      { hoe: hoe.trim().length < 5 && t('overdracht.sleutels.hoeVerplicht'), vingerafdruk: !voorgelezen.trim() && t('overdracht.sleutels.voorgelezenVerplicht') },
    );
    if (r) onKlaar(r);
  };

  return (
    <FormDialoog
      open={Boolean(sleutel)}
      titel={t('overdracht.sleutels.bevestigTitel', { naam: getoond?.partner.naam ?? '' })}
      uitleg={
        <>
          <Typography>{t('overdracht.sleutels.bevestigUitleg', { naam: getoond?.partner.naam ?? '' })}</Typography>
          <Paper variant="outlined" sx={{ p: 2, bgcolor: '#f7f9fb' }}>
            <Typography component="p" variant="body2" sx={{ fontWeight: 600, color: 'text.secondary', mb: 0.5 }}>
              {t('overdracht.sleutels.vingerafdrukVan', { naam: getoond?.partner.naam ?? '' })}
            </Typography>
            {getoond && <Vingerafdruk groepen={getoond.vingerafdrukGroepen} groot testId="te-bevestigen-vingerafdruk" />}
          </Paper>
        </>
      }
      actie={actie}
      verzendTekst={t('overdracht.sleutels.bevestigKnop')}
      bekendeVelden={['hoe', 'vingerafdruk']}
      breed
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Veld
        actie={actie}
        pad="hoe"
        label={t('overdracht.sleutels.hoe')}
        hulp={t('overdracht.sleutels.hoeHulp', { naam })}
        value={hoe}
        onChange={(e) => setHoe(e.target.value)}
        required
        autoFocus
        autoComplete="off"
      />
      <Veld
        actie={actie}
        pad="vingerafdruk"
        label={t('overdracht.sleutels.voorgelezen')}
        hulp={t('overdracht.sleutels.voorgelezenHulp')}
        value={voorgelezen}
        onChange={(e) => setVoorgelezen(e.target.value)}
        required
        autoComplete="off"
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
    </FormDialoog>
  );
}
