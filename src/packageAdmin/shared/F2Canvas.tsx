/**
 * An @antv/f2 chart on a Taro `<Canvas type="2d">`: one code path for H5 and the mini-program. The
 * canvas node comes from a selector query (weapp) or the Taro canvas element's own <canvas> (H5); F2
 * draws on its 2d context at the device's pixel ratio. `chart` is an F2 element tree (built with F2's
 * `jsx`, not React's), redrawn whenever `version` changes.
 */
import { Canvas as F2 } from '@antv/f2'
import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'

interface Props {
  id: string
  /** in CSS px at a 375-wide phone (scaled like the rest of the page) */
  height: number
  /** an F2 element tree: `jsx(Chart, { data }, …)` */
  chart: unknown
  /** what the chart shows, for screen readers and tests */
  label: string
  /** redraws when it changes (e.g. a hash of the data) */
  version: string
  className?: string
}

interface CanvasNode {
  width: number
  height: number
  getContext(kind: '2d'): CanvasRenderingContext2D | null
}
interface Found {
  node: CanvasNode
  width: number
  height: number
}

const IS_H5 = process.env.TARO_ENV === 'h5'

function findInDom(id: string): Found | null {
  const canvas = document.getElementById(id)?.querySelector('canvas')
  if (!canvas) return null
  const box = canvas.getBoundingClientRect()
  return { node: canvas, width: box.width, height: box.height }
}

function findBySelector(id: string): Promise<Found | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: Array<Found | null>) => resolve(res?.[0]?.node ? (res[0] as Found) : null))
  })
}

/** The canvas once it is laid out (a width of 0 means not yet): retried for about two seconds. */
async function canvasOf(id: string): Promise<Found | null> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const found = IS_H5 ? findInDom(id) : await findBySelector(id)
    if (found && found.width > 0) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  return null
}

function pixelRatio(): number {
  try {
    return Math.min(3, Math.max(1, Taro.getSystemInfoSync().pixelRatio || 1))
  } catch {
    return 2
  }
}

/**
 * F2 sets the canvas's CSS size in px to the size it draws at; in H5 the admin pages are zoomed at
 * desk width, so the canvas goes back to filling its box (the drawing already matches the box's
 * on-screen size).
 */
function fillBox(node: CanvasNode) {
  const style = (node as { style?: { width: string; height: string } }).style
  if (style) {
    style.width = '100%'
    style.height = '100%'
  }
}

export function F2Canvas({ id, height, chart, label, version, className }: Props) {
  const f2 = useRef<{ chart: F2; node: CanvasNode; width: number; height: number } | null>(null)
  const chartRef = useRef(chart)
  chartRef.current = chart

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the chart's data
  useEffect(() => {
    let gone = false
    void (async () => {
      if (f2.current) {
        await f2.current.chart.update({ children: chartRef.current })
        fillBox(f2.current.node)
        return
      }
      const found = await canvasOf(id)
      if (!found || gone) return
      const context = found.node.getContext('2d')
      if (!context) return
      const chart = new F2({
        context,
        pixelRatio: pixelRatio(),
        width: found.width,
        height: found.height,
        animate: false,
        children: chartRef.current,
      })
      f2.current = { chart, node: found.node, width: found.width, height: found.height }
      await chart.render()
      fillBox(found.node)
    })().catch((error) => console.warn('[F2Canvas] draw failed', id, error))
    return () => {
      gone = true
    }
  }, [id, version])

  // a window that changes size (a desk browser, a rotated phone): draw again at the new size
  useEffect(() => {
    const onResize = () => {
      void (async () => {
        const drawn = f2.current
        const found = await canvasOf(id)
        if (!drawn || !found || (found.width === drawn.width && found.height === drawn.height)) return
        Object.assign(drawn, { width: found.width, height: found.height })
        await drawn.chart.resize(found.width, found.height)
        fillBox(drawn.node)
      })().catch((error) => console.warn('[F2Canvas] resize failed', id, error))
    }
    Taro.onWindowResize(onResize)
    return () => Taro.offWindowResize(onResize)
  }, [id])

  return (
    <View className={`f2-box ${className ?? ''}`} aria-label={label} data-version={version}>
      <Canvas type="2d" id={id} className="f2-canvas" style={{ width: '100%', height: Taro.pxTransform(height * 2) }} />
    </View>
  )
}
