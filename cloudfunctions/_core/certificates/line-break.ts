/**
 * Line breaking for the certificate's wording, as Chinese print does it: a line may break between
 * any two characters, except that
 * - closing punctuation (，。、；：？！ and closing brackets and quotes) never starts a line: it hangs
 *   at the end of the line before, a little past the margin (避头);
 * - opening brackets and quotes never end a line: they move down with what they open (避尾);
 * - a run of Latin letters and digits (a year, an ID, a room number) is not split, unless it is
 *   longer than a whole line.
 * `widthOf` measures a string in the font and size the caller draws with.
 */
const NO_LINE_START = new Set('，。、；：？！）》」』”’〕】…·,.;:?!)]}%'.split(''))
const NO_LINE_END = new Set('（《「『“‘〔【([{'.split(''))
const WORD = /[A-Za-z0-9*]/

export function breakLines(text: string, widthOf: (s: string) => number, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => breakParagraph([...paragraph], widthOf, width))
}

function breakParagraph(chars: string[], widthOf: (s: string) => number, width: number): string[] {
  const lines: string[] = []
  let line: string[] = []
  for (const ch of chars) {
    if (line.length === 0 || widthOf([...line, ch].join('')) <= width || NO_LINE_START.has(ch)) {
      line.push(ch)
      continue
    }
    // the break falls before `ch`: move back what may not end a line, or a word's start
    let cut = line.length
    if (WORD.test(ch)) while (cut > 0 && WORD.test(line[cut - 1])) cut--
    while (cut > 0 && NO_LINE_END.has(line[cut - 1])) cut--
    if (cut === 0) cut = line.length // a word longer than the line breaks where it must
    lines.push(line.slice(0, cut).join(''))
    line = [...line.slice(cut), ch]
  }
  lines.push(line.join(''))
  return lines
}
