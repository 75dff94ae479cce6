/**
 * What a rating says for the KPIs: satisfied (满意 or 基本满意) and whether the problem was solved.
 * A rating that states its `satisfaction` and `resolved` is read as is; an older one with stars only
 * is read by its stars (≥4 满意, 3 基本满意, ≤2 不满意) and says nothing about solving (null: not
 * counted in the 解决率 denominator). The one place to change when ratings change.
 */
import { type Satisfaction, satisfactionForStars } from '../../../types/labels'

export interface RatingLike {
  stars: number
  satisfaction?: Satisfaction | string
  resolved?: boolean | 'yes' | 'no' | null
}

export function satisfactionOf(rating: RatingLike): Satisfaction {
  if (rating.satisfaction === '满意' || rating.satisfaction === '基本满意' || rating.satisfaction === '不满意') {
    return rating.satisfaction
  }
  return satisfactionForStars(rating.stars)
}

export function resolvedOf(rating: RatingLike): boolean | null {
  if (rating.resolved === true || rating.resolved === 'yes') return true
  if (rating.resolved === false || rating.resolved === 'no') return false
  return null
}

export function ratingVerdict(rating: RatingLike): { satisfied: boolean; resolved: boolean | null } {
  return { satisfied: satisfactionOf(rating) !== '不满意', resolved: resolvedOf(rating) }
}
