import { AuditInput, type AuditRow } from '../../types/admin'
import { action } from '../_platform/kit/define'
import { invalidInput } from '../_platform/kit/errors'
import { AUDIT, adminStreetOf } from '../_services/admin-edits'

/** The street's audit trail, newest first. Rows are append-only: no action edits or removes them. */
export const audit = action({
  description: '操作审计记录',
  input: AuditInput,
  roles: ['street_admin'],
  async run({ input, caller, platform }) {
    const street = adminStreetOf(caller)
    const page = await platform.store
      .collection(AUDIT)
      .find({
        where: { streetId: street, ...(input.action ? { action: input.action } : {}) },
        orderBy: [['at', 'desc']],
        limit: input.limit,
        cursor: input.cursor ?? null,
      })
      .catch((error: unknown) => {
        if (input.cursor) throw invalidInput('翻页参数无效，请从第一页重新查看')
        throw error
      })
    const items: AuditRow[] = page.items.map((r) => ({
      id: r._id,
      at: String(r.at),
      actorId: String(r.actorId),
      actorName: String(r.actorName ?? ''),
      role: String(r.role ?? ''),
      action: String(r.action),
      target: String(r.target),
      before: r.before ?? null,
      after: r.after ?? null,
      requestId: String(r.requestId ?? ''),
    }))
    return { items, nextCursor: page.nextCursor }
  },
})
