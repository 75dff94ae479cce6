/**
 * The report form's checks, in the order a resident fills it in: the first failing field is the one
 * the page scrolls to and highlights. Pure, so a fixed field's message goes away on the next render.
 */
import { ONLY_WHERE_MESSAGE, saysOnlyWhere } from '../../../../types/report-text'

export type FormField = 'category' | 'where' | 'description' | 'photos'

export interface FormValues {
  hasCategory: boolean
  place: 'home' | 'elsewhere'
  where: string
  description: string
  photoCount: number
  uploading: boolean
  /** the resident's address line, e.g. '博泰佳苑 3号楼 2单元 501' */
  addressLabel: string
}

export interface FormProblem {
  field: FormField
  message: string
}

export function firstProblem(v: FormValues): FormProblem | null {
  if (!v.hasCategory) return { field: 'category', message: '请先选择问题类别' }
  if (v.place === 'elsewhere' && v.where.trim().length < 2)
    return { field: 'where', message: '请写明问题在哪里（至少2个字）' }
  if (v.description.trim().length < 2) return { field: 'description', message: '请简单描述问题（至少2个字）' }
  if (v.photoCount === 0 && saysOnlyWhere(v.description, [v.addressLabel]))
    return { field: 'description', message: ONLY_WHERE_MESSAGE }
  if (v.uploading) return { field: 'photos', message: '照片还在上传，请稍等' }
  return null
}

/** the element id of a field's block, to scroll to */
export const fieldId = (field: FormField) => `report-field-${field}`
