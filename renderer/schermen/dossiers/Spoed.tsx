import { useEffect, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Chip from '@mui/material/Chip';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import BoltOutlinedIcon from '@mui/icons-material/BoltOutlined';
import { useTranslation } from 'react-i18next';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatumTijd } from '../../opmaak';
import { useSessie } from '../../store/sessie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { MetDatums } from '../../componenten/MetDatums';
import { Sectie } from '../../componenten/Sectie';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { useLaden } from '../../componenten/useLaden';
import { sorteerPartners, usePartners } from '../../componenten/naslag';
import type { TabProps } from './DossierDetail';

type Keuze = { items: string[]; identificatie: boolean; aangepast: boolean };

const REGISSEURS = ['ketenregisseur', 'assistent-ketenregisseur'];

/**
 * Spoed (art. 12.21, 16.9): ketenregisseur and zorgcoördinator decide together that partners act at
 * once. The other confirms here with their own username and passphrase; the decision then waits for
 * confirmation in the next casusoverleg.
 */
export function Spoed({ dossier: d, herladen }: TabProps) {
  const { t } = useTranslation();
  const mag = useMag();
  const partners = usePartners();
  const rol = useSessie((s) => s.sessie?.gebruiker?.rol);
  const actie = useActie();
  const leeg = { partnerIds: [] as number[], verzoek: '', gebruiker: '', wachtwoord: '' };
  const [w, setW] = useState(leeg);
  const ander = (rol && REGISSEURS.includes(rol) ? t('rollen.zorgcoordinator') : t('rollen.ketenregisseur')).toLowerCase();
  const naam = (pid: number) => partners?.find((p) => p.id === pid)?.naam ?? String(pid);
  const kandidaten = sorteerPartners((partners ?? []).filter((p) => p.status === 'partij' || p.status === 'opgezegd' || p.rol === 'ontvanger'));

  // Art. 16.9: per partner the minimal suggestion, which the deciders adjust; only what they leave ticked goes.
  const [keuzes, setKeuzes] = useState<Record<number, Keuze>>({});
  const [verzoekVoorVoorstel, setVerzoekVoorVoorstel] = useState('');
  const voorstel = useLaden(() => roep('spoed.voorstel', { dossierId: d.id, partnerIds: w.partnerIds, verzoek: verzoekVoorVoorstel }), [d.id, w.partnerIds, verzoekVoorVoorstel]);
  useEffect(() => {
    const v = voorstel.data;
    if (!v) return;
    setKeuzes((oud) => Object.fromEntries(v.partners.map((p) => [p.partnerId, oud[p.partnerId]?.aangepast ? oud[p.partnerId]! : { items: p.items, identificatie: p.identificatie, aangepast: false }])));
  }, [voorstel.data]);
  const items = voorstel.data?.items ?? [];
  const itemNaam = (sleutel: string) => items.find((i) => i.sleutel === sleutel)?.omschrijving ?? sleutel;
  const wijzig = (pid: number, k: Partial<Keuze>) => setKeuzes((oud) => ({ ...oud, [pid]: { ...oud[pid]!, ...k, aangepast: true } }));
  const naarVoorstel = (pid: number) => {
    const v = voorstel.data?.partners.find((p) => p.partnerId === pid);
    if (v) setKeuzes((oud) => ({ ...oud, [pid]: { items: v.items, identificatie: v.identificatie, aangepast: false } }));
  };

  const vastleggen = async (e: FormEvent) => {
    e.preventDefault();
    const nodig = w.partnerIds.flatMap((pid) => (keuzes[pid] ? [{ partnerId: pid, itemSleutels: keuzes[pid].items, identificatie: keuzes[pid].identificatie }] : []));
    const r = await actie.uitvoeren(() => roep('spoed.vastleggen', { dossierId: d.id, partnerIds: w.partnerIds, verzoek: w.verzoek, medebeslisser: { gebruiker: w.gebruiker, wachtwoord: w.wachtwoord }, nodig }));
    if (r) {
      setW(leeg);
      setKeuzes({});
      setVerzoekVoorVoorstel('');
      await herladen(t('keten.spoed.vastgelegd'));
    } else setW((oud) => ({ ...oud, wachtwoord: '' }));
  };

  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '85ch' }}>
        {t('keten.spoed.uitleg')}
      </Typography>
      {d.spoed.map((s) => (
        <Paper key={s.id} variant="outlined" component="article" aria-label={t('keten.spoed.besluit', { id: s.id })} sx={{ p: 2, mb: 2, borderColor: s.status === 'wacht-op-bevestiging' ? 'warning.main' : undefined }} data-spoed={s.id}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
            <BoltOutlinedIcon color="warning" aria-hidden />
            <Typography variant="h3" component="h2">
              {t('keten.spoed.besluit', { id: s.id })}
            </Typography>
            <Chip size="small" color={s.status === 'wacht-op-bevestiging' ? 'warning' : s.status === 'bevestigd' ? 'success' : 'default'} label={t(`keten.spoed.status.${s.status}`)} data-testid="spoed-status" />
          </Box>
          <Typography sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>{s.verzoek}</Typography>
          <Typography variant="body2" color="text.secondary">
            <MetDatums tekst={t('keten.spoed.wie', { datum: nlDatumTijd(s.beslotenOp), regisseur: s.ketenregisseur, zorg: s.zorgcoordinator })} />
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('keten.spoed.partners', { partners: s.partnerIds.map(naam).join(', ') })}
          </Typography>
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }} data-testid="spoed-nodig">
            {s.partnerIds.map((pid) => {
              const k = s.nodig.find((x) => x.partnerId === pid);
              return (
                <Typography component="li" variant="body2" key={pid}>
                  {k
                    ? `${t('spoedkeuze.besluitKeuze', { naam: naam(pid), aantal: t('spoedkeuze.aantal', { count: k.items.length }), vorm: t(k.identificatie ? 'spoedkeuze.identificeerbaar' : 'spoedkeuze.geanonimiseerd'), door: k.door })}${k.items.length ? ` (${k.items.map(itemNaam).join(', ')})` : ''}`
                    : t('spoedkeuze.besluitVoorstel', { naam: naam(pid) })}
                </Typography>
              );
            })}
          </Box>
        </Paper>
      ))}
      {d.spoed.length === 0 && <Typography sx={{ mb: 2 }}>{t('keten.spoed.geen')}</Typography>}

      {mag('spoed.vastleggen') && d.fase !== 'gesloten' && (
        <Sectie titel={t('keten.spoed.nieuw')} uitleg={t('keten.spoed.nieuwUitleg', { ander })}>
          <Box component="form" noValidate onSubmit={vastleggen} aria-label={t('keten.spoed.nieuw')}>
            <Stack spacing={2.5} sx={{ maxWidth: 720 }}>
              {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['partnerIds', 'verzoek', 'medebeslisser.gebruiker', 'medebeslisser.wachtwoord']} />}
              <Veld
                actie={actie}
                pad="partnerIds"
                select
                label={t('keten.spoed.partnersVeld')}
                value={w.partnerIds}
                onChange={(e) => setW({ ...w, partnerIds: e.target.value as unknown as number[] })}
                required
                hulp={t('keten.spoed.partnersHulp')}
                slotProps={{ select: { multiple: true, renderValue: (v) => (v as number[]).map(naam).join(', ') } }}
              >
                {kandidaten.map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    <Checkbox size="small" checked={w.partnerIds.includes(p.id)} sx={{ py: 0 }} />
                    <ListItemText primary={p.naam} />
                  </MenuItem>
                ))}
              </Veld>
              <Veld
                actie={actie}
                pad="verzoek"
                label={t('keten.spoed.verzoek')}
                value={w.verzoek}
                onChange={(e) => setW({ ...w, verzoek: e.target.value })}
                onBlur={() => setVerzoekVoorVoorstel(w.verzoek)}
                multiline
                minRows={3}
                required
                hulp={t('keten.spoed.verzoekHulp')}
              />
              <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }} data-testid="spoed-keuzes">
                <Typography component="legend" sx={{ px: 0.5, fontWeight: 600 }}>
                  {t('spoedkeuze.titel')}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
                  {t('spoedkeuze.uitleg')}
                </Typography>
                {w.partnerIds.length === 0 && <Typography variant="body2">{t('spoedkeuze.kiesEerst')}</Typography>}
                <Stack spacing={2}>
                  {w.partnerIds.map((pid) => {
                    const k = keuzes[pid];
                    if (!k) return null;
                    const kop = `spoed-keuze-${pid}`;
                    return (
                      <Box key={pid} data-spoedkeuze={partners?.find((p) => p.id === pid)?.code ?? pid}>
                        <FormGroup aria-labelledby={kop}>
                          <FormLabel id={kop} sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'text.primary', fontWeight: 600 }}>
                            {t('spoedkeuze.items', { naam: naam(pid) })}
                            <Chip size="small" variant="outlined" color={k.aangepast ? 'primary' : 'default'} label={k.aangepast ? t('spoedkeuze.aangepast') : t('spoedkeuze.voorstel')} />
                          </FormLabel>
                          {items.map((i) => (
                            <FormControlLabel
                              key={i.sleutel}
                              control={<Checkbox size="small" checked={k.items.includes(i.sleutel)} onChange={(e) => wijzig(pid, { items: e.target.checked ? [...k.items, i.sleutel] : k.items.filter((x) => x !== i.sleutel) })} />}
                              label={i.omschrijving}
                            />
                          ))}
                        </FormGroup>
                        <FormControlLabel control={<Checkbox checked={k.identificatie} onChange={(e) => wijzig(pid, { identificatie: e.target.checked })} />} label={t('spoedkeuze.identificatie', { naam: naam(pid) })} />
                        {k.items.length === 0 && (
                          <Typography variant="body2" color="warning.dark">
                            {t('spoedkeuze.geenItems', { naam: naam(pid) })}
                          </Typography>
                        )}
                        {k.aangepast && (
                          <Button size="small" onClick={() => naarVoorstel(pid)}>
                            {t('spoedkeuze.terugNaarVoorstel')}
                          </Button>
                        )}
                      </Box>
                    );
                  })}
                </Stack>
              </Box>
              <Alert severity="info" variant="outlined">
                {t('keten.spoed.bevestigUitleg', { ander })}
              </Alert>
              <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
                <Veld actie={actie} pad="medebeslisser.gebruiker" label={t('keten.spoed.gebruiker', { ander })} value={w.gebruiker} onChange={(e) => setW({ ...w, gebruiker: e.target.value })} required autoComplete="off" />
                <Veld actie={actie} pad="medebeslisser.wachtwoord" type="password" label={t('keten.spoed.wachtwoord', { ander })} value={w.wachtwoord} onChange={(e) => setW({ ...w, wachtwoord: e.target.value })} required autoComplete="off" />
              </Box>
              <Box>
                <Button type="submit" variant="contained" color="warning" startIcon={<BoltOutlinedIcon />} disabled={actie.bezig}>
                  {actie.bezig ? t('algemeen.bezig') : t('keten.spoed.vastleggen')}
                </Button>
              </Box>
            </Stack>
          </Box>
        </Sectie>
      )}
    </>
  );
}
