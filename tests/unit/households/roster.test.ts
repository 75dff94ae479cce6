/** Reading a house roster row by row (pure): the header, buildings by name, units, bad cells, repeats. */
import { headerOf, readRoster, sameResident } from '../../../cloudfunctions/_core/households/roster'

const buildings = [
  { id: 'b-a1', name: '1号楼', estateName: '甲苑', units: ['1单元', '2单元'] },
  { id: 'b-a2', name: '2号楼', estateName: '甲苑', units: ['1单元'] },
  { id: 'b-b1', name: '1号楼', estateName: '乙苑', units: [] },
]
const HEADER = ['楼栋', '单元', '房号', '姓名', '手机号']
const read = (...rows: string[][]) => {
  const header = headerOf([{ row: 1, cells: HEADER }])
  if ('error' in header) throw new Error(header.error)
  return readRoster(
    rows.map((cells, i) => ({ row: i + 2, cells })),
    header.columns,
    buildings,
  )
}

test.each([
  [['甲苑2号楼', '1单元', '301', '张三', '13900000001'], { ok: true, buildingId: 'b-a2', unit: '1单元', room: '301' }],
  [
    ['2号楼', '1', '301', '张三', '139 0000 0001'],
    { ok: true, buildingId: 'b-a2', unit: '1单元', phone: '13900000001' },
  ],
  [
    ['乙苑１号楼', '东', '1', '李四', '+8613900000002'],
    { ok: true, buildingId: 'b-b1', unit: '东', phone: '13900000002' },
  ],
  [
    ['1号楼', '1单元', '301', '张三', '13900000001'],
    { ok: false, reason: expect.stringMatching(/有多处（甲苑、乙苑）/) },
  ],
  [['丙苑1号楼', '1单元', '301', '张三', '13900000001'], { ok: false, reason: '本社区没有“丙苑1号楼”这栋楼' }],
  [['甲苑1号楼', '3单元', '301', '张三', '13900000001'], { ok: false, reason: expect.stringMatching(/没有“3单元”/) }],
  [['甲苑1号楼', '1单元', '3 0/1', '张三', '13900000001'], { ok: false, reason: expect.stringMatching(/房号/) }],
  [['甲苑1号楼', '1单元', '301', '张三', '12345'], { ok: false, reason: '请填写11位手机号' }],
  [['甲苑1号楼', '', '301', '', '13900000001'], { ok: false, reason: '缺少单元、姓名' }],
])('%j → %j', (cells, expected) => {
  expect(read(cells)[0]).toMatchObject(expected)
})

test('blank rows are skipped; a repeated row names the first', () => {
  const lines = read(
    ['甲苑2号楼', '1单元', '301', '张三', '13900000001'],
    ['', '', ''],
    [' 甲苑2号楼', '1单元 ', '301', '张三', '13900000001'],
  )
  expect(lines.map((l) => l.row)).toEqual([2, 4])
  expect(lines[1]).toEqual({ ok: false, row: 4, reason: '与第2行重复' })
})

test('the header may sit below a title row, with 小区 as its own column; without the columns it is refused', () => {
  const header = headerOf([
    { row: 1, cells: ['北苑社区房屋底册'] },
    { row: 2, cells: ['序号', '小区', '楼栋', '单元', '房号', '姓名', '手机号'] },
  ])
  expect(header).toEqual({ row: 2, columns: { 小区: 1, 楼栋: 2, 单元: 3, 房号: 4, 姓名: 5, 手机号: 6 } })
  if ('error' in header) throw new Error('no header')
  const [line] = readRoster(
    [{ row: 3, cells: ['1', '乙苑', '1号楼', '东', '101', '王五', '13900000003'] }],
    header.columns,
    buildings,
  )
  expect(line).toMatchObject({ ok: true, buildingId: 'b-b1' })
  expect(headerOf([{ row: 1, cells: ['楼', '房'] }])).toEqual({
    error: expect.stringMatching(/楼栋、单元、房号、姓名、手机号/),
  })
})

test('a binding matches a row only with the same phone and the same name (spacing and width aside)', () => {
  expect(sameResident({ name: '张 三', phone: '13900000001' }, { name: '张三', phone: '13900000001' })).toBe(true)
  expect(sameResident({ name: '张三', phone: '13900000001' }, { name: '张三', phone: '13900000009' })).toBe(false)
  expect(sameResident({ name: '张三', phone: null }, { name: '张三', phone: null })).toBe(false)
  expect(sameResident({ name: '张三', phone: '13900000001' }, { name: '张四', phone: '13900000001' })).toBe(false)
})
