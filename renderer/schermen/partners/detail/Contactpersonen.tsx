/** Partner detail → contact persons (art. 30.1). */
import { useState } from 'react';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import { useTranslation } from 'react-i18next';
import type { Contactpersoon, PartnerDetail as Detail } from '@shared/domein/partner';
import { roep } from '../../../api/client';
import { useMag } from '../../../api/toegang';
import { Sectie } from '../../../componenten/Sectie';
import { Tabel } from '../../../componenten/Tabel';
import { Bevestiging } from '../../../componenten/Bevestiging';
import { useActie } from '../../../componenten/useActie';
import { useLaatste } from '../../../componenten/useLaatste';
import { Actieknop } from '../../../componenten/Actieknop';
import { ContactDialoog } from './ContactDialoog';
import { useDialoog } from '../../../componenten/useDialoog';

export function Contactpersonen({ partner: p, onBijgewerkt }: { partner: Detail; onBijgewerkt(d: Detail, melding: string): void }) {
  const { t } = useTranslation();
  const mag = useMag();
  const toevoegen = useDialoog();
  const [verwijderen, setVerwijderen] = useState<Contactpersoon | null>(null);
  const getoond = useLaatste(verwijderen);
  const verwijderActie = useActie();

  const verwijderBevestigd = async () => {
    if (!verwijderen) return;
    const d = await verwijderActie.uitvoeren(() => roep('partners.contactpersoonVerwijderen', { partnerId: p.id, contactpersoonId: verwijderen.id }));
    if (d) {
      setVerwijderen(null);
      onBijgewerkt(d, t('algemeen.opgeslagen'));
    }
  };

  return (
    <Sectie
      titel={t('partner.contactpersonen')}
      uitleg={t('partner.contactUitleg')}
      acties={<Actieknop recht="partners.contactpersoonToevoegen" icoon={<PersonAddAlt1OutlinedIcon />} tekst={t('partner.contactToevoegen')} onClick={() => toevoegen.openen()} />}
    >
      <Tabel<Contactpersoon>
        label={t('partner.contactpersonen')}
        dicht
        rijen={p.contactpersonen}
        sleutel={(c) => String(c.id)}
        leeg={t('partner.geenContact')}
        kolommen={[
          { id: 'naam', kop: t('partner.contactNaam'), rijkop: true, cel: (c) => c.naam },
          { id: 'functie', kop: t('partner.functie'), cel: (c) => c.functie || t('algemeen.leeg') },
          { id: 'telefoon', kop: t('partner.telefoon'), cel: (c) => c.telefoon || t('algemeen.leeg') },
          { id: 'email', kop: t('partner.email'), cel: (c) => c.email || t('algemeen.leeg') },
        ]}
        rijKnoppen={[mag('partners.contactpersoonVerwijderen') && { tekst: t('algemeen.verwijderen'), variant: 'text', kleur: 'error', wie: (c) => c.naam, onClick: setVerwijderen }]}
      />
      <ContactDialoog
        open={toevoegen.open}
        partnerId={p.id}
        onSluiten={toevoegen.sluiten}
        onKlaar={toevoegen.klaar((d: Detail) => onBijgewerkt(d, t('algemeen.opgeslagen')))}
      />
      <Bevestiging
        open={Boolean(verwijderen)}
        titel={t('partner.contactVerwijderenTitel')}
        tekst={t('partner.contactVerwijderenTekst', { naam: getoond?.naam ?? '', partner: p.naam })}
        bevestigTekst={t('algemeen.verwijderen')}
        actie={verwijderActie}
        onSluiten={() => setVerwijderen(null)}
        onBevestigen={() => void verwijderBevestigd()}
      />
    </Sectie>
  );
}
