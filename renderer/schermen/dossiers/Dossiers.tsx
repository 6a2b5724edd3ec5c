import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { DOSSIERFASEN, type Dossierfase, type DossierRij } from '../../../shared/domein/dossier';
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
  if (scherm.soort === 'detail') return <DossierDetail key={`${scherm.id}-${teller}`} id={scherm.id} tab={scherm.tab} />;
  return <DossierLijst />;
}

/** Dossiers with a filter per process step (art. 10.1). */
function DossierLijst() {
  const { t } = useTranslation();
  const mag = useMag();
  const naarDossiers = useNavigatie((s) => s.naarDossiers);
  const actie = useActie();
  const [lijst, setLijst] = useState<DossierRij[] | null>(null);
  const [fase, setFase] = useState<Dossierfase | null>(null);
  const [maken, setMaken] = useState(false);
  const { uitvoeren } = actie;

  const laden = useCallback(async () => {
    const r = await uitvoeren(() => roep('dossiers.lijst', {}));
    if (r) setLijst(r);
  }, [uitvoeren]);
  useEffect(() => {
    void laden();
  }, [laden]);

  const telling = useMemo(() => {
    const m = new Map<Dossierfase, number>();
    for (const d of lijst ?? []) m.set(d.fase, (m.get(d.fase) ?? 0) + 1);
    return m;
  }, [lijst]);
  const getoond = (lijst ?? []).filter((d) => fase === null || d.fase === fase);

  return (
    <>
      <PaginaKop
        titel={t('nav.dossiers')}
        intro={t('keten.dossiers.intro')}
        acties={
          mag('dossiers.maken') && (
            <Button variant="contained" startIcon={<CreateNewFolderOutlinedIcon />} onClick={() => setMaken(true)}>
              {t('keten.dossiers.nieuw')}
            </Button>
          )
        }
      />
      {actie.fout && <FoutMelding fout={actie.fout} />}
      <Box role="group" aria-label={t('keten.dossiers.filter')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        <Chip label={t('keten.dossiers.alle', { aantal: lijst?.length ?? 0 })} color={fase === null ? 'primary' : 'default'} variant={fase === null ? 'filled' : 'outlined'} onClick={() => setFase(null)} aria-pressed={fase === null} />
        {DOSSIERFASEN.map((f) => (
          <Chip
            key={f}
            label={`${t(`keten.dossierfase.${f}`)} (${telling.get(f) ?? 0})`}
            color={fase === f ? 'primary' : 'default'}
            variant={fase === f ? 'filled' : 'outlined'}
            onClick={() => setFase(f)}
            aria-pressed={fase === f}
          />
        ))}
      </Box>
      {lijst && (
        <>
          <Typography color="text.secondary" role="status" sx={{ mb: 1 }}>
            {t('keten.dossiers.aantal', { count: getoond.length })}
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
