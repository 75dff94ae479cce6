import { DevLoginInput, User } from '../../types/identity'
import { action } from '../_platform/kit/define'
import { notFound } from '../_platform/kit/errors'
import { ensureLoadPersona, loadPersonaNumber } from '../_seed/load-personas'
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
    const load = loadPersonaNumber(input.persona)
    const doc = load
      ? await ensureLoadPersona(platform.store, load, platform.clock.now().toISOString())
      : (await platform.store.collection('users').find({ where: { persona: input.persona }, limit: 1 })).items[0]
    if (!doc) throw notFound(`没有这个演示身份：${input.persona}`)
    const user = User.parse(doc)
    return { token: await issueToken(user._id), user }
  },
})
