import { buildRoutingWorld, RoutingError, route, type StaffInput } from '../../../cloudfunctions/_core/routing'
import type { Category, RoutingRule } from '../../../types/catalog'
import { seedWorld, seedWorldInput } from './seed-world'

const req = (estateId: string, categoryCode: string, channel: 'property' | 'grid' = 'property') => ({
  estateId,
  categoryCode,
  channel,
})

describe('route: the demo personas', () => {
  it('sends resident-a’s stairwell light (博泰佳苑, 报物业) to the property company and its repairer', () => {
    const d = route(seedWorld(), req('es-botai', 'stairwell_light'))
    expect(d).toEqual({
      handler: {
        kind: 'property',
        orgId: 'pc-botai',
        orgName: '博泰佳苑物业服务中心',
        staffId: 'u-property-staff',
        staffName: '刘师傅',
        pool: false,
      },
      reason: '已派给 博泰佳苑物业服务中心：楼道灯属物业服务范围',
      ruleId: 'r-cat-stairwell_light',
      contenders: ['u-property-staff', 'u-ps-5'],
    })
  })

  it('sends resident-c’s 报物业 in 和谐小区 (无物业) to the grid worker and says why', () => {
    const d = route(seedWorld(), req('es-hexie', 'stairwell_light'))
    expect(d.handler).toMatchObject({ kind: 'grid', orgId: 'gd-beiyuan-3', staffId: 'u-gw-beiyuan-3', pool: false })
    expect(d.reason).toBe('已派给 北苑社区第三网格：和谐小区无物业服务企业，已转网格员处理')
  })

  it('honours 报网格员 in an estate with a property company', () => {
    const d = route(seedWorld(), req('es-botai', 'stairwell_light', 'grid'))
    expect(d.handler).toMatchObject({
      kind: 'grid',
      orgId: 'gd-beiyuan-1',
      staffId: 'u-grid-worker',
      staffName: '张伟',
    })
    expect(d.reason).toContain('报网格员')
  })

  it.each([
    ['gas_leak', 'dp-gas', '燃气公司海北服务站'],
    ['falling_object', 'dp-safety', '街道应急管理办公室'],
  ])(
    'department category %s (no officer on the roster) ignores the channel and goes to the pool of %s',
    (code, orgId, orgName) => {
      for (const channel of ['property', 'grid'] as const) {
        const d = route(seedWorld(), req('es-botai', code, channel))
        expect(d.handler).toEqual({ kind: 'department', orgId, orgName, staffId: null, staffName: null, pool: true })
        expect(d.reason).toMatch(new RegExp(`^已派给 ${orgName}：.+进入抢单池$`))
      }
    },
  )

  it('a department with an officer on duty: the officer takes it, and the sentence says nothing of a pool', () => {
    for (const channel of ['property', 'grid'] as const) {
      const d = route(seedWorld(), req('es-botai', 'street_vending', channel))
      expect(d.handler).toEqual({
        kind: 'department',
        orgId: 'dp-chengguan',
        orgName: '街道城管中队',
        staffId: 'u-dept-officer',
        staffName: '郑涛',
        pool: false,
      })
      expect(d.reason).not.toContain('抢单池')
    }
  })

  it('a community order goes to the community admin on duty, not to a pool (P1-9)', () => {
    const w = buildRoutingWorld({
      ...seedWorldInput(),
      rules: [
        {
          id: 'r-road',
          categoryCode: 'noise',
          estateId: null,
          handler: 'community',
          orgId: null,
          priority: 0,
          reason: '由社区统筹协调',
          active: true,
        },
      ],
    })
    const beiyuan = route(w, req('es-botai', 'noise'))
    expect(beiyuan.handler).toMatchObject({
      kind: 'community',
      orgId: 'cm-beiyuan',
      staffId: 'u-community-admin',
      pool: false,
    })
    expect(beiyuan.reason).toBe('已派给 北苑社区：由社区统筹协调')
    const nanhu = route(w, req('es-nanhu', 'noise'))
    expect(nanhu.handler).toMatchObject({ kind: 'community', orgId: 'cm-nanhu', staffId: 'u-ca-nanhu', pool: false })
  })

  it('the pool sentence appears exactly when nobody is chosen, for every kind', () => {
    const kinds = [
      ['es-botai', 'stairwell_light', 'property'],
      ['es-botai', 'stairwell_light', 'grid'],
      ['es-botai', 'street_vending', 'grid'],
      ['es-botai', 'gas_leak', 'grid'],
    ] as const
    for (const offDuty of [false, true]) {
      const w = seedWorld((s) => ({ ...s, onDuty: !offDuty }))
      for (const [estate, code, channel] of kinds) {
        const d = route(w, req(estate, code, channel))
        expect(d.reason.includes('进入抢单池')).toBe(d.handler.staffId === null)
        expect(d.handler.pool).toBe(d.handler.staffId === null)
      }
    }
  })

  it('an urgent property category ignores 报网格员 and says so', () => {
    const d = route(seedWorld(), req('es-jinyu', 'elevator_trapped', 'grid'))
    expect(d.handler).toMatchObject({ kind: 'property', orgId: 'pc-jinyu', staffId: 'u-ps-1' })
    expect(d.reason).toContain('紧急事项按规则直接派单')
  })
})

