/**
 * The Ed25519 signer and the AES-256-GCM field cipher on node:crypto. Keys come from the runtime's
 * secret (docs: README, "Online certificates"): a 32-byte Ed25519 seed and a 32-byte data key, each
 * given in hex or base64 (XIAOBEI_SIGNING_KEY, XIAOBEI_DATA_KEY), or derived from the local host's
 * own secret when none is given.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  randomBytes,
  sign,
  verify,
} from 'node:crypto'
import type { FieldCipher, PublicKeyInfo, Signer } from './port'

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410)
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

/** 32 bytes from hex (64 characters) or base64; anything else is refused, loudly. */
export function keyBytes(text: string, what: string): Buffer {
  const t = text.trim()
  const bytes = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64')
  if (bytes.length !== 32) throw new Error(`${what} 须为32字节（64位十六进制或 base64）`)
  return bytes
}

/** A key derived from a master secret for one purpose (the local host's secret file). */
export function derivedKey(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`xiaobei:${purpose}`).digest()
}

export function createEd25519Signer(seed: Uint8Array): Signer {
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, Buffer.from(seed)]),
    format: 'der',
    type: 'pkcs8',
  })
  const publicKey = createPublicKey(privateKey)
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
  const keyId = `ed25519-${createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16)}`
  const keys = new Map<string, KeyObject>([[keyId, publicKey]])
  return {
    algorithm: 'Ed25519',
    keyId,
    digest: 'SHA-256',
    hash: (payload) => createHash('sha256').update(payload, 'utf8').digest('hex'),
    async sign(digestHex) {
      return sign(null, Buffer.from(digestHex, 'hex'), privateKey).toString('base64')
    },
    async verify(digestHex, signature, id) {
      const key = keys.get(id)
      if (!key || !/^[0-9a-f]{64}$/.test(digestHex)) return false
      try {
        return verify(null, Buffer.from(digestHex, 'hex'), key, Buffer.from(signature, 'base64'))
      } catch {
        return false
      }
    },
    publicKeys: (): PublicKeyInfo[] => [{ keyId, algorithm: 'Ed25519', publicKeyPem }],
  }
}

const b64u = (b: Buffer) => b.toString('base64url')

export function createAesGcmCipher(key: Uint8Array): FieldCipher {
  if (key.length !== 32) throw new Error('数据密钥须为32字节')
  const k = Buffer.from(key)
  const macKey = createHmac('sha256', k).update('xiaobei:fingerprint').digest()
  return {
    encrypt(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', k, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return `v1:${b64u(iv)}:${b64u(cipher.getAuthTag())}:${b64u(body)}`
    },
    decrypt(sealed) {
      const [v, iv, tag, body] = sealed.split(':')
      if (v !== 'v1' || !iv || !tag || body === undefined) throw new Error('密文格式有误')
      const decipher = createDecipheriv('aes-256-gcm', k, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
    },
    fingerprint: (plain) => createHmac('sha256', macKey).update(plain, 'utf8').digest('hex'),
  }
}

/**
 * The signer and cipher of a runtime: from explicit keys when the environment gives them, else from
 * the local secret (local host), else none (CloudBase without keys: certificate issuing refuses).
 */
export function certificateKeys(options: { signingKey?: string; dataKey?: string; secret?: string }): {
  signer?: Signer
  cipher?: FieldCipher
} {
  const seed = options.signingKey
    ? keyBytes(options.signingKey, 'XIAOBEI_SIGNING_KEY')
    : options.secret
      ? derivedKey(options.secret, 'certificate-signing')
      : null
  const data = options.dataKey
    ? keyBytes(options.dataKey, 'XIAOBEI_DATA_KEY')
    : options.secret
      ? derivedKey(options.secret, 'field-cipher')
      : null
  return {
    ...(seed ? { signer: createEd25519Signer(seed) } : {}),
    ...(data ? { cipher: createAesGcmCipher(data) } : {}),
  }
}
