/** Meeting mode → the decision on an open item: kwalificatie, decision, interventions, notes (art. 12.11). */
/** Meeting mode → one agenda item: what it is about, and the decision form while the meeting is on. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import { useTranslation } from 'react-i18next';
import { type Agendapunt, type Besluit, type OverlegDetail } from '@shared/domein/overleg';
import type { Fout } from '@shared/fouten';
import type { Partner } from '@shared/domein/partner';
import { FoutMelding } from '../../../componenten/FoutMelding';
import type { Actie } from '../../../componenten/useActie';
import { type Concept, type Opslagstaat, passendeBesluiten } from './concept';
import { Opslagmelding } from './Opslagmelding';
import { Interventies, interventiePartners } from './Interventies';
import { Keuzeveld } from '../../../componenten/Keuzeveld';
import { Belangenafweging } from './Belangenafweging';

/** No form element: Enter in a field must not record a decision by accident; Ctrl+Enter does, on purpose. */
export function Besluitformulier(props: {
  detail: OverlegDetail;
  punt: Agendapunt;
  concept: Concept;
  opslag: Opslagstaat;
  opslagFout: Fout | null;
  partners: Partner[];
  actie: Actie;
  onWijzig(deel: Partial<Concept>): void;
  onNotuleer(deel: Pick<Partial<Concept>, 'kwalificatie' | 'notities'>): void;
  onOpnieuw(): void;
  onVastleggen(): void;
}) {
  const { t } = useTranslation();
  const { detail, punt: p, concept: c, actie } = props;
  const besluiten = passendeBesluiten(detail, p);
  const kwalificaties = c.kwalificatie && !detail.kwalificaties.includes(c.kwalificatie) ? [...detail.kwalificaties, c.kwalificatie] : detail.kwalificaties;
  const { keuze, voorgesteld } = interventiePartners(props.partners, p);
  const rijPaden = c.interventies.flatMap((_r, i) => ['partnerId', 'omschrijving', 'deadline'].map((v) => `interventies.${i}.${v}`));

  return (
    <Box>
      <Stack spacing={2.5}>
        {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['besluit', 'belangenafweging', ...rijPaden]} />}
        <Keuzeveld label={t('overleg.vergadering.kwalificatie')} value={c.kwalificatie} onChange={(e) => props.onNotuleer({ kwalificatie: e.target.value })} sx={{ maxWidth: 420 }} leeg={t('overleg.vergadering.geenKwalificatie')} opties={kwalificaties.map((k) => ({ waarde: k, label: k }))} />
        <Box>
          <FormLabel id={`besluit-${p.id}`} sx={{ fontWeight: 600, color: 'text.primary' }} error={Boolean(actie.veldfout('besluit'))}>
            {t('overleg.vergadering.besluit')}
          </FormLabel>
          <RadioGroup aria-labelledby={`besluit-${p.id}`} value={c.besluit} onChange={(e) => props.onWijzig({ besluit: e.target.value as Besluit })}>
            {besluiten.map((b) => (
              <FormControlLabel key={b} value={b} control={<Radio />} label={t(`overleg.besluiten.${b}`)} />
            ))}
          </RadioGroup>
          {actie.veldfout('besluit') && (
            <Typography variant="body2" color="error">
              {actie.veldfout('besluit')}
            </Typography>
          )}
        </Box>
        {c.besluit === 'emm' && <Alert severity="info">{t('overleg.vergadering.emmUitleg')}</Alert>}
        {c.besluit === 'geen-actie' && <Alert severity="info">{t('overleg.vergadering.geenActieUitleg')}</Alert>}
        {c.besluit === 'interventies' && (
          <Interventies puntId={p.id} rijen={c.interventies} keuze={keuze} voorgesteld={voorgesteld} actie={actie} onRijen={(interventies) => props.onWijzig({ interventies })} />
        )}
        {(c.besluit === 'interventies' || c.besluit === 'emm') && p.soort === 'dossier' && p.dossierId !== null && (
          <Belangenafweging dossierId={p.dossierId} waarde={c.belangenafweging} actie={actie} onWijzig={(belangenafweging) => props.onWijzig({ belangenafweging })} />
        )}
        <Box>
          <TextField
            label={t('overleg.vergadering.notities')}
            value={c.notities}
            onChange={(e) => props.onNotuleer({ notities: e.target.value })}
            multiline
            minRows={4}
            fullWidth
            slotProps={{ htmlInput: { maxLength: 10_000 } }}
          />
          <Opslagmelding staat={props.opslag} fout={props.opslagFout} onOpnieuw={props.onOpnieuw} />
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
          <Button variant="contained" startIcon={<GavelOutlinedIcon />} disabled={actie.bezig} onClick={props.onVastleggen}>
            {actie.bezig ? t('algemeen.bezig') : t('overleg.vergadering.vastleggen')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
