import { maskPhone } from '../../../cloudfunctions/_core/privacy'

describe('maskPhone', () => {
  it.each([
    ['13804731234', '138****1234'],
    ['13904730101', '139****0101'],
    [' 13904730101 ', '139****0101'],
    ['0473-3100001', '047****0001'],
    ['12345', '****'],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (phone, expected) => {
    expect(maskPhone(phone)).toBe(expected)
  })

  it('never reveals the middle four digits of a mobile number', () => {
    expect(maskPhone('13804735678')).not.toContain('0473')
  })
})
