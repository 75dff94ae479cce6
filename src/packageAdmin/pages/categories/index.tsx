/**
 * 报事类别: the catalogue (retired ones too), searchable; each edited beside the list. Open orders keep
 * the terms they took at submit, so a new deadline or a deactivation applies to new reports only.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Category } from '../../../../types/catalog'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { useDeskLayout } from '../../../lib/use-window-width'
import { admin } from '../../shared/api'
import { DeskTable } from '../../shared/DeskTable'
import { SearchBar } from '../../shared/fields'
import { handlerLabel } from '../../shared/labels'
import { type CategoryItem, useRefs } from '../../shared/refs'
import { CategoryEditor } from './CategoryEditor'
import { CATEGORY_TABLE } from './category-columns'
import '../../shared/admin.scss'

const blank = (sort: number): Category => ({
  code: '',
  name: '',
  group: '公共设施',
  defaultHandler: 'property',
  urgent: false,
  acknowledgeHours: 2,
  resolveHours: 24,
  afterPhotoRequired: false,
  icon: '',
  sort,
  active: true,
})

export default function CategoriesPage() {
  const refs = useRefs()
  const [q, setQ] = useState('')
  const [editing, setEditing] = useState<{ item: CategoryItem | null; draft: Category } | null>(null)
  const desk = useDeskLayout()
  const items = (refs.data?.categories ?? []).filter(({ category: c }) => {
    const query = q.trim().toLowerCase()
    return !query || `${c.name} ${c.code} ${c.group}`.toLowerCase().includes(query)
  })
  const open = (item: CategoryItem | null) => {
    const next = (refs.data?.categories.length ?? 0) * 10 + 10
    setEditing({ item, draft: item ? { ...item.category } : blank(next) })
    // on a phone the editor is above the list; at a desk it stays beside it
    if (!desk) Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  return (
    <PageShell className="adm-page categories-page">
      <View className="adm-wrap">
        <View className="adm-toolbar">
          <SearchBar value={q} onChange={setQ} placeholder="搜索类别名称、编码、分组" className="categories-search" />
          <Btn className="categories-new" onClick={() => open(null)}>
            新增类别
          </Btn>
        </View>
        <View className={`adm-split ${desk ? 'adm-split-desk' : ''}`}>
          <View className="adm-list-col">
            {refs.loading && !refs.data ? <Loading /> : null}
            {refs.error ? <ErrorBox error={refs.error} onRetry={refs.reload} /> : null}
            {refs.data ? <Text className="adm-count">共 {items.length} 类</Text> : null}
            {refs.data && !items.length ? <Empty text="没有符合条件的类别" /> : null}
            {desk ? (
              <DeskTable
                label="报事类别"
                columns={CATEGORY_TABLE}
                rows={items}
                rowKey={(it) => it.category.code}
                openKey={editing?.item?.category.code ?? null}
                onOpen={open}
                rowClass={(it) => `category-row ${it.category.active ? '' : 'is-off'}`}
                rowData={(it) => ({ code: it.category.code })}
              />
            ) : (
              items.map((item) => {
                const c = item.category
                return (
                  <View
                    key={c.code}
                    data-code={c.code}
                    className={`adm-row category-row ${editing?.item?.category.code === c.code ? 'is-selected' : ''} ${c.active ? '' : 'is-off'}`}
                    onClick={() => open(item)}
                  >
                    <View className="adm-row-top">
                      <Text className="adm-row-name">
                        {c.icon} {c.name}
                      </Text>
                      <Text className="adm-tag">{c.group}</Text>
                      {c.urgent ? <Text className="adm-tag adm-tag-red">紧急</Text> : null}
                      <View className="adm-spacer" />
                      {c.active ? null : <Text className="adm-tag adm-tag-red">已停用</Text>}
                    </View>
                    <Text className="adm-row-line">
                      {handlerLabel(c.defaultHandler)}处理 · 签收 {c.acknowledgeHours} 小时 · 办结 {c.resolveHours} 小时
                      {c.afterPhotoRequired ? ' · 办结需拍照' : ''}
                    </Text>
                  </View>
                )
              })
            )}
          </View>
          {editing ? (
            <CategoryEditor
              key={`${editing.item?.category.code ?? 'new'}:${editing.item?.version ?? 0}`}
              refs={refs.data}
              initial={editing.draft}
              version={editing.item?.version}
              onCancel={() => setEditing(null)}
              onReload={async () => {
                // the category as it now stands, to edit again
                await refs.reload()
                const fresh = await admin<{ items: CategoryItem[] }>('categories').catch(() => null)
                const now = fresh?.items.find((it) => it.category.code === editing.draft.code)
                setEditing(now ? { item: now, draft: { ...now.category } } : null)
              }}
              onDone={async () => {
                setEditing(null)
                await refs.reload()
              }}
            />
          ) : (
            <View className="adm-editor adm-help-desk categories-help">
              <Text className="adm-editor-title">说明</Text>
              <Text className="block muted">
                点一个类别修改名称、分组、处理方、时限和紧急提示。停用后居民不再能选它；已提交的工单仍按提交时的时限办理。
              </Text>
            </View>
          )}
        </View>
      </View>
    </PageShell>
  )
}
