import { useCallback, useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Bestandsinfo, Uitvoer } from '@shared/api';
import { LEIDENDE_ROL } from '@shared/rollen';
import { roep } from '../../api/client';
import { Sectie } from '../../componenten/Sectie';
import { FormDialoog } from '../../componenten/FormDialoog';
import { Succes } from '../../componenten/Succes';
import { Veld } from '../../componenten/Veld';
import { useActie } from '../../componenten/useActie';
import { HerstelsleutelKaart } from '../../componenten/HerstelsleutelKaart';
import { nlDatumTijd } from '../../opmaak';

/** Beheer → Instellingen → Herstelsleutel (ADR 0010): whether there is one, and replacing it. */
export function HerstelsleutelBeheer({ info }: { info: Bestandsinfo }) {
  const { t } = useTranslation();
  const actie = useActie();
  const [status, setStatus] = useState<Uitvoer<'herstelsleutel.status'> | null>(null);
  const [open, setOpen] = useState(false);
  const [wachtwoord, setWachtwoord] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [succes, setSucces] = useState<string | null>(null);
  const rol = t(`rollen.${LEIDENDE_ROL[info.profiel]}`);

  const laden = useCallback(async () => {
    const r = await roep('herstelsleutel.status', {});
    if (r.ok) setStatus(r.waarde);
  }, []);
  useEffect(() => {
    void laden();
  }, [laden]);

  const vervangen = async () => {
    const uit = await actie.uitvoeren(() => roep('herstelsleutel.vervangen', { wachtwoord }));
    setWachtwoord('');
    if (uit) {
      setOpen(false);
      setCode(uit.herstelsleutel);
    }
  };

  if (code) {
    return (
      <HerstelsleutelKaart
        code={code}
        bestand={info.naam}
        penvoerder={info.penvoerder}
        rol={LEIDENDE_ROL[info.profiel]}
        onBewaard={() => {
          setCode(null);
          setSucces(t('herstelsleutel.beheer.klaar'));
          void laden();
        }}
      />
    );
  }

  return (
    <Sectie
      titel={t('herstelsleutel.beheer.titel')}
      uitleg={t('herstelsleutel.beheer.uitleg', { rol })}
      acties={
        status && (
          <Button variant={status.aanwezig ? 'outlined' : 'contained'} onClick={() => setOpen(true)}>
            {status.aanwezig ? t('herstelsleutel.beheer.vervangen') : t('herstelsleutel.beheer.maken')}
          </Button>
        )
      }
    >
      <Succes tekst={succes} onSluiten={() => setSucces(null)} />
      {status?.aanwezig && status.gemaakt && <Typography>{t('herstelsleutel.beheer.aanwezig', { datum: nlDatumTijd(status.gemaakt) })}</Typography>}
      {status && !status.aanwezig && <Alert severity="warning">{t('herstelsleutel.beheer.ontbreekt', { rol })}</Alert>}
      <FormDialoog
        open={open}
        titel={status?.aanwezig ? t('herstelsleutel.beheer.vervangen') : t('herstelsleutel.beheer.maken')}
        uitleg={t('herstelsleutel.beheer.dialoogUitleg')}
        actie={actie}
        verzendTekst={status?.aanwezig ? t('herstelsleutel.beheer.vervangen') : t('herstelsleutel.beheer.maken')}
        bekendeVelden={['wachtwoord']}
        onSluiten={() => {
          setOpen(false);
          setWachtwoord('');
          actie.wissen();
        }}
        onVerzenden={() => void vervangen()}
      >
        <Veld actie={actie} pad="wachtwoord" type="password" label={t('herstelsleutel.beheer.wachtwoord')} value={wachtwoord} onChange={(e) => setWachtwoord(e.target.value)} autoComplete="current-password" autoFocus required />
      </FormDialoog>
    </Sectie>
  );
}
