import { useCallback, useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CreateNewFolderOutlinedIcon from '@mui/icons-material/CreateNewFolderOutlined';
import { useTranslation } from 'react-i18next';
import { DOSSIERFASEN, type Dossierfase, type DossierRij } from '@shared/domein/dossier';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatum, nlDatumTijd } from '../../opmaak';
import { FoutMelding } from '../../componenten/FoutMelding';
import { PaginaKop } from '../../componenten/PaginaKop';
import { useActie } from '../../componenten/useActie';
import { DossierDetail } from './DossierDetail';
import { DossierMaken } from './DossierMaken';
import { FaseChip } from '../../componenten/FaseChip';
import { useNavigatie, useBinnenkant } from '../../store/navigatie';

/** The Dossiers area: the list, or one dossier. */
export function Dossiers() {
  const scherm = useBinnenkant('dossiers').scherm;
  const teller = useNavigatie((s) => s.teller);
  if (scherm.soort === 'detail') return <DossierDetail key={`${scherm.id}-${teller}`} id={scherm.id} tab={scherm.tab} vanOverdracht={scherm.vanOverdracht ?? false} />;
  return <DossierLijst />;
}

/** Dossiers per page: the first page, then the next after the last row shown (keyset paging, ADR 0016). */
export const DOSSIERS_PER_PAGINA = 50;

/** Dossiers with a filter per process step (art. 10.1), a page at a time; the counts come separately. */
function DossierLijst() {
  const { t } = useTranslation();
  const mag = useMag();
  const naarDossiers = useNavigatie((s) => s.naarDossiers);
  const actie = useActie();
  const [lijst, setLijst] = useState<DossierRij[] | null>(null);
  const [meer, setMeer] = useState(false);
  const [aantallen, setAantallen] = useState<Map<Dossierfase, number> | null>(null);
  const [fase, setFase] = useState<Dossierfase | null>(null);
  const [maken, setMaken] = useState(false);
  const eersteNieuwe = useRef<string | null>(null);
  const { uitvoeren } = actie;

  /** One page after `na` (or the first), one row more than shown to know whether there is a next. */
  const pagina = useCallback(
    (na: DossierRij | undefined) =>
      uitvoeren(() => roep('dossiers.lijst', { ...(fase ? { fase } : {}), ...(na ? { na: { aangemaakt: na.aangemaakt, id: na.id } } : {}), limiet: DOSSIERS_PER_PAGINA + 1 })),
    [uitvoeren, fase],
  );
  useEffect(() => {
    let weg = false;
    setLijst(null);
    void pagina(undefined).then((r) => {
      if (!r || weg) return;
      setLijst(r.slice(0, DOSSIERS_PER_PAGINA));
      setMeer(r.length > DOSSIERS_PER_PAGINA);
    });
    return () => {
      weg = true;
    };
  }, [pagina]);
  useEffect(() => {
    void uitvoeren(() => roep('dossiers.aantallen', {})).then((r) => r && setAantallen(new Map(r.map((a) => [a.fase, a.aantal]))));
  }, [uitvoeren]);
  const volgende = async () => {
    const r = await pagina(lijst?.at(-1));
    if (!r) return;
    eersteNieuwe.current = r[0]?.nummer ?? null;
    setLijst((l) => [...(l ?? []), ...r.slice(0, DOSSIERS_PER_PAGINA)]);
    setMeer(r.length > DOSSIERS_PER_PAGINA);
  };
  // Keyboard: after "next", focus moves to the first new row, not back to the top of the page.
  useEffect(() => {
    if (!eersteNieuwe.current) return;
    document.querySelector<HTMLElement>(`[data-nummer="${eersteNieuwe.current}"] button`)?.focus();
    eersteNieuwe.current = null;
  }, [lijst]);

  const alle = aantallen ? [...aantallen.values()].reduce((n, a) => n + a, 0) : null;
  const aantal = fase === null ? alle : (aantallen?.get(fase) ?? 0);
  const getoond = lijst ?? [];

  return (
    <>
      <PaginaKop
        titel={t('nav.dossiers')}
        intro={t('keten.dossiers.intro')}
        hoofdactie={mag('dossiers.maken') && { tekst: t('keten.dossiers.nieuw'), icoon: <CreateNewFolderOutlinedIcon />, onClick: () => setMaken(true) }}
      />
      {actie.fout && <FoutMelding fout={actie.fout} />}
      <Box role="group" aria-label={t('keten.dossiers.filter')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        <Chip label={t('keten.dossiers.alle', { aantal: alle ?? 0 })} color={fase === null ? 'primary' : 'default'} variant={fase === null ? 'filled' : 'outlined'} onClick={() => setFase(null)} aria-pressed={fase === null} />
        {DOSSIERFASEN.map((f) => (
          <Chip
            key={f}
            label={`${t(`keten.dossierfase.${f}`)} (${aantallen?.get(f) ?? 0})`}
            color={fase === f ? 'primary' : 'default'}
            variant={fase === f ? 'filled' : 'outlined'}
            onClick={() => setFase(f)}
            aria-pressed={fase === f}
          />
        ))}
      </Box>
      {lijst && (
        <>
          <Typography color="text.secondary" role="status" sx={{ mb: 1 }} data-testid="dossiers-aantal">
            {t('keten.dossiers.aantal', { count: aantal ?? getoond.length })}
            {meer && aantal !== null && ` · ${t('keten.dossiers.getoond', { getoond: getoond.length, aantal })}`}
          </Typography>
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={t('keten.dossiers.tabel')}>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('keten.dossiers.nummer')}</TableCell>
                  <TableCell scope="col">{t('keten.dossiers.titel')}</TableCell>
                  <TableCell scope="col">{t('keten.dossiers.fase')}</TableCell>
                  <TableCell scope="col" align="right">
                    {t('keten.dossiers.signalen')}
                  </TableCell>
                  <TableCell scope="col">{t('keten.dossiers.aangemaakt')}</TableCell>
                  <TableCell scope="col">{t('keten.dossiers.gewijzigd')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {getoond.map((d) => (
                  <TableRow key={d.id} hover data-nummer={d.nummer}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Link component="button" type="button" onClick={() => naarDossiers({ soort: 'detail', id: d.id, tab: 'tijdlijn' })} sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                        {d.nummer}
                      </Link>
                    </TableCell>
                    <TableCell component="th" scope="row">
                      {d.titel}
                    </TableCell>
                    <TableCell>
                      <FaseChip fase={d.fase} />
                    </TableCell>
                    <TableCell align="right">{d.aantalSignalen}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{nlDatum(d.aangemaakt)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{nlDatumTijd(d.gewijzigd)}</TableCell>
                  </TableRow>
                ))}
                {getoond.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={6}>{t('keten.dossiers.geen')}</TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          </TableContainer>
          {meer && (
            <Box sx={{ display: 'flex', justifyContent: 'center', mt: 2 }}>
              <Button variant="outlined" onClick={() => void volgende()} disabled={actie.bezig}>
                {t('keten.dossiers.meer', { aantal: DOSSIERS_PER_PAGINA })}
              </Button>
            </Box>
          )}
        </>
      )}
      <DossierMaken
        open={maken}
        voorgekozen={[]}
        onSluiten={() => setMaken(false)}
        onGemaakt={(id) => {
          setMaken(false);
          naarDossiers({ soort: 'detail', id, tab: 'signalen' });
        }}
      />
    </>
  );
}
