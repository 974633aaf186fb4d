import { KeyObject, X509Certificate, createHash, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

/** A node's TLS identity for node-to-node HTTPS: a self-signed certificate that partners pin. */
export interface TlsIdentity {
  certificatePem: string;
  privateKey: KeyObject;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

/**
 * Makes a self-signed ECDSA P-256 certificate for the node, valid for ten years,
 * naming the node id and the host it serves on. Partners pin it from the
 * node's descriptor rather than trusting any certificate authority.
 */
export async function createTlsIdentity(nodeId: string, host: string): Promise<TlsIdentity> {
  x509.cryptoProvider.set(webcrypto as never);
  const keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const now = new Date();
  const isIp = /^[\d.]+$|:/.test(host);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Date.now().toString(16),
    name: `CN=${nodeId}`,
    notBefore: new Date(now.getTime() - 24 * 3600_000),
    notAfter: new Date(now.getTime() + 10 * 365 * 24 * 3600_000),
    keys: keys as never,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.SubjectAlternativeNameExtension([
        { type: 'dns', value: 'localhost' },
        isIp ? { type: 'ip', value: host } : { type: 'dns', value: host },
        ...(host !== '127.0.0.1' ? [{ type: 'ip' as const, value: '127.0.0.1' }] : []),
      ]),
    ],
  });
  return { certificatePem: certificate.toString('pem'), privateKey: KeyObject.from(keys.privateKey) };
}

/** The SHA-256 fingerprint of a PEM certificate, as hex: what a partner pins. */
export function certificateFingerprint(certificatePem: string): string {
  return createHash('sha256').update(new X509Certificate(certificatePem).raw).digest('hex');
}
