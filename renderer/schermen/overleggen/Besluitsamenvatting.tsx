import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import { useTranslation } from 'react-i18next';
import type { Agendapunt } from '@shared/domein/overleg';
import { nlDatum } from '../../opmaak';

/** What was decided on an item (art. 12.11): kwalificatie, decision, interventions and the minutes. */
export function Besluitsamenvatting({ punt: p }: { punt: Agendapunt }) {
  const { t } = useTranslation();
  if (!p.besluit) return null;
  return (
    <Box sx={{ mt: 1.5, p: 1.5, borderRadius: 1, bgcolor: '#edf5ee', border: 1, borderColor: '#b9d8bc' }} data-testid="besluit">
      <Typography sx={{ fontWeight: 600, display: 'flex', alignItems: 'center', gap: 1 }}>
        <CheckCircleOutlineIcon fontSize="small" sx={{ color: 'success.main' }} aria-hidden />
        {t('overleg.besluit.vastgelegd', { besluit: t(`overleg.besluiten.${p.besluit}`) })}
      </Typography>
      {p.kwalificatie && <Typography variant="body2">{t('overleg.besluit.kwalificatieWas', { kwalificatie: p.kwalificatie })}</Typography>}
      {p.interventies.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5, typography: 'body2' }}>
          {p.interventies.map((iv) => (
            <li key={iv.id}>{t('overleg.besluit.interventieRegel', { partner: iv.partner.naam, omschrijving: iv.omschrijving, deadline: nlDatum(iv.deadline) })}</li>
          ))}
        </Box>
      )}
      {p.notities && (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line', mt: 0.5 }}>
          {t('overleg.besluit.notitiesWaren', { notities: p.notities })}
        </Typography>
      )}
    </Box>
  );
}
