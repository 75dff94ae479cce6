import {
  type ActorFacts,
  decide,
  REQUEST_TRANSITIONS,
  type RequestFacts,
  staffActionsOf,
  tapPlan,
} from '../../../cloudfunctions/_core/certificates'
import { REQUEST_ACTIONS, REQUEST_STATUSES, type RequestAction } from '../../../types/certificate-labels'

const request = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  applicantId: 'u-applicant',
  proxyId: null,
  communityId: 'cm-a',
  streetId: 'st-a',
  roomKey: 'bd-1|1单元|101',
  reviewerRole: 'community_admin',
  countersign: null,
  status: 'submitted',
  noticeRounds: 0,
  ...over,
})

const applicant: ActorFacts = { userId: 'u-applicant', kind: 'resident', scopes: [], roomKey: 'bd-1|1单元|101' }
const reviewer: ActorFacts = {
  userId: 'u-reviewer',
  kind: 'staff',
  scopes: [{ role: 'community_admin', orgId: 'cm-a' }],
  roomKey: 'bd-9|1单元|909',
}
const otherCommunity: ActorFacts = {
  ...reviewer,
  userId: 'u-other',
  scopes: [{ role: 'community_admin', orgId: 'cm-b' }],
}
const streetAdmin: ActorFacts = {
  userId: 'u-street',
  kind: 'staff',
  scopes: [{ role: 'street_admin', orgId: 'st-a' }],
  roomKey: null,
}
const neighbourReviewer: ActorFacts = { ...reviewer, userId: 'u-same-room', roomKey: 'bd-1|1单元|101' }
const system: ActorFacts = { userId: 'system', kind: 'system', scopes: [], roomKey: null }

describe('the table', () => {
  test('every action has a row and every row names known states', () => {
    expect(Object.keys(REQUEST_TRANSITIONS).sort()).toEqual([...REQUEST_ACTIONS].sort())
    for (const rule of Object.values(REQUEST_TRANSITIONS)) {
      for (const s of rule.from) expect(s === null || REQUEST_STATUSES.includes(s)).toBe(true)
      expect(rule.to === 'same' || REQUEST_STATUSES.includes(rule.to)).toBe(true)
    }
  })

  // the lifecycle of the issue: each row, from each state it allows, by whom, to where
  test.each<[RequestAction, RequestFacts['status'], ActorFacts, Partial<RequestFacts>, string]>([
    ['apply', null, applicant, {}, 'submitted'],
    ['pledge', null, applicant, {}, 'pledged'],
    ['sample', 'pledged', system, {}, 'sampled'],
    ['accept', 'submitted', reviewer, {}, 'accepted'],
    ['not_accept', 'submitted', reviewer, {}, 'not_accepted'],
    ['review', 'accepted', reviewer, {}, 'reviewing'],
    ['review', 'resubmitted', reviewer, {}, 'reviewing'],
    ['request_more', 'reviewing', reviewer, {}, 'need_supplement'],
    ['supplement', 'need_supplement', applicant, {}, 'resubmitted'],
    ['approve', 'reviewing', reviewer, {}, 'approved'],
    ['issue', 'approved', reviewer, {}, 'issued'],
    ['countersign', 'approved', streetAdmin, { countersign: 'street' }, 'issued'],
    ['refuse', 'reviewing', reviewer, {}, 'refused'],
    ['refuse', 'approved', streetAdmin, { countersign: 'street' }, 'refused'],
    ['withdraw', 'need_supplement', applicant, {}, 'withdrawn'],
    ['revoke', 'issued', reviewer, {}, 'issued'],
    ['reissue', 'issued', reviewer, {}, 'issued'],
    ['check_pass', 'sampled', reviewer, {}, 'check_passed'],
    ['check_fail', 'sampled', reviewer, {}, 'false_pledge'],
    ['escalate', 'reviewing', system, {}, 'reviewing'],
  ])('%s from %s → %s', (action, status, actor, over, to) => {
    const d = decide(actor, request({ status, ...over }), [action])
    expect(d).toEqual({ ok: true, steps: [{ action, from: status, to }] })
  })

  test.each<[RequestAction, RequestFacts['status'], ActorFacts, string]>([
    ['accept', 'submitted', applicant, 'FORBIDDEN'],
    ['accept', 'submitted', otherCommunity, 'FORBIDDEN'],
    ['accept', 'reviewing', reviewer, 'CONFLICT'],
    ['supplement', 'need_supplement', reviewer, 'FORBIDDEN'],
    ['supplement', 'reviewing', applicant, 'CONFLICT'],
    ['withdraw', 'issued', applicant, 'CONFLICT'],
    ['approve', 'need_supplement', reviewer, 'CONFLICT'],
    ['revoke', 'reviewing', reviewer, 'CONFLICT'],
    ['escalate', 'reviewing', reviewer, 'FORBIDDEN'],
    ['sample', 'pledged', applicant, 'FORBIDDEN'],
    ['countersign', 'approved', streetAdmin, 'FORBIDDEN'], // the type is not countersigned: no relation
  ])('%s from %s by the wrong caller or in the wrong state: %s', (action, status, actor, code) => {
    const d = decide(actor, request({ status }), [action])
    expect(d).toMatchObject({ ok: false, code })
  })
})

