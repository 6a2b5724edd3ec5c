/**
 * Sleutels (docs/ontwerp.md §6, ADR 0007): which partner this installation is, its own bundle key (the
 * fingerprint large enough to read out over the telephone), the export of its public key, and the
 * partners' keys — imported, confirmed by comparing fingerprints, revoked.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip, { type ChipProps } from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import VpnKeyOutlinedIcon from '@mui/icons-material/VpnKeyOutlined';
import { useTranslation } from 'react-i18next';
import type { Uitvoer } from '../../../shared/api';
import type { PartnerSleutel } from '../../../shared/domein/bundel';
import type { Partner } from '../../../shared/domein/partner';
import { roep } from '../../api/client';
import { useMag } from '../../api/toegang';
import { useSessie } from '../../store/sessie';
import { nlDatumTijd } from '../../opmaak';
import { PaginaKop } from '../../componenten/PaginaKop';
import { Sectie } from '../../componenten/Sectie';
import { FoutMelding } from '../../componenten/FoutMelding';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Bevestiging } from '../../componenten/Bevestiging';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { Verborgen } from '../../componenten/Verborgen';
import { useActie } from '../../componenten/useActie';
import { useLaatste } from '../../componenten/useLaatste';
import { Bezig, Gegevenslijst, Geschreven, MapVeld, Vingerafdruk } from '../overdrachten/gedeeld';
import { useOverdrachtNavigatie } from '../overdrachten/navigatie';

type EigenSleutel = Uitvoer<'sleutels.eigen'>;

/** Partners that can be this installation or a bundle's other side: parties and RIEC/EMM, not candidates. */
const kanBundelsWisselen = (p: Partner) => p.rol !== 'kandidaat' && p.status !== 'uitgetreden';

export function Sleutels() {
  const { t } = useTranslation();
  const laadActie = useActie();
  const [eigen, setEigen] = useState<EigenSleutel | null>(null);
  const [partners, setPartners] = useState<Partner[]>([]);
  const [succes, setSucces] = useState<string | null>(null);
  const { uitvoeren } = laadActie;

  const eigenLaden = useCallback(async () => {
    const e = await uitvoeren(() => roep('sleutels.eigen', {}));
    if (e) setEigen(e);
  }, [uitvoeren]);

  useEffect(() => {
    void eigenLaden();
    void roep('partners.lijst', {}).then((r) => r.ok && setPartners(r.waarde));
  }, [eigenLaden]);

  return (
    <>
      <PaginaKop titel={t('overdracht.sleutels.titel')} intro={t('overdracht.sleutels.intro')} />
      <Succes tekst={succes} onSluiten={() => setSucces(null)} />
      {laadActie.fout && (
        <Box sx={{ mb: 2 }}>
          <FoutMelding fout={laadActie.fout} />
        </Box>
      )}
      {!eigen && !laadActie.fout && <Bezig tekst={t('overdracht.sleutels.laden')} />}
      {eigen && (
        <>
          <EigenOrganisatie
            eigen={eigen}
            partners={partners.filter(kanBundelsWisselen)}
            onIngesteld={(naam) => {
              setSucces(t('overdracht.sleutels.identiteitIngesteld', { naam }));
              void eigenLaden();
            }}
          />
          <EigenSleutelSectie
            eigen={eigen}
            onVernieuwd={(e) => {
              setEigen(e);
              setSucces(t('overdracht.sleutels.vernieuwd'));
            }}
          />
          <PartnerSleutels eigen={eigen} partners={partners.filter(kanBundelsWisselen)} onMelding={setSucces} />
        </>
      )}
    </>
  );
}