describe('route: choosing the person', () => {
  const load = (loads: Record<string, number>, offDuty: string[] = []) =>
    seedWorld((s: StaffInput) => ({ ...s, openLoad: loads[s.id] ?? 0, onDuty: !offDuty.includes(s.id) }))

  it.each([
    [{ 'u-property-staff': 3, 'u-ps-5': 1 }, [], 'u-ps-5', '田师傅'],
    [{ 'u-property-staff': 1, 'u-ps-5': 3 }, [], 'u-property-staff', '刘师傅'],
    [{ 'u-property-staff': 2, 'u-ps-5': 2 }, [], 'u-property-staff', '刘师傅'], // tie → smallest id
    [{ 'u-property-staff': 0, 'u-ps-5': 9 }, ['u-property-staff'], 'u-ps-5', '田师傅'], // off duty is skipped
  ] as const)('least-loaded on-duty property staff: loads %j, off duty %j → %s', (loads, off, staffId, staffName) => {
    const d = route(load(loads, [...off]), req('es-botai', 'stairwell_light'))
    expect(d.handler).toMatchObject({ kind: 'property', orgId: 'pc-botai', staffId, staffName, pool: false })
  })

  it('the property manager is never picked as the repairer', () => {
    const d = route(load({ 'u-property-staff': 50, 'u-ps-5': 50 }), req('es-botai', 'stairwell_light'))
    expect(d.handler.staffId).not.toBe('u-property-manager')
  })

  it.each([
    ['es-botai', 'stairwell_light', 'property', ['u-property-staff', 'u-ps-5'], 'pc-botai'],
    ['es-botai', 'stairwell_light', 'grid', ['u-grid-worker'], 'gd-beiyuan-1'],
    ['es-hexie', 'noise', 'property', ['u-gw-beiyuan-3'], 'gd-beiyuan-3'],
  ] as const)('%s · %s · 报%s with nobody on duty → the pool of %s', (estate, code, channel, off, orgId) => {
    const d = route(load({}, [...off]), req(estate, code, channel))
    expect(d.handler).toMatchObject({ orgId, staffId: null, staffName: null, pool: true })
    expect(d.reason).toContain('当前无在岗人员，进入抢单池')
  })
})

