/**
 * Zorgcoördinatie profile, its start: the agenda packs read in became zorgoverleg meetings on this
 * laptop (run in Overleggen); afterwards the outcomes and the new signals from care partners go back
 * to the centraal bestand in one signed, encrypted bundle (art. 12.31, 12.33, 14.5).
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import SendOutlinedIcon from '@mui/icons-material/SendOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import type { OverlegRij } from '../../../shared/domein/overleg';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie } from '../../store/navigatie';
import { nlDatum } from '../../opmaak';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Verborgen } from '../../componenten/Verborgen';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { Bundellijsten } from '../overdrachten/Bundellijsten';
import { Bezig, Geschreven, IdentiteitOproep, Leeg, MapVeld } from '../overdrachten/gedeeld';
import { Tabel } from '../../componenten/Tabel';
import { useLaden } from '../../componenten/useLaden';

/** The value of the meeting choice for "only the new signals, no meeting". */
const GEEN = 'geen';

export function Terugsturen() {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const naarOverleggen = useNavigatie((s) => s.naarOverleggen);
  const actie = useActie();
  const laatsteMap = useNavigatie((s) => s.laatsteMap);
  const overleggen = useLaden(() => roep('overleg.lijst', {}), []);
  const [keuze, setKeuze] = useState<number | typeof GEEN | ''>('');
  const [map, setMap] = useState(laatsteMap);
  const [geschreven, setGeschreven] = useState<Uitvoer<'signalen.terugsturen'> | null>(null);
  const [versie, setVersie] = useState(0);

  const zorgoverleggen = useMemo(() => (overleggen.data ?? []).filter((o) => o.soort === 'zorgoverleg').sort((a, b) => `${b.datum}${b.tijd}`.localeCompare(`${a.datum}${a.tijd}`)), [overleggen.data]);

  // The most recent meeting that was held is the usual choice.
  useEffect(() => {
    if (keuze !== '' || zorgoverleggen.length === 0) return;
    const gehouden = zorgoverleggen.find((o) => o.status === 'gehouden' || o.status === 'verslag-vastgesteld');
    setKeuze((gehouden ?? zorgoverleggen[0]!).id);
  }, [zorgoverleggen, keuze]);

  const terugsturen = async (e: FormEvent) => {
    e.preventDefault();
    setGeschreven(null);
    const r = await actie.uitvoeren(() => roep('signalen.terugsturen', { overlegId: keuze === GEEN || keuze === '' ? null : keuze, doelmap: map }), {
      overlegId: keuze === '' && t('overdracht.terugsturen.kiesOverleg'),
    });
    if (r) {
      setGeschreven(r);
      setVersie((v) => v + 1);
    }
  };

  return (
    <>
      <PaginaKop
        titel={t('overdracht.terugsturen.titel')}
        intro={t('overdracht.terugsturen.intro')}
        acties={
          mag('bundels.inlezen') && (
            <Button variant="outlined" startIcon={<UploadFileOutlinedIcon />} onClick={() => naar({ naam: 'inlezen' })}>
              {t('overdracht.terugsturen.pakketInlezen')}
            </Button>
          )
        }
      />
      <IdentiteitOproep />
      <Sectie titel={t('overdracht.terugsturen.overleggenTitel')} uitleg={t('overdracht.terugsturen.overleggenUitleg')}>
        <Tabel<OverlegRij>
          label={t('overdracht.terugsturen.overleggenTitel')}
          testid="zorgoverleggen"
          dicht
          rijen={overleggen.data ? zorgoverleggen : null}
          bezig={overleggen.bezig}
          fout={overleggen.fout}
          sleutel={(o) => String(o.id)}
          rijAttributen={(o) => ({ 'data-overleg': o.id })}
          leeg={<Leeg>{t('overdracht.terugsturen.geenOverleggen')}</Leeg>}
          kolommen={[
            { id: 'datum', kop: t('overdracht.terugsturen.datum'), rijkop: true, nowrap: true, cel: (o) => `${nlDatum(o.datum)} ${o.tijd}` },
            { id: 'status', kop: t('overdracht.terugsturen.status'), cel: (o) => t(`overdracht.overlegstatus.${o.status}`) },
            { id: 'punten', kop: t('overdracht.terugsturen.punten'), cel: (o) => t('overdracht.terugsturen.puntenWaarde', { aantal: o.aantalPunten, open: o.openPunten }) },
          ]}
          {...(mag('overleg.detail')
            ? {
                acties: (o: OverlegRij) => (
                  <Button size="small" variant="outlined" onClick={() => naarOverleggen({ naam: 'overleg', id: o.id })}>
                    {t('overdracht.terugsturen.openen')}
                    <Verborgen>{t('overdracht.terugsturen.overlegVan', { datum: nlDatum(o.datum) })}</Verborgen>
                  </Button>
                ),
              }
            : {})}
        />
      </Sectie>
      {mag('signalen.terugsturen') && (
        <Sectie titel={t('overdracht.terugsturen.sturenTitel')} uitleg={t('overdracht.terugsturen.sturenUitleg')}>
          {geschreven && (
            <Geschreven
              titel={t('overdracht.terugsturen.geschreven')}
              bestanden={[geschreven]}
              uitleg={t('overdracht.terugsturen.geschrevenUitleg')}
              onSluiten={() => setGeschreven(null)}
              testId="teruggestuurd"
            />
          )}
          <Box component="form" noValidate onSubmit={terugsturen} aria-label={t('overdracht.terugsturen.sturenTitel')}>
            <Stack spacing={2} sx={{ maxWidth: 720 }}>
              {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['overlegId', 'doelmap']} />}
              <Veld actie={actie} pad="overlegId" select label={t('overdracht.terugsturen.overleg')} value={keuze} onChange={(e) => setKeuze(e.target.value === GEEN ? GEEN : Number(e.target.value))} required>
                {zorgoverleggen.map((o) => (
                  <MenuItem key={o.id} value={o.id}>
                    {t('overdracht.terugsturen.overlegOptie', { datum: nlDatum(o.datum), status: t(`overdracht.overlegstatus.${o.status}`) })}
                  </MenuItem>
                ))}
                <MenuItem value={GEEN}>{t('overdracht.terugsturen.alleenSignalen')}</MenuItem>
              </Veld>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
                <MapVeld actie={actie} waarde={map} onWaarde={setMap} />
                <Button type="submit" variant="contained" startIcon={<SendOutlinedIcon />} disabled={actie.bezig} sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: '2px' } }}>
                  {actie.bezig ? t('algemeen.bezig') : t('overdracht.terugsturen.knop')}
                </Button>
              </Stack>
              {actie.bezig && <Bezig tekst={t('overdracht.bezig.schrijven')} />}
            </Stack>
          </Box>
        </Sectie>
      )}
      {mag('bundels.lijst') && <Bundellijsten versie={versie} />}
    </>
  );
}
