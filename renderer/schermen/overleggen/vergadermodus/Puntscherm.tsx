/** Meeting mode → one agenda item: what it is about, and the decision form while the meeting is on. */
import { type RefObject } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import KeyboardArrowLeftIcon from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRightIcon from '@mui/icons-material/KeyboardArrowRight';
import { useTranslation } from 'react-i18next';
import { type Agendapunt, type OverlegDetail } from '@shared/domein/overleg';
import type { Fout } from '@shared/fouten';
import type { Partner } from '@shared/domein/partner';
import { Succes } from '../../../componenten/Succes';
import type { Actie } from '../../../componenten/useActie';
import { Besluitsamenvatting } from '../Besluitsamenvatting';
import { type Concept, type Opslagstaat } from './concept';
import { Besluitformulier } from './Besluitformulier';

export function Puntscherm(props: {
  detail: OverlegDetail;
  punt: Agendapunt;
  nummer: number;
  concept: Concept;
  opslag: Opslagstaat;
  opslagFout: Fout | null;
  partners: Partner[];
  besluitActie: Actie;
  succes: string | null;
  kopRef: RefObject<HTMLHeadingElement | null>;
  onSucces(tekst: string | null): void;
  onWijzig(deel: Partial<Concept>): void;
  onNotuleer(deel: Pick<Partial<Concept>, 'kwalificatie' | 'notities'>): void;
  onOpnieuw(): void;
  onVastleggen(): void;
  onVorige: (() => void) | null;
  onVolgende: (() => void) | null;
}) {
  const { t } = useTranslation();
  const { detail, punt: p, concept: c } = props;
  const gaande = detail.status === 'agenda-vastgesteld';
  const kopId = `punt-${p.id}-kop`;

  return (
    <Paper variant="outlined" component="section" aria-labelledby={kopId} sx={{ p: { xs: 2, md: 3 } }} data-punt={p.id}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: 1, mb: 1 }}>
        <Typography variant="h2" id={kopId} ref={props.kopRef} tabIndex={-1} sx={{ outline: 'none' }}>
          {t('overleg.vergadering.puntKop', { nummer: props.nummer, titel: p.titel })}
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button size="small" variant="outlined" startIcon={<KeyboardArrowLeftIcon />} onClick={() => props.onVorige?.()} disabled={!props.onVorige}>
            {t('overleg.vergadering.vorige')}
          </Button>
          <Button size="small" variant="outlined" endIcon={<KeyboardArrowRightIcon />} onClick={() => props.onVolgende?.()} disabled={!props.onVolgende}>
            {t('overleg.vergadering.volgende')}
          </Button>
        </Stack>
      </Box>
      {p.samenvatting && (
        <Typography sx={{ whiteSpace: 'pre-line', mb: 1, maxWidth: '85ch' }}>
          {p.samenvatting}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('overleg.vergadering.kenmerken', { count: p.aantalSignalen, bronnen: p.bronnen.join('; ') || t('algemeen.leeg') })}
        {p.voorgesteldePartners.length > 0 && ` ${t('overleg.vergadering.voorgesteld', { partners: p.voorgesteldePartners.map((x) => x.naam).join('; ') })}`}
      </Typography>
      <Succes tekst={props.succes} onSluiten={() => props.onSucces(null)} />
      {p.status !== 'open' ? (
        <>
          {p.status === 'doorgeschoven' && <Alert severity="warning">{t('overleg.vergadering.doorgeschoven')}</Alert>}
          <Besluitsamenvatting punt={p} />
        </>
      ) : !gaande ? (
        <Alert severity="info">{t('overleg.vergadering.nietBesloten')}</Alert>
      ) : (
        <Besluitformulier
          detail={detail}
          punt={p}
          concept={c}
          opslag={props.opslag}
          opslagFout={props.opslagFout}
          partners={props.partners}
          actie={props.besluitActie}
          onWijzig={props.onWijzig}
          onNotuleer={props.onNotuleer}
          onOpnieuw={props.onOpnieuw}
          onVastleggen={props.onVastleggen}
        />
      )}
      {p.status !== 'open' && props.onVolgende && (
        <Box sx={{ mt: 2 }}>
          <Button variant="contained" endIcon={<KeyboardArrowRightIcon />} onClick={() => props.onVolgende?.()}>
            {t('overleg.vergadering.naarVolgende')}
          </Button>
        </Box>
      )}
    </Paper>
  );
}
