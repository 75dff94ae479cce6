import { ExportInput, PLACE_COLUMNS } from '../../types/admin-places'
import { action } from '../_platform/kit/define'
import { placeEditorOf } from '../_services/admin-places/scope'
import { placeSheetRows } from '../_services/admin-places/sheet'
import { saveWorkbook } from '../_services/spreadsheet'

/** The caller's places as an .xlsx, one row per building, in the columns importPlaces reads back. */
export const exportPlaces = action({
  description: '导出地址库（.xlsx，可修改后导入）',
  input: ExportInput,
  roles: ['street_admin', 'community_admin'],
  async run({ caller, platform }) {
    const editor = await placeEditorOf(platform.store, caller)
    const rows = await placeSheetRows(platform.store, editor)
    const { fileId } = await saveWorkbook(platform, caller.userId, [
      { name: '地址库', columns: PLACE_COLUMNS.map((c) => ({ ...c, width: 16 })), rows },
    ])
    return { fileId, rows: rows.length }
  },
})
