import { useEffect, useId, useMemo, useState } from 'react';
import Chip from '@mui/material/Chip';
import ClickAwayListener from '@mui/material/ClickAwayListener';
import IconButton from '@mui/material/IconButton';
import Popper from '@mui/material/Popper';
import CloseIcon from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import LinearProgress from '@mui/material/LinearProgress';
import ListItemText from '@mui/material/ListItemText';
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
import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import VisibilityOffOutlinedIcon from '@mui/icons-material/VisibilityOffOutlined';
import { useTranslation } from 'react-i18next';
import { DOELEN, type Matrix as MatrixData } from '@shared/domein/dossier';
import type { Fout } from '@shared/fouten';
import { roep } from '../../api/client';
import { FoutMelding } from '../../componenten/FoutMelding';
import { MetDatums } from '../../componenten/MetDatums';
import type { TabProps } from './DossierDetail';
import { doelLabel } from './Overzichten';
import { NodigKeuzes } from './NodigKeuzes';
import { nlDatum } from '../../opmaak';

type Doel = (typeof DOELEN)[number];

/** The policy engine writes its days as JJJJ-MM-DD; users read dd-mm-jjjj. */
const metNlDatums = (tekst: string): string => tekst.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3-$2-$1');
type Beslissing = MatrixData['ontvangers'][number]['beslissingen'][number];

const STIJL = {
  identificeerbaar: { bg: '#e5f2e6', kleur: '#1d4f21', rand: '#9cc79f' },
  geanonimiseerd: { bg: '#e6eef7', kleur: '#154273', rand: '#9db6d6' },
  geen: { bg: '#fbeae8', kleur: '#8a1c16', rand: '#e3a9a4' },
} as const;

/**
 * Wie mag wat ontvangen: for one purpose, every recipient × every item of the dossier with the form
 * the policy engine allows and the article that decides (art. 9.4, 12.17, 14.6, 16.5, 17.2, 18, 21.5,
 * 21.7, 21.8). Who has a task follows from the dossier's interventions and spoed decisions, what it gets
 * from the ketenregisseur's choice (NodigKeuzes, art. 9.4, 12.19). Choosing or focusing a cell shows the
 * reason beside that cell (a non-modal panel anchored to it; Escape closes it), not below the table.
 */
