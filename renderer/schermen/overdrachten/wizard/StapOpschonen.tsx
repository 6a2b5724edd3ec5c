/** Wizard step 3: the purge after the handover (art. 16.6–16.8). */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import DeleteForeverOutlinedIcon from '@mui/icons-material/DeleteForeverOutlined';
import { useTranslation } from 'react-i18next';
import { INTERVENTIESTATUSSEN, type Interventiestatus } from '@shared/domein/overleg';
import { roep } from '../../../api/client';
import { useMag } from '../../../api/toegang';
import { nlDatum, nlGetal } from '../../../opmaak';
import { Sectie } from '../../../componenten/Sectie';
import { Tabel } from '../../../componenten/Tabel';
import { FoutMelding } from '../../../componenten/FoutMelding';
import { Bevestiging } from '../../../componenten/Bevestiging';
import { useActie } from '../../../componenten/useActie';
import { Bezig } from '../../../componenten/Bezig';
import { Gegevenslijst } from '../../../componenten/Gegevenslijst';
import { InterventieStatus } from '../../../componenten/BundelChips';
import { type Plan } from './typen';
import { AnalyseTabel } from './AnalyseTabel';
import { useNavigatie } from '../../../store/navigatie';
import { Gronden } from '../../interventies/Opschonen';

const isInterventiestatus = (s: string): s is Interventiestatus => (INTERVENTIESTATUSSEN as readonly string[]).includes(s);

export function StapOpschonen({ dossierId, nummer }: { dossierId: number; nummer: string }) {
  const { t } = useTranslation();
  const mag = useMag();
  const sluitWizard = useNavigatie((s) => s.terug);
  const laadActie = useActie();
  const actie = useActie();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [bevestigen, setBevestigen] = useState(false);
  const [klaar, setKlaar] = useState(false);
  const { uitvoeren } = laadActie;

  useEffect(() => {
    void uitvoeren(() => roep('opschonen.plan', { dossierId, reden: 'overdracht' })).then((p) => p && setPlan(p));
  }, [uitvoeren, dossierId]);

  const opschonen = async () => {
    const r = await actie.uitvoeren(() => roep('opschonen.uitvoeren', { dossierId, reden: 'overdracht' }));
    if (r) {
      setBevestigen(false);
      setPlan(r);
      setKlaar(true);
    }
  };

  if (laadActie.fout) return <FoutMelding fout={laadActie.fout} />;
  if (!plan) return <Bezig tekst={t('overdracht.opschonen.laden')} />;
  const v = plan.verdwijnt;

  return (
    <>
      {klaar ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }} data-testid="opgeschoond">
          <AlertTitle>{t('overdracht.opschonen.klaarTitel', { nummer })}</AlertTitle>
          {t('overdracht.opschonen.klaarTekst')}
        </Alert>
      ) : (
        <Typography sx={{ mb: 2, maxWidth: '85ch' }}>{t('overdracht.opschonen.uitleg')}</Typography>
      )}
      <Sectie titel={t('overdracht.opschonen.blijftTitel')} uitleg={t('overdracht.opschonen.blijftUitleg')}>
        <Tabel
          label={t('overdracht.opschonen.blijftTitel')}
          testid="blijft"
          dicht
          rijen={plan.blijft.interventies}
          sleutel={(i) => `${i.partner}-${i.omschrijving}-${i.deadline}`}
          leeg={t('overdracht.opschonen.geenInterventies')}
          kolommen={[
            { id: 'partner', kop: t('overdracht.overdrachten.partner'), cel: (i) => i.partner },
            { id: 'interventie', kop: t('overdracht.overdrachten.interventie'), rijkop: true, cel: (i) => i.omschrijving },
            { id: 'uiterlijk', kop: t('overdracht.overdrachten.uiterlijk'), nowrap: true, cel: (i) => nlDatum(i.deadline) },
            { id: 'status', kop: t('overdracht.overdrachten.status'), cel: (i) => (isInterventiestatus(i.status) ? <InterventieStatus status={i.status} /> : i.status) },
          ]}
        />
      </Sectie>
      {!klaar && (
        <Sectie titel={t('overdracht.opschonen.verdwijntTitel')} uitleg={t('overdracht.opschonen.verdwijntUitleg')}>
          <Box data-testid="verdwijnt">
            <Gegevenslijst
              regels={[
                [t('overdracht.opschonen.signalen'), nlGetal(v.signalen)],
                [t('overdracht.opschonen.personen'), nlGetal(v.personen)],
                [t('overdracht.opschonen.navragen'), nlGetal(v.navragen)],
                [t('overdracht.opschonen.toestemmingen'), nlGetal(v.toestemmingen)],
                [t('overdracht.opschonen.notities'), nlGetal(v.notities)],
              ]}
            />
          </Box>
        </Sectie>
      )}
      <Sectie titel={t('overdracht.opschonen.analyseTitel')} uitleg={t('overdracht.opschonen.analyseUitleg')}>
        <AnalyseTabel rijen={plan.analyse} />
      </Sectie>
      {plan.gronden.length > 0 && (
        <Sectie titel={t('buiten.grondenTitel')}>
          <Box data-testid="gronden">
            <Gronden gronden={plan.gronden} />
          </Box>
        </Sectie>
      )}
      {!klaar &&
        (plan.weigering ? (
          <Alert severity="warning" sx={{ mb: 3 }} data-testid="weigering">
            {plan.weigering.melding}
          </Alert>
        ) : mag('opschonen.uitvoeren') ? (
          <Box sx={{ mb: 3 }}>
            {actie.fout && !bevestigen && (
              <Box sx={{ mb: 2 }}>
                <FoutMelding fout={actie.fout} />
              </Box>
            )}
            <Button
              variant="contained"
              color="error"
              startIcon={<DeleteForeverOutlinedIcon />}
              onClick={() => {
                actie.wissen();
                setBevestigen(true);
              }}
            >
              {t('overdracht.opschonen.knop')}
            </Button>
          </Box>
        ) : (
          <Alert severity="info" sx={{ mb: 3 }}>
            {t('overdracht.opschonen.alleenRegisseur')}
          </Alert>
        ))}
      {klaar && (
        <Button variant="contained" onClick={sluitWizard}>
          {t('overdracht.wizard.klaar')}
        </Button>
      )}
      <Bevestiging
        open={bevestigen}
        titel={t('overdracht.opschonen.bevestigTitel', { nummer })}
        tekst={t('overdracht.opschonen.bevestigTekst', { signalen: v.signalen, personen: v.personen, navragen: v.navragen, toestemmingen: v.toestemmingen, notities: v.notities })}
        bevestigTekst={t('overdracht.opschonen.knop')}
        actie={actie}
        onSluiten={() => setBevestigen(false)}
        onBevestigen={() => void opschonen()}
      />
    </>
  );
}
