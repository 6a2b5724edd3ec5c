/**
 * The privacy-medewerker's overview (art. 12.22): open requests by deadline and the overdue ones, the
 * informing duty (art. 23), the latest provisions, failed logins, the audit chain and the last backup.
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie } from '../../store/navigatie';
import { Pagina } from '../../componenten/Pagina';
import { Laadstatus } from '../../componenten/Laadstatus';
import { Sectie } from '../../componenten/Sectie';
import { Tabel } from '../../componenten/Tabel';
import { TabelSectie } from '../../componenten/TabelSectie';
import { useLaden } from '../../componenten/useLaden';
import { nlDatumTijd } from '../../opmaak';
import { VerzoekenTabel } from './Register';
import { NieuwVerzoekDialoog } from './NieuwVerzoek';

type Verstrekking = Uitvoer<'rechten.overzicht'>['verstrekkingen'][number];
type Aanmelding = Uitvoer<'rechten.overzicht'>['mislukteAanmeldingen']['laatste'][number];

export function RechtenOverzicht() {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const [nieuw, setNieuw] = useState(false);
  const laden = useLaden(() => roep('rechten.overzicht', {}), [], { actief: mag('rechten.overzicht') });
  const o = laden.data;
  return (
    <Pagina
      titel={t('rechten.overzicht.titel')}
      intro={t('rechten.overzicht.intro')}
      hoofdactie={mag('rechten.nieuw') && { tekst: t('rechten.overzicht.nieuw'), onClick: () => setNieuw(true) }}
    >
      <Laadstatus laden={laden} />
      {o && (
        <>
          <Sectie titel={t('rechten.overzicht.openVerzoeken')} uitleg={t('rechten.overzicht.openUitleg')} acties={<Button onClick={() => naar({ naam: 'rechten', weergave: { soort: 'register' } })}>{t('rechten.overzicht.register')}</Button>}>
            <Alert severity={o.teLaat > 0 ? 'error' : 'success'} sx={{ mb: 2 }} data-testid="te-laat">
              {o.teLaat > 0 ? t('rechten.overzicht.teLaat', { count: o.teLaat }) : t('rechten.overzicht.geenTeLaat')}
            </Alert>
            <VerzoekenTabel label={t('rechten.overzicht.openVerzoeken')} rijen={o.openVerzoeken} />
          </Sectie>

          <Sectie titel={t('rechten.overzicht.informeren')} uitleg={t('rechten.overzicht.informerenUitleg')} acties={<Button onClick={() => naar({ naam: 'rechten', weergave: { soort: 'informeren' } })}>{t('rechten.overzicht.naarInformeren')}</Button>}>
            <Typography data-testid="informeren-aantallen" color={o.informeren.teLaat > 0 ? 'error' : 'text.primary'}>
              {t('rechten.overzicht.informerenAantallen', o.informeren)}
            </Typography>
          </Sectie>

          <TabelSectie<Verstrekking>
            titel={t('rechten.overzicht.verstrekkingen')}
            uitleg={t('rechten.overzicht.verstrekkingenUitleg')}
            dicht
            rijen={o.verstrekkingen}
            sleutel={(v) => String(v.id)}
            leeg={t('rechten.overzicht.geenVerstrekkingen')}
            kolommen={[
              { id: 'tijd', kop: t('rechten.overzicht.tijd'), cel: (v) => nlDatumTijd(v.tijd), nowrap: true },
              { id: 'ontvanger', kop: t('rechten.overzicht.ontvanger'), cel: (v) => v.ontvanger, rijkop: true },
              { id: 'dossier', kop: t('rechten.overzicht.dossier'), cel: (v) => v.dossier ?? '—', code: true },
              { id: 'doel', kop: t('rechten.overzicht.doel'), cel: (v) => `${v.doel}${v.overschreven ? ` (${t('rechten.overzicht.overschreven')})` : ''}` },
              { id: 'categorieen', kop: t('rechten.overzicht.categorieen'), cel: (v) => v.categorieen.join(', ') },
            ]}
          />

          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, columnGap: 3 }}>
            <Sectie titel={t('rechten.overzicht.aanmeldingen')}>
              <Typography sx={{ mb: 1 }} data-testid="aanmeldingen">
                {o.mislukteAanmeldingen.aantal30Dagen > 0 ? t('rechten.overzicht.aanmeldingenAantal', { aantal: o.mislukteAanmeldingen.aantal30Dagen }) : t('rechten.overzicht.geenAanmeldingen')}
              </Typography>
              {o.mislukteAanmeldingen.laatste.length > 0 && (
                <Tabel<Aanmelding>
                  label={t('rechten.overzicht.aanmeldingen')}
                  dicht
                  kaal
                  rijen={o.mislukteAanmeldingen.laatste}
                  sleutel={(a) => `${a.tijd}-${a.onderwerp}`}
                  kolommen={[
                    { id: 'tijd', kop: t('rechten.overzicht.tijd'), cel: (a) => nlDatumTijd(a.tijd), nowrap: true },
                    { id: 'actie', kop: t('rechten.overzicht.actie'), cel: (a) => a.actie, code: true },
                    { id: 'onderwerp', kop: t('rechten.overzicht.onderwerp'), cel: (a) => a.onderwerp },
                  ]}
                />
              )}
            </Sectie>
            <Box>
              <Sectie titel={t('rechten.overzicht.auditketen')} acties={mag('audit.lijst') && <Button onClick={() => naar({ naam: 'audit' })}>{t('rechten.overzicht.naarAudit')}</Button>}>
                <Typography data-testid="auditketen" color={o.auditketen && !o.auditketen.geldig ? 'error' : 'text.primary'}>
                  {o.auditketen
                    ? t(o.auditketen.geldig ? 'rechten.overzicht.ketenIntact' : 'rechten.overzicht.ketenNietIntact', { op: nlDatumTijd(o.auditketen.op), door: o.auditketen.door, aantal: o.auditketen.aantal })
                    : t('rechten.overzicht.ketenNooit')}
                </Typography>
              </Sectie>
              <Sectie titel={t('rechten.overzicht.backup')}>
                <Typography data-testid="laatste-backup">{o.laatsteBackup ? t('rechten.overzicht.backupOp', { op: nlDatumTijd(o.laatsteBackup.op), door: o.laatsteBackup.door }) : t('rechten.overzicht.backupNooit')}</Typography>
              </Sectie>
            </Box>
          </Box>
        </>
      )}
      <NieuwVerzoekDialoog open={nieuw} onSluiten={() => setNieuw(false)} onKlaar={(id) => naar({ naam: 'rechten', weergave: { soort: 'verzoek', id } })} />
    </Pagina>
  );
}
