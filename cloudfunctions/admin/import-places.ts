import { ImportPlacesInput } from '../../types/admin-places'
import { action } from '../_platform/kit/define'
import { importPlaces as importFile } from '../_services/admin-places/import'

/** 导入地址库: an .xlsx in the export's columns, reported row by row; all accepted rows or nothing is written. */
export const importPlaces = action({
  description: '导入地址库（.xlsx，逐行反馈）',
  input: ImportPlacesInput,
  roles: ['street_admin', 'community_admin'],
  run: ({ input, caller, platform, requestId }) => importFile(platform, caller, requestId, input.fileId),
})
