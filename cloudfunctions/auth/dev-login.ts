import { DevLoginInput, User } from '../../types/identity'
import { action } from '../_platform/kit/define'
import { forbidden, notFound } from '../_platform/kit/errors'

/** Local runtime only: log in as a demo persona and get a signed token. CloudBase refuses it. */
export const devLogin = action({
  description: '本地演示登录（仅本地环境）',
  input: DevLoginInput,
  roles: 'anyone',
  runtimes: ['local'],
  async handler({ input, platform }) {
    if (!platform.identity.issueToken) throw forbidden('此环境不支持演示登录')
    const page = await platform.store.collection('users').find({ where: { persona: input.persona }, limit: 1 })
    const doc = page.items[0]
    if (!doc) throw notFound(`没有这个演示身份：${input.persona}`)
    const user = User.parse(doc)
    return { token: await platform.identity.issueToken(user._id), user }
  },
})
