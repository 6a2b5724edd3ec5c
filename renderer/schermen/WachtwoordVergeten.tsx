import { useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Sessie, Uitvoer } from '@shared/api';
import { LEIDENDE_ROL } from '@shared/rollen';
import { roep } from '../api/client';
import { useSessie } from '../store/sessie';
import { useNavigatie } from '../store/navigatie';
import { PaginaKop } from '../componenten/PaginaKop';
import { PaginaFormulier } from '../componenten/PaginaFormulier';
import { TerugKnop } from '../componenten/TerugKnop';
import { Veld } from '../componenten/Veld';
import { useActie } from '../componenten/useActie';
import { HerstelsleutelKaart } from '../componenten/HerstelsleutelKaart';

const VELDEN = ['gebruiker', 'code', 'nieuwWachtwoord', 'herhaling'] as const;

/**
 * "Wachtwoord vergeten?" (ADR 0010): what the recovery key is and who may use it, then the form.
 * On success the account is signed in, but the app opens only after the new code has been stored.
 */
export function WachtwoordVergeten({ bestand, onTerug }: { bestand: NonNullable<Sessie['bestand']>; onTerug(): void }) {
  const { t } = useTranslation();
  const actie = useActie();
  const zet = useSessie((s) => s.zet);
  const naar = useNavigatie((s) => s.naar);
  const [w, setW] = useState({ gebruiker: '', code: '', nieuwWachtwoord: '', herhaling: '' });
  const [hersteld, setHersteld] = useState<Uitvoer<'herstelsleutel.gebruiken'> | null>(null);
  const zetVeld = (veld: keyof typeof w) => (e: { target: { value: string } }) => setW((oud) => ({ ...oud, [veld]: e.target.value }));

  const verzenden = async () => {
    const { herhaling, ...rest } = w;
    const uit = await actie.uitvoeren(() => roep('herstelsleutel.gebruiken', { map: bestand.map, ...rest }), {
      herhaling: herhaling !== w.nieuwWachtwoord && t('fout.herhaling'),
    });
    if (uit) {
      setW({ gebruiker: '', code: '', nieuwWachtwoord: '', herhaling: '' });
      setHersteld(uit);
    }
  };

  if (hersteld?.info) {
    const { herstelsleutel, ...sessie } = hersteld;
    return (
      <Box sx={{ maxWidth: 1100, mx: 'auto' }}>
        <HerstelsleutelKaart
          code={herstelsleutel}
          bestand={hersteld.info.naam}
          penvoerder={hersteld.info.penvoerder}
          rol={LEIDENDE_ROL[hersteld.info.profiel]}
          intro={t('herstelsleutel.vergeten.gelukt')}
          onBewaard={() => {
            naar({ naam: 'overzicht' });
            zet(sessie);
          }}
        />
      </Box>
    );
  }

  return (
    <Box sx={{ maxWidth: 760, mx: 'auto' }}>
      <TerugKnop tekst={t('herstelsleutel.vergeten.terug')} onTerug={onTerug} />
      <PaginaKop titel={t('herstelsleutel.vergeten.titel')} intro={t('herstelsleutel.vergeten.uitleg1')} />
      <Stack spacing={2} sx={{ mb: 3 }}>
        <Typography>{t('herstelsleutel.vergeten.uitleg2')}</Typography>
        <Typography color="text.secondary">{t('herstelsleutel.vergeten.uitleg3')}</Typography>
      </Stack>
      <PaginaFormulier
        kader
        label={t('herstelsleutel.vergeten.titel')}
        actie={actie}
        bekendeVelden={VELDEN}
        knop={t('herstelsleutel.vergeten.knop')}
        knopProps={{ size: 'large' }}
        spatie={2.5}
        onVerzenden={() => void verzenden()}
      >
        <Veld actie={actie} pad="gebruiker" label={t('herstelsleutel.vergeten.gebruiker')} value={w.gebruiker} onChange={zetVeld('gebruiker')} autoComplete="username" required autoFocus />
        <Veld
          actie={actie}
          pad="code"
          label={t('herstelsleutel.vergeten.code')}
          hulp={t('herstelsleutel.vergeten.codeHulp')}
          value={w.code}
          onChange={zetVeld('code')}
          autoComplete="off"
          required
          slotProps={{ htmlInput: { inputMode: 'numeric', spellCheck: false, style: { fontFamily: 'monospace' } } }}
        />
        <Veld actie={actie} pad="nieuwWachtwoord" type="password" label={t('herstelsleutel.vergeten.nieuw')} hulp={t('eersteStart.wachtwoordHulp')} value={w.nieuwWachtwoord} onChange={zetVeld('nieuwWachtwoord')} autoComplete="new-password" required />
        <Veld actie={actie} pad="herhaling" type="password" label={t('herstelsleutel.vergeten.herhaling')} value={w.herhaling} onChange={zetVeld('herhaling')} autoComplete="new-password" required />
      </PaginaFormulier>
    </Box>
  );
}
