import * as z from 'zod/mini'
import { type Persona, type Role, User } from '../../types/identity'
import { action } from '../_platform/kit/define'
import { demoLogin } from './demo'

/** Local host with demo login on (XIAOBEI_DEMO=1): the demo personas a developer can log in as. */
export const personas = action({
  description: '本地演示身份列表',
  input: z.object({}),
  roles: 'anyone',
  runtimes: ['local'],
  async run({ platform }): Promise<Persona[]> {
    demoLogin(platform)
    const page = await platform.store.collection('users').find({ where: { persona: { ne: '' } }, limit: 100 })
    return page.items
      .map((doc) => User.parse(doc))
      .filter((u) => u.persona)
      .map((u) => ({
        key: u.persona!,
        name: u.name,
        title: u.title ?? '',
        kind: u.kind,
        roles: u.kind === 'resident' ? (['resident'] as Role[]) : u.scopes.map((s) => s.role),
      }))
      .sort((a, b) => PERSONA_ORDER(a.key) - PERSONA_ORDER(b.key))
  },
})

const ORDER = ['resident-a', 'resident-b', 'resident-c', 'grid-worker', 'grid-leader', 'property-staff']
function PERSONA_ORDER(key: string): number {
  const i = ORDER.indexOf(key)
  return i === -1 ? ORDER.length : i
}
