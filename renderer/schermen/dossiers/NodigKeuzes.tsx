import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { NodigOverzicht } from '@shared/domein/dossier';
import { roep } from '../../api/client';
import { nlDatum } from '../../opmaak';
import { Actieknop } from '../../componenten/Actieknop';
import { ActieFout } from '../../componenten/ActieFout';
import { Laadstatus } from '../../componenten/Laadstatus';
import { Sectie } from '../../componenten/Sectie';
import { Succes } from '../../componenten/Succes';
import { useActie } from '../../componenten/useActie';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';

type Partner = NodigOverzicht['partners'][number];
type Item = NodigOverzicht['items'][number];

/**
 * Per acting partner, what it needs (art. 9.4, 12.19, 16.5, 16.9): its task (interventions, spoed
 * request), the items and whether it must identify the person — the suggestion from its intervention until
 * the ketenregisseur records a choice, then the choice with who made it. Above it the weighing of the
 * victim's interests (art. 21.6). `onGewijzigd` lets the matrix below reload.
 */
export function NodigKeuzes({ dossierId, onGewijzigd }: { dossierId: number; onGewijzigd(): void }) {
  const { t } = useTranslation();
  const laden = useLaden(() => roep('nodig.overzicht', { dossierId }), [dossierId]);
  const succes = useSucces();
  const o = laden.data;
  const klaar = (tekst: string) => {
    void succes.naHerladen(tekst, laden.herladen);
    onGewijzigd();
  };
  return (
    <Sectie titel={t('keten.nodig.titel')} uitleg={t('keten.nodig.uitleg')}>
      <Laadstatus laden={laden} />
      <Succes {...succes} />
      {o && <Belangenafweging dossierId={dossierId} overzicht={o} onKlaar={klaar} />}
      {o && o.partners.length === 0 && <Typography>{t('keten.nodig.geenPartners')}</Typography>}
      {o && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
          {o.partners.map((p) => (
            <PartnerKeuze key={p.id} dossierId={dossierId} partner={p} items={o.items} onKlaar={klaar} />
          ))}
        </Box>
      )}
    </Sectie>
  );
}

function PartnerKeuze({ dossierId, partner: p, items, onKlaar }: { dossierId: number; partner: Partner; items: Item[]; onKlaar(tekst: string): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const begin = p.keuze ?? p.voorstel;
  const [gekozen, setGekozen] = useState<string[]>(begin.items);
  const [identificatie, setIdentificatie] = useState(begin.identificatie);
  const [toelichting, setToelichting] = useState(p.keuze?.toelichting ?? '');
  useEffect(() => {
    setGekozen(begin.items);
    setIdentificatie(begin.identificatie);
  }, [p]);
  const kopId = `nodig-${p.id}`;
  const vastleggen = async () => {
    const r = await actie.uitvoeren(() => roep('nodig.kiezen', { dossierId, partnerId: p.id, itemSleutels: gekozen, identificatie, toelichting }));
    if (r) onKlaar(t('keten.nodig.vastgelegd', { naam: p.naam }));
  };
  return (
    <Paper variant="outlined" component="section" aria-labelledby={kopId} sx={{ p: 2 }} data-nodig={p.code}>
      <Typography variant="h3" id={kopId} sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
        {p.naam}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5, mb: 1 }}>
        {p.taak.interventies.map((i) => (
          <Typography component="li" variant="body2" key={`i${i.id}`}>
            {t('keten.nodig.interventie', { omschrijving: i.omschrijving, deadline: nlDatum(i.deadline) })}
          </Typography>
        ))}
        {p.taak.spoed.map((s) => (
          <Typography component="li" variant="body2" key={`s${s.id}`}>
            {t('keten.nodig.spoed', { verzoek: s.verzoek })}
          </Typography>
        ))}
      </Box>
      <Typography variant="body2" color={p.keuze ? 'text.primary' : 'warning.dark'} sx={{ mb: 1, fontWeight: 600 }} data-testid={`nodig-status-${p.code}`}>
        {p.keuze ? t('keten.nodig.gekozen', { door: p.keuze.door ?? '', datum: nlDatum((p.keuze.gekozenOp ?? '').slice(0, 10)) }) : t('keten.nodig.voorstel')}
      </Typography>
      <ActieFout actie={actie} />
      <FormGroup aria-labelledby={`${kopId}-items`}>
        <FormLabel id={`${kopId}-items`} sx={{ fontSize: '0.9rem' }}>
          {t('keten.nodig.items', { naam: p.naam })}
        </FormLabel>
        {items.map((i) => (
          <FormControlLabel
            key={i.sleutel}
            control={<Checkbox size="small" checked={gekozen.includes(i.sleutel)} onChange={(e) => setGekozen(e.target.checked ? [...gekozen, i.sleutel] : gekozen.filter((x) => x !== i.sleutel))} />}
            label={i.omschrijving}
          />
        ))}
      </FormGroup>
      <FormControlLabel control={<Checkbox checked={identificatie} onChange={(e) => setIdentificatie(e.target.checked)} />} label={t('keten.nodig.identificatie', { naam: p.naam })} />
      <TextField fullWidth size="small" label={t('keten.nodig.toelichting')} value={toelichting} onChange={(e) => setToelichting(e.target.value)} sx={{ my: 1 }} />
      <Actieknop recht="nodig.kiezen" tekst={t('keten.nodig.vastleggen')} wie={p.naam} onClick={() => void vastleggen()} bezig={actie.bezig} variant="contained" />
    </Paper>
  );
}

function Belangenafweging({ dossierId, overzicht: o, onKlaar }: { dossierId: number; overzicht: NodigOverzicht; onKlaar(tekst: string): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [tekst, setTekst] = useState('');
  const a = o.belangenafweging;
  const vastleggen = async () => {
    const r = await actie.uitvoeren(() => roep('nodig.belangenafweging', { dossierId, afweging: tekst }));
    if (r) {
      setTekst('');
      onKlaar(t('keten.nodig.afwegingVastgelegd'));
    }
  };
  return (
    <Box component="section" aria-labelledby={`afweging-${dossierId}`} sx={{ mb: 3 }}>
      <Typography variant="h3" id={`afweging-${dossierId}`} sx={{ fontSize: '1.1rem', fontWeight: 600, mb: 0.5 }}>
        {t('keten.nodig.afwegingTitel')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: '85ch' }}>
        {t('keten.nodig.afwegingUitleg')}
      </Typography>
      {!o.afwegingNodig ? (
        <Typography variant="body2">{t('keten.nodig.afwegingNietNodig')}</Typography>
      ) : a ? (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="afweging">
          {t('keten.nodig.afwegingDoor', { door: a.door, datum: nlDatum(a.vastgelegdOp.slice(0, 10)) })} {a.afweging}
        </Alert>
      ) : (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {t('keten.nodig.afwegingOntbreekt')}
        </Alert>
      )}
      {o.afwegingNodig && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <ActieFout actie={actie} />
          <TextField
            multiline
            minRows={2}
            sx={{ flex: '1 1 420px' }}
            label={t('keten.nodig.afweging')}
            value={tekst}
            onChange={(e) => setTekst(e.target.value)}
            error={Boolean(actie.veldfout('afweging'))}
            helperText={actie.veldfout('afweging')}
          />
          <Actieknop recht="nodig.belangenafweging" tekst={t('keten.nodig.afwegingVastleggen')} onClick={() => void vastleggen()} bezig={actie.bezig} />
        </Box>
      )}
    </Box>
  );
}
