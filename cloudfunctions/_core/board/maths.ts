/** The statistics behind the 红黑榜: a Bayesian shrink toward the street mean and the Wilson lower bound. Pure. */

/**
 * The satisfied share shrunk toward the street mean with a prior of weight m:
 * (satisfied + m·mean) / (n + m). A company with few ratings sits near the street mean; many ratings
 * let its own share speak. n = 0 gives the street mean.
 */
export function shrink(satisfied: number, n: number, streetMean: number, m: number): number {
  if (n + m === 0) return streetMean
  return (satisfied + m * streetMean) / (n + m)
}

/** The lower bound of the Wilson score interval (z = 1.96, 95%) of a share; 0 when n = 0. */
export function wilsonLower(satisfied: number, n: number, z = 1.96): number {
  if (n <= 0) return 0
  const p = satisfied / n
  const z2 = z * z
  const centre = p + z2 / (2 * n)
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
  return Math.max(0, (centre - margin) / (1 + z2 / n))
}

/** A share, or null when the denominator is empty (never 0 or 100%). */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null)

export const round = (x: number, digits = 1): number => {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x))

/** Mean of the values that exist; null when none does. */
export function meanOf(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null)
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null
}
