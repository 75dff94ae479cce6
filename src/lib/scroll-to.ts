/** Brings an element (by id) into view: the browser's own scroll on H5, the page scroll in a mini-program. */
import Taro from '@tarojs/taro'
import { IS_H5 } from './env'

export function scrollToId(id: string): void {
  if (IS_H5 && typeof document !== 'undefined') {
    document.getElementById(id)?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    return
  }
  void Taro.pageScrollTo({ selector: `#${id}`, offsetTop: -120, duration: 200 }).catch(() => undefined)
}
