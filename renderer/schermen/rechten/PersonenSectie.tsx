/**
 * Finding the requester among the persons (ADR 0022): by name and date of birth through the signals'
 * matching, each find with its reasons; the privacy-medewerker confirms who is the requester. The
 * confirmed persons are what inzage, correction and verzet act on.
 */
import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import type { VerzoekDetail } from '@shared/domein/rechten';
import { roep } from '../../api/client';
import { DatumVeld } from '../../componenten/DatumVeld';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Sectie } from '../../componenten/Sectie';
import { Tabel } from '../../componenten/Tabel';
import { useActie } from '../../componenten/useActie';
import { matchreden } from '../../i18n/meldingen';
import { naarIsoDatum, nlDatum } from '../../opmaak';

type Kandidaat = Uitvoer<'rechten.personenZoeken'>[number];
type Bevestigd = VerzoekDetail['personen'][number];

export function PersonenSectie({ verzoek, magBehandelen, herladen }: { verzoek: VerzoekDetail; magBehandelen: boolean; herladen: () => void }) {
  const { t } = useTranslation();
  const zoekActie = useActie();
  const wijzig = useActie();
  const [naam, setNaam] = useState(verzoek.verzoekerNaam);
  const [geboortedatum, setGeboortedatum] = useState(verzoek.verzoekerGeboortedatum ? nlDatum(verzoek.verzoekerGeboortedatum) : '');
  const [gevonden, setGevonden] = useState<Kandidaat[] | null>(null);
  const inBehandeling = verzoek.status === 'in-behandeling';
  const bevestigdeIds = new Set(verzoek.personen.map((p) => p.persoonId));

  const zoeken = async (e?: FormEvent) => {
    e?.preventDefault();
    const iso = geboortedatum.trim() === '' ? '' : naarIsoDatum(geboortedatum);
    const r = await zoekActie.uitvoeren(() => roep('rechten.personenZoeken', { verzoekId: verzoek.id, naam, geboortedatum: iso ?? '' }), { geboortedatum: iso === null && t('datum.ongeldig') });
    if (r) setGevonden(r);
  };
  const bevestigen = async (persoonId: number) => {
    if (await wijzig.uitvoeren(() => roep('rechten.persoonBevestigen', { verzoekId: verzoek.id, persoonId }))) {
      setGevonden((g) => g?.map((k) => (k.persoonId === persoonId ? { ...k, bevestigd: true } : k)) ?? null);
      herladen();
    }
  };
  const losmaken = async (persoonId: number) => {
    if (await wijzig.uitvoeren(() => roep('rechten.persoonLosmaken', { verzoekId: verzoek.id, persoonId }))) {
      setGevonden((g) => g?.map((k) => (k.persoonId === persoonId ? { ...k, bevestigd: false } : k)) ?? null);
      herladen();
    }
  };

  return (
    <Sectie titel={t('rechten.detail.personen')} uitleg={t('rechten.detail.personenUitleg')}>
      {wijzig.fout && <FoutMelding fout={wijzig.fout} />}
      <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mb: 1 }}>
        {t('rechten.detail.bevestigd')}
      </Typography>
      <Tabel<Bevestigd>
        label={t('rechten.detail.tabelBevestigd')}
        dicht
        rijen={verzoek.personen}
        sleutel={(p) => String(p.persoonId)}
        rijAttributen={(p) => ({ 'data-persoon': p.persoonId })}
        leeg={t('rechten.detail.geenBevestigd')}
        kolommen={[
          { id: 'naam', kop: t('rechten.detail.naam'), rijkop: true, cel: (p) => p.naam || '—' },
          { id: 'geboortedatum', kop: t('rechten.detail.geboortedatum'), cel: (p) => (p.geboortedatum ? nlDatum(p.geboortedatum) : '—'), nowrap: true },
          { id: 'woonplaats', kop: t('rechten.detail.woonplaats'), cel: (p) => p.woonplaats || '—' },
          { id: 'signalen', kop: t('rechten.detail.signalen'), cel: (p) => p.signalen, uitlijning: 'right' },
        ]}
        {...(magBehandelen && inBehandeling
          ? {
              acties: (p: Bevestigd) => (
                <Button size="small" onClick={() => void losmaken(p.persoonId)} aria-label={t('rechten.detail.losmakenLabel', { naam: p.naam })} disabled={wijzig.bezig}>
                  {t('rechten.detail.losmaken')}
                </Button>
              ),
            }
          : {})}
      />

      {magBehandelen && !inBehandeling && verzoek.personen.length === 0 && verzoek.status === 'ontvangen' && (
        <Typography color="text.secondary" sx={{ mt: 2 }}>
          {t('rechten.detail.personenAlleenInBehandeling')}
        </Typography>
      )}

      {magBehandelen && inBehandeling && (
        <Box sx={{ mt: 3 }}>
          <Box component="form" noValidate onSubmit={(e: FormEvent) => void zoeken(e)} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }} role="search" aria-label={t('rechten.detail.personen')}>
            <TextField label={t('rechten.detail.zoekNaam')} value={naam} onChange={(e) => setNaam(e.target.value)} sx={{ flex: '1 1 260px' }} required name="naam" error={Boolean(zoekActie.veldfout('naam'))} helperText={zoekActie.veldfout('naam')} />
            <Box sx={{ flex: '0 1 220px' }}>
              <DatumVeld label={t('rechten.detail.zoekGeboortedatum')} value={geboortedatum} onChange={(e) => setGeboortedatum(e.target.value)} name="geboortedatum" fout={zoekActie.veldfout('geboortedatum')} />
            </Box>
            <Button type="submit" variant="contained" disabled={zoekActie.bezig} sx={{ mt: 1 }}>
              {t('rechten.detail.zoeken')}
            </Button>
          </Box>
          {zoekActie.fout && !zoekActie.fout.velden && <FoutMelding fout={zoekActie.fout} />}
          {gevonden && (
            <Box sx={{ mt: 2 }}>
              <Typography role="status" sx={{ mb: 1 }}>
                {gevonden.length === 0 ? t('rechten.detail.geenGevonden') : `${t('rechten.detail.gevonden')}: ${gevonden.length}`}
              </Typography>
              {gevonden.length > 0 && (
                <Tabel<Kandidaat>
                  label={t('rechten.detail.tabelGevonden')}
                  dicht
                  rijen={gevonden}
                  sleutel={(k) => String(k.persoonId)}
                  rijAttributen={(k) => ({ 'data-persoon': k.persoonId })}
                  kolommen={[
                    { id: 'naam', kop: t('rechten.detail.naam'), rijkop: true, cel: (k) => k.naam || '—' },
                    { id: 'geboortedatum', kop: t('rechten.detail.geboortedatum'), cel: (k) => (k.geboortedatum ? nlDatum(k.geboortedatum) : '—'), nowrap: true },
                    { id: 'woonplaats', kop: t('rechten.detail.woonplaats'), cel: (k) => k.woonplaats || '—' },
                    { id: 'signalen', kop: t('rechten.detail.signalen'), cel: (k) => k.signalen, uitlijning: 'right' },
                    { id: 'redenen', kop: t('rechten.detail.redenen'), cel: (k) => k.redenen.map((r) => matchreden(r)).join('; ') },
                  ]}
                  acties={(k) =>
                    k.bevestigd || bevestigdeIds.has(k.persoonId) ? (
                      <Typography variant="body2" color="success.main">
                        {t('rechten.detail.alBevestigd')}
                      </Typography>
                    ) : (
                      <Button size="small" variant="outlined" onClick={() => void bevestigen(k.persoonId)} aria-label={t('rechten.detail.bevestigenLabel', { naam: k.naam })} disabled={wijzig.bezig}>
                        {t('rechten.detail.bevestigen')}
                      </Button>
                    )
                  }
                />
              )}
            </Box>
          )}
        </Box>
      )}
    </Sectie>
  );
}
