/**
 * `npm run setup -- --street <dir>` on any store: migrate, check the package across its files,
 * write it (idempotent), and mark the store as set up so a later `npm start` never seeds the demo
 * street into it.
 */
import type { StreetPackage } from '../../types/street-package'
import { isStoreConflict, type Store } from '../_platform/store/port'
import { SEED_MARK } from './seed'
import { packageProblems, type WriteCounts, writeStreetPackage } from './street-package'

export class StreetPackageProblems extends Error {
  override readonly name = 'StreetPackageProblems'
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
  }
}

export async function setupStreet(
  store: Store,
  pkg: StreetPackage,
  now: Date,
): Promise<{ migrations: string[]; counts: Record<string, WriteCounts> }> {
  const problems = packageProblems(pkg)
  if (problems.length > 0) throw new StreetPackageProblems(problems)
  const migrations = await store.migrate()
  const counts = await writeStreetPackage(store, pkg)
  try {
    await store.collection('settings').insert({
      _id: SEED_MARK,
      by: 'setup',
      street: pkg.places.street.id,
      people: false,
      seededAt: now.toISOString(),
    } as never)
  } catch (error) {
    if (!isStoreConflict(error)) throw error // set up before, or seeded: either way no demo seed
  }
  return { migrations, counts }
}