function EigenOrganisatie({ eigen, partners, onIngesteld }: { eigen: EigenSleutel; partners: Partner[]; onIngesteld(naam: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const actie = useActie();
  const [wijzigen, setWijzigen] = useState(false);
  const [partnerId, setPartnerId] = useState<number | ''>('');
  const id = eigen.identiteit;
  const tonenFormulier = mag('identiteit.instellen') && (!id || wijzigen);

  const instellen = async (e: FormEvent) => {
    e.preventDefault();
    const r = await actie.uitvoeren(() => roep('identiteit.instellen', { partnerId: partnerId === '' ? 0 : partnerId }), {
      partnerId: partnerId === '' && t('overdracht.sleutels.kiesPartner'),
    });
    if (r) {
      setWijzigen(false);
      onIngesteld(`${r.naam} (${r.code})`);
    }
  };

  return (
    <Sectie
      titel={t('overdracht.sleutels.organisatieTitel')}
      uitleg={t('overdracht.sleutels.organisatieUitleg')}
      acties={
        id &&
        mag('identiteit.instellen') &&
        !wijzigen && (
          <Button variant="outlined" onClick={() => setWijzigen(true)}>
            {t('overdracht.sleutels.identiteitWijzigen')}
          </Button>
        )
      }
    >
      {id ? (
        <Typography sx={{ fontSize: '1.1rem', mb: tonenFormulier ? 2 : 0 }} data-testid="identiteit">
          {t('overdracht.sleutels.identiteitIs')}{' '}
          <strong>
            {id.naam} ({id.code})
          </strong>
        </Typography>
      ) : (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="identiteit-oproep">
          <AlertTitle>{t('overdracht.identiteit.ontbreektTitel')}</AlertTitle>
          {t('overdracht.sleutels.identiteitOproep')}
          {!mag('identiteit.instellen') && ` ${t('overdracht.identiteit.vraagBeheerder')}`}
        </Alert>
      )}
      {tonenFormulier && (
        <Box component="form" noValidate onSubmit={instellen} aria-label={t('overdracht.sleutels.organisatieTitel')}>
          <Stack spacing={2} sx={{ maxWidth: 720 }}>
            {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['partnerId']} />}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
              <Veld
                actie={actie}
                pad="partnerId"
                select
                label={t('overdracht.sleutels.dezeInstallatie')}
                value={partnerId}
                onChange={(e) => setPartnerId(Number(e.target.value))}
                required
              >
                {partners.map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    {p.naam} ({p.code})
                  </MenuItem>
                ))}
              </Veld>
              <Button type="submit" variant="contained" disabled={actie.bezig} sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: '2px' } }}>
                {actie.bezig ? t('algemeen.bezig') : t('overdracht.sleutels.identiteitInstellen')}
              </Button>
              {wijzigen && (
                <Button onClick={() => setWijzigen(false)} sx={{ mt: { sm: '2px' } }}>
                  {t('algemeen.annuleren')}
                </Button>
              )}
            </Stack>
          </Stack>
        </Box>
      )}
    </Sectie>
  );
}