describe('route: rule precedence', () => {
  const base = seedWorldInput()
  const rule = (r: Partial<RoutingRule> & Pick<RoutingRule, 'id'>): RoutingRule => ({
    categoryCode: null,
    estateId: null,
    handler: 'community',
    orgId: null,
    priority: 0,
    reason: `规则${r.id}`,
    active: true,
    ...r,
  })
  const worldWith = (rules: RoutingRule[]) => buildRoutingWorld({ ...base, rules })

  it.each([
    // [rules, expected rule id]
    [[rule({ id: 'any' }), rule({ id: 'cat', categoryCode: 'noise' })], 'cat'],
    [[rule({ id: 'cat', categoryCode: 'noise' }), rule({ id: 'est', estateId: 'es-botai' })], 'est'],
    [
      [rule({ id: 'est', estateId: 'es-botai' }), rule({ id: 'both', estateId: 'es-botai', categoryCode: 'noise' })],
      'both',
    ],
    [
      [rule({ id: 'lo', categoryCode: 'noise', priority: 1 }), rule({ id: 'hi', categoryCode: 'noise', priority: 5 })],
      'hi',
    ],
    [
      [
        rule({ id: 'hi', categoryCode: 'noise', priority: 5, active: false }),
        rule({ id: 'lo', categoryCode: 'noise' }),
      ],
      'lo',
    ],
    [[rule({ id: 'other-estate', estateId: 'es-jinyu', categoryCode: 'noise' }), rule({ id: 'any' })], 'any'],
    [[], 'default:noise'],
  ] as const)('%# picks %s', (rules, expected) => {
    expect(route(worldWith([...rules]), req('es-botai', 'noise')).ruleId).toBe(expected)
  })

  it('an estate-wide rule applies to every category of that estate', () => {
    const w = worldWith([
      rule({ id: 'lanting-all', estateId: 'es-lanting', handler: 'community', reason: '老街统一由社区受理' }),
    ])
    for (const code of ['noise', 'stairwell_light', 'parking']) {
      const d = route(w, req('es-lanting', code))
      expect(d).toMatchObject({
        ruleId: 'lanting-all',
        handler: { kind: 'community', orgId: 'cm-nanhu', staffId: 'u-ca-nanhu', pool: false },
      })
      expect(d.reason).toContain('老街统一由社区受理')
    }
  })

  it('a rule naming a fixed org binds whatever the channel', () => {
    const w = worldWith([rule({ id: 'fixed', categoryCode: 'noise', handler: 'grid', orgId: 'gd-nanhu-1' })])
    const d = route(w, req('es-botai', 'noise', 'property'))
    expect(d.handler).toMatchObject({ kind: 'grid', orgId: 'gd-nanhu-1', staffId: 'u-gw-nanhu-1' })
  })
})

describe('route: bad input', () => {
  const world = seedWorld()
  it.each([
    [req('es-botai', 'no_such_thing'), '未知的报事类别'],
    [req('es-nowhere', 'stairwell_light'), '未知的小区'],
  ])('%j → RoutingError', (request, message) => {
    expect(() => route(world, request)).toThrow(RoutingError)
    try {
      route(world, request)
    } catch (e) {
      expect(e).toMatchObject({ code: 'INVALID_INPUT' })
      expect((e as Error).message).toContain(message)
    }
  })

  it('an inactive category is unknown to routing', () => {
    const input = seedWorldInput()
    const categories: Category[] = input.categories.map((c) => (c.code === 'noise' ? { ...c, active: false } : c))
    expect(() => route(buildRoutingWorld({ ...input, categories }), req('es-botai', 'noise'))).toThrow('未知的报事类别')
  })

  it('a department rule with no department is a RoutingError, not a crash', () => {
    const input = seedWorldInput()
    const rules: RoutingRule[] = [
      {
        id: 'bad',
        categoryCode: 'noise',
        estateId: null,
        handler: 'department',
        orgId: null,
        priority: 0,
        reason: 'x',
        active: true,
      },
    ]
    expect(() => route(buildRoutingWorld({ ...input, rules }), req('es-botai', 'noise'))).toThrow(RoutingError)
  })
})
