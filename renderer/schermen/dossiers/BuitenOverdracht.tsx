/**
 * The dossier's "Overdracht" tab: handovers done outside the app (in the meeting, by phone, through the
 * partner's own channel), recorded so the purge of art. 16.7 can follow (docs/beslissingen/0021-…).
 */
import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { naarIsoDatum, nlDatum, vandaagNl } from '../../opmaak';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Laadstatus } from '../../componenten/Laadstatus';
import { Tabel } from '../../componenten/Tabel';
import { Veld } from '../../componenten/Veld';
import { useFormDialoog } from '../../componenten/useFormDialoog';
import { useLaden } from '../../componenten/useLaden';
import type { TabProps } from './DossierDetail';

type Interventie = Uitvoer<'interventies.lijst'>[number];
type Vastgelegd = Uitvoer<'overdracht.buitenApp.lijst'>[number];
const KANALEN = ['overleg', 'telefonisch', 'eigen-kanaal', 'anders'] as const;
type Kanaal = (typeof KANALEN)[number];

export function BuitenOverdracht({ dossier: d, herladen }: TabProps) {
  const { t } = useTranslation();
  const mag = useMag();
  const [open, setOpen] = useState(false);
  const lijst = useLaden(() => roep('overdracht.buitenApp.lijst', { dossierId: d.id }), [d.id]);
  const interventies = useLaden(() => roep('interventies.lijst', { dossierId: d.id }), [d.id]);
  const toegewezen = (interventies.data ?? []).filter((i) => i.status === 'toegewezen' || i.status === 'in-uitvoering');
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, justifyContent: 'space-between', alignItems: 'flex-start', mb: 2 }}>
        <Typography color="text.secondary" sx={{ maxWidth: '75ch' }}>
          {t('buiten.uitleg')}
        </Typography>
        {mag('overdracht.buitenApp.vastleggen') && toegewezen.length > 0 && (
          <Button variant="contained" startIcon={<HandshakeOutlinedIcon />} onClick={() => setOpen(true)}>
            {t('buiten.knop')}
          </Button>
        )}
      </Box>
      {interventies.data && toegewezen.length === 0 && <Typography sx={{ mb: 2 }}>{t('buiten.geenInterventies')}</Typography>}
      <Laadstatus laden={interventies} />
      <Tabel<Vastgelegd>
        label={t('buiten.tabel')}
        testid="buiten-overdrachten"
        laden={lijst}
        sleutel={(o) => String(o.id)}
        leeg={t('buiten.geen')}
        kolommen={[
          { id: 'datum', kop: t('buiten.kolom.datum'), nowrap: true, cel: (o) => nlDatum(o.datum) },
          { id: 'partner', kop: t('buiten.kolom.partner'), rijkop: true, cel: (o) => o.partner.naam },
          { id: 'kanaal', kop: t('buiten.kolom.kanaal'), cel: (o) => (o.toelichting ? `${t(`buiten.kanalen.${o.kanaal}`)}: ${o.toelichting}` : t(`buiten.kanalen.${o.kanaal}`)) },
          { id: 'interventies', kop: t('buiten.kolom.interventies'), cel: (o) => o.interventies.map((i) => i.omschrijving || `I${i.id}`).join('; ') },
          { id: 'door', kop: t('buiten.kolom.door'), cel: (o) => o.door },
        ]}
      />
      <Vastleggen
        open={open}
        dossierId={d.id}
        interventies={toegewezen}
        onSluiten={() => setOpen(false)}
        onKlaar={(m) => {
          setOpen(false);
          void lijst.herladen();
          void herladen(m);
        }}
      />
    </>
  );
}

