/**
 * SQLCipher's `cipher_integrity_check` in JavaScript, for the driver that lacks it (ADR 0013). SQLCipher 4
 * with a raw key: each 4096-byte page ends in 80 reserved bytes, a 16-byte IV and a 64-byte
 * HMAC-SHA512 over the encrypted content, the IV and the page number (4 bytes, little-endian). The
 * HMAC key is PBKDF2-HMAC-SHA512 of the key over the file's salt XOR 0x3a, 2 iterations. Page 1
 * starts with the 16-byte salt, which the HMAC leaves out. Like SQLCipher, this reads the database
 * file itself, not the WAL: a page is checked where it lives once checkpointed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';

const PAGINA = 4096;
const GERESERVEERD = 80;
const IV = 16;
const ZOUT = 16;
const HMAC_ZOUTMASKER = 0x3a;
const PAGINAS_PER_LEZING = 256;

export async function hmacFoutePaginas(pad: string, sleutel: Buffer): Promise<{ paginas: number[]; meldingen: string[] }> {
  const bestand = await fs.open(pad, 'r');
  try {
    const { size } = await bestand.stat();
    const meldingen = size % PAGINA === 0 ? [] : [`het bestand eindigt in een halve pagina (${size % PAGINA} bytes)`];
    if (size < PAGINA) return { paginas: [], meldingen };
    const zout = Buffer.alloc(ZOUT);
    await bestand.read(zout, 0, ZOUT, 0);
    const hmacSleutel = crypto.pbkdf2Sync(sleutel, zout.map((b) => b ^ HMAC_ZOUTMASKER), 2, 32, 'sha512');
    const paginas: number[] = [];
    const blok = Buffer.alloc(PAGINA * PAGINAS_PER_LEZING);
    const aantal = Math.floor(size / PAGINA);
    const nummer = Buffer.alloc(4);
    for (let eerste = 1; eerste <= aantal; eerste += PAGINAS_PER_LEZING) {
      const { bytesRead } = await bestand.read(blok, 0, blok.length, (eerste - 1) * PAGINA);
      for (let i = 0; i < Math.floor(bytesRead / PAGINA); i++) {
        const nr = eerste + i;
        const pagina = blok.subarray(i * PAGINA, (i + 1) * PAGINA);
        const einde = PAGINA - GERESERVEERD + IV;
        nummer.writeUInt32LE(nr);
        const verwacht = crypto.createHmac('sha512', hmacSleutel).update(pagina.subarray(nr === 1 ? ZOUT : 0, einde)).update(nummer).digest();
        if (!crypto.timingSafeEqual(verwacht, pagina.subarray(einde, PAGINA))) paginas.push(nr);
      }
    }
    hmacSleutel.fill(0);
    return { paginas, meldingen };
  } finally {
    await bestand.close();
  }
}
