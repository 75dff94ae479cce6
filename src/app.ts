import Taro, { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { CLOUD_ENV, TRANSPORT } from './lib/env'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (TRANSPORT === 'cloud' && Taro.cloud) {
      Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true })
    }
  })
  // children: the page being shown
  return children
}

export default App
