/**
 * The actions on a request's confirmed persons (ADR 0023): the inzage document reviewed on screen and
 * made as PDF (art. 25.3, withholding only on art. 25.4), a decided correction carried out and told to
 * earlier recipients (art. 26), and the verzet block with its lifting (art. 27.2).
 */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { VerzoekDetail } from '@shared/domein/rechten';
import {
  CORRECTIESOORTEN,
  CORRECTIEVELDEN,
  INZAGE_WEIGERGRONDEN,
  type Achterhouden,
  type Correctiesoort,
  type Correctieveld,
  type InzageDocument,
  type Inzageweigergrond,
  type PersoonBlokkade,
} from '@shared/domein/inzage';
import { roep } from '../../api/client';
import { FoutMelding } from '../../componenten/FoutMelding';
import { Sectie } from '../../componenten/Sectie';
import { useActie } from '../../componenten/useActie';
import { PadVeld } from '../../componenten/PadVeld';
import { Veld } from '../../componenten/Veld';
import { nlDatum } from '../../opmaak';

const GRONDEN = Object.keys(INZAGE_WEIGERGRONDEN) as Inzageweigergrond[];

function InzageActie({ verzoek }: { verzoek: VerzoekDetail }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [doc, setDoc] = useState<InzageDocument | null>(null);
  const [achter, setAchter] = useState<Record<string, Inzageweigergrond | ''>>({});
  const [doelmap, setDoelmap] = useState('');
  const [gemaakt, setGemaakt] = useState<string | null>(null);
  const persoonIds = verzoek.personen.map((p) => p.persoonId);
  const achterhouden = (): Achterhouden[] => Object.entries(achter).filter((e): e is [string, Inzageweigergrond] => Boolean(e[1])).map(([sleutel, grond]) => ({ sleutel, grond, toelichting: '' }));
  const bekijken = async () => {
    const r = await actie.uitvoeren(() => roep('rechten.inzage.voorbeeld', { persoonIds, verzoekId: verzoek.id, achterhouden: achterhouden() }));
    if (r) setDoc(r);
  };
  const maken = async () => {
    const r = await actie.uitvoeren(() => roep('rechten.inzage.maken', { persoonIds, verzoekId: verzoek.id, achterhouden: achterhouden(), doelmap }));
    if (r) setGemaakt(r.pad);
  };
  return (
    <Sectie titel={t('rechteninzage.inzage.titel')} uitleg={t('rechteninzage.inzage.uitleg')}>
      {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['doelmap']} />}
      {gemaakt && <Alert severity="success">{t('rechteninzage.inzage.gemaakt', { pad: gemaakt })}</Alert>}
      <Button variant="outlined" onClick={() => void bekijken()} disabled={actie.bezig || !persoonIds.length}>
        {t('rechteninzage.inzage.bekijken')}
      </Button>
      {doc && (
        <Box component="ol" aria-label={t('rechteninzage.inzage.titel')} sx={{ pl: 2, my: 2 }} data-testid="inzage-onderdelen">
          {doc.onderdelen.map((o) => (
            <Box component="li" key={o.sleutel} sx={{ mb: 1.5 }} data-sleutel={o.sleutel}>
              <Typography component="h3" variant="subtitle2">
                {o.titel}
              </Typography>
              {o.achtergehouden ? (
                <Typography variant="body2" color="text.secondary">
                  {t('rechteninzage.inzage.achtergehouden', { artikel: o.achtergehouden.artikel })}
                </Typography>
              ) : (
                <Typography variant="body2" color="text.secondary">
                  {o.velden.map((v) => `${v.label}: ${v.waarde}`).join(' · ')}
                </Typography>
              )}
              <TextField
                select
                size="small"
                sx={{ mt: 0.5, minWidth: 320 }}
                label={t('rechteninzage.inzage.achterhouden')}
                value={achter[o.sleutel] ?? ''}
                onChange={(e) => setAchter({ ...achter, [o.sleutel]: e.target.value as Inzageweigergrond | '' })}
              >
                <MenuItem value="">{t('rechteninzage.inzage.nietAchterhouden')}</MenuItem>
                {GRONDEN.map((g) => (
                  <MenuItem key={g} value={g}>
                    {t('rechteninzage.inzage.grond', { grond: g, uitleg: INZAGE_WEIGERGRONDEN[g] })}
                  </MenuItem>
                ))}
              </TextField>
            </Box>
          ))}
        </Box>
      )}
      {doc && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <PadVeld actie={actie} pad="doelmap" soort="map" label={t('rechteninzage.inzage.doelmap')} hulp={t('rechteninzage.inzage.doelmapHulp')} waarde={doelmap} onWaarde={setDoelmap} waarschuwing />
          <Button variant="outlined" onClick={() => void bekijken()} disabled={actie.bezig}>
            {t('rechteninzage.inzage.bekijken')}
          </Button>
          <Button variant="contained" onClick={() => void maken()} disabled={actie.bezig}>
            {t('rechteninzage.inzage.maken')}
          </Button>
        </Stack>
      )}
    </Sectie>
  );
}

