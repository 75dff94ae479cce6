import { plainTail } from '../../../scripts/lib/h5-build'

describe('a quiet build log', () => {
  it('drops terminal escapes, progress-bar frames and blank lines, and keeps the last lines', () => {
    const output = [
      '👽 Taro v4.2.1',
      '\x1b[2K\x1b[1A\x1b[2K\x1b[G● Webpack █████████ building (10%) 0/1 entries',
      '',
      '\x1b[1m\x1b[31mERROR\x1b[39m\x1b[22m in ./src/app.ts',
      'Module not found: Error: Can\'t resolve "./nope"',
    ].join('\n')
    expect(plainTail(output, 2)).toBe('ERROR in ./src/app.ts\nModule not found: Error: Can\'t resolve "./nope"')
    const all = plainTail(output, 10)
    expect(all).not.toContain('Webpack')
    expect(all).not.toContain('\x1b')
  })
})
