import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { maandenErbij } from '@shared/datum';
import type { DossierRij } from '@shared/domein/dossier';
import { INTERVENTIE_OVERGANGEN, type Interventie, type Interventiestatus } from '@shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatum, vandaag } from '../../opmaak';
import { FormDialoog } from '../../componenten/FormDialoog';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Sectie } from '../../componenten/Sectie';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { Verborgen } from '../../componenten/Verborgen';
import { Tabel } from '../../componenten/Tabel';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaatste } from '../../componenten/useLaatste';
import { useLaden } from '../../componenten/useLaden';
import { useSucces } from '../../componenten/useSucces';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { useDialoog } from '../../componenten/useDialoog';
import { Actieknop } from '../../componenten/Actieknop';

/** As the dashboard counts it: due within three weeks. */
const BINNENKORT_DAGEN = 21;

export function binnenkort(iv: Interventie, nu = vandaag()): boolean {
  const grens = new Date(Date.parse(`${nu}T12:00:00Z`) + BINNENKORT_DAGEN * 86_400_000).toISOString().slice(0, 10);
  return !iv.teLaat && (iv.status === 'toegewezen' || iv.status === 'in-uitvoering') && iv.deadline <= grens;
}

const STATUSKLEUR: Record<Interventiestatus, 'default' | 'info' | 'success' | 'warning'> = {
  toegewezen: 'default',
  'in-uitvoering': 'info',
  uitgevoerd: 'success',
  'niet-uitgevoerd': 'warning',
};

/**
 * Interventions followed until done (art. 7.4, 16.6): what is due or overdue per partner, progress
 * and outcome, and closing a dossier after evaluation, which starts the five-year retention (art. 22.5).
 */
