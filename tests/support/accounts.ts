/** A person who has only just signed in: a users document without address, consent or scopes. */
import type { TestHost } from './test-host'

let seq = 0

export async function newResident(host: TestHost, name = '新居民'): Promise<{ id: string; token: string }> {
  const id = `u-new-${process.pid}-${++seq}`
  await host.platform.store
    .collection('users')
    .insert({ _id: id, kind: 'resident', name, persona: '', scopes: [], createdAt: new Date().toISOString() })
  return { id, token: await host.platform.identity.issueToken!(id) }
}

/** Reads the current privacy notice and consents to it. */
export async function consentNow(host: TestHost, token: string): Promise<string> {
  const notice = await host.ok<{ version: string }>('auth', 'privacy', {})
  await host.ok('auth', 'consent', { version: notice.version }, token)
  return notice.version
}
