/**
 * Demo data: a fictional street, 海北街道, with two communities, six grids, estates with and without
 * a property company, buildings, staff and residents. Every person here is made up.
 */
import type { BoundAddress, User } from '../../types/identity'

export const STREET = { _id: 'st-haibei', kind: 'street', name: '海北街道', parentId: '' }

/** The street's own settings document (see _services/settings.ts): its order numbers read HB-…. */
export const STREET_SETTINGS = { _id: `workflow:${STREET._id}`, orderPrefix: 'HB' }

export const COMMUNITIES = [
  { _id: 'cm-beiyuan', kind: 'community', name: '北苑社区', parentId: 'st-haibei', communityId: 'cm-beiyuan' },
  { _id: 'cm-nanhu', kind: 'community', name: '南湖社区', parentId: 'st-haibei', communityId: 'cm-nanhu' },
]

export const GRIDS = [1, 2, 3].flatMap((n) =>
  COMMUNITIES.map((c) => ({
    _id: `${c._id.replace('cm-', 'gd-')}-${n}`,
    kind: 'grid',
    name: `${c.name}第${'一二三'[n - 1]}网格`,
    parentId: c._id,
    communityId: c._id,
  })),
)

export const PROPERTY_COMPANIES = [
  { _id: 'pc-botai', kind: 'property', name: '博泰佳苑物业服务中心', parentId: 'st-haibei', phone: '0473-3100001' },
  { _id: 'pc-jinyu', kind: 'property', name: '金域物业服务有限公司', parentId: 'st-haibei', phone: '0473-3100002' },
  { _id: 'pc-nanhu', kind: 'property', name: '南湖物业管理处', parentId: 'st-haibei', phone: '0473-3100003' },
]

export const DEPARTMENTS = [
  { _id: 'dp-chengguan', kind: 'department', name: '街道城管中队', parentId: 'st-haibei' },
  { _id: 'dp-safety', kind: 'department', name: '街道应急管理办公室', parentId: 'st-haibei' },
  { _id: 'dp-gas', kind: 'department', name: '燃气公司海北服务站', parentId: 'st-haibei' },
]

interface EstateSeed {
  _id: string
  name: string
  gridId: string
  communityId: string
  propertyCompanyId: string | null
  buildings: number
  units: number
}

export const ESTATES: EstateSeed[] = [
  {
    _id: 'es-botai',
    name: '博泰佳苑',
    gridId: 'gd-beiyuan-1',
    communityId: 'cm-beiyuan',
    propertyCompanyId: 'pc-botai',
    buildings: 6,
    units: 3,
  },
  {
    _id: 'es-jinyu',
    name: '金域华府',
    gridId: 'gd-beiyuan-2',
    communityId: 'cm-beiyuan',
    propertyCompanyId: 'pc-jinyu',
    buildings: 8,
    units: 2,
  },
  {
    _id: 'es-hexie',
    name: '和谐小区',
    gridId: 'gd-beiyuan-3',
    communityId: 'cm-beiyuan',
    propertyCompanyId: null,
    buildings: 4,
    units: 2,
  },
  {
    _id: 'es-nanhu',
    name: '南湖新村',
    gridId: 'gd-nanhu-1',
    communityId: 'cm-nanhu',
    propertyCompanyId: 'pc-nanhu',
    buildings: 10,
    units: 3,
  },
  {
    _id: 'es-lanting',
    name: '兰亭老街',
    gridId: 'gd-nanhu-2',
    communityId: 'cm-nanhu',
    propertyCompanyId: null,
    buildings: 5,
    units: 1,
  },
  {
    _id: 'es-binjiang',
    name: '滨江花园',
    gridId: 'gd-nanhu-3',
    communityId: 'cm-nanhu',
    propertyCompanyId: 'pc-nanhu',
    buildings: 6,
    units: 2,
  },
]

export function estatePlaces() {
  return ESTATES.map((e) => ({
    _id: e._id,
    kind: 'estate',
    name: e.name,
    parentId: e.gridId,
    gridId: e.gridId,
    communityId: e.communityId,
    streetId: STREET._id,
    propertyCompanyId: e.propertyCompanyId,
  }))
}

export function buildingPlaces() {
  return ESTATES.flatMap((e) =>
    Array.from({ length: e.buildings }, (_, i) => ({
      _id: `bd-${e._id.slice(3)}-${i + 1}`,
      kind: 'building',
      name: `${i + 1}号楼`,
      parentId: e._id,
      estateId: e._id,
      gridId: e.gridId,
      communityId: e.communityId,
      streetId: STREET._id,
      units: Array.from({ length: e.units }, (_, u) => `${u + 1}单元`),
    })),
  )
}

function address(estateId: string, building: number, unit: string, room: string): BoundAddress {
  const estate = ESTATES.find((e) => e._id === estateId)!
  return {
    streetId: STREET._id,
    communityId: estate.communityId,
    gridId: estate.gridId,
    estateId,
    buildingId: `bd-${estateId.slice(3)}-${building}`,
    unit,
    room,
    label: `${estate.name} ${building}号楼 ${unit} ${room}`,
  }
}

type SeedUser = Omit<User, 'persona'> & { persona: string }

