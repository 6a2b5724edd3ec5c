import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CallMergeOutlinedIcon from '@mui/icons-material/MergeTypeOutlined';
import PersonSearchOutlinedIcon from '@mui/icons-material/PersonSearchOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '@shared/api';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { FoutMelding } from '../../componenten/FoutMelding';
import { useActie } from '../../componenten/useActie';
import { DossierMaken, type GekozenSignaal } from '../dossiers/DossierMaken';
import { useNavigatie } from '../../store/navigatie';
import { matchreden } from '../../i18n/meldingen';
import { clusteren } from '@shared/matchclusters';
import { Verborgen } from '../../componenten/Verborgen';

export type Kandidaat = Uitvoer<'personen.suggesties'>[number];

const sleutelVan = (k: Kandidaat) => `${k.persoonId}-${k.kandidaatId}`;

/** The signals of a proposal, each once, in number order. */
function signalenVan(k: Pick<Kandidaat, 'signalen'>): Kandidaat['signalen'] {
  const gezien = new Map<number, Kandidaat['signalen'][number]>();
  for (const s of k.signalen) if (!gezien.has(s.id)) gezien.set(s.id, s);
  return [...gezien.values()].sort((a, b) => a.nummer.localeCompare(b.nummer));
}

/**
 * "Mogelijk dezelfde persoon" (art. 7.2): proposals found through keyed hashes, shown with their
 * reasons and signal numbers but never with names. Pairs sharing a person are one proposal (ADR 0034):
 * the decider confirms or rejects each pair inside it, and can combine that person's signals into a
 * dossier. There is no "combine everything" button: it pre-selected signals about many people.
 */
