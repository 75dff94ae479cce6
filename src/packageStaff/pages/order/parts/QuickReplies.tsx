/**
 * 常用语: chips under the note of the 进展 and 办结 sheets, the order's category's own phrases first
 * (types/quick-replies.ts). A tap puts the phrase in the note, or adds it when something is written.
 */
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { type QuickReplySheet, quickRepliesFor } from '../../../../../types/quick-replies'
import { loadCategories } from '../../../../lib/categories'

export function QuickReplies(props: {
  sheet: QuickReplySheet
  categoryCode: string
  text: string
  max: number
  onPick: (text: string) => void
}) {
  const [group, setGroup] = useState<string | undefined>()
  useEffect(() => {
    loadCategories()
      .then((all) => setGroup(all.find((c) => c.code === props.categoryCode)?.group))
      .catch(() => undefined)
  }, [props.categoryCode])
  const phrases = quickRepliesFor(props.sheet, props.categoryCode, group)

  const pick = (phrase: string) => {
    const now = props.text.trim()
    if (now.includes(phrase)) return
    const next = now ? `${now.replace(/[。，,.]$/, '')}，${phrase}` : phrase
    props.onPick(next.slice(0, props.max))
  }

  return (
    <View className="quick-replies">
      <View className="quick-replies-label">常用语</View>
      <View className="quick-replies-row">
        {phrases.map((p) => (
          <View key={p} className="quick-reply" onClick={() => pick(p)}>
            {p}
          </View>
        ))}
      </View>
    </View>
  )
}