describe('guards', () => {
  test('a reviewer of the same household is refused, with a reason', () => {
    const d = decide(neighbourReviewer, request({ status: 'submitted' }), ['accept'])
    expect(d).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining('本户') })
    expect(staffActionsOf(neighbourReviewer, request())).toEqual([])
  })

  test('a reviewer who is the applicant is refused', () => {
    const self: ActorFacts = { ...reviewer, userId: 'u-applicant' }
    expect(decide(self, request({ status: 'submitted' }), ['accept'])).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  test('a second notice needs a reason', () => {
    const r = request({ status: 'reviewing', noticeRounds: 1 })
    expect(decide(reviewer, r, ['request_more'])).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(decide(reviewer, r, ['request_more'], { noticeReason: '复核时发现合同已过期' })).toMatchObject({ ok: true })
    expect(decide(reviewer, request({ status: 'reviewing' }), ['request_more'])).toMatchObject({ ok: true })
  })

  test('a countersigned type is not issued by the community', () => {
    const r = request({ status: 'approved', countersign: 'street' })
    expect(decide(reviewer, r, ['issue'])).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(decide(streetAdmin, r, ['countersign'])).toMatchObject({ ok: true })
  })
})

describe('one tap, the table steps', () => {
  test.each<[RequestFacts['status'], 'street' | null, RequestAction, RequestAction[]]>([
    ['reviewing', null, 'approve', ['approve', 'issue']],
    ['accepted', null, 'approve', ['review', 'approve', 'issue']],
    ['resubmitted', null, 'request_more', ['review', 'request_more']],
    ['accepted', 'street', 'approve', ['review', 'approve']],
    ['approved', 'street', 'countersign', ['countersign']],
    ['submitted', null, 'accept', ['accept']],
  ])('from %s (countersign %s) %s → %j', (status, countersign, action, plan) => {
    expect(tapPlan({ status, countersign }, action)).toEqual(plan)
  })

  test.each<[RequestFacts['status'], ActorFacts, 'street' | null, RequestAction[]]>([
    ['submitted', reviewer, null, ['accept', 'not_accept']],
    ['accepted', reviewer, null, ['request_more', 'approve', 'refuse']],
    ['approved', streetAdmin, 'street', ['countersign', 'refuse']],
    ['issued', reviewer, null, ['revoke', 'reissue']],
    ['sampled', reviewer, null, ['check_pass', 'check_fail']],
    ['submitted', otherCommunity, null, []],
    ['need_supplement', reviewer, null, []],
  ])('buttons in %s', (status, actor, countersign, buttons) => {
    expect(staffActionsOf(actor, request({ status, countersign }))).toEqual(buttons)
  })
})