export function Interventies() {
  const { t } = useTranslation();
  const mag = useMag();
  const [alleenOpen, setAlleenOpen] = useState(true);
  const laden = useLaden(() => roep('interventies.lijst', { open: alleenOpen }), [alleenOpen]);
  const lijst = laden.data;
  const [partner, setPartner] = useState<number | ''>('');
  const bijwerken = useDialoog<Interventie>();
  const succes = useSucces();
  /** Counts recorded outcomes: the last one may bring a dossier to evaluation. */
  const [versie, setVersie] = useState(0);

  const perPartner = useMemo(() => {
    const groepen = new Map<number, { naam: string; open: number; afgerond: number; teLaat: number; binnenkort: number }>();
    for (const iv of lijst ?? []) {
      const g = groepen.get(iv.partner.id) ?? { naam: iv.partner.naam, open: 0, afgerond: 0, teLaat: 0, binnenkort: 0 };
      if (iv.status === 'toegewezen' || iv.status === 'in-uitvoering') g.open += 1;
      else g.afgerond += 1;
      if (iv.teLaat) g.teLaat += 1;
      if (binnenkort(iv)) g.binnenkort += 1;
      groepen.set(iv.partner.id, g);
    }
    return [...groepen].sort((a, b) => b[1].teLaat - a[1].teLaat || b[1].binnenkort - a[1].binnenkort || a[1].naam.localeCompare(b[1].naam, 'nl'));
  }, [lijst]);

  const getoond = (lijst ?? []).filter((iv) => partner === '' || iv.partner.id === partner);

  return (
    <>
      <Succes tekst={succes.tekst} onSluiten={succes.onSluiten} />
      {laden.fout && <FoutMelding fout={laden.fout} />}
      <Sectie titel={t('overleg.interventies.perPartner')} uitleg={t('overleg.interventies.uitleg')}>
        {perPartner.length === 0 ? (
          <Typography color="text.secondary">{lijst ? t('overleg.interventies.geen') : t('algemeen.bezig')}</Typography>
        ) : (
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))', gap: 1.5 }} aria-label={t('overleg.interventies.perPartner')}>
            {perPartner.map(([id, g]) => (
              <Paper component="li" key={id} variant="outlined" sx={{ p: 1.5, borderColor: g.teLaat ? 'error.main' : undefined }} data-partner={id}>
                <Typography sx={{ fontWeight: 600, mb: 0.5 }}>{g.naam}</Typography>
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, mb: 1 }}>
                  <Chip size="small" variant="outlined" label={t('overleg.interventies.aantalOpen', { count: g.open })} />
                  {g.teLaat > 0 && <Chip size="small" color="error" label={t('overleg.interventies.aantalTeLaat', { count: g.teLaat })} />}
                  {g.binnenkort > 0 && <Chip size="small" color="warning" label={t('overleg.interventies.aantalBinnenkort', { count: g.binnenkort })} />}
                  {g.afgerond > 0 && <Chip size="small" color="success" variant="outlined" label={t('overleg.interventies.aantalAfgerond', { count: g.afgerond })} />}
                </Box>
                <Button size="small" onClick={() => setPartner(partner === id ? '' : id)} aria-pressed={partner === id}>
                  {partner === id ? t('overleg.interventies.alleTonen') : t('overleg.interventies.alleenDeze')}
                  <Verborgen>{g.naam}</Verborgen>
                </Button>
              </Paper>
            ))}
          </Box>
        )}
      </Sectie>
      <Sectie titel={t('overleg.interventies.titel')}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
          <FormControlLabel control={<Switch checked={alleenOpen} onChange={(e) => setAlleenOpen(e.target.checked)} />} label={t('overleg.interventies.alleenOpen')} />
          <TextField select label={t('overleg.interventies.partner')} value={partner} onChange={(e) => setPartner(e.target.value === '' ? '' : Number(e.target.value))} sx={{ minWidth: 280 }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
            <MenuItem value="">{t('algemeen.alle')}</MenuItem>
            {perPartner.map(([id, g]) => (
              <MenuItem key={id} value={id}>
                {g.naam}
              </MenuItem>
            ))}
          </TextField>
          <Typography variant="body2" color="text.secondary" role="status">
            {t('overleg.interventies.aantal', { count: getoond.length })}
          </Typography>
        </Box>
        <Tabel<Interventie>
          label={t('overleg.interventies.titel')}
          dicht
          rijen={lijst ? getoond : null}
          bezig={laden.bezig}
          sleutel={(iv) => String(iv.id)}
          leeg={t('overleg.interventies.geen')}
          rijAttributen={(iv) => ({ 'data-interventie': iv.id })}
          kolommen={[
            { id: 'dossier', kop: t('overleg.interventies.dossier'), nowrap: true, cel: (iv) => iv.dossierNummer },
            { id: 'partner', kop: t('overleg.interventies.partner'), cel: (iv) => iv.partner.naam },
            { id: 'omschrijving', kop: t('overleg.interventies.omschrijving'), rijkop: true, sx: { fontWeight: 400 }, cel: (iv) => iv.omschrijving },
            {
              id: 'deadline',
              kop: t('overleg.interventies.deadline'),
              nowrap: true,
              cel: (iv) => (
                <>
                  {nlDatum(iv.deadline)}
                  {iv.teLaat && <Chip size="small" color="error" label={t('overleg.interventies.teLaat')} sx={{ ml: 1 }} />}
                  {binnenkort(iv) && <Chip size="small" color="warning" label={t('overleg.interventies.binnenkort')} sx={{ ml: 1 }} />}
                </>
              ),
            },
            {
              id: 'status',
              kop: t('overleg.interventies.status'),
              cel: (iv) => <Chip size="small" color={STATUSKLEUR[iv.status]} label={t(`overleg.interventies.statussen.${iv.status}`)} data-ivstatus={iv.status} />,
            },
            { id: 'uitkomst', kop: t('overleg.interventies.uitkomst'), sx: { maxWidth: 280 }, cel: (iv) => iv.uitkomst || iv.reden || t('algemeen.leeg') },
          ]}
          rijKnoppen={[
            mag('interventies.bijwerken') && {
              tekst: t('overleg.interventies.bijwerken'),
              variant: 'text',
              wie: (iv) => `${iv.dossierNummer} ${iv.partner.naam}`,
              toon: (iv) => INTERVENTIE_OVERGANGEN[iv.status].length > 0,
              onClick: bijwerken.openen,
            },
          ]}
        />
      </Sectie>
      {mag('dossiers.evalueren') && <Evaluatie versie={versie} onGesloten={() => void laden.herladen()} />}
      <BijwerkDialoog
        interventie={bijwerken.item}
        onSluiten={bijwerken.sluiten}
        onKlaar={bijwerken.klaar((melding: string) => {
          setVersie((v) => v + 1);
          void succes.naHerladen(melding, laden.herladen);
        })}
      />
    </>
  );
}

