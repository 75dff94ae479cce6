/** Who is using the app on this device. Local runtime: a dev persona and a signed token. */
import type { BoundAddress, Persona, User } from '../../types/identity'
import { call } from './call'
import { getToken, getUser, saveSession, saveUser } from './storage'

export { getToken, getUser }

export async function personas(): Promise<Persona[]> {
  return call<Persona[]>('auth', 'personas')
}

/** Local runtime only: log in as a demo persona. */
export async function login(persona: string): Promise<User> {
  const out = await call<{ token: string; user: User }>('auth', 'devLogin', { persona })
  saveSession(out.token, out.user)
  return out.user
}

export function logout(): void {
  saveSession(null, null)
}

/** The caller and their bound address, refreshed from the server (and cached). */
export async function me(): Promise<{ user: User; address: BoundAddress | null }> {
  const out = await call<{ user: User; address: BoundAddress | null }>('auth', 'me')
  saveUser(out.user)
  return out
}
