/**
 * Ports for what an issued e-certificate needs from the runtime's secrets:
 * - Signer: signs the SHA-256 hash of a certificate's face. Ed25519 now (node:crypto); a 政务云
 *   deployment swaps in SM2 over SM3 behind the same port.
 * - FieldCipher: encrypts a field at rest (the holder's ID number), AES-256-GCM, and gives a keyed
 *   hash to match it without decrypting.
 */
export interface PublicKeyInfo {
  keyId: string
  algorithm: string
  /** SubjectPublicKeyInfo, PEM */
  publicKeyPem: string
}

export interface Signer {
  readonly algorithm: string
  readonly keyId: string
  /** the payload hash algorithm the signature covers, e.g. 'SHA-256' */
  readonly digest: string
  /** hex digest of the payload bytes */
  hash(payload: string): string
  /** base64 signature of the hex digest */
  sign(digestHex: string): Promise<string>
  /** whether `signature` signs `digestHex` under the key `keyId` (false for an unknown key) */
  verify(digestHex: string, signature: string, keyId: string): Promise<boolean>
  publicKeys(): PublicKeyInfo[]
}

export interface FieldCipher {
  /** 'v1:<iv>:<tag>:<ciphertext>' in base64url; a new random IV every time */
  encrypt(plain: string): string
  decrypt(sealed: string): string
  /** a keyed hash (HMAC-SHA-256, hex) for equality without the plaintext */
  fingerprint(plain: string): string
}
