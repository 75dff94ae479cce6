import { SaveCategoryInput } from '../../types/admin'
import { action } from '../_platform/kit/define'
import { invalidInput } from '../_platform/kit/errors'
import { adminStreetOf, auditedEdit } from '../_services/admin-edits'
import { requireStreetOrg } from './street-scope'

/**
 * Creates or edits a category. Open orders keep the terms they took at submit (their category
 * snapshot), so a changed deadline or a deactivation applies to new reports only.
 */
export const saveCategory = action({
  description: '新增或修改报事类别（含停用）',
  input: SaveCategoryInput,
  roles: ['street_admin'],
  texts: (input) => [input.category.name, input.category.emergencyHint],
  async run({ input, caller, platform, requestId }) {
    const street = adminStreetOf(caller)
    const { category } = input
    if (category.defaultHandler === 'department') {
      if (!category.departmentId) throw invalidInput('由职能部门处理的类别须指定部门')
      await requireStreetOrg(platform.store, street, category.departmentId, 'department')
    }
    if (category.acknowledgeHours > category.resolveHours) throw invalidInput('签收时限不能长于办结时限')
    return auditedEdit(platform, caller, requestId, {
      action: 'admin.saveCategory',
      collection: 'categories',
      id: category.code,
      body: { ...category },
      expectedVersion: input.expectedVersion,
    })
  },
})
