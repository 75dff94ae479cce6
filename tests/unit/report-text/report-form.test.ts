/** The report form's checks: the first problem in the order a resident fills the form, and none once fixed. */
import { type FormValues, firstProblem } from '../../../src/pages/report/new/validate'

const ok: FormValues = {
  hasCategory: true,
  place: 'home',
  where: '',
  description: '五楼楼道灯不亮',
  photoCount: 0,
  uploading: false,
  addressLabel: '博泰佳苑 3号楼 2单元 501',
}

test.each([
  [{ hasCategory: false, description: '' }, 'category', '请先选择问题类别'],
  [{ place: 'elsewhere' as const, where: ' ' }, 'where', '请写明问题在哪里（至少2个字）'],
  [{ description: '灯' }, 'description', '请简单描述问题（至少2个字）'],
  [{ description: '博泰佳苑 3号楼 2单元 501：' }, 'description', '只写了地址'],
  [{ uploading: true }, 'photos', '照片还在上传'],
])('%p → %s', (over, field, message) => {
  const p = firstProblem({ ...ok, ...over })
  expect(p?.field).toBe(field)
  expect(p?.message).toContain(message)
})

test('a complete form has no problem; an address with a photo is enough words', () => {
  expect(firstProblem(ok)).toBeNull()
  expect(firstProblem({ ...ok, description: '博泰佳苑 3号楼 2单元 501：', photoCount: 1 })).toBeNull()
})

test('fixing the first problem moves on to the next, and then to none', () => {
  const start = { ...ok, hasCategory: false, description: '' }
  expect(firstProblem(start)?.field).toBe('category')
  expect(firstProblem({ ...start, hasCategory: true })?.field).toBe('description')
  expect(firstProblem({ ...start, hasCategory: true, description: '漏水了' })).toBeNull()
})