function Vastleggen({ open, dossierId, interventies, onSluiten, onKlaar }: { open: boolean; dossierId: number; interventies: Interventie[]; onSluiten(): void; onKlaar(melding: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const partners = [...new Map(interventies.map((i) => [i.partner.id, i.partner] as const)).values()];
  const form = useFormDialoog({
    open,
    // One acting partner: chosen already, with all its interventions ticked.
    begin: () => ({
      partnerId: (partners.length === 1 ? partners[0]!.id : '') as number | '',
      datum: vandaagNl(),
      kanaal: 'overleg' as Kanaal,
      toelichting: '',
      interventieIds: partners.length === 1 ? interventies.map((i) => i.id) : [],
    }),
    controleren: (w) => ({
      partnerId: w.partnerId === '' && t('buiten.kiesPartner'),
      datum: !naarIsoDatum(w.datum) && t('datum.ongeldig'),
      interventieIds: w.interventieIds.length === 0 && t('buiten.kiesInterventies'),
    }),
    verzenden: (w) =>
      roep('overdracht.buitenApp.vastleggen', {
        dossierId,
        partnerId: w.partnerId === '' ? 0 : w.partnerId,
        datum: naarIsoDatum(w.datum) ?? '',
        kanaal: w.kanaal,
        toelichting: w.toelichting,
        interventieIds: w.interventieIds,
      }),
    onKlaar: (_r, w) => onKlaar(t('buiten.vastgelegd', { partner: partners.find((p) => p.id === w.partnerId)?.naam ?? '' })),
  });
  const w = form.waarden;
  const vanPartner = interventies.filter((i) => i.partner.id === w.partnerId);
  const interventieFout = form.actie.veldfout('interventieIds');
  return (
    <FormDialoog
      {...form.dialoog}
      titel={t('buiten.dialoogTitel')}
      uitleg={t('buiten.dialoogUitleg')}
      verzendTekst={t('buiten.knop')}
      bekendeVelden={['partnerId', 'datum', 'kanaal', 'toelichting', 'interventieIds']}
      onSluiten={onSluiten}
    >
      <Veld
        {...form.veld('partnerId')}
        select
        label={t('buiten.partner')}
        onChange={(e) => form.alles((oud) => ({ ...oud, partnerId: Number(e.target.value), interventieIds: interventies.filter((i) => i.partner.id === Number(e.target.value)).map((i) => i.id) }))}
        required
        autoFocus
      >
        {partners.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.naam}
          </MenuItem>
        ))}
      </Veld>
      <DatumVeld label={t('buiten.datum')} value={w.datum} onChange={(e) => form.zetten('datum', e.target.value)} fout={form.actie.veldfout('datum')} required />
      <Veld {...form.veld('kanaal')} select label={t('buiten.kanaal')} onChange={(e) => form.zetten('kanaal', e.target.value as Kanaal)} required>
        {KANALEN.map((k) => (
          <MenuItem key={k} value={k}>
            {t(`buiten.kanalen.${k}`)}
          </MenuItem>
        ))}
      </Veld>
      <Veld {...form.veld('toelichting')} label={t('buiten.toelichting')} hulp={t('buiten.toelichtingHulp')} required={w.kanaal === 'anders'} />
      <FormControl error={Boolean(interventieFout)} component="fieldset" required>
        <FormLabel component="legend" id={`${id}-interventies`}>
          {t('buiten.interventies')}
        </FormLabel>
        {w.partnerId !== '' && vanPartner.length === 0 && <FormHelperText>{t('buiten.geenInterventiesPartner')}</FormHelperText>}
        <FormGroup aria-labelledby={`${id}-interventies`}>
          {vanPartner.map((i) => (
            <FormControlLabel
              key={i.id}
              control={
                <Checkbox
                  checked={w.interventieIds.includes(i.id)}
                  onChange={(e) => form.zetten('interventieIds', e.target.checked ? [...w.interventieIds, i.id] : w.interventieIds.filter((x) => x !== i.id))}
                />
              }
              label={`${i.omschrijving} (${nlDatum(i.deadline)})`}
            />
          ))}
        </FormGroup>
        {interventieFout && <FormHelperText>{interventieFout}</FormHelperText>}
      </FormControl>
    </FormDialoog>
  );
}
