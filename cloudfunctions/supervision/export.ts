import { ExportInput } from '../../types/supervision'
import { action } from '../_platform/kit/define'
import { supervisionExport } from '../_services/supervision/export'
import { SUPERVISION_ROLES } from '../_services/supervision/scope'

/** 导出: the scope's figures and orders as an .xlsx, downloaded like a photo by those who may view the scope. */
export const exportXlsx = action({
  description: '导出考核报表（Excel）',
  input: ExportInput,
  roles: SUPERVISION_ROLES,
  run: ({ input, caller, platform }) => supervisionExport(platform, caller, input),
})
