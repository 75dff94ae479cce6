import { AuditExportInput } from '../../types/admin'
import { action } from '../_platform/kit/define'
import { AUDIT, adminStreetOf } from '../_services/admin-edits'
import { findAll } from '../_services/reference-sets'
import { saveWorkbook } from '../_services/spreadsheet'

const text = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v))

/** The street's audit trail (optionally one action) as an .xlsx, newest first, for an 等保 review. */
export const auditExport = action({
  description: '导出操作审计记录（.xlsx）',
  input: AuditExportInput,
  roles: ['street_admin'],
  async run({ input, caller, platform }) {
    const street = adminStreetOf(caller)
    const rows = await findAll(platform.store.collection(AUDIT), {
      streetId: street,
      ...(input.action ? { action: input.action } : {}),
    })
    rows.sort((a, b) => String(b.at).localeCompare(String(a.at)))
    const { fileId } = await saveWorkbook(platform, caller.userId, [
      {
        name: '审计记录',
        columns: [
          { header: '时间', key: 'at', width: 24 },
          { header: '操作人', key: 'actorName' },
          { header: '操作人编号', key: 'actorId' },
          { header: '角色', key: 'role' },
          { header: '操作', key: 'action', width: 20 },
          { header: '对象', key: 'target', width: 28 },
          { header: '修改前', key: 'before', width: 50 },
          { header: '修改后', key: 'after', width: 50 },
          { header: '请求编号', key: 'requestId', width: 24 },
        ],
        rows: rows.map((r) => ({
          at: String(r.at),
          actorName: String(r.actorName ?? ''),
          actorId: String(r.actorId),
          role: String(r.role ?? ''),
          action: String(r.action),
          target: String(r.target),
          before: text(r.before),
          after: text(r.after),
          requestId: String(r.requestId ?? ''),
        })),
      },
    ])
    return { fileId, rows: rows.length }
  },
})
