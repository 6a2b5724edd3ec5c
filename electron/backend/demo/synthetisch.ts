/**
 * Synthetic case data for the demo and the benchmarks: names, places and situations made up from
 * small lists with a seeded generator, so runs repeat exactly. Nothing here is about real people.
 */
import type { FormatCasusInvoer } from '@shared/domein/signaal';

export function willekeur(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOORNAMEN = ['Anna', 'Maria', 'Ioana', 'Elena', 'Katarzyna', 'Agnieszka', 'Olena', 'Svetlana', 'Blessing', 'Precious', 'Thi Lan', 'Mai', 'Fatima', 'Samira', 'Lisa', 'Sanne', 'Daniela', 'Mihaela', 'Jan', 'Piotr', 'Marek', 'Andrei', 'Vasile', 'Georgi', 'Dimitar', 'Mohammed', 'Youssef', 'Tomasz', 'Minh', 'Duc', 'Kevin', 'Rachid', 'Emre', 'Mehmet', 'Ahmed', 'Ivan', 'Oleksandr', 'Chinedu', 'Joy', 'Ewa'];
const ACHTERNAMEN = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Kowalski', 'Nowak', 'Wiśniewska', 'Popescu', 'Ionescu', 'Dumitru', 'Petrov', 'Ivanova', 'Georgieva', 'Nguyen', 'Tran', 'Pham', 'El Amrani', 'Benali', 'Yılmaz', 'Kaya', 'Demir', 'Okafor', 'Adeyemi', 'Eze', 'Kovalenko', 'Shevchenko', 'van Dijk', 'Mulder', 'de Boer', 'Meijer', 'Hendriks', 'Dekker', 'Koç', 'Şahin', 'Mazur', 'Lewandowski', 'Stoica', 'Radu'];
const PLAATSEN = ['Voorbeeldstad', 'Havendorp', 'Polderveen', 'Nieuwe Sluis', 'Oosterwijk', 'Bergenhoven', 'Westmaas', 'Kanaalzijde'];
const STRATEN = ['Stationsweg', 'Kerkstraat', 'Industrieweg', 'Havenkade', 'Molenlaan', 'Dorpsstraat', 'Kanaalweg', 'Parallelweg'];
const NATIONALITEITEN = ['Nederlandse', 'Poolse', 'Roemeense', 'Bulgaarse', 'Nigeriaanse', 'Vietnamese', 'Oekraïense', 'Marokkaanse', 'Turkse', 'onbekend'];
const SECTOREN = ['distributiecentrum', 'tuinbouwkas', 'nagelstudio', 'autowasstraat', 'schoonmaakbedrijf', 'restaurant', 'vleesverwerking', 'bouwplaats', 'massagesalon', 'hotel'];

const kies = <T>(r: () => number, lijst: readonly T[]): T => lijst[Math.floor(r() * lijst.length)]!;

export interface SynthetischePersoon {
  naam: string;
  geboortedatum: string;
  geslacht: 'vrouw' | 'man';
  adres: string;
  woonplaats: string;
  nationaliteit: string;
}

export function persoon(r: () => number, peiljaar = 2026): SynthetischePersoon {
  const jaar = peiljaar - 16 - Math.floor(r() * 40);
  const maand = 1 + Math.floor(r() * 12);
  const dag = 1 + Math.floor(r() * 28);
  return {
    naam: `${kies(r, VOORNAMEN)} ${kies(r, ACHTERNAMEN)}`,
    geboortedatum: `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`,
    geslacht: r() < 0.65 ? 'vrouw' : 'man',
    adres: `${kies(r, STRATEN)} ${1 + Math.floor(r() * 200)}`,
    woonplaats: kies(r, PLAATSEN),
    nationaliteit: kies(r, NATIONALITEITEN),
  };
}

/** How a different source might write the same name: a typo, a dropped double letter, order swapped. */
export function spellingsvariant(r: () => number, naam: string): string {
  const varianten = [
    (n: string) => n.replace('ij', 'y').replace('ss', 's').replace('ie', 'i'),
    (n: string) => {
      const delen = n.split(' ');
      return [...delen.slice(1), delen[0]].join(' ');
    },
    (n: string) => n.normalize('NFD').replace(/\p{M}/gu, ''),
    (n: string) => n.replace(/([aeiou])/, '$1$1'),
    (n: string) => n.replace('k', 'c').replace('w', 'v'),
  ];
  const uit = kies(r, varianten)(naam);
  return uit === naam ? `${naam.slice(0, -1)}${naam.endsWith('a') ? 'e' : 'a'}` : uit;
}

export interface SignaalOpties {
  bronPartnerId: number;
  indicatorIds: readonly number[];
  slachtoffer?: SynthetischePersoon;
  datum?: string;
}

export function signaalFormulier(r: () => number, o: SignaalOpties): FormatCasusInvoer {
  const slachtoffer = o.slachtoffer ?? persoon(r);
  const pleger = persoon(r);
  const seksueel = r() < 0.45;
  const sector = kies(r, SECTOREN);
  const maand = 1 + Math.floor(r() * 11);
  const datum = o.datum ?? `2026-${String(maand).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const indicatoren = [...new Set([kies(r, o.indicatorIds), kies(r, o.indicatorIds), kies(r, o.indicatorIds)])];
  return {
    datumTijd: `${datum}T${String(8 + Math.floor(r() * 10)).padStart(2, '0')}:${r() < 0.5 ? '15' : '40'}`,
    melder: { contactpersoon: `${kies(r, VOORNAMEN)} ${kies(r, ACHTERNAMEN)} (synthetisch)`, partnerId: o.bronPartnerId, telefoon: '088 000 00 00', datum },
    bron: { naam: `${kies(r, VOORNAMEN)} ${kies(r, ACHTERNAMEN)} (synthetisch)`, partnerId: o.bronPartnerId, telefoon: '088 000 00 00' },
    slachtoffer: { ...slachtoffer, verblijfstatus: r() < 0.5 ? 'EU-burger' : 'onbekend', woonsituatie: `Woont op een adres geregeld via de ${sector}` },
    pleger: r() < 0.7 ? { ...pleger, verblijfstatus: 'onbekend', woonsituatie: '' } : {},
    samenvatting: seksueel
      ? `Signaal over mogelijke gedwongen prostitutie rond een ${sector}.\nSlachtoffer lijkt onder druk te staan en draagt verdiensten af.`
      : `Signaal over mogelijke arbeidsuitbuiting bij een ${sector}.\nLange werkdagen, loon ingehouden, huisvesting via de werkgever.`,
    vermoedens: seksueel ? ['seksuele-uitbuiting'] : ['sociaal-economische-uitbuiting'],
    seksueleVormen: seksueel ? [r() < 0.3 ? 'jeugdprostitutie' : 'gedwongen-prostitutie'] : [],
    vraag1: seksueel ? { zitInProstitutie: 'ja', sindsWanneer: 'ongeveer een half jaar', waar: `omgeving ${slachtoffer.woonplaats}`, watVoorProstitutie: 'wisselende adressen, advertenties', wieOpDeHoogte: 'onbekend' } : {},
    vraag2: seksueel ? {} : { hoeUitgebuit: 'loon ingehouden voor huisvesting en vervoer', waaruitBlijktDat: 'verklaring collega', sindsWanneer: 'enkele maanden', waar: sector, watVoorWerk: 'ongeschoold werk in ploegen', wieOpDeHoogte: 'collega' },
    dwang: { isErSprake: r() < 0.6 ? 'ja' : 'onbekend', waaruitBlijkt: 'paspoort ingehouden', eenOfMeerderePersonen: r() < 0.5 ? 'een' : 'meerdere' },
    handhaving: { strafbareFeiten: r() < 0.4 ? 'ja' : 'onbekend', welkeEnDoorWie: r() < 0.4 ? 'mogelijk art. 273f Sr' : '' },
    hulpverlening: { wordtHulpGeboden: r() < 0.3 ? 'ja' : 'nee', vervolgacties: 'bespreken in zorgoverleg' },
    indicatoren,
    fase: 1 + Math.floor(r() * 5),
    delen: r() < 0.6 ? 'identificeerbaar' : 'geanonimiseerd',
  };
}