function EigenSleutelSectie({ eigen, onVernieuwd }: { eigen: EigenSleutel; onVernieuwd(e: EigenSleutel): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const laatsteMap = useOverdrachtNavigatie((s) => s.laatsteMap);
  const exportActie = useActie();
  const roteerActie = useActie();
  const [map, setMap] = useState(laatsteMap);
  const [geschreven, setGeschreven] = useState<Uitvoer<'sleutels.exporteren'> | null>(null);
  const [roteren, setRoteren] = useState(false);
  const [publiekTonen, setPubliekTonen] = useState(false);

  const exporteren = async (e: FormEvent) => {
    e.preventDefault();
    setGeschreven(null);
    const r = await exportActie.uitvoeren(() => roep('sleutels.exporteren', { doelmap: map }));
    if (r) setGeschreven(r);
  };
  const vernieuwen = async () => {
    const r = await roteerActie.uitvoeren(() => roep('sleutels.roteren', {}));
    if (r) {
      setRoteren(false);
      setGeschreven(null);
      onVernieuwd(r);
    }
  };

  return (
    <Sectie
      titel={t('overdracht.sleutels.eigenTitel')}
      uitleg={t('overdracht.sleutels.eigenUitleg')}
      acties={
        mag('sleutels.roteren') && (
          <Button
            variant="outlined"
            color="warning"
            startIcon={<KeyOutlinedIcon />}
            onClick={() => {
              roteerActie.wissen();
              setRoteren(true);
            }}
          >
            {t('overdracht.sleutels.vernieuwen')}
          </Button>
        )
      }
    >
      <Paper variant="outlined" sx={{ p: 2, mb: 2.5, bgcolor: '#f7f9fb', display: 'inline-block', maxWidth: '100%' }}>
        <Typography component="p" variant="body2" sx={{ fontWeight: 600, color: 'text.secondary', mb: 0.5 }} id="eigen-vingerafdruk">
          {t('overdracht.sleutels.vingerafdruk')}
        </Typography>
        <Box aria-labelledby="eigen-vingerafdruk" role="group">
          <Vingerafdruk groepen={eigen.vingerafdrukGroepen} groot testId="eigen-vingerafdruk" />
        </Box>
      </Paper>
      <Box sx={{ mb: 2.5 }}>
        <Gegevenslijst
          regels={[
            [t('overdracht.sleutels.aangemaakt'), nlDatumTijd(eigen.aangemaakt)],
            [t('overdracht.sleutels.organisatie'), eigen.identiteit ? `${eigen.identiteit.naam} (${eigen.identiteit.code})` : t('overdracht.sleutels.nietIngesteld')],
          ]}
        />
      </Box>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        {t('overdracht.sleutels.exportTitel')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: '80ch' }}>
        {t('overdracht.sleutels.exportUitleg')}
      </Typography>
      {geschreven && (
        <Geschreven
          titel={t('overdracht.sleutels.geexporteerd')}
          bestanden={[{ bestandsnaam: geschreven.pad.split(/[\\/]/).pop() ?? geschreven.pad, pad: geschreven.pad }]}
          uitleg={t('overdracht.sleutels.geexporteerdUitleg')}
          onSluiten={() => setGeschreven(null)}
          testId="sleutel-geexporteerd"
        />
      )}
      <Box component="form" noValidate onSubmit={exporteren} aria-label={t('overdracht.sleutels.exportTitel')}>
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          {exportActie.fout && <FoutMelding fout={exportActie.fout} bekendeVelden={['doelmap']} />}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <MapVeld actie={exportActie} waarde={map} onWaarde={setMap} />
            <Button type="submit" variant="contained" startIcon={<FileDownloadOutlinedIcon />} disabled={exportActie.bezig} sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: { sm: '2px' } }}>
              {exportActie.bezig ? t('algemeen.bezig') : t('overdracht.sleutels.exporteren')}
            </Button>
          </Stack>
        </Stack>
      </Box>
      <Box sx={{ mt: 2 }}>
        <Button size="small" onClick={() => setPubliekTonen(!publiekTonen)} aria-expanded={publiekTonen} aria-controls="publieke-sleutel">
          {publiekTonen ? t('overdracht.sleutels.publiekVerbergen') : t('overdracht.sleutels.publiekTonen')}
        </Button>
        {publiekTonen && (
          <TextField
            id="publieke-sleutel"
            label={t('overdracht.sleutels.publiek')}
            value={eigen.publiek}
            multiline
            fullWidth
            minRows={6}
            maxRows={14}
            sx={{ mt: 1 }}
            slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace', fontSize: '0.8rem' } } }}
          />
        )}
      </Box>
      {eigen.eerdere.length > 0 && (
        <Box sx={{ mt: 3 }}>
          <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
            {t('overdracht.sleutels.eerdere')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {t('overdracht.sleutels.eerdereUitleg')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {eigen.eerdere.map((e) => (
              <li key={e.id}>
                <Vingerafdruk groepen={e.vingerafdruk.toUpperCase().match(/.{1,4}/g)?.join(' ') ?? e.vingerafdruk} />{' '}
                — {t('overdracht.sleutels.vervangenOp', { datum: nlDatumTijd(e.vervangenOp) })}
              </li>
            ))}
          </Box>
        </Box>
      )}
      <Bevestiging
        open={roteren}
        titel={t('overdracht.sleutels.vernieuwenTitel')}
        tekst={t('overdracht.sleutels.vernieuwenTekst')}
        bevestigTekst={t('overdracht.sleutels.vernieuwen')}
        actie={roteerActie}
        onSluiten={() => setRoteren(false)}
        onBevestigen={() => void vernieuwen()}
      />
    </Sectie>
  );
}

const STATUSKLEUR: Record<PartnerSleutel['status'], { color: ChipProps['color']; variant: ChipProps['variant'] }> = {
  vertrouwd: { color: 'success', variant: 'filled' },
  onbevestigd: { color: 'warning', variant: 'outlined' },
  ingetrokken: { color: 'default', variant: 'filled' },
};

