/**
 * The certificate wording's line breaks: any two characters may part, but closing punctuation
 * never starts a line, opening brackets never end one, and a run of letters and digits stays whole.
 * Measured here in characters (every character one unit wide).
 */
import { breakLines } from '../../../cloudfunctions/_core/certificates'

const chars = (s: string) => [...s].length

test.each<[string, string, number, string[]]>([
  ['plain Chinese fills each line', '兹证明某某居住在本社区', 4, ['兹证明某', '某居住在', '本社区']],
  ['a paragraph break starts a new line', '此证明仅用于入学。\n特此证明。', 20, ['此证明仅用于入学。', '特此证明。']],
  ['a comma hangs at the end instead of starting the next line', '居住在三号楼，特此', 6, ['居住在三号楼，', '特此']],
  ['two closing marks hang together', '用于（入学）。后文', 6, ['用于（入学）。', '后文']],
  ['an opening bracket moves down with what it opens', '兹证明王某（公民', 6, ['兹证明王某', '（公民']],
  ['a year is not split', '自2019年起', 4, ['自', '2019', '年起']],
  ['a masked ID number stays whole', '号码150303****1234）', 10, ['号码', '150303****', '1234）']],
  ['a run longer than a line breaks where it must', 'ABCDEFGHIJ', 4, ['ABCD', 'EFGH', 'IJ']],
  ['an empty text is one empty line', '', 5, ['']],
])('%s', (_name, text, width, expected) => {
  expect(breakLines(text, chars, width)).toEqual(expected)
})

test('no line starts with closing punctuation and every character is kept, over many widths', () => {
  const text =
    '兹证明王秀兰（公民身份号码：150303********1234）自2019年5月起居住在海北街道北苑社区博泰佳苑3号楼2单元501。\n此证明仅用于入学。\n特此证明。'
  for (let width = 3; width <= 40; width++) {
    const lines = breakLines(text, chars, width)
    expect(lines.join('')).toBe(text.replace(/\n/g, ''))
    for (const line of lines) expect('，。、；：？！）》」』”'.includes(line[0] ?? 'x')).toBe(false)
    for (const line of lines) expect('（《「『“'.includes(line.at(-1) ?? 'x')).toBe(false)
  }
})
