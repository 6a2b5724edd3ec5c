/** The first-login step of the duty of confidentiality (art. 21.2, ADR 0043) and its column in Beheer → Gebruikers. */
export const geheimhoudingNl = {
  titel: 'Geheimhoudingsplicht',
  intro: 'Voordat u gegevens in dit bestand ziet, leest u de geheimhoudingsplicht uit het convenant en bevestigt u dat u zich eraan houdt. Dat doet elk account één keer, en opnieuw als de tekst verandert.',
  artikelKop: 'Artikel 21.2 van het convenant',
  uitlegKop: 'Wat dit voor u betekent',
  vinkje: 'Ik heb dit gelezen en houd mij eraan',
  vinkjeNodig: 'Vink eerst aan dat u de tekst hebt gelezen en u eraan houdt.',
  knop: 'Bevestigen en verder',
  vergrendelen: 'Nu niet: vergrendelen',
  vastlegging: 'Versie {{versie}} van de tekst. Uw bevestiging wordt met datum en tijd vastgelegd in het bestand en in het auditlog.',
  kolom: 'Geheimhouding (art. 21.2)',
  bevestigdOp: 'Bevestigd op {{datum}}',
  oudeVersie: 'Versie {{versie}} bevestigd op {{datum}}; de nieuwe tekst nog niet',
  nietBevestigd: 'Nog niet bevestigd',
};