function CorrectieActie({ verzoek }: { verzoek: VerzoekDetail }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [w, setW] = useState({ veld: 'woonplaats' as Correctieveld, soort: 'verbetering' as Correctiesoort, nieuweWaarde: '', reden: '', besloten: verzoek.beslotenOp?.slice(0, 10) ?? '', doelmap: '' });
  const [klaar, setKlaar] = useState<string[] | null>(null);
  const zet = (k: keyof typeof w) => (e: { target: { value: string } }) => setW({ ...w, [k]: e.target.value });
  const uitvoeren = async () => {
    const r = await actie.uitvoeren(() => roep('rechten.correctie.uitvoeren', { ...w, nieuweWaarde: w.nieuweWaarde || null, persoonIds: verzoek.personen.map((p) => p.persoonId), verzoekId: verzoek.id }));
    if (r) setKlaar([t('rechteninzage.correctie.uitgevoerd', { gewijzigd: r.gewijzigd, bundels: r.bundels.length }), ...r.overgeslagen.map((o) => t('rechteninzage.correctie.overgeslagen', o))]);
  };
  return (
    <Sectie titel={t('rechteninzage.correctie.titel')} uitleg={t('rechteninzage.correctie.uitleg')}>
      {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['nieuweWaarde', 'reden', 'besloten', 'doelmap', 'soort']} />}
      {klaar && <Alert severity="success">{klaar.join(' ')}</Alert>}
      <Stack spacing={2} sx={{ maxWidth: 560 }}>
        <Veld actie={actie} pad="veld" select label={t('rechteninzage.correctie.veld')} value={w.veld} onChange={zet('veld')}>
          {CORRECTIEVELDEN.map((v) => (
            <MenuItem key={v} value={v}>
              {v}
            </MenuItem>
          ))}
        </Veld>
        <Veld actie={actie} pad="soort" select label={t('rechteninzage.correctie.soort')} value={w.soort} onChange={zet('soort')}>
          {CORRECTIESOORTEN.map((v) => (
            <MenuItem key={v} value={v}>
              {v}
            </MenuItem>
          ))}
        </Veld>
        <Veld actie={actie} pad="nieuweWaarde" label={t('rechteninzage.correctie.nieuweWaarde')} value={w.nieuweWaarde} onChange={zet('nieuweWaarde')} />
        <Veld actie={actie} pad="reden" label={t('rechteninzage.correctie.reden')} value={w.reden} onChange={zet('reden')} multiline minRows={2} />
        <Veld actie={actie} pad="besloten" label={t('rechteninzage.correctie.besloten')} value={w.besloten} onChange={zet('besloten')} />
        <PadVeld actie={actie} pad="doelmap" soort="map" label={t('rechteninzage.correctie.doelmap')} waarde={w.doelmap} onWaarde={(m) => setW({ ...w, doelmap: m })} waarschuwing />
        <Box>
          <Button variant="contained" onClick={() => void uitvoeren()} disabled={actie.bezig}>
            {t('rechteninzage.correctie.uitvoeren')}
          </Button>
        </Box>
      </Stack>
    </Sectie>
  );
}

