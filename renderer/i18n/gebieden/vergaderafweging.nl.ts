/** Meeting mode: the weighing of the victim's interests with a decision to act (art. 21.6). */
export const vergaderafwegingNl = {
  titel: 'Afweging van de belangen van het slachtoffer (art. 21.6)',
  uitleg: 'Dit dossier bevat informatie uit een signaal dat niet van een zorgpartner komt. Een besluit tot inzet vraagt eerst een afweging van de belangen en de positie van het slachtoffer tegenover het beoogde resultaat.',
  veld: 'Afweging',
  hulpNieuw: 'Nog niet vastgelegd; zonder afweging wordt het besluit geweigerd (ten minste twintig tekens).',
  hulpBestaand: 'Vastgelegd door {{door}} op {{datum}}. Laat staan, of pas aan: dan wordt de nieuwe afweging bij dit besluit vastgelegd.',
};
