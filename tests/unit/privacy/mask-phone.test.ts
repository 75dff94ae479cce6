import { maskPhone } from '../../../cloudfunctions/_core/privacy'

describe('maskPhone', () => {
  it.each([
    // 11-digit mainland mobiles: 3 + 4
    ['13804731234', '138****1234'],
    ['13904730101', '139****0101'],
    [' 13904730101 ', '139****0101'],
    ['139 0473 0101', '139****0101'],
    ['+8613904730101', '139****0101'],
    ['8613904730101', '139****0101'],
    // anything else: at most 2 + 2
    ['31000012', '31****12'],
    ['0473-3100001', '04*******01'],
    ['04733100001', '04*******01'],
    ['23904730101', '23*******01'],
    ['139047301012', '13********12'],
    ['+85291234567', '85*******67'],
    // too short or not a number: nothing shows
    ['1234567', '****'],
    ['12345', '****'],
    ['110', '****'],
    ['call me', '****'],
    ['1380473123x', '****'],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (phone, expected) => {
    expect(maskPhone(phone)).toBe(expected)
  })

  it.each([
    ['13804735678', 7],
    ['31000012', 4],
    ['0473-3100001', 4],
    ['1234567', 0],
  ])('%j shows at most %d digits, never the middle', (phone, most) => {
    const masked = maskPhone(phone) ?? ''
    expect(masked.replace(/\D/g, '').length).toBeLessThanOrEqual(most)
    const digits = phone.replace(/\D/g, '')
    const middle = digits.slice(3, digits.length - 4)
    if (middle.length >= 3) expect(masked).not.toContain(middle)
  })
})
