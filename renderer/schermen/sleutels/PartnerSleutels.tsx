/** Sleutels → the partners' keys: the table and the three actions on them (import, confirm, revoke). */
import { useCallback, useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import VpnKeyOutlinedIcon from '@mui/icons-material/VpnKeyOutlined';
import { useTranslation } from 'react-i18next';
import type { PartnerSleutel } from '../../../shared/domein/bundel';
import type { Partner } from '../../../shared/domein/partner';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { nlDatumTijd } from '../../opmaak';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { Vingerafdruk } from '../overdrachten/gedeeld';
import { type EigenSleutel } from './typen';
import { SleutelStatus } from './SleutelStatus';
import { ImporteerDialoog } from './ImporteerDialoog';
import { BevestigDialoog } from './BevestigDialoog';
import { IntrekDialoog } from './IntrekDialoog';

export function PartnerSleutels({ eigen, partners, onMelding }: { eigen: EigenSleutel; partners: Partner[]; onMelding(tekst: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const laadActie = useActie();
  const [lijst, setLijst] = useState<PartnerSleutel[] | null>(null);
  const [importeren, setImporteren] = useState(false);
  const [bevestigen, setBevestigen] = useState<PartnerSleutel | null>(null);
  const [intrekken, setIntrekken] = useState<PartnerSleutel | null>(null);
  const { uitvoeren } = laadActie;

  const laden = useCallback(async () => {
    const l = await uitvoeren(() => roep('sleutels.partnerLijst', {}));
    if (l) setLijst(l);
  }, [uitvoeren]);
  useEffect(() => {
    void laden();
  }, [laden]);

  const kandidaten = useMemo(() => partners.filter((p) => p.id !== eigen.identiteit?.id), [partners, eigen.identiteit]);
  const magImporteren = mag('sleutels.partnerImporteren');
  // Trusting and revoking decide where data goes: only the leading role (shared/api.ts, ADR 0003).
  const magVertrouwen = mag('sleutels.bevestigen');
  const magIntrekken = mag('sleutels.intrekken');
  const beheren = magVertrouwen || magIntrekken;

  return (
    <Sectie
      titel={t('overdracht.sleutels.partnersTitel')}
      uitleg={t('overdracht.sleutels.partnersUitleg')}
      acties={
        magImporteren && (
          <Button variant="contained" startIcon={<VpnKeyOutlinedIcon />} onClick={() => setImporteren(true)}>
            {t('overdracht.sleutels.importeren')}
          </Button>
        )
      }
    >
      {laadActie.fout && <FoutMelding fout={laadActie.fout} />}
      {lijst && lijst.length === 0 && <Typography color="text.secondary">{t('overdracht.sleutels.geenPartnersleutels')}</Typography>}
      {lijst && lijst.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('overdracht.sleutels.partnersTitel')}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('overdracht.sleutels.partner')}</TableCell>
                <TableCell scope="col">{t('overdracht.sleutels.vingerafdruk')}</TableCell>
                <TableCell scope="col">{t('overdracht.sleutels.statusKop')}</TableCell>
                <TableCell scope="col">{t('overdracht.sleutels.geschiedenis')}</TableCell>
                {beheren && (
                  <TableCell scope="col" align="right">
                    {t('algemeen.acties')}
                  </TableCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {lijst.map((s) => (
                <TableRow key={s.id} data-partner={s.partner.code} data-status={s.status}>
                  <TableCell component="th" scope="row">
                    {s.partner.naam}
                    <Box component="span" sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.8rem', color: 'text.secondary' }}>
                      {s.partner.code}
                    </Box>
                  </TableCell>
                  <TableCell>
                    <Vingerafdruk groepen={s.vingerafdrukGroepen} />
                  </TableCell>
                  <TableCell>
                    <SleutelStatus status={s.status} />
                  </TableCell>
                  <TableCell sx={{ fontSize: '0.85rem' }}>
                    <Box component="span" sx={{ display: 'block' }}>
                      {t('overdracht.sleutels.geimporteerd', { datum: nlDatumTijd(s.geimporteerdOp), door: s.geimporteerdDoor })}
                    </Box>
                    {s.bevestigdOp && (
                      <Box component="span" sx={{ display: 'block' }}>
                        {t('overdracht.sleutels.bevestigdDoor', { datum: nlDatumTijd(s.bevestigdOp), door: s.bevestigdDoor ?? '', hoe: s.bevestigdHoe ?? '' })}
                      </Box>
                    )}
                    {s.ingetrokkenOp && (
                      <Box component="span" sx={{ display: 'block' }}>
                        {t('overdracht.sleutels.ingetrokkenDoor', { datum: nlDatumTijd(s.ingetrokkenOp), door: s.ingetrokkenDoor ?? '' })}
                      </Box>
                    )}
                  </TableCell>
                  {beheren && (
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {magVertrouwen && s.status === 'onbevestigd' && (
                        <Button size="small" variant="contained" onClick={() => setBevestigen(s)} sx={{ mr: 1 }}>
                          {t('overdracht.sleutels.bevestigen')}
                          <Verborgen>{s.partner.naam}</Verborgen>
                        </Button>
                      )}
                      {magIntrekken && s.status !== 'ingetrokken' && (
                        <Button size="small" color="error" onClick={() => setIntrekken(s)}>
                          {t('overdracht.sleutels.intrekken')}
                          <Verborgen>{s.partner.naam}</Verborgen>
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <ImporteerDialoog
        open={importeren}
        partners={kandidaten}
        onSluiten={() => setImporteren(false)}
        onKlaar={(s) => {
          setImporteren(false);
          onMelding(t('overdracht.sleutels.geimporteerdMelding', { naam: s.partner.naam }));
          void laden();
          // The natural next step: compare the fingerprint now, with the partner on the line.
          if (magVertrouwen) setBevestigen(s);
        }}
      />
      <BevestigDialoog
        sleutel={bevestigen}
        onSluiten={() => setBevestigen(null)}
        onKlaar={(s) => {
          setBevestigen(null);
          onMelding(t('overdracht.sleutels.bevestigdMelding', { naam: s.partner.naam }));
          void laden();
        }}
      />
      <IntrekDialoog
        sleutel={intrekken}
        onSluiten={() => setIntrekken(null)}
        onKlaar={(s) => {
          setIntrekken(null);
          onMelding(t('overdracht.sleutels.ingetrokkenMelding', { naam: s.partner.naam }));
          void laden();
        }}
      />
    </Sectie>
  );
}
