/**
 * Bundles sent and read in (`bundels.lijst`): metadata only, never content. Outgoing bundles show
 * per recipient whether its signed receipt came back (docs/ontwerp.md §6).
 */
import { useCallback, useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import { roep } from '../../api/client';
import { nlDatumTijd } from '../../opmaak';
import { FoutMelding } from '../../componenten/FoutMelding';
import { MetDatums } from '../../componenten/MetDatums';
import { Sectie } from '../../componenten/Sectie';
import { useActie } from '../../componenten/useActie';
import { Leeg, useSoortNaam } from './gedeeld';

type Lijst = Uitvoer<'bundels.lijst'>;

/** Partner codes never break at their hyphen. */
const CODE = { fontFamily: 'monospace', fontSize: '0.85rem', whiteSpace: 'nowrap' } as const;

/** A bundle's file name, small, breaking at its hyphens when the column is narrow. */
function Bestandsnaam({ naam }: { naam: string }) {
  return (
    <Box component="span" sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.78rem', color: 'text.secondary', overflowWrap: 'anywhere' }}>
      {naam}
    </Box>
  );
}

/** Both lists, or one of them; `versie` reloads after the page wrote or read a bundle. */
export function Bundellijsten({ uitgaand = true, inkomend = true, versie = 0 }: { uitgaand?: boolean; inkomend?: boolean; versie?: number }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [lijst, setLijst] = useState<Lijst | null>(null);
  const { uitvoeren } = actie;
  const laden = useCallback(async () => {
    const l = await uitvoeren(() => roep('bundels.lijst', {}));
    if (l) setLijst(l);
  }, [uitvoeren]);
  useEffect(() => {
    void laden();
  }, [laden, versie]);

  return (
    <>
      {actie.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={actie.fout} />
        </Box>
      )}
      {uitgaand && (
        <Sectie titel={t('overdracht.lijst.uitgaandTitel')} uitleg={t('overdracht.lijst.uitgaandUitleg')}>
          {lijst && <Uitgaand rijen={lijst.uitgaand} />}
        </Sectie>
      )}
      {inkomend && (
        <Sectie titel={t('overdracht.lijst.inkomendTitel')} uitleg={t('overdracht.lijst.inkomendUitleg')}>
          {lijst && <Inkomend rijen={lijst.inkomend} />}
        </Sectie>
      )}
    </>
  );
}

function Uitgaand({ rijen }: { rijen: Lijst['uitgaand'] }) {
  const { t } = useTranslation();
  const soortNaam = useSoortNaam();
  if (rijen.length === 0) return <Leeg>{t('overdracht.lijst.geenUitgaand')}</Leeg>;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('overdracht.lijst.uitgaandTitel')} data-testid="uitgaande-bundels">
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('overdracht.lijst.aangemaakt')}</TableCell>
            <TableCell scope="col">{t('overdracht.lijst.soort')}</TableCell>
            <TableCell scope="col">{t('overdracht.lijst.aan')}</TableCell>
            <TableCell scope="col">{t('overdracht.lijst.status')}</TableCell>
            <TableCell scope="col">{t('overdracht.lijst.bevestigingen')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rijen.map((b) => (
            <TableRow key={b.id} data-bundel={b.id} data-soort={b.soort}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{nlDatumTijd(b.aangemaakt)}</TableCell>
              <TableCell component="th" scope="row">
                {soortNaam(b.soort)}
                <Bestandsnaam naam={b.bestandsnaam} />
              </TableCell>
              <TableCell sx={CODE}>{b.aan.join(', ')}</TableCell>
              <TableCell>
                {b.soort === 'ontvangstbevestiging' ? (
                  <Chip size="small" variant="outlined" label={t('overdracht.lijst.verzondenKort')} data-status="verzonden" />
                ) : b.status === 'bevestigd' ? (
                  <Chip size="small" color="success" label={t('overdracht.lijst.bevestigd')} data-status="bevestigd" />
                ) : (
                  <Chip size="small" variant="outlined" color="warning" label={t('overdracht.lijst.verzonden')} data-status="verzonden" />
                )}
              </TableCell>
              <TableCell>
                {b.soort === 'ontvangstbevestiging' ? (
                  t('overdracht.lijst.nietBevestigd')
                ) : (
                  <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
                    {b.aan.map((code) => {
                      const bev = b.bevestigingen.find((x) => x.partner === code);
                      return (
                        <li key={code}>
                          <MetDatums
                            tekst={
                              bev
                                ? t('overdracht.lijst.ontvangenDoor', { partner: code, datum: nlDatumTijd(bev.ontvangenOp) })
                                : t('overdracht.lijst.nogGeenBevestiging', { partner: code })
                            }
                          />
                        </li>
                      );
                    })}
                  </Box>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function Inkomend({ rijen }: { rijen: Lijst['inkomend'] }) {
  const { t } = useTranslation();
  const soortNaam = useSoortNaam();
  if (rijen.length === 0) return <Leeg>{t('overdracht.lijst.geenInkomend')}</Leeg>;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('overdracht.lijst.inkomendTitel')} data-testid="inkomende-bundels">
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('overdracht.lijst.ingelezenOp')}</TableCell>
            <TableCell scope="col">{t('overdracht.lijst.soort')}</TableCell>
            <TableCell scope="col">{t('overdracht.lijst.van')}</TableCell>
            <TableCell scope="col">{t('overdracht.lijst.aangemaakt')}</TableCell>
            <TableCell scope="col">{t('overdracht.lijst.door')}</TableCell>
            <TableCell scope="col">{t('overdracht.lijst.ontvangstbevestiging')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rijen.map((b) => (
            <TableRow key={b.id} data-bundel={b.id} data-soort={b.soort}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{nlDatumTijd(b.ingelezenOp)}</TableCell>
              <TableCell component="th" scope="row">
                {soortNaam(b.soort)}
              </TableCell>
              <TableCell sx={CODE}>{b.van}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{nlDatumTijd(b.aangemaakt)}</TableCell>
              <TableCell>{b.ingelezenDoor}</TableCell>
              <TableCell>{b.bevestigingBestandsnaam ? <Bestandsnaam naam={b.bevestigingBestandsnaam} /> : t('algemeen.leeg')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