export function MatchKaarten({ kandidaten, onBesloten, kop = 'h3' }: { kandidaten: Kandidaat[]; onBesloten?: () => void; kop?: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const naarSignalen = useNavigatie((s) => s.naarSignalen);
  const naarDossiers = useNavigatie((s) => s.naarDossiers);
  const [besluiten, setBesluiten] = useState<Record<string, 'zelfde' | 'verschillend'>>({});
  const [bezigMet, setBezigMet] = useState<string | null>(null);
  const [combineren, setCombineren] = useState<GekozenSignaal[] | null>(null);

  const besluit = async (k: Kandidaat, b: 'zelfde' | 'verschillend') => {
    setBezigMet(sleutelVan(k));
    try {
      const r = await actie.uitvoeren(() => roep('personen.besluiten', { persoonId: k.persoonId, kandidaatId: k.kandidaatId, besluit: b }));
      if (r) {
        setBesluiten((oud) => ({ ...oud, [sleutelVan(k)]: b }));
        onBesloten?.();
      }
    } finally {
      setBezigMet(null);
    }
  };

  const clusters = clusteren(kandidaten);
  const magBesluiten = mag('personen.besluiten');
  const magCombineren = mag('dossiers.maken');

  return (
    <>
      {actie.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={actie.fout} onSluiten={actie.wissen} />
        </Box>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
        {clusters.map((c, i) => {
          const sleutel = c.personen.join('-');
          const signalen = signalenVan({ signalen: c.paren.flatMap((k) => k.signalen) });
          const kopId = `match-${sleutel}`;
          const alleVerschillend = c.paren.every((k) => besluiten[sleutelVan(k)] === 'verschillend');
          const bewijs = Math.max(...c.paren.map((k) => k.bewijs));
          return (
            <Card key={sleutel} variant="outlined" component="article" aria-labelledby={kopId} data-testid="matchkaart" data-personen={c.personen.length} sx={{ display: 'flex', flexDirection: 'column' }}>
              <CardContent sx={{ flexGrow: 1 }}>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
                  <PersonSearchOutlinedIcon color="primary" aria-hidden />
                  <Typography variant="h3" component={kop} id={kopId}>
                    {t('keten.match.titel', { nummer: i + 1 })}
                  </Typography>
                  <Chip size="small" variant="outlined" label={t('keten.match.score', { procent: Math.floor(bewijs * 100) })} sx={{ ml: 'auto' }} data-testid="bewijs" />
                </Box>
                {c.personen.length > 2 && (
                  <Typography variant="body2" color="text.secondary">
                    {t('keten.match.cluster', { count: c.personen.length })}
                  </Typography>
                )}
                {c.paren.map((k, j) => {
                  const genomen = besluiten[sleutelVan(k)];
                  const paarSignalen = signalenVan(k);
                  return (
                    <Box key={sleutelVan(k)} sx={{ mt: 1.5, pt: j > 0 ? 1.5 : 0, borderTop: j > 0 ? 1 : 0, borderColor: 'divider' }} data-testid="matchpaar">
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        {c.paren.length > 1 ? t('keten.match.paarRedenen', { signalen: paarSignalen.map((s) => s.nummer).join(', '), procent: Math.floor(k.bewijs * 100) }) : t('keten.match.redenen')}
                      </Typography>
                      <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                        {k.redenen.map((r) => (
                          <Typography component="li" variant="body2" key={r}>
                            {matchreden(r)}
                          </Typography>
                        ))}
                      </Box>
                      {k.namen && (
                        <Typography variant="body2" sx={{ mt: 1 }}>
                          {t('keten.match.namen', { a: k.namen.persoon, b: k.namen.kandidaat })}
                        </Typography>
                      )}
                      {genomen && (
                        <Alert severity={genomen === 'zelfde' ? 'success' : 'info'} sx={{ mt: 1 }} role="status">
                          {genomen === 'zelfde' ? t('keten.match.zelfdeVastgelegd') : t('keten.match.verschillendVastgelegd')}
                        </Alert>
                      )}
                      {magBesluiten && !genomen && (
                        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
                          <Button size="small" variant="outlined" color="success" disabled={bezigMet === sleutelVan(k)} onClick={() => void besluit(k, 'zelfde')}>
                            {t('keten.match.zelfde')}
                            {c.paren.length > 1 && <Verborgen>{paarSignalen.map((s) => s.nummer).join(', ')}</Verborgen>}
                          </Button>
                          <Button size="small" variant="outlined" disabled={bezigMet === sleutelVan(k)} onClick={() => void besluit(k, 'verschillend')}>
                            {t('keten.match.verschillend')}
                            {c.paren.length > 1 && <Verborgen>{paarSignalen.map((s) => s.nummer).join(', ')}</Verborgen>}
                          </Button>
                        </Box>
                      )}
                    </Box>
                  );
                })}
                <Table size="small" aria-label={t('keten.match.signalen')} sx={{ mt: 1.5 }}>
                  <TableHead>
                    <TableRow>
                      <TableCell scope="col">{t('keten.match.signaal')}</TableCell>
                      <TableCell scope="col">{t('keten.match.rol')}</TableCell>
                      <TableCell scope="col">{t('keten.match.bron')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {signalen.map((s) => (
                      <TableRow key={s.id}>
                        <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                          <Link component="button" type="button" onClick={() => naarSignalen({ soort: 'detail', id: s.id })} sx={{ fontFamily: 'monospace', fontWeight: 600, textAlign: 'left' }}>
                            {s.nummer}
                          </Link>
                        </TableCell>
                        <TableCell>{(['slachtoffer', 'pleger', 'faciliteerder'] as const).includes(s.rol as 'slachtoffer') ? t(`keten.rol.${s.rol as 'slachtoffer'}`) : s.rol}</TableCell>
                        <TableCell>{s.bron || t('algemeen.leeg')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </CardContent>
              <CardActions sx={{ px: 2, pb: 2, flexWrap: 'wrap', gap: 1 }}>
                {magCombineren && !alleVerschillend && (
                  <Button onClick={() => setCombineren(signalen.map((s) => ({ id: s.id, nummer: s.nummer, omschrijving: s.bron })))} startIcon={<CallMergeOutlinedIcon />}>
                    {t('keten.match.combineren')}
                  </Button>
                )}
              </CardActions>
            </Card>
          );
        })}
      </Box>
      <DossierMaken
        open={combineren !== null}
        voorgekozen={combineren ?? []}
        onSluiten={() => setCombineren(null)}
        onGemaakt={(id) => {
          setCombineren(null);
          naarDossiers({ soort: 'detail', id, tab: 'signalen' });
        }}
      />
    </>
  );
}
