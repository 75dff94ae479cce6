import { DevLoginInput, User } from '../../types/identity'
import { action } from '../_platform/kit/define'
import { notFound } from '../_platform/kit/errors'
import type { Store } from '../_platform/store/port'
import { demoLogin } from './demo'

/**
 * Local host with demo login on (XIAOBEI_DEMO=1): log in as a demo persona and get a signed token.
 * `load-1` … `load-5000` are made on first use (verified residents for load tests). CloudBase refuses it.
 */
export const devLogin = action({
  description: '本地演示登录（仅本地环境）',
  input: DevLoginInput,
  roles: 'anyone',
  runtimes: ['local'],
  async run({ input, platform }) {
    const issueToken = demoLogin(platform)
    const doc = input.persona.startsWith('load-')
      ? await loadPersona(platform.store, input.persona, platform.clock.now().toISOString())
      : (await platform.store.collection('users').find({ where: { persona: input.persona }, limit: 1 })).items[0]
    if (!doc) throw notFound(`没有这个演示身份：${input.persona}`)
    const user = User.parse(doc)
    return { token: await issueToken(user._id), user }
  },
})

/** load-<n>: the demo street's data loads only when one is asked for (never on a cold start). */
async function loadPersona(store: Store, key: string, at: string) {
  const { ensureLoadPersona, loadPersonaNumber } = await import('../_seed/load-personas')
  const n = loadPersonaNumber(key)
  return n ? ensureLoadPersona(store, n, at) : null
}
