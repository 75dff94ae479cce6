/** A report whose words are only the address says nothing: the server refuses it without a photo. */
import { saysOnlyWhere } from '../../../types/report-text'

const label = '博泰佳苑 3号楼 2单元 501'

test.each([
  ['博泰佳苑 3号楼 2单元 501：', true],
  ['博泰佳苑 3号楼 2单元 501', true],
  ['3号楼2单元501。', true],
  ['  ：：  ', true],
  ['博泰佳苑 3号楼 2单元 501：楼道灯不亮', false],
  ['楼道灯不亮', false],
  ['501漏水', false],
])('%p → %p', (description, only) => {
  expect(saysOnlyWhere(description, [label, '博泰佳苑 3号楼'])).toBe(only)
})

test('no known address: only filler is nothing', () => {
  expect(saysOnlyWhere('。。', [null, undefined])).toBe(true)
  expect(saysOnlyWhere('井盖缺失', [])).toBe(false)
})
