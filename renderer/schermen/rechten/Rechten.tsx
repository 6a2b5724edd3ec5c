/** Rechten betrokkenen (art. 23–27): the privacy-medewerker's overview, the register, one request, the informing duty. */
import { useMag } from '../../api/toegang';
import { useNavigatie, type RechtenWeergave } from '../../store/navigatie';
import { RechtenOverzicht } from './RechtenOverzicht';
import { Register } from './Register';
import { VerzoekDetail } from './VerzoekDetail';
import { Informeren } from './Informeren';

export function Rechten() {
  const pagina = useNavigatie((s) => s.pagina);
  const mag = useMag();
  const weergave: RechtenWeergave = pagina.naam === 'rechten' ? pagina.weergave : { soort: 'overzicht' };
  switch (weergave.soort) {
    case 'overzicht':
      // The leading role reads the register (it carries out corrections); the overview is the privacy-medewerker's.
      return mag('rechten.overzicht') ? <RechtenOverzicht /> : <Register />;
    case 'register':
      return <Register />;
    case 'verzoek':
      return <VerzoekDetail key={weergave.id} id={weergave.id} />;
    case 'informeren':
      return <Informeren />;
  }
}
