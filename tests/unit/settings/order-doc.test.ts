/** newOrderDoc: the order a submit writes carries its street and what it needs of its category. */
import { WorkOrder } from '../../../types/workorder'
import { orderDoc, orderFacts } from '../../support/orders'

describe('newOrderDoc', () => {
  it('is a valid WorkOrder with its street and a snapshot of its category', () => {
    const doc = orderDoc({ place: { ...orderFacts().place, streetId: 'st-other' } })
    expect(WorkOrder.parse({ ...doc, _v: 1 })).toBeTruthy()
    expect(doc.streetId).toBe('st-other')
    expect(doc.category).toEqual({
      name: '楼道灯',
      urgent: false,
      acknowledgeHours: 2,
      resolveHours: 24,
      afterPhotoRequired: true,
    })
  })

  it.each([
    [false, 'assigned'],
    [true, 'held'],
  ] as const)('held %s → %s, open, watched by its acknowledge deadline', (held, status) => {
    const doc = orderDoc({ held })
    expect(doc).toMatchObject({ status, statusGroup: 'open', nextDeadline: doc.acknowledgeBy, escalationLevel: 0 })
  })

  it('a pool order has no holder', () => {
    const doc = orderDoc({ handler: { ...orderFacts().handler, staffId: null, staffName: null } })
    expect(doc.handlerStaffId).toBe('')
    expect(doc.handlerStaffName).toBe('')
  })
})
