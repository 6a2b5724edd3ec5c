import { useCallback, useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddBusinessOutlinedIcon from '@mui/icons-material/AddBusinessOutlined';
import { useTranslation } from 'react-i18next';
import { kanalen, type Toegang } from '../../../shared/api';
import { PARTNERSOORTEN, partnerStatusSchema, type Partner, type PartnerDetail, type PartnerStatus, type Partnersoort } from '../../../shared/domein/partner';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useNavigatie } from '../../store/navigatie';
import { useSessie } from '../../store/sessie';
import { PaginaKop } from '../../componenten/PaginaKop';
import { FoutMelding } from '../../componenten/FoutMelding';
import { FormDialoog } from '../../componenten/FormDialoog';
import { StatusChip } from '../../componenten/StatusChip';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';

const STATUSSEN = partnerStatusSchema.options;

/** The partner register (art. 2, 4, 21.4, 34.3) with a filter on status. */
export function Partners() {
  const { t } = useTranslation();
  const mag = useMag();
  const naar = useNavigatie((s) => s.naar);
  const laadActie = useActie();
  const [lijst, setLijst] = useState<Partner[] | null>(null);
  const [filter, setFilter] = useState<PartnerStatus | 'alle'>('alle');
  const [toevoegenOpen, setToevoegenOpen] = useState(false);
  const { uitvoeren } = laadActie;

  const laden = useCallback(async () => {
    const l = await uitvoeren(() => roep('partners.lijst', {}));
    if (l) setLijst(l);
  }, [uitvoeren]);

  useEffect(() => {
    void laden();
  }, [laden]);

  const getoond = useMemo(() => (lijst ?? []).filter((p) => filter === 'alle' || p.status === filter), [lijst, filter]);
  const beheren = mag('partners.toevoegen');
  const toegang: Toegang = kanalen['partners.toevoegen'].toegang;
  const profiel = useSessie((s) => s.sessie?.info?.profiel ?? 'centraal');
  const rollen = typeof toegang === 'string' ? [] : 'perProfiel' in toegang ? toegang.perProfiel[profiel] : toegang;
  const beheerders = rollen.map((r) => t(`rollen.${r}`)).join(', ');

  return (
    <>
      <PaginaKop
        titel={t('partners.titel')}
        intro={t('partners.intro')}
        acties={
          beheren && (
            <Button variant="contained" startIcon={<AddBusinessOutlinedIcon />} onClick={() => setToevoegenOpen(true)}>
              {t('partners.toevoegen')}
            </Button>
          )
        }
      />
      {!beheren && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('partners.alleenLezen', { rollen: beheerders })}
        </Alert>
      )}
      {laadActie.fout && <FoutMelding fout={laadActie.fout} />}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <TextField
          select
          label={t('partners.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value as PartnerStatus | 'alle')}
          sx={{ minWidth: 280 }}
        >
          <MenuItem value="alle">{t('algemeen.alle')}</MenuItem>
          {STATUSSEN.map((s) => (
            <MenuItem key={s} value={s}>
              {s === 'opgezegd' ? t('status.opgezegdKort') : t(`status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        {lijst && (
          <Typography color="text.secondary" role="status">
            {t('partners.aantal', { aantal: getoond.length, totaal: lijst.length })}
          </Typography>
        )}
      </Box>
      {lijst && (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label={t('partners.tabel')} size="small">
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('partners.code')}</TableCell>
                <TableCell scope="col">{t('partners.naam')}</TableCell>
                <TableCell scope="col">{t('partners.soort')}</TableCell>
                <TableCell scope="col">{t('partners.land')}</TableCell>
                <TableCell scope="col">{t('partners.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {getoond.map((p) => (
                <TableRow key={p.id} hover data-code={p.code}>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.85rem', whiteSpace: 'nowrap' }}>{p.code}</TableCell>
                  <TableCell component="th" scope="row">
                    <Link component="button" type="button" onClick={() => naar({ naam: 'partner', id: p.id })} sx={{ textAlign: 'left', fontWeight: 500 }}>
                      {p.naam}
                    </Link>
                  </TableCell>
                  <TableCell>{t(`soorten.${p.soort}`)}</TableCell>
                  <TableCell>{p.land}</TableCell>
                  <TableCell>
                    <StatusChip partner={p} />
                  </TableCell>
                </TableRow>
              ))}
              {getoond.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5}>{t('partners.geen')}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <ToevoegenDialoog
        open={toevoegenOpen}
        onSluiten={() => setToevoegenOpen(false)}
        onKlaar={(p) => {
          setToevoegenOpen(false);
          naar({ naam: 'partner', id: p.id });
        }}
      />
    </>
  );
}

function ToevoegenDialoog({ open, onSluiten, onKlaar }: { open: boolean; onSluiten(): void; onKlaar(p: PartnerDetail): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [w, setW] = useState({ code: '', naam: '', soort: 'overig' as Partnersoort, land: 'NL', toelichting: '' });
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setW({ code: '', naam: '', soort: 'overig', land: 'NL', toelichting: '' });
      wissen();
    }
  }, [open, wissen]);
  const verzenden = async () => {
    const p = await actie.uitvoeren(() => roep('partners.toevoegen', { ...w, code: w.code.trim().toUpperCase(), land: w.land.trim().toUpperCase() }));
    if (p) onKlaar(p);
  };
  return (
    <FormDialoog
      open={open}
      titel={t('partners.toevoegenTitel')}
      uitleg={<Typography variant="body2" color="text.secondary">{t('partners.toevoegenUitleg')}</Typography>}
      actie={actie}
      verzendTekst={t('partners.toevoegen')}
      bekendeVelden={['code', 'naam', 'soort', 'land', 'toelichting']}
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Veld actie={actie} pad="code" label={t('partners.code')} hulp={t('partners.codeHulp')} value={w.code} onChange={(e) => setW({ ...w, code: e.target.value })} autoFocus required autoComplete="off" />
      <Veld actie={actie} pad="naam" label={t('partners.naam')} value={w.naam} onChange={(e) => setW({ ...w, naam: e.target.value })} required autoComplete="off" />
      <Veld actie={actie} pad="soort" select label={t('partners.soort')} value={w.soort} onChange={(e) => setW({ ...w, soort: e.target.value as Partnersoort })} required>
        {PARTNERSOORTEN.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`soorten.${s}`)}
          </MenuItem>
        ))}
      </Veld>
      <Veld actie={actie} pad="land" label={t('partners.land')} hulp={t('partners.landHulp')} value={w.land} onChange={(e) => setW({ ...w, land: e.target.value })} required autoComplete="off" slotProps={{ htmlInput: { maxLength: 2 } }} />
      <Veld actie={actie} pad="toelichting" label={t('partners.toelichting')} value={w.toelichting} onChange={(e) => setW({ ...w, toelichting: e.target.value })} multiline minRows={2} />
    </FormDialoog>
  );
}
