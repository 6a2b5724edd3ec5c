/** Reads a passphrase from the terminal without echoing it (never from an argument: DESIGN §10). */
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
