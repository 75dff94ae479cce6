/** The brand's colours, for APIs that take a colour rather than a class (Taro.showModal's confirmColor). */
export const BRAND_BLUE = '#1f6feb'
export const DANGER_RED = '#cf222e'