/** Every persona a developer can log in as on the local runtime. */
export const PERSONA_USERS: SeedUser[] = [
  {
    _id: 'u-resident-a',
    persona: 'resident-a',
    kind: 'resident',
    name: '王秀兰',
    title: '居民 · 博泰佳苑',
    phone: '13904730101',
    scopes: [],
    address: address('es-botai', 3, '2单元', '501'),
  },
  {
    _id: 'u-resident-b',
    persona: 'resident-b',
    kind: 'resident',
    name: '李建国',
    title: '居民 · 金域华府',
    phone: '13904730102',
    scopes: [],
    address: address('es-jinyu', 5, '1单元', '302'),
  },
  {
    _id: 'u-resident-c',
    persona: 'resident-c',
    kind: 'resident',
    name: '赵桂芳',
    title: '居民 · 和谐小区（无物业）',
    phone: '13904730103',
    scopes: [],
    address: address('es-hexie', 2, '1单元', '101'),
  },
  {
    _id: 'u-grid-worker',
    persona: 'grid-worker',
    kind: 'staff',
    name: '张伟',
    title: '网格员 · 北苑社区第一网格',
    phone: '13804730201',
    scopes: [{ role: 'grid_worker', orgId: 'gd-beiyuan-1' }],
  },
  {
    _id: 'u-grid-leader',
    persona: 'grid-leader',
    kind: 'staff',
    name: '陈静',
    title: '网格长 · 北苑社区',
    phone: '13804730202',
    scopes: [{ role: 'grid_leader', orgId: 'cm-beiyuan' }],
  },
  {
    _id: 'u-property-staff',
    persona: 'property-staff',
    kind: 'staff',
    name: '刘师傅',
    title: '维修员 · 博泰佳苑物业服务中心',
    phone: '13804730301',
    scopes: [{ role: 'property_staff', orgId: 'pc-botai' }],
  },
  {
    _id: 'u-property-manager',
    persona: 'property-manager',
    kind: 'staff',
    name: '孙经理',
    title: '物业经理 · 博泰佳苑物业服务中心',
    phone: '13804730302',
    scopes: [{ role: 'property_manager', orgId: 'pc-botai' }],
  },
  {
    _id: 'u-community-admin',
    persona: 'community-admin',
    kind: 'staff',
    name: '周敏',
    title: '社区管理员 · 北苑社区',
    phone: '13804730401',
    scopes: [{ role: 'community_admin', orgId: 'cm-beiyuan' }],
  },
  {
    _id: 'u-street-admin',
    persona: 'street-admin',
    kind: 'staff',
    name: '吴强',
    title: '街道管理员 · 海北街道',
    phone: '13804730501',
    scopes: [{ role: 'street_admin', orgId: 'st-haibei' }],
  },
  {
    _id: 'u-dept-officer',
    persona: 'dept-officer',
    kind: 'staff',
    name: '郑涛',
    title: '城管队员 · 街道城管中队',
    phone: '13804730601',
    scopes: [{ role: 'department_officer', orgId: 'dp-chengguan' }],
  },
]

const GRID_WORKER_NAMES = ['黄磊', '林芳', '何军', '马丽', '罗斌']
const PROPERTY_STAFF = [
  { company: 'pc-jinyu', name: '杨师傅', role: 'property_staff' as const },
  { company: 'pc-jinyu', name: '许经理', role: 'property_manager' as const },
  { company: 'pc-nanhu', name: '高师傅', role: 'property_staff' as const },
  { company: 'pc-nanhu', name: '郭经理', role: 'property_manager' as const },
  { company: 'pc-botai', name: '田师傅', role: 'property_staff' as const },
]

/** Staff who are not personas: one grid worker for every other grid, more property staff, a leader for 南湖. */
export function otherStaff(): User[] {
  const grids = GRIDS.filter((g) => g._id !== 'gd-beiyuan-1')
  const gridWorkers: User[] = grids.map((g, i) => ({
    _id: `u-gw-${g._id.slice(3)}`,
    kind: 'staff',
    name: GRID_WORKER_NAMES[i],
    title: `网格员 · ${g.name}`,
    phone: `1380473${String(2100 + i).padStart(4, '0')}`,
    scopes: [{ role: 'grid_worker', orgId: g._id }],
  }))
  const property: User[] = PROPERTY_STAFF.map((p, i) => ({
    _id: `u-ps-${i + 1}`,
    kind: 'staff',
    name: p.name,
    title: `${p.role === 'property_manager' ? '物业经理' : '维修员'} · ${PROPERTY_COMPANIES.find((c) => c._id === p.company)!.name}`,
    phone: `1380473${String(3100 + i).padStart(4, '0')}`,
    scopes: [{ role: p.role, orgId: p.company }],
  }))
  const leaders: User[] = [
    {
      _id: 'u-gl-nanhu',
      kind: 'staff',
      name: '宋涛',
      title: '网格长 · 南湖社区',
      phone: '13804732999',
      scopes: [{ role: 'grid_leader', orgId: 'cm-nanhu' }],
    },
    {
      _id: 'u-ca-nanhu',
      kind: 'staff',
      name: '韩雪',
      title: '社区管理员 · 南湖社区',
      phone: '13804734999',
      scopes: [{ role: 'community_admin', orgId: 'cm-nanhu' }],
    },
  ]
  return [...gridWorkers, ...property, ...leaders]
}

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张'
const GIVEN = ['淑珍', '玉兰', '建华', '国强', '丽娟', '志刚', '秀英', '海燕', '德明', '桂兰', '春生', '晓东']

/** More residents so lists and counts look like a real street: two in every building's first unit. */
export function otherResidents(): User[] {
  const out: User[] = []
  let n = 0
  for (const b of buildingPlaces()) {
    for (const room of ['201', '602']) {
      n++
      const name = SURNAMES[n % SURNAMES.length] + GIVEN[n % GIVEN.length]
      const estateNo = Number(b._id.split('-').pop())
      out.push({
        _id: `u-r-${String(n).padStart(4, '0')}`,
        kind: 'resident',
        name,
        phone: `1390473${String(1000 + n).padStart(4, '0')}`,
        scopes: [],
        address: address(b.estateId, estateNo, b.units[0], room),
      })
    }
  }
  return out
}
