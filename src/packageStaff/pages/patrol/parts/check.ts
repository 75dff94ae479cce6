/** The patrol form's first problem in the order the form shows its fields, or null when it can be sent. */
export interface PatrolDraft {
  categoryCode: string
  buildingId: string
  place: 'home' | 'elsewhere'
  where: string
  description: string
  handle: 'dispatch' | 'on_spot'
  onSpotNote: string
  onSpotPhotos: readonly string[]
}

export function patrolProblem(d: PatrolDraft): string | null {
  if (!d.categoryCode) return '请选择问题类别'
  if (!d.buildingId) return d.place === 'home' ? '请选择楼栋' : '请选择在哪个小区附近'
  if (d.place === 'elsewhere' && d.where.trim().length < 2) return '请写明具体位置（至少2个字）'
  if (d.description.trim().length < 2) return '请简单描述问题（至少2个字）'
  if (d.handle === 'on_spot') {
    if (d.onSpotNote.trim().length < 2) return '请填写处置情况（至少2个字）'
    if (d.onSpotPhotos.length === 0) return '当场处置需上传处置后照片'
  }
  return null
}
