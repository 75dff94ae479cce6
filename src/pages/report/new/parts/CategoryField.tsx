/** 遇到了什么问题: the picked category (with 换一个), or the picker grid, filtered to the channel until 显示全部. */
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CategoryView, Channel } from '../../../../../types/catalog'
import { Btn } from '../../../../components'
import { channelOf, groupCategories } from '../../../../lib/categories'
import { fieldId } from '../validate'
import { FieldError } from './FieldError'

interface Props {
  categories: CategoryView[]
  category: CategoryView | null
  picking: boolean
  channel: Channel
  /** 无物业小区: every category goes to the grid worker, so none is filtered out */
  showEverything: boolean
  error: string | null
  onPick(c: CategoryView): void
  onChange(): void
}

export function CategoryField(props: Props) {
  const { category, picking, channel, error } = props
  const [showAll, setShowAll] = useState(false)
  const all = showAll || props.showEverything
  const list = all
    ? props.categories
    : props.categories.filter((c) => channelOf(c) === channel || c.code === category?.code)
  return (
    <View id={fieldId('category')} className={`category-field${error ? ' field-invalid' : ''}`}>
      {category && !picking ? (
        <View className="card picked-category">
          <Text className="picked-icon">{category.icon}</Text>
          <View className="grow">
            <Text className="block picked-name">{category.name}</Text>
            <Text className="block muted small">{category.group}</Text>
          </View>
          <Text className="btn btn-plain change-category" onClick={props.onChange}>
            换一个
          </Text>
        </View>
      ) : (
        <View className="card">
          <Text className="field-label">遇到了什么问题？</Text>
          <FieldError message={error} />
          {groupCategories(list).map((g) => (
            <View key={g.group}>
              <Text className="block muted small">{g.group}</Text>
              <View className="picker-grid">
                {g.items.map((c) => (
                  <View
                    key={c.code}
                    className={`category-item${c.code === category?.code ? ' category-item-on' : ''}`}
                    data-code={c.code}
                    onClick={() => props.onPick(c)}
                  >
                    <Text className="category-icon">{c.icon}</Text>
                    <Text className="category-name">{c.name}</Text>
                  </View>
                ))}
              </View>
            </View>
          ))}
          {all ? null : (
            <Btn kind="plain" block className="show-all-categories" onClick={() => setShowAll(true)}>
              没有找到？显示全部问题类别
            </Btn>
          )}
        </View>
      )}
    </View>
  )
}
