/**
 * The demo street's certificate catalogue, as data: the national negative list (民发〔2020〕20号,
 * seeded as banned), three types (居住证明, 困难证明, a pledge-only 租住情况告知承诺), and the
 * street's certificate settings (issuers, pledge sampling, verification limit, 救济途径).
 * The 设定依据 texts are demo data and say so; a real street enters its own retained-list basis.
 */
import type { CertificateSettings, CertificateType, NegativeList } from '../../types/certificate'
import { isStoreConflict, type Store } from '../_platform/store/port'
import { certificateSettingsId, NEGATIVE_LISTS_ID, typeDocId } from '../_services/certificates/docs'

/** 民发〔2020〕20号, batch 1: the 20 certificates a 社区 may no longer issue, with the words that name them. */
export const NATIONAL_NEGATIVE_LIST: NegativeList = {
  circular: '民发〔2020〕20号',
  scope: 'national',
  items: [
    { name: '亲属关系证明', keywords: ['亲属关系'] },
    { name: '居民身份信息证明', keywords: ['身份信息'] },
    { name: '户口登记项目内容变更申请证明', keywords: ['户口登记项目', '户口变更'] },
    { name: '居民养犬证明', keywords: ['养犬'] },
    { name: '无犯罪记录证明', keywords: ['无犯罪', '犯罪记录'] },
    { name: '社区戒毒社区康复人员情况证明', keywords: ['戒毒', '社区康复'] },
    { name: '人员失踪证明', keywords: ['失踪'] },
    { name: '婚姻状况证明', keywords: ['婚姻', '未婚', '单身'] },
    { name: '出生证明', keywords: ['出生'] },
    { name: '健在证明', keywords: ['健在', '生存证明'] },
    { name: '死亡证明', keywords: ['死亡'] },
    { name: '疾病状况证明', keywords: ['疾病'] },
    { name: '残疾状况证明', keywords: ['残疾'] },
    { name: '婚育状况证明', keywords: ['婚育', '生育'] },
    { name: '居民就业状况证明', keywords: ['就业状况', '就业证明', '失业证明'] },
    { name: '居民个人档案证明', keywords: ['个人档案'] },
    { name: '居民财产证明', keywords: ['财产'] },
    { name: '遗产继承权证明', keywords: ['遗产', '继承'] },
    { name: '市场主体住所证明', keywords: ['市场主体住所', '经营场所'] },
    { name: '证件遗失证明', keywords: ['遗失'] },
  ],
}

const DEMO_BASIS = '（演示数据）《海北街道社区证明事项保留清单》'
const REMEDY = '如对结果有异议，可自收到之日起60日内向海北街道办事处申请复核，或依法申请行政复议、提起行政诉讼。'

export function demoCertificateTypes(streetId: string): CertificateType[] {
  return [
    {
      code: 'JZZM',
      name: '居住证明',
      jurisdictionId: streetId,
      legalBasis: `${DEMO_BASIS}第1项 居（租）住证明；《中华人民共和国城市居民委员会组织法》第三条`,
      purposes: ['入学', '就业', '办理居住证', '其他'],
      mode: 'issue',
      materials: [{ name: '户口簿或租房合同', required: true, hint: '拍清户主页和本人页，或合同首页和签字页' }],
      fields: ['name', 'idNumber', 'address', 'residentSince', 'purpose'],
      template:
        '兹证明{name}（公民身份号码：{idMasked}）自{residentSince}起居住在{address}。\n此证明仅用于{purpose}。\n特此证明。',
      validityDays: 90,
      timeLimit: { kind: 'workingDays', days: 3 },
      reviewerRole: 'community_admin',
      countersign: null,
      remedy: REMEDY,
      active: true,
    },
    {
      code: 'KNZM',
      name: '困难证明',
      jurisdictionId: streetId,
      legalBasis: `${DEMO_BASIS}第2项 家庭经济困难情况证明（可告知承诺）`,
      purposes: ['助学申请', '医疗救助', '其他'],
      mode: 'both',
      materials: [
        { name: '户口簿', required: true, hint: '户主页和本人页' },
        { name: '收入或支出情况说明', required: false, hint: '如医疗票据、失业登记等' },
      ],
      fields: ['name', 'idNumber', 'address', 'hardship', 'purpose'],
      template:
        '兹证明{name}（公民身份号码：{idMasked}）住{address}，{hardship}，家庭经济困难，经社区核实、街道会签，情况属实。\n此证明仅用于{purpose}。',
      validityDays: 180,
      timeLimit: { kind: 'workingDays', days: 5 },
      reviewerRole: 'community_admin',
      countersign: 'street',
      pledgeText:
        '本人承诺所填家庭经济困难情况真实、准确。知悉：如承诺不实，将承担相应法律责任，并记入个人诚信记录；社区将按比例抽查核实。',
      remedy: REMEDY,
      active: true,
    },
    {
      code: 'ZZCN',
      name: '租住情况告知承诺',
      jurisdictionId: streetId,
      legalBasis: `${DEMO_BASIS}第3项；《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）`,
      purposes: ['入学', '其他'],
      mode: 'pledge',
      materials: [],
      fields: ['name', 'address', 'purpose'],
      template: '本人{name}承诺现租住于{address}，所述情况真实。此承诺用于{purpose}。',
      validityDays: null,
      timeLimit: { kind: 'instant', days: 0 },
      reviewerRole: 'community_admin',
      countersign: null,
      pledgeText:
        '本人承诺现租住于所绑定的住址，所述情况真实。知悉：如承诺不实，将承担相应法律责任并记入诚信记录；社区将按比例抽查核实。',
      remedy: REMEDY,
      active: true,
    },
  ]
}

export function demoCertificateSettings(): CertificateSettings {
  return {
    issuers: {
      'cm-beiyuan': { code: 'HBBY', uscc: '55150303MEB000001A', name: '海北街道北苑社区居民委员会' },
      'cm-nanhu': { code: 'HBNH', uscc: '55150303MEB000002B', name: '海北街道南湖社区居民委员会' },
      'st-haibei': { code: 'HBJD', uscc: '11150303MB00000017', name: '海北街道办事处' },
    },
    pledgeSampleRate: 0.2,
    remedy: REMEDY,
    // the local host's default address; a deployment sets its public H5 address
    verifyBaseUrl: 'http://127.0.0.1:8787',
  }
}

/**
 * Writes the street's catalogue, settings and the national negative list; what exists is left as it
 * is. Adds what it wrote to `counts` (documents per collection).
 */
export async function seedCertificates(
  store: Store,
  streetId: string,
  at: string,
  counts: Record<string, number>,
): Promise<void> {
  const docs: Array<[string, Record<string, unknown>]> = [
    ['settings', { _id: NEGATIVE_LISTS_ID, lists: [NATIONAL_NEGATIVE_LIST] }],
    ['settings', { _id: certificateSettingsId(streetId), ...demoCertificateSettings() }],
    ...demoCertificateTypes(streetId).map(
      (t) =>
        ['certificate_types', { _id: typeDocId(t.jurisdictionId, t.code), ...t, createdAt: at, updatedAt: at }] as [
          string,
          Record<string, unknown>,
        ],
    ),
  ]
  for (const [name, doc] of docs) {
    counts[name] = (counts[name] ?? 0) + 1
    try {
      await store.collection(name).insert(doc as never)
    } catch (error) {
      if (!isStoreConflict(error)) throw error
    }
  }
}
