/**
 * Demo data: a fictional street, 海北街道, with two communities, six grids, estates with and without
 * a property company, buildings (all from its package, streets/haibei/, see haibei.ts), and its
 * staff and residents, who are demo data only. Every person here is made up.
 */
import type { BoundAddress, User } from '../../types/identity'
import { HAIBEI } from './haibei'
import { orgDocsOf, placeDocsOf } from './street-package'

const placeDocs = placeDocsOf(HAIBEI.places)
const orgDocs = orgDocsOf(HAIBEI)

export const STREET = placeDocs.street

export const COMMUNITIES = placeDocs.communities

/** The grids, every community's first grid first (the order the demo staff are named in). */
export const GRIDS = Array.from({ length: Math.max(...HAIBEI.places.communities.map((c) => c.grids.length)) }, (_, i) =>
  COMMUNITIES.flatMap((c) => placeDocs.grids.filter((g) => g.communityId === c._id).slice(i, i + 1)),
).flat()

export const PROPERTY_COMPANIES = orgDocs.propertyCompanies

export const DEPARTMENTS = orgDocs.departments

interface EstateSeed {
  _id: string
  name: string
  gridId: string
  communityId: string
  propertyCompanyId: string | null
  /** how many buildings */
  buildings: number
  /** how many units each of its buildings has */
  units: number
}

export const ESTATES: EstateSeed[] = placeDocs.estates.map((e) => {
  const buildings = placeDocs.buildings.filter((b) => b.estateId === e._id)
  return {
    _id: e._id,
    name: e.name,
    gridId: e.gridId,
    communityId: e.communityId,
    propertyCompanyId: e.propertyCompanyId,
    buildings: buildings.length,
    units: buildings[0]?.units.length ?? 0,
  }
})

export function buildingPlaces() {
  return placeDocs.buildings
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
    // lives in resident-a's building, so 同问 can be shown between two neighbours
    _id: 'u-resident-d',
    persona: 'resident-d',
    kind: 'resident',
    name: '孙美华',
    title: '居民 · 博泰佳苑3号楼（与王秀兰同楼）',
    phone: '13904730104',
    scopes: [],
    address: address('es-botai', 3, '1单元', '302'),
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
