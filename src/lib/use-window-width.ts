/**
 * The window's width in CSS px, kept current on resize (H5) and on rotation or window resize
 * (mini-program: Taro.onWindowResize). The desk layouts switch at DESK_MIN_WIDTH, as their CSS does.
 */
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

export const DESK_MIN_WIDTH = 1024

function currentWidth(): number {
  if (typeof window !== 'undefined' && typeof window.innerWidth === 'number') return window.innerWidth
  try {
    return Taro.getSystemInfoSync().windowWidth
  } catch {
    return 375
  }
}

export function useWindowWidth(): number {
  const [width, setWidth] = useState(currentWidth)
  useEffect(() => {
    const update = () => setWidth(currentWidth())
    if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
      window.addEventListener('resize', update)
      return () => window.removeEventListener('resize', update)
    }
    Taro.onWindowResize?.(update)
    return () => Taro.offWindowResize?.(update)
  }, [])
  return width
}

/** true at a desk (≥ 1024 px): tables, a detail pane beside the list. */
export const useDeskLayout = (): boolean => useWindowWidth() >= DESK_MIN_WIDTH
