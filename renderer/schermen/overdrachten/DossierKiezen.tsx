/**
 * The start of a handover (art. 16.5): only the dossiers that can be handed over now are offered; the
 * others are listed with what they lack (no assigned interventions, a partner key that is missing or
 * not confirmed, a partner outside the covenant) and a button to the place where that is fixed
 * (issue 11 §5, ADR 0035). The list comes from `overdracht.kandidaten`, which checks what the wizard's
 * first step checks.
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MoveUpOutlinedIcon from '@mui/icons-material/MoveUpOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { useNavigatie } from '../../store/navigatie';
import { Sectie } from '../../componenten/Sectie';
import { Formulier } from '../../componenten/Formulier';
import { Keuzeveld } from '../../componenten/Keuzeveld';
import { Laadstatus } from '../../componenten/Laadstatus';
import { Leeg } from '../../componenten/Bezig';
import { Tabel } from '../../componenten/Tabel';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { useLaden } from '../../componenten/useLaden';

type Kandidaat = Uitvoer<'overdracht.kandidaten'>[number];
type Ontbrekend = Kandidaat['ontbreekt'][number];

const laden = () => roep('overdracht.kandidaten', {});

export function DossierKiezen() {
  const { t } = useTranslation();
  const actie = useActie();
  const naar = useNavigatie((s) => s.naar);
  const [gekozen, setGekozen] = useState<number | ''>('');
  const geladen = useLaden(laden, []);
  const alle = geladen.data;
  const klaar = alle?.filter((k) => k.klaar) ?? [];
  const nietKlaar = alle?.filter((k) => !k.klaar) ?? [];

  const starten = () => {
    if (gekozen === '') {
      void actie.uitvoeren(async () => ({ ok: true, waarde: null }), { dossierId: t('overdracht.overdrachten.kiesDossier') });
      return;
    }
    naar({ naam: 'overdrachten', wizardDossierId: gekozen });
  };

  /** Where each kind of gap is fixed: the dossier, the keys screen, the partner. */
  const oplossen = (k: Kandidaat, o: Ontbrekend) => {
    if (o.soort === 'interventies') naar({ naam: 'dossiers', scherm: { soort: 'detail', id: k.id, tab: 'tijdlijn' } });
    else if (o.soort === 'kring' && o.partner) naar({ naam: 'partner', id: o.partner.id });
    else naar({ naam: 'sleutels' });
  };

  return (
    <>
      <Sectie titel={t('overdracht.overdrachten.startTitel')} uitleg={t('lijsten.overdracht.klaarUitleg')}>
        <Laadstatus laden={geladen} />
        {alle && alle.length === 0 && <Leeg>{t('overdracht.overdrachten.geenDossiers')}</Leeg>}
        {alle && alle.length > 0 && klaar.length === 0 && <Leeg>{t('lijsten.overdracht.geenKlaar')}</Leeg>}
        {klaar.length > 0 && (
          <Formulier
            label={t('overdracht.overdrachten.startTitel')}
            actie={actie}
            bekendeVelden={['dossierId']}
            onVerzenden={starten}
            verzendTekst={t('overdracht.overdrachten.voorbereiden')}
            icoon={<MoveUpOutlinedIcon />}
            breedte={880}
            regel={
              <Keuzeveld
                actie={actie}
                pad="dossierId"
                label={t('lijsten.overdracht.klaarTitel')}
                value={gekozen}
                onChange={(e) => setGekozen(Number(e.target.value))}
                required
                opties={klaar.map((d) => ({
                  waarde: d.id,
                  label: (
                    <>
                      {d.nummer} — {d.titel} ({t(`overdracht.fase.${d.fase}`)}; {d.partners.map((p) => p.naam).join(', ')}
                      {d.overgedragen ? `; ${t('lijsten.overdracht.alOvergedragen')}` : ''})
                    </>
                  ),
                }))}
              />
            }
          />
        )}
      </Sectie>
      {nietKlaar.length > 0 && (
        <Sectie titel={t('lijsten.overdracht.nietKlaarTitel')} uitleg={t('lijsten.overdracht.nietKlaarUitleg')}>
          <Tabel<Kandidaat>
            label={t('lijsten.overdracht.nietKlaarTabel')}
            testid="niet-klaar"
            dicht
            rijen={nietKlaar}
            sleutel={(k) => String(k.id)}
            rijAttributen={(k) => ({ 'data-dossier': k.nummer })}
            kolommen={[
              { id: 'dossier', kop: t('lijsten.overdracht.dossier'), rijkop: true, cel: (k) => `${k.nummer} ${k.titel}` },
              { id: 'stap', kop: t('lijsten.overdracht.stap'), cel: (k) => t(`overdracht.fase.${k.fase}`) },
              {
                id: 'ontbreekt',
                kop: t('lijsten.overdracht.ontbreekt'),
                cel: (k) => (
                  <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                    {k.ontbreekt.map((o, i) => (
                      <li key={i}>{t(`lijsten.overdracht.redenen.${o.soort}`, { partner: o.partner?.naam ?? '', artikel: o.artikel })}</li>
                    ))}
                  </Box>
                ),
              },
            ]}
            acties={(k) => (
              <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, alignItems: 'flex-start' }}>
                {eenPerPlaats(k.ontbreekt).map((o) => (
                  <Button key={`${o.soort}-${o.partner?.id ?? 0}`} size="small" onClick={() => oplossen(k, o)}>
                    {t(`lijsten.overdracht.oplossen.${o.soort}`)}
                    <Verborgen>
                      {k.nummer}
                      {o.partner ? ` ${o.partner.naam}` : ''}
                    </Verborgen>
                  </Button>
                ))}
              </Box>
            )}
          />
        </Sectie>
      )}
    </>
  );
}

/** One button per place to go: every key problem leads to the same keys screen. */
function eenPerPlaats(ontbreekt: readonly Ontbrekend[]): Ontbrekend[] {
  const gezien = new Set<string>();
  return ontbreekt.filter((o) => {
    const plaats = o.soort === 'kring' ? `kring-${o.partner?.id ?? 0}` : o.soort === 'interventies' ? 'dossier' : 'sleutels';
    if (gezien.has(plaats)) return false;
    gezien.add(plaats);
    return true;
  });
}
