import type { LinkageKeyKind } from '../../agreements/document.ts';
import { isValidIban } from './iban.ts';

/** A linkage key: its kind and the normalised value, as `kind:value` (the prefix keeps kinds from colliding). */
export type LinkageKey = `${LinkageKeyKind}:${string}`;

/** A normalised key, or why the value cannot be used. */
export type Normalised = { ok: true; key: LinkageKey } | { ok: false; reason: string };

const fail = (reason: string): Normalised => ({ ok: false, reason });
const alphanumerics = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Document numbers: upper-case A-Z and 0-9, everything else dropped. */
export function documentKey(value: string): Normalised {
  const number = alphanumerics(value.normalize('NFKD'));
  return number.length >= 3 && number.length <= 50 ? { ok: true, key: `document:${number}` } : fail('a document number needs 3 to 50 letters or digits');
}

/** Phone numbers, E.164-like: spaces and punctuation dropped, a leading 00 becomes +, a country code is required. */
export function phoneKey(value: string): Normalised {
  let number = value.trim().replace(/[\s().\-/]/g, '');
  if (number.startsWith('00')) number = `+${number.slice(2)}`;
  if (!number.startsWith('+')) return fail('a phone number needs its country code (+ or 00)');
  return /^\+[1-9][0-9]{6,14}$/.test(number) ? { ok: true, key: `phone:${number}` } : fail('a phone number has 7 to 15 digits after + and no letters');
}

/** IBANs: upper-case, spaces removed, ISO 13616 check digits verified (an invalid IBAN is reported, not used). */
export function ibanKey(value: string): Normalised {
  const iban = value.toUpperCase().replace(/\s+/g, '');
  return isValidIban(iban) ? { ok: true, key: `iban:${iban}` } : fail('not a valid IBAN (ISO 13616 structure or check digits)');
}

/**
 * Crypto wallet addresses, trimmed: 0x-hex (Ethereum and alike) and bech32
 * (case-insensitive by definition) are lower-cased; base58 and others keep their case.
 */
export function walletKey(value: string): Normalised {
  const address = value.trim();
  if (!/^[A-Za-z0-9]{20,120}$/.test(address)) return fail('a wallet address is 20 to 120 letters and digits');
  if (/^0x[0-9a-fA-F]{40}$/.test(address)) return { ok: true, key: `wallet:${address.toLowerCase()}` };
  if (/^(bc|tb|ltc)1[a-z0-9]{8,90}$/i.test(address) && (address === address.toLowerCase() || address === address.toUpperCase())) {
    return { ok: true, key: `wallet:${address.toLowerCase()}` };
  }
  return { ok: true, key: `wallet:${address}` };
}

/** Vehicle plates: upper-case alphanumerics, prefixed with the registration country (a plate means nothing without it). */
export function plateKey(value: string, country: string | undefined): Normalised {
  if (!country || !/^[A-Za-z]{2}$/.test(country)) return fail('a plate needs its registration country (ISO 3166-1 alpha-2)');
  const plate = alphanumerics(value.normalize('NFKD'));
  return plate.length >= 2 && plate.length <= 15 ? { ok: true, key: `plate:${country.toUpperCase()}:${plate}` } : fail('a plate has 2 to 15 letters or digits');
}

/** Vehicle identification numbers (ISO 3779): 17 characters, no I, O or Q. */
export function vinKey(value: string): Normalised {
  const vin = alphanumerics(value);
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(vin) ? { ok: true, key: `vin:${vin}` } : fail('a VIN is 17 letters and digits without I, O or Q');
}

/** The normalised key of one identifier of the given kind (all kinds but `person`, whose keys come from a record). */
export function identifierLinkageKey(kind: Exclude<LinkageKeyKind, 'person'>, value: string, country?: string): Normalised {
  switch (kind) {
    case 'document':
      return documentKey(value);
    case 'phone':
      return phoneKey(value);
    case 'iban':
      return ibanKey(value);
    case 'wallet':
      return walletKey(value);
    case 'plate':
      return plateKey(value, country);
    case 'vin':
      return vinKey(value);
  }
}

/** The kind of a linkage key. */
export function kindOf(key: LinkageKey): LinkageKeyKind {
  return key.slice(0, key.indexOf(':')) as LinkageKeyKind;
}