export function Matrix({ dossier: d }: TabProps) {
  const { t } = useTranslation();
  const id = useId();
  const [doel, setDoel] = useState<Doel>('overdracht');
  const [versie, setVersie] = useState(0);
  const [anker, setAnker] = useState<HTMLElement | null>(null);
  const [getoond, setGetoond] = useState<number[]>([]);
  const [matrix, setMatrix] = useState<MatrixData | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const [gekozen, setGekozen] = useState<{ ontvanger: number; sleutel: string } | null>(null);

  useEffect(() => {
    let weg = false;
    void roep('beleid.matrix', { dossierId: d.id, doel }).then((r) => {
      if (weg) return;
      if (r.ok) {
        setMatrix(r.waarde);
        setFout(null);
      } else setFout(r.fout);
    });
    return () => {
      weg = true;
    };
  }, [d.id, doel, versie]);

  const rijen = useMemo(() => (matrix?.ontvangers ?? []).filter((o) => getoond.length === 0 || getoond.includes(o.id)), [matrix, getoond]);
  const vormTekst = (b: Beslissing) => (b.vorm === 'identificeerbaar' ? t('keten.matrix.identificeerbaar') : b.vorm === 'geanonimiseerd' ? t('keten.matrix.geanonimiseerd') : t('keten.matrix.geweigerd'));
  const keuze = gekozen && matrix ? { o: matrix.ontvangers.find((o) => o.id === gekozen.ontvanger), i: matrix.items.find((i) => i.sleutel === gekozen.sleutel) } : null;
  const keuzeBeslissing = keuze?.o?.beslissingen.find((b) => b.sleutel === gekozen?.sleutel);

  const sluiten = () => {
    setGekozen(null);
    setAnker(null);
  };
  const taakTekst = (o: MatrixData['ontvangers'][number]) =>
    [
      o.taak.interventies.length ? t('keten.matrix.interventies', { count: o.taak.interventies.length }) : null,
      o.taak.spoed.length ? t('keten.matrix.spoedTaak') : null,
    ].filter(Boolean).join(', ');

  return (
    <>
      <NodigKeuzes dossierId={d.id} onGewijzigd={() => setVersie((v) => v + 1)} />
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '85ch' }}>
        {t('keten.matrix.uitleg')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 2fr)' }, mb: 2 }}>
        <TextField select label={t('keten.matrix.doel')} value={doel} onChange={(e) => setDoel(e.target.value as Doel)} helperText={t(`keten.matrix.doelUitleg.${doel}`)}>
          {DOELEN.map((x) => (
            <MenuItem key={x} value={x}>
              {doelLabel(t, x)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('keten.matrix.ontvangers')}
          value={getoond}
          onChange={(e) => setGetoond(typeof e.target.value === 'string' ? [] : (e.target.value as unknown as number[]))}
          helperText={t('keten.matrix.ontvangersHulp')}
          slotProps={{
            select: {
              multiple: true,
              renderValue: (w) => ((w as number[]).length === 0 ? t('keten.matrix.alleOntvangers') : (w as number[]).map((x) => matrix?.ontvangers.find((o) => o.id === x)?.naam ?? x).join(', ')),
              displayEmpty: true,
            },
            inputLabel: { shrink: true },
          }}
        >
          {(matrix?.ontvangers ?? []).map((o) => (
            <MenuItem key={o.id} value={o.id}>
              <Checkbox size="small" checked={getoond.includes(o.id)} sx={{ py: 0 }} />
              <ListItemText primary={o.naam} />
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={fout} />
        </Box>
      )}
      {!matrix && !fout && <LinearProgress aria-label={t('keten.laden')} />}
      {matrix && matrix.items.length === 0 && <Typography>{t('keten.matrix.geenItems')}</Typography>}
      {matrix && matrix.items.length > 0 && (
        <>
          <TableContainer
            component={Paper}
            variant="outlined"
            onKeyDown={(e) => {
              if (e.key === 'Escape' && gekozen) {
                e.stopPropagation();
                sluiten();
              }
            }}
          >
            <Table size="small" aria-label={t('keten.matrix.tabel', { doel: doelLabel(t, doel) })} data-testid="matrix">
              <TableHead>
                <TableRow>
                  <TableCell scope="col" sx={{ minWidth: 180 }}>
                    {t('keten.matrix.ontvanger')}
                  </TableCell>
                  <TableCell scope="col" sx={{ width: 70 }}>
                    {t('keten.matrix.taak')}
                  </TableCell>
                  {matrix.items.map((i) => (
                    <TableCell scope="col" key={i.sleutel} sx={{ minWidth: 150 }}>
                      {i.omschrijving}
                      <Typography variant="caption" component="span" sx={{ display: 'block', color: 'text.secondary', fontWeight: 400 }}>
                        {t(`keten.categorie.${i.categorie as 'algemeen'}`)}
                      </Typography>
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rijen.map((o) => (
                  <TableRow key={o.id} data-ontvanger={o.code}>
                    <TableCell component="th" scope="row">
                      {o.naam}
                    </TableCell>
                    <TableCell data-testid={`taak-${o.code}`}>
                      {o.heeftTaak && taakTekst(o) ? (
                        <>
                          <Chip size="small" color="primary" variant="outlined" label={taakTekst(o)} />
                          {o.nodig && (
                            <Typography variant="caption" component="span" sx={{ display: 'block', mt: 0.5 }}>
                              {o.nodig.spoedId !== undefined
                                ? t('spoedkeuze.matrix', { door: o.nodig.door ?? '', id: o.nodig.spoedId })
                                : o.nodig.bron === 'keuze'
                                  ? t('keten.matrix.nodigKeuze', { door: o.nodig.door ?? '' })
                                  : t('keten.matrix.nodigVoorstel')}
                            </Typography>
                          )}
                        </>
                      ) : o.heeftTaak ? (
                        <Typography variant="caption">{t('keten.matrix.taak')}</Typography>
                      ) : (
                        <Typography variant="caption" color="text.secondary">
                          {t('keten.matrix.geenTaak')}
                        </Typography>
                      )}
                    </TableCell>
                    {o.beslissingen.map((b) => {
                      const s = STIJL[b.vorm];
                      const actief = gekozen?.ontvanger === o.id && gekozen.sleutel === b.sleutel;
                      const kies = (e: { currentTarget: HTMLElement }) => {
                        setGekozen({ ontvanger: o.id, sleutel: b.sleutel });
                        setAnker(e.currentTarget);
                      };
                      return (
                        <TableCell key={b.sleutel} sx={{ p: 0.5 }} data-item={b.sleutel} data-vorm={b.vorm}>
                          <Box
                            component="button"
                            type="button"
                            onClick={kies}
                            onFocus={kies}
                            aria-describedby={actief ? `${id}-reden` : undefined}
                            aria-pressed={actief}
                            sx={{
                              all: 'unset',
                              boxSizing: 'border-box',
                              cursor: 'pointer',
                              display: 'flex',
                              alignItems: 'flex-start',
                              gap: 0.75,
                              width: '100%',
                              px: 1,
                              py: 0.75,
                              borderRadius: 1,
                              bgcolor: s.bg,
                              color: s.kleur,
                              border: 2,
                              borderColor: actief ? s.kleur : s.rand,
                              fontSize: '0.85rem',
                              '&:focus-visible': { outline: '3px solid #c25e00', outlineOffset: 1 },
                            }}
                          >
                            {b.vorm === 'identificeerbaar' ? (
                              <CheckCircleOutlineIcon fontSize="small" aria-hidden />
                            ) : b.vorm === 'geanonimiseerd' ? (
                              <VisibilityOffOutlinedIcon fontSize="small" aria-hidden />
                            ) : (
                              <BlockOutlinedIcon fontSize="small" aria-hidden />
                            )}
                            <span>
                              <Box component="span" sx={{ fontWeight: 700, display: 'block' }}>
                                {vormTekst(b)}
                              </Box>
                              <Box component="span" sx={{ display: 'block' }}>
                                {b.artikel}
                              </Box>
                            </span>
                          </Box>
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {!gekozen && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('keten.matrix.kiesCel')}
            </Typography>
          )}
          <Popper
            open={Boolean(anker && keuze?.o && keuze.i && keuzeBeslissing)}
            anchorEl={anker}
            placement="right-start"
            disablePortal
            modifiers={[{ name: 'flip', options: { fallbackPlacements: ['left-start', 'bottom-start', 'top-start'] } }, { name: 'preventOverflow', options: { padding: 8 } }, { name: 'offset', options: { offset: [0, 6] } }]}
            sx={{ zIndex: 1300 }}
          >
            <ClickAwayListener onClickAway={(e) => (anker && e.target instanceof Node && anker.contains(e.target) ? undefined : sluiten())}>
              <Paper elevation={6} sx={{ p: 2, maxWidth: 420, border: 2, borderColor: keuzeBeslissing ? STIJL[keuzeBeslissing.vorm].kleur : 'divider' }} role="region" aria-label={t('keten.matrix.waarom')}>
                <Box id={`${id}-reden`} aria-live="polite" data-testid="matrix-reden">
                  {keuze?.o && keuze.i && keuzeBeslissing && (
                    <>
                      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
                        <Typography sx={{ fontWeight: 600, flex: 1 }}>
                          {t('keten.matrix.keuze', { ontvanger: keuze.o.naam, item: keuze.i.omschrijving, vorm: vormTekst(keuzeBeslissing) })}
                        </Typography>
                        <IconButton size="small" onClick={sluiten} aria-label={t('keten.matrix.sluiten')}>
                          <CloseIcon fontSize="small" />
                        </IconButton>
                      </Box>
                      <Typography>
                        <MetDatums tekst={metNlDatums(keuzeBeslissing.reden)} />
                      </Typography>
                      <Typography variant="body2" color="text.secondary">
                        {t('keten.matrix.artikel', { artikel: keuzeBeslissing.artikel })}
                      </Typography>
                      {keuze.o.nodig?.bron === 'keuze' && (
                        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                          {t('keten.nodig.gekozen', { door: keuze.o.nodig.door ?? '', datum: nlDatum((keuze.o.nodig.gekozenOp ?? '').slice(0, 10)) })}
                        </Typography>
                      )}
                    </>
                  )}
                </Box>
              </Paper>
            </ClickAwayListener>
          </Popper>
          <Box component="ul" aria-label={t('keten.matrix.legenda')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, mt: 1.5, mb: 0 }}>
            {(['identificeerbaar', 'geanonimiseerd', 'geen'] as const).map((v) => (
              <Typography component="li" variant="body2" key={v} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
                <Box component="span" aria-hidden sx={{ width: 14, height: 14, borderRadius: 0.5, bgcolor: STIJL[v].bg, border: 2, borderColor: STIJL[v].rand }} />
                {t(`keten.matrix.legendaItem.${v}`)}
              </Typography>
            ))}
          </Box>
        </>
      )}
    </>
  );
}
