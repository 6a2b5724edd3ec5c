/** Meeting mode → the interventions of a decision "interventies": partner, deadline and description per row (art. 12.11). */
/** Meeting mode → one agenda item: what it is about, and the decision form while the meeting is on. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddOutlinedIcon from '@mui/icons-material/AddOutlined';
import { useTranslation } from 'react-i18next';
import { type Agendapunt } from '@shared/domein/overleg';
import type { Partner } from '@shared/domein/partner';
import { DatumVeld } from '../../../componenten/DatumVeld';
import { Verborgen } from '../../../componenten/Verborgen';
import type { Actie } from '../../../componenten/useActie';
import { type Rij, legeRij } from './concept';
import { Keuzeveld } from '../../../componenten/Keuzeveld';

/** The partners that can take an intervention: parties still in the covenant, the ones the signals suggest first. */
export function interventiePartners(partners: readonly Partner[], punt: Agendapunt): { keuze: Partner[]; voorgesteld: Set<number> } {
  const voorgesteld = new Set(punt.voorgesteldePartners.map((x) => x.id));
  const keuze = partners
    .filter((x) => x.rol === 'partij' && x.status !== 'uitgetreden')
    .sort((a, b) => Number(voorgesteld.has(b.id)) - Number(voorgesteld.has(a.id)) || a.naam.localeCompare(b.naam, 'nl'));
  return { keuze, voorgesteld };
}

export function Interventies({ puntId, rijen, keuze, voorgesteld, actie, onRijen }: { puntId: number; rijen: Rij[]; keuze: Partner[]; voorgesteld: Set<number>; actie: Actie; onRijen(rijen: Rij[]): void }) {
  const { t } = useTranslation();
  const wijzigRij = (i: number, deel: Partial<Rij>) => onRijen(rijen.map((r, j) => (j === i ? { ...r, ...deel } : r)));
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
      <Typography component="legend" sx={{ fontWeight: 600, px: 0.5 }}>
        {t('overleg.vergadering.interventies')}
      </Typography>
      <Stack spacing={2}>
        {rijen.map((r, i) => (
          <Box key={r.sleutel} role="group" aria-labelledby={`rij-${puntId}-${r.sleutel}`} data-rij={i} sx={{ pb: 2, borderBottom: 1, borderColor: 'divider' }}>
            <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
              <Typography id={`rij-${puntId}-${r.sleutel}`} variant="body2" sx={{ fontWeight: 600 }}>
                {t('overleg.vergadering.interventieNr', { nummer: i + 1 })}
              </Typography>
              <Button size="small" color="error" onClick={() => onRijen(rijen.filter((_x, j) => j !== i))}>
                {t('algemeen.verwijderen')}
                <Verborgen>{t('overleg.vergadering.interventieNr', { nummer: i + 1 })}</Verborgen>
              </Button>
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 1fr) 200px' }, gap: 1.5, alignItems: 'start' }}>
              <Keuzeveld label={t('overleg.vergadering.partner')} value={r.partnerId} onChange={(e) => wijzigRij(i, { partnerId: Number(e.target.value) })} error={Boolean(actie.veldfout(`interventies.${i}.partnerId`))} hulp={actie.veldfout(`interventies.${i}.partnerId`)} required opties={keuze.map((x) => ({ waarde: x.id, label: `${x.naam}${voorgesteld.has(x.id) ? ` (${t('overleg.vergadering.isVoorgesteld')})` : ''}` }))} />
              <DatumVeld
                label={t('overleg.vergadering.deadline')}
                value={r.deadline}
                onChange={(e) => wijzigRij(i, { deadline: e.target.value })}
                fout={actie.veldfout(`interventies.${i}.deadline`)}
                hulp={t('datum.plaatshouder')}
                required
              />
              <TextField
                label={t('overleg.vergadering.omschrijving')}
                value={r.omschrijving}
                onChange={(e) => wijzigRij(i, { omschrijving: e.target.value })}
                error={Boolean(actie.veldfout(`interventies.${i}.omschrijving`))}
                helperText={actie.veldfout(`interventies.${i}.omschrijving`)}
                required
                autoComplete="off"
                sx={{ gridColumn: { sm: '1 / -1' } }}
              />
            </Box>
          </Box>
        ))}
        <Box>
          <Button startIcon={<AddOutlinedIcon />} onClick={() => onRijen([...rijen, legeRij()])}>
            {t('overleg.vergadering.interventieToevoegen')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
