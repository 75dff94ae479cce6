/**
 * The deployment's first admin: `XIAOBEI_BOOTSTRAP_CODE` becomes a one-time street-admin invite at
 * start-up on every runtime (the local host's start script, a CloudBase cold start). Invites are
 * stored under a hash of their code, never the code itself.
 */
import { createHash } from 'node:crypto'
import type { Store } from '../store/port'

/** the bootstrap invite waits until it is used: the operator removes the variable afterwards */
export const NEVER = '9999-12-31T00:00:00.000Z'

export const normalizeCode = (code: string) => code.trim().toUpperCase()
export function inviteIdOf(code: string): string {
  return `inv_${createHash('sha256').update(normalizeCode(code)).digest('hex').slice(0, 32)}`
}

/**
 * At start-up on every runtime: `XIAOBEI_BOOTSTRAP_CODE` becomes a one-time invite for the street
 * admin of `XIAOBEI_BOOTSTRAP_STREET` (default: the only street). A code already made (used or
 * not) is left alone, so a restart never makes a second first admin.
 */
export async function ensureBootstrapInvite(
  store: Store,
  options: { code?: string; streetId?: string },
  now: Date,
): Promise<'created' | 'exists' | 'skipped'> {
  const code = options.code ? normalizeCode(options.code) : ''
  if (!code) return 'skipped'
  if (!/^[0-9A-Z_-]{8,64}$/.test(code)) {
    console.warn('[bootstrap] XIAOBEI_BOOTSTRAP_CODE 需为 8–64 位字母或数字，已忽略')
    return 'skipped'
  }
  let streetId = options.streetId ?? ''
  if (!streetId) {
    const all = (await store.collection('places').find({ where: { kind: 'street' }, limit: 100 })).items
    if (all.length !== 1) {
      console.warn(`[bootstrap] 有 ${all.length} 个街道，请用 XIAOBEI_BOOTSTRAP_STREET 指定一个`)
      return 'skipped'
    }
    streetId = all[0]._id
  }
  const street = await store.collection('orgs').get(streetId)
  if (street?.kind !== 'street') {
    console.warn(`[bootstrap] 没有这个街道：${streetId}`)
    return 'skipped'
  }
  const id = inviteIdOf(code)
  const invites = store.collection('invites')
  if (await invites.get(id)) return 'exists'
  try {
    await invites.insert({
      _id: id,
      role: 'street_admin',
      orgId: streetId,
      status: 'open',
      expiresAt: NEVER,
      createdBy: 'bootstrap',
      createdAt: now.toISOString(),
      usedBy: null,
      usedAt: null,
    })
    return 'created'
  } catch (error) {
    if (error instanceof Error && error.name === 'StoreConflictError') return 'exists'
    throw error
  }
}
