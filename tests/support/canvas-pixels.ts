/** Whether an F2 chart really drew: counts painted pixels and distinct colours of a canvas in the page. */
import type { Page } from 'playwright-core'

export interface Ink {
  width: number
  painted: number
  colours: number
}

export async function inkOf(page: Page, selector: string): Promise<Ink> {
  return page.evaluate((sel) => {
    const canvases = Array.from(document.querySelectorAll<HTMLCanvasElement>(sel)).filter((c) => c.offsetParent)
    const canvas = canvases[canvases.length - 1]
    if (!canvas) return { width: 0, painted: 0, colours: 0 }
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data
    if (!data) return { width: canvas.width, painted: 0, colours: 0 }
    let painted = 0
    const colours = new Set<string>()
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue
      painted++
      // coarse buckets: anti-aliased edges do not count as colours of their own
      colours.add(`${data[i] >> 5},${data[i + 1] >> 5},${data[i + 2] >> 5}`)
    }
    return { width: canvas.width, painted, colours: colours.size }
  }, selector)
}

/** Waits until every chart matching `selector` has ink and holds still (two equal readings 150 ms apart). */
export async function inkSettled(page: Page, selector: string, timeoutMs = 45_000): Promise<void> {
  const reading = () =>
    page.evaluate(
      (sel) =>
        Array.from(document.querySelectorAll<HTMLCanvasElement>(sel))
          .filter((c) => c.offsetParent)
          .map((c) => {
            const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? []
            let painted = 0
            for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++
            return painted
          }),
      selector,
    )
  const end = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < end) {
    const counts = await reading()
    const now = JSON.stringify(counts)
    if (now === last && counts.length > 0 && counts.every((n) => n > 0)) return
    last = now
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`charts ${selector} did not settle in ${timeoutMs} ms`)
}
