import { ImportRosterInput } from '../../types/household'
import { action } from '../_platform/kit/define'
import { ROSTER_IMPORTER } from '../_platform/kit/roles'
import { importRoster as importFile } from '../_services/house-roster'

/**
 * 导入房屋底册: a community admin's .xlsx roster (楼栋, 单元, 房号, 姓名, 手机号), reported row by row.
 * Matching pending bindings of the community are verified at once; the same file twice changes nothing.
 */
export const importRoster = action({
  description: '导入社区房屋/人口底册（.xlsx）',
  input: ImportRosterInput,
  roles: ROSTER_IMPORTER,
  async run({ input, caller, platform }) {
    return importFile(platform, caller, input.fileId)
  },
})
