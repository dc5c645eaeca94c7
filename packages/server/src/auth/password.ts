import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** Argon2id (`Algorithm.Argon2id` is an ambient const enum, so its value is spelled out). */
const OPTIONS = { algorithm: 2 as Algorithm.Argon2id };

export const MIN_WACHTWOORD = 12;

export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return hash(wachtwoord, OPTIONS);
}

/** A fixed hash to verify against when the e-mail address is unknown, so both cases take about as long. */
let dummyHash: Promise<string> | undefined;

export async function controleerWachtwoord(opgeslagen: string | undefined, wachtwoord: string): Promise<boolean> {
  if (opgeslagen === undefined) {
    dummyHash ??= hash('geen-gebruiker-met-dit-adres', OPTIONS);
    await verify(await dummyHash, wachtwoord).catch(() => false);
    return false;
  }
  return verify(opgeslagen, wachtwoord).catch(() => false);
}
