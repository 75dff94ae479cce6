/**
 * Whether a report's words say anything beyond where it is: "博泰佳苑 3号楼 2单元 501：" alone tells
 * the handler nothing. Pure: the words and the address labels the caller is known by come in.
 */

/** punctuation, spaces and separators a resident types around an address */
const FILLER = /[\s,.;:!?，。；：！？、·\-—_()（）[\]【】"'“”‘’]/g

export function saysOnlyWhere(description: string, addressLabels: readonly (string | null | undefined)[]): boolean {
  let rest = description
  const labels = addressLabels.filter((l): l is string => !!l).sort((a, b) => b.length - a.length)
  for (const label of labels) {
    rest = rest.split(label).join('')
    // the label's parts too ("3号楼", "2单元", "501"), typed without the estate's name
    for (const part of label.split(/\s+/).filter((p) => p.length > 0)) rest = rest.split(part).join('')
  }
  return rest.replace(FILLER, '').length < 2
}

export const ONLY_WHERE_MESSAGE = '只写了地址，我们还不知道出了什么问题。请写一句发生了什么，或拍张照片'