function BijwerkDialoog({ interventie, onSluiten, onKlaar }: { interventie: Interventie | null; onSluiten(): void; onKlaar(melding: string): void }) {
  const { t } = useTranslation();
  const iv = useLaatste(interventie);
  const form = useFormDialoog({
    open: interventie,
    begin: () => ({ status: (interventie ? (INTERVENTIE_OVERGANGEN[interventie.status][0] ?? interventie.status) : 'in-uitvoering') as Interventiestatus, reden: interventie?.reden ?? '', uitkomst: interventie?.uitkomst ?? '' }),
    controleren: (w) => ({ reden: w.status === 'niet-uitgevoerd' && w.reden.trim().length < 3 && t('overleg.interventies.redenVerplicht') }),
    verzenden: (w) => roep('interventies.bijwerken', { id: iv?.id ?? 0, status: w.status, reden: w.reden.trim(), uitkomst: w.uitkomst.trim() }),
    onKlaar: (_r, w) => iv && onKlaar(t('overleg.interventies.bijgewerkt', { dossier: iv.dossierNummer, partner: iv.partner.naam, status: t(`overleg.interventies.statussen.${w.status}`) })),
  });
  if (!iv) return null;
  const statussen = [...new Set([iv.status, ...INTERVENTIE_OVERGANGEN[iv.status]])];
  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('overleg.interventies.bijwerkTitel', { dossier: iv.dossierNummer, partner: iv.partner.naam })}
      uitleg={
        <Typography variant="body2" color="text.secondary">
          {iv.omschrijving} — {t('overleg.interventies.deadlineOp', { datum: nlDatum(iv.deadline) })}
        </Typography>
      }
      verzendTekst={t('algemeen.opslaan')}
      bekendeVelden={['status', 'reden', 'uitkomst']}
      onSluiten={onSluiten}
    >
      <Keuzeveld {...form.veld('status')} label={t('overleg.interventies.status')} onChange={(e) => form.zetten('status', e.target.value as Interventiestatus)} autoFocus required opties={statussen.map((s) => ({ waarde: s, label: t(`overleg.interventies.statussen.${s}`) }))} />
      <Veld {...form.veld('uitkomst')} label={t('overleg.interventies.uitkomstVeld')} multiline minRows={2} />
      {form.waarden.status === 'niet-uitgevoerd' && <Veld {...form.veld('reden')} label={t('overleg.interventies.reden')} required multiline minRows={2} />}
    </FormDialoog>
  );
}

/** Dossiers whose interventions are all done: evaluate and close (art. 10.1); retention starts (art. 22.5). */
function Evaluatie({ versie, onGesloten }: { versie: number; onGesloten(): void }) {
  const { t } = useTranslation();
  const laden = useLaden(() => roep('dossiers.lijst', { fase: 'evaluatie' }), [versie]);
  const dossiers = laden.data;
  const kiezen = useDialoog<DossierRij>();
  const [gesloten, setGesloten] = useState<{ nummer: string; op: string } | null>(null);

  return (
    <Sectie titel={t('overleg.evaluatie.titel')} uitleg={t('overleg.evaluatie.uitleg')}>
      {gesloten && (
        <Alert severity="success" role="status" onClose={() => setGesloten(null)} sx={{ mb: 2 }} data-testid="gesloten">
          {t('overleg.evaluatie.gesloten', { nummer: gesloten.nummer, datum: nlDatum(gesloten.op), tot: nlDatum(maandenErbij(gesloten.op.slice(0, 10), 60)) })}
        </Alert>
      )}
      {laden.fout && <FoutMelding fout={laden.fout} />}
      {dossiers && dossiers.length === 0 && <Typography color="text.secondary">{t('overleg.evaluatie.geen')}</Typography>}
      {dossiers && dossiers.length > 0 && (
        <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}>
          {dossiers.map((d) => (
            <Box component="li" key={d.id} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
              <Typography sx={{ fontWeight: 600 }}>
                {d.nummer} {d.titel}
              </Typography>
              <Actieknop klein tekst={t('overleg.evaluatie.knop')} wie={d.nummer} onClick={() => kiezen.openen(d)} />
            </Box>
          ))}
        </Box>
      )}
      <EvaluatieDialoog
        dossier={kiezen.item}
        onSluiten={kiezen.sluiten}
        onKlaar={kiezen.klaar((nummer: string, op: string) => {
          setGesloten({ nummer, op });
          void laden.herladen();
          onGesloten();
        })}
      />
    </Sectie>
  );
}

function EvaluatieDialoog({ dossier, onSluiten, onKlaar }: { dossier: DossierRij | null; onSluiten(): void; onKlaar(nummer: string, op: string): void }) {
  const { t } = useTranslation();
  const d = useLaatste(dossier);
  const form = useFormDialoog({
    open: dossier,
    begin: () => ({ evaluatie: '' }),
    verzenden: (w) => roep('dossiers.evalueren', { id: d?.id ?? 0, evaluatie: w.evaluatie }),
    onKlaar: (r) => d && onKlaar(d.nummer, r.geslotenOp),
  });
  if (!d) return null;
  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('overleg.evaluatie.dialoogTitel', { nummer: d.nummer })}
      uitleg={
        <Typography variant="body2" color="text.secondary">
          {t('overleg.evaluatie.dialoogUitleg')}
        </Typography>
      }
      verzendTekst={t('overleg.evaluatie.knop')}
      bekendeVelden={['evaluatie']}
      onSluiten={onSluiten}
    >
      <Veld {...form.veld('evaluatie')} label={t('overleg.evaluatie.veld')} multiline minRows={3} autoFocus required />
    </FormDialoog>
  );
}
