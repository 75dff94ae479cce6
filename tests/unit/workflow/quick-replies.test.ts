/** 常用语 as data: a category's own phrases first, then its group's, then the general ones; never twice. */
import { GENERAL_REPLIES, quickRepliesFor } from '../../../types/quick-replies'

describe('quick replies', () => {
  test('a category with its own phrases lists them first, then its group’s, then the general ones', () => {
    const list = quickRepliesFor('resolve', 'stairwell_light', '公共设施')
    expect(list[0]).toBe('已更换楼道灯泡，现已正常照明')
    expect(list).toContain('已维修完毕，试用正常')
    expect(list.slice(-GENERAL_REPLIES.resolve.length)).toEqual([...GENERAL_REPLIES.resolve])
  })

  test('progress and 办结 phrases differ: a finished phrase is never offered as progress', () => {
    expect(quickRepliesFor('progress', 'stairwell_light', '公共设施')).not.toContain('已更换楼道灯泡，现已正常照明')
    expect(quickRepliesFor('progress', 'noise', '矛盾纠纷')[0]).toBe('已上门提醒，对方表示会注意')
  })

  test('an unknown category of another street still gets its group’s and the general phrases, with no repeats', () => {
    const list = quickRepliesFor('progress', 'some_other_code', '环境卫生')
    expect(list[0]).toBe('已通知保洁人员清理')
    expect(new Set(list).size).toBe(list.length)
    expect(quickRepliesFor('resolve', 'x')).toEqual([...GENERAL_REPLIES.resolve])
  })

  test('every phrase fits the note field (2 to 300 characters)', () => {
    for (const sheet of ['progress', 'resolve'] as const)
      for (const code of ['stairwell_light', 'clutter', 'noise', 'x'])
        for (const p of quickRepliesFor(sheet, code, '公共设施')) expect(p.length).toBeGreaterThanOrEqual(2)
  })
})