export function SleutelStatus({ status }: { status: PartnerSleutel['status'] }) {
  const { t } = useTranslation();
  return <Chip size="small" label={t(`overdracht.sleutels.status.${status}`)} {...STATUSKLEUR[status]} data-status={status} />;
}

function PartnerSleutels({ eigen, partners, onMelding }: { eigen: EigenSleutel; partners: Partner[]; onMelding(tekst: string): void }) {
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

function ImporteerDialoog({ open, partners, onSluiten, onKlaar }: { open: boolean; partners: Partner[]; onSluiten(): void; onKlaar(s: PartnerSleutel): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [partnerId, setPartnerId] = useState<number | ''>('');
  const [wijze, setWijze] = useState<'bestand' | 'plakken'>('bestand');
  const [pad, setPad] = useState('');
  const [armored, setArmored] = useState('');
  const { wissen } = actie;
  useEffect(() => {
    if (open) {
      setPartnerId('');
      setPad('');
      setArmored('');
      wissen();
    }
  }, [open, wissen]);

  const verzenden = async () => {
    const r = await actie.uitvoeren(
      () => roep('sleutels.partnerImporteren', { partnerId: partnerId === '' ? 0 : partnerId, ...(wijze === 'bestand' ? { pad } : { armored }) }),
      {
        partnerId: partnerId === '' && t('overdracht.sleutels.kiesPartner'),
        pad: wijze === 'bestand' && !pad.trim() && t('overdracht.sleutels.kiesBestand'),
        armored: wijze === 'plakken' && !armored.trim() && t('overdracht.sleutels.plakSleutel'),
      },
    );
    if (r) onKlaar(r);
  };

  return (
    <FormDialoog
      open={open}
      titel={t('overdracht.sleutels.importeren')}
      uitleg={<Typography variant="body2" color="text.secondary">{t('overdracht.sleutels.importUitleg')}</Typography>}
      actie={actie}
      verzendTekst={t('overdracht.sleutels.importKnop')}
      bekendeVelden={['partnerId', 'pad', 'armored']}
      breed
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Veld actie={actie} pad="partnerId" select label={t('overdracht.sleutels.vanPartner')} value={partnerId} onChange={(e) => setPartnerId(Number(e.target.value))} required autoFocus>
        {partners.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.naam} ({p.code})
          </MenuItem>
        ))}
      </Veld>
      <Box>
        <FormLabel id="import-wijze" sx={{ fontWeight: 600, color: 'text.primary' }}>
          {t('overdracht.sleutels.wijze')}
        </FormLabel>
        <RadioGroup row aria-labelledby="import-wijze" value={wijze} onChange={(e) => setWijze(e.target.value as 'bestand' | 'plakken')}>
          <FormControlLabel value="bestand" control={<Radio />} label={t('overdracht.sleutels.wijzeBestand')} />
          <FormControlLabel value="plakken" control={<Radio />} label={t('overdracht.sleutels.wijzePlakken')} />
        </RadioGroup>
      </Box>
      {wijze === 'bestand' ? (
        <Veld actie={actie} pad="pad" label={t('overdracht.sleutels.sleutelbestand')} hulp={t('overdracht.sleutels.sleutelbestandHulp')} value={pad} onChange={(e) => setPad(e.target.value)} required autoComplete="off" slotProps={{ htmlInput: { spellCheck: false } }} />
      ) : (
        <Veld
          actie={actie}
          pad="armored"
          label={t('overdracht.sleutels.geplakt')}
          hulp={t('overdracht.sleutels.geplaktHulp')}
          value={armored}
          onChange={(e) => setArmored(e.target.value)}
          multiline
          minRows={6}
          maxRows={12}
          required
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: '0.8rem' } } }}
        />
      )}
    </FormDialoog>
  );
}

