/**
 * The privacy notice a resident consents to before binding a house. A street may publish its own
 * as the `settings/privacy` document `{ version, text }`; a new version asks every resident again.
 */
import { PrivacyNotice } from '../../types/household'
import type { Store } from '../_platform/store/port'

export const DEFAULT_PRIVACY_NOTICE: PrivacyNotice = {
  version: '2026-12-01',
  text: [
    '小北隐私保护说明',
    '一、我们收集什么：您绑定住址时填写的姓名、手机号、楼栋单元房号和与房屋的关系；您报事时写的描述和上传的照片。',
    '二、用来做什么：核实您是本小区住户；把您的报事派给物业、网格员或社区处理并通知您进展。',
    '三、谁能看到：为您核实住址的网格员和社区工作人员，处理您报事的工作人员。其他居民（包括同问的邻居）看不到您的姓名、房号、手机号、描述和照片。',
    '四、保存多久：住址解绑后不再用于核实；注销账号后个人信息删除或匿名化，工单只保留办理记录。',
    '五、您的权利：您可以随时查看、更正、解绑住址或注销账号。',
  ].join('\n'),
}

/** Read each time (not cached): a new version must be asked for at once, and binding is rare. */
export async function privacyNotice(store: Store): Promise<PrivacyNotice> {
  const parsed = PrivacyNotice.safeParse(await store.collection('settings').get('privacy'))
  return parsed.success ? { version: parsed.data.version, text: parsed.data.text } : DEFAULT_PRIVACY_NOTICE
}
