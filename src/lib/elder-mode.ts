/**
 * 长辈模式: larger text everywhere. One switch per device (Taro storage), read by every page through
 * PageShell; pages already open update at once.
 */
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

const KEY = 'xiaobei:elder-mode'
const listeners = new Set<(on: boolean) => void>()
let current: boolean | null = null

export function isElderMode(): boolean {
  if (current === null) {
    try {
      current = Taro.getStorageSync(KEY) === true
    } catch {
      current = false
    }
  }
  return current
}

export function setElderMode(on: boolean): void {
  current = on
  try {
    Taro.setStorageSync(KEY, on)
  } catch {
    // storage full or unavailable: the switch still works until the app closes
  }
  for (const l of listeners) l(on)
}

export function useElderMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(isElderMode)
  useEffect(() => {
    listeners.add(setOn)
    setOn(isElderMode())
    return () => {
      listeners.delete(setOn)
    }
  }, [])
  return [on, setElderMode]
}