function BevestigDialoog({ sleutel, onSluiten, onKlaar }: { sleutel: PartnerSleutel | null; onSluiten(): void; onKlaar(s: PartnerSleutel): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const naam = useSessie((s) => s.sessie?.gebruiker?.weergavenaam ?? '');
  const getoond = useLaatste(sleutel);
  const [hoe, setHoe] = useState('');
  const [voorgelezen, setVoorgelezen] = useState('');
  const { wissen } = actie;
  useEffect(() => {
    if (sleutel) {
      setHoe('');
      setVoorgelezen('');
      wissen();
    }
  }, [sleutel, wissen]);

  const verzenden = async () => {
    if (!sleutel) return;
    const r = await actie.uitvoeren(
      () => roep('sleutels.bevestigen', { sleutelId: sleutel.id, hoe, vingerafdruk: voorgelezen }),
      { hoe: hoe.trim().length < 5 && t('overdracht.sleutels.hoeVerplicht'), vingerafdruk: !voorgelezen.trim() && t('overdracht.sleutels.voorgelezenVerplicht') },
    );
    if (r) onKlaar(r);
  };

  return (
    <FormDialoog
      open={Boolean(sleutel)}
      titel={t('overdracht.sleutels.bevestigTitel', { naam: getoond?.partner.naam ?? '' })}
      uitleg={
        <>
          <Typography>{t('overdracht.sleutels.bevestigUitleg', { naam: getoond?.partner.naam ?? '' })}</Typography>
          <Paper variant="outlined" sx={{ p: 2, bgcolor: '#f7f9fb' }}>
            <Typography component="p" variant="body2" sx={{ fontWeight: 600, color: 'text.secondary', mb: 0.5 }}>
              {t('overdracht.sleutels.vingerafdrukVan', { naam: getoond?.partner.naam ?? '' })}
            </Typography>
            {getoond && <Vingerafdruk groepen={getoond.vingerafdrukGroepen} groot testId="te-bevestigen-vingerafdruk" />}
          </Paper>
        </>
      }
      actie={actie}
      verzendTekst={t('overdracht.sleutels.bevestigKnop')}
      bekendeVelden={['hoe', 'vingerafdruk']}
      breed
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      <Veld
        actie={actie}
        pad="hoe"
        label={t('overdracht.sleutels.hoe')}
        hulp={t('overdracht.sleutels.hoeHulp', { naam })}
        value={hoe}
        onChange={(e) => setHoe(e.target.value)}
        required
        autoFocus
        autoComplete="off"
      />
      <Veld
        actie={actie}
        pad="vingerafdruk"
        label={t('overdracht.sleutels.voorgelezen')}
        hulp={t('overdracht.sleutels.voorgelezenHulp')}
        value={voorgelezen}
        onChange={(e) => setVoorgelezen(e.target.value)}
        required
        autoComplete="off"
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
    </FormDialoog>
  );
}

function IntrekDialoog({ sleutel, onSluiten, onKlaar }: { sleutel: PartnerSleutel | null; onSluiten(): void; onKlaar(s: PartnerSleutel): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const getoond = useLaatste(sleutel);
  const [reden, setReden] = useState('');
  const { wissen } = actie;
  useEffect(() => {
    if (sleutel) {
      setReden('');
      wissen();
    }
  }, [sleutel, wissen]);
  const verzenden = async () => {
    if (!sleutel) return;
    const r = await actie.uitvoeren(() => roep('sleutels.intrekken', { sleutelId: sleutel.id, reden }));
    if (r) onKlaar(r);
  };
  return (
    <FormDialoog
      open={Boolean(sleutel)}
      titel={t('overdracht.sleutels.intrekTitel', { naam: getoond?.partner.naam ?? '' })}
      uitleg={<Typography>{t('overdracht.sleutels.intrekUitleg')}</Typography>}
      actie={actie}
      verzendTekst={t('overdracht.sleutels.intrekken')}
      bekendeVelden={['reden']}
      gevaarlijk
      onSluiten={onSluiten}
      onVerzenden={() => void verzenden()}
    >
      {getoond && (
        <Box>
          <Vingerafdruk groepen={getoond.vingerafdrukGroepen} />
        </Box>
      )}
      <Veld actie={actie} pad="reden" label={t('overdracht.sleutels.reden')} hulp={t('overdracht.sleutels.redenHulp')} value={reden} onChange={(e) => setReden(e.target.value)} multiline minRows={2} autoFocus />
    </FormDialoog>
  );
}
