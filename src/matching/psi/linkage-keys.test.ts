import { describe, expect, it } from 'vitest';
import { isValidIban } from './iban.ts';
import { documentKey, ibanKey, phoneKey, plateKey, vinKey, walletKey } from './linkage-keys.ts';

const key = (n: { ok: boolean; key?: string }) => (n.ok ? n.key : null);

describe('linkage keys', () => {
  it('normalises document numbers to upper-case alphanumerics', () => {
    expect(key(documentKey(' c01x-00t 47 '))).toBe('document:C01X00T47');
    expect(documentKey('-').ok).toBe(false);
  });

  it('normalises phone numbers E.164-like and needs a country code', () => {
    expect(key(phoneKey('0049 (30) 123-456.78'))).toBe('phone:+493012345678');
    expect(key(phoneKey('+33 6 12 34 56 78'))).toBe('phone:+33612345678');
    expect(phoneKey('030 1234567')).toMatchObject({ ok: false, reason: expect.stringMatching(/country code/) });
    expect(phoneKey('+49 30 CALL ME').ok).toBe(false);
  });

  it('checks IBANs with ISO 13616 mod 97 and reports invalid ones', () => {
    expect(key(ibanKey('de89 3704 0044 0532 0130 00'))).toBe('iban:DE89370400440532013000');
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(ibanKey('DE89 3704 0044 0532 0130 01')).toMatchObject({ ok: false, reason: expect.stringMatching(/check digits/) });
  });

  it('keeps the case of base58 wallets and lower-cases hex and bech32 ones', () => {
    expect(key(walletKey(' 1BoatSLRHtKNngkdXEeobR76b53LETtpyT '))).toBe('wallet:1BoatSLRHtKNngkdXEeobR76b53LETtpyT');
    expect(key(walletKey('0x52908400098527886E0F7030069857D2E4169EE7'))).toBe('wallet:0x52908400098527886e0f7030069857d2e4169ee7');
    expect(key(walletKey('BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ'))).toBe('wallet:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq');
    expect(walletKey('not a wallet').ok).toBe(false);
  });

  it('prefixes plates with their country and checks VINs', () => {
    expect(key(plateKey('b-xy 123', 'de'))).toBe('plate:DE:BXY123');
    expect(plateKey('B-XY 123', undefined).ok).toBe(false);
    expect(key(vinKey('wvwzzz1jzxw000001'))).toBe('vin:WVWZZZ1JZXW000001');
    expect(vinKey('WVWZZZ1JZXW00000I').ok).toBe(false);
  });
});