function VerzetActie({ verzoek }: { verzoek: VerzoekDetail }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [blokkades, setBlokkades] = useState<PersoonBlokkade[] | null>(null);
  const [toelichting, setToelichting] = useState('');
  const [reden, setReden] = useState('');
  const persoonIds = verzoek.personen.map((p) => p.persoonId);
  const laden = async () => {
    const r = await actie.uitvoeren(() => roep('rechten.blokkades', { persoonIds }));
    if (r) setBlokkades(r);
  };
  const blokkeren = async () => {
    if (await actie.uitvoeren(() => roep('rechten.verzet.blokkeren', { persoonIds, toelichting, verzoekId: verzoek.id }))) await laden();
  };
  const opheffen = async (blokkadeId: number) => {
    if (await actie.uitvoeren(() => roep('rechten.verzet.opheffen', { blokkadeId, reden }))) await laden();
  };
  const sleutel = persoonIds.join(',');
  useEffect(() => {
    void roep('rechten.blokkades', { persoonIds: sleutel.split(',').map(Number) }).then((r) => r.ok && setBlokkades(r.waarde));
  }, [sleutel]);
  return (
    <Sectie titel={t('rechteninzage.verzet.titel')} uitleg={t('rechteninzage.verzet.uitleg')}>
      {actie.fout && <FoutMelding fout={actie.fout} bekendeVelden={['toelichting', 'reden']} />}
      <Box component="ul" sx={{ pl: 2 }} data-testid="blokkades">
        {(blokkades ?? []).length === 0 && <li>{t('rechteninzage.verzet.geen')}</li>}
        {(blokkades ?? []).map((b) => (
          <li key={b.id}>
            {t('rechteninzage.verzet.geblokkeerd', { sinds: nlDatum(b.sinds.slice(0, 10)), door: b.door, artikel: b.artikel })}
            {b.opgehevenOp ? ` — ${t('rechteninzage.verzet.opgeheven', { op: nlDatum(b.opgehevenOp.slice(0, 10)), door: b.opgehevenDoor ?? '', reden: b.opheffingReden })}` : (
              <Button size="small" sx={{ ml: 1 }} onClick={() => void opheffen(b.id)} disabled={actie.bezig}>
                {t('rechteninzage.verzet.opheffen')}
              </Button>
            )}
          </li>
        ))}
      </Box>
      <Stack spacing={2} sx={{ maxWidth: 560 }}>
        <Veld actie={actie} pad="toelichting" label={t('rechteninzage.verzet.toelichting')} value={toelichting} onChange={(e) => setToelichting(e.target.value)} />
        <Box>
          <Button variant="contained" color="warning" onClick={() => void blokkeren()} disabled={actie.bezig}>
            {t('rechteninzage.verzet.blokkeren')}
          </Button>
        </Box>
        <Veld actie={actie} pad="reden" label={t('rechteninzage.verzet.reden')} value={reden} onChange={(e) => setReden(e.target.value)} />
      </Stack>
    </Sectie>
  );
}

export function VerzoekActies({ verzoek }: { verzoek: VerzoekDetail; herladen: () => void }) {
  if (!verzoek.personen.length) return null;
  if (verzoek.soort === 'inzage') return <InzageActie verzoek={verzoek} />;
  if (verzoek.soort === 'correctie' && (verzoek.besluit === 'toegewezen' || verzoek.besluit === 'deels')) return <CorrectieActie verzoek={verzoek} />;
  if (verzoek.soort === 'verzet' && verzoek.besluit === 'toegewezen') return <VerzetActie verzoek={verzoek} />;
  return null;
}
