/** Deployable function `org`: staff onboarding (invites) and the staff of an org. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { invite } from './invite'
import { removeStaff } from './remove-staff'
import { staff } from './staff'

export const { main, catalog, name } = defineFunction('org', { invite, staff, removeStaff }, getPlatform)
