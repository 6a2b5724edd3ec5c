/** The environment variables a passphrase (or the recovery code) may come from (never from an argument: docs/ontwerp.md §10). */
export type WachtwoordVariabele = 'KETENBESTAND_WACHTWOORD' | 'KETENBESTAND_NIEUW_WACHTWOORD' | 'KETENBESTAND_HERSTELSLEUTEL';

/**
 * Takes the passphrases out of the environment in one go, before anything else runs: what stays in
 * `process.env` is inherited by every child process and shows in crash reports, so it is removed the
 * moment it has been read and kept only in the returned object.
 */
export function wachtwoordenUitOmgeving(): Partial<Record<WachtwoordVariabele, string>> {
  const uit: Partial<Record<WachtwoordVariabele, string>> = {};
  for (const naam of ['KETENBESTAND_WACHTWOORD', 'KETENBESTAND_NIEUW_WACHTWOORD', 'KETENBESTAND_HERSTELSLEUTEL'] as const) {
    const waarde = process.env[naam];
    delete process.env[naam];
    if (waarde) uit[naam] = waarde;
  }
  return uit;
}

/** Reads a passphrase from the terminal without echoing it (never from an argument: docs/ontwerp.md §10). */
export function leesWachtwoord(vraag: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(vraag);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let invoer = '';
    const klaar = (fout?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', opData);
      process.stderr.write('\n');
      if (fout) reject(fout);
      else resolve(invoer);
    };
    const opData = (teken: string) => {
      for (const c of teken) {
        if (c === '\r' || c === '\n') return klaar();
        if (c === '\u0003') return klaar(new Error('Afgebroken'));
        if (c === '\u007f' || c === '\b') invoer = invoer.slice(0, -1);
        else invoer += c;
      }
    };
    stdin.on('data', opData);
  });
}
