import {
  bannedMatch,
  bannedMessage,
  fillTemplate,
  isSampled,
  pledgeTextVersion,
} from '../../../cloudfunctions/_core/certificates'
import { demoCertificateTypes, NATIONAL_NEGATIVE_LIST } from '../../../cloudfunctions/_seed/certificates'
import { CertificateType } from '../../../types/certificate'

describe('the negative list (民发〔2020〕20号)', () => {
  test('holds the 20 national items', () => {
    expect(NATIONAL_NEGATIVE_LIST.items).toHaveLength(20)
    expect(NATIONAL_NEGATIVE_LIST.circular).toBe('民发〔2020〕20号')
  })

  test.each([
    ['无犯罪记录证明', '无犯罪记录证明'],
    ['亲属关系证明', '亲属关系证明'],
    ['婚姻状况证明', '婚姻状况证明'],
    ['未婚证明', '婚姻状况证明'],
    ['健在证明', '健在证明'],
    ['出生证明', '出生证明'],
    ['死亡证明', '死亡证明'],
    ['身份证遗失证明', '证件遗失证明'],
    ['无 犯 罪 证明', '无犯罪记录证明'],
  ])('%s is banned as %s', (name, item) => {
    const hit = bannedMatch({ name }, [NATIONAL_NEGATIVE_LIST])
    expect(hit).toEqual({ item, circular: '民发〔2020〕20号' })
    expect(bannedMessage(name, hit!)).toContain('民发〔2020〕20号')
  })

  test.each(['居住证明', '困难证明', '租住情况告知承诺'])('%s is allowed', (name) => {
    expect(bannedMatch({ name }, [NATIONAL_NEGATIVE_LIST])).toBeNull()
  })

  test('a province extends the list as data', () => {
    const hubei = {
      circular: '鄂民政发〔2020〕（示例）',
      scope: 'hubei',
      items: [{ name: '转学证明', keywords: ['转学'] }],
    }
    expect(bannedMatch({ name: '转学证明' }, [NATIONAL_NEGATIVE_LIST])).toBeNull()
    expect(bannedMatch({ name: '转学证明' }, [NATIONAL_NEGATIVE_LIST, hubei])).toMatchObject({ item: '转学证明' })
  })
})

describe('the demo catalogue', () => {
  const types = demoCertificateTypes('st-x')

  test('every type passes the contract and none is banned', () => {
    for (const t of types) {
      expect(CertificateType.safeParse(t).success).toBe(true)
      expect(bannedMatch(t, [NATIONAL_NEGATIVE_LIST])).toBeNull()
    }
  })

  test('居住证明, 困难证明 and a pledge-only type, as the issue asks', () => {
    const byCode = Object.fromEntries(types.map((t) => [t.name, t]))
    expect(byCode.居住证明).toMatchObject({
      mode: 'issue',
      timeLimit: { kind: 'workingDays', days: 3 },
      validityDays: 90,
      purposes: ['入学', '就业', '办理居住证', '其他'],
      materials: [expect.objectContaining({ name: '户口簿或租房合同', required: true })],
    })
    expect(byCode.困难证明).toMatchObject({ mode: 'both', countersign: 'street', timeLimit: { days: 5 } })
    expect(types.filter((t) => t.mode === 'pledge')).toHaveLength(1)
  })

  test('a pledge type without its notice is refused by the contract', () => {
    const pledge = types.find((t) => t.mode === 'pledge')!
    expect(CertificateType.safeParse({ ...pledge, pledgeText: undefined }).success).toBe(false)
  })
})

describe('wording', () => {
  test.each([
    ['兹证明{name}居住在{address}。', { name: '王秀兰', address: '博泰佳苑' }, '兹证明王秀兰居住在博泰佳苑。'],
    ['用于{purpose}', {}, '用于{purpose}'],
    ['{a}{a}', { a: 'x' }, 'xx'],
  ])('%s', (template, values, out) => {
    expect(fillTemplate(template, values)).toBe(out)
  })
})

describe('告知承诺', () => {
  test('the text version names these exact words', () => {
    const text = '本人承诺所填情况真实。'
    expect(pledgeTextVersion(text)).toMatch(/^v[0-9a-f]{8}$/)
    expect(pledgeTextVersion(text)).toBe(pledgeTextVersion(text))
    expect(pledgeTextVersion(`${text} `)).not.toBe(pledgeTextVersion(text))
  })

  test.each([
    [0, 0.2, true],
    [0.1999, 0.2, true],
    [0.2, 0.2, false],
    [0.5, 0, false],
    [0.99, 1, true],
    [0.3, 1.5, true],
    [0.3, -1, false],
  ])('draw %d at rate %d: sampled %p', (draw, rate, sampled) => {
    expect(isSampled(draw, rate)).toBe(sampled)
  })
})
