/**
 * 分派规则: category defaults and estate overrides, searchable and filtered by category and estate.
 * Choosing one (or 新增) opens the editor beside the list (on a desk) or above it (on a phone), with
 * 试一下 showing what routing decides now and after the draft, before anything is saved.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import type { RuleDraft } from '../../../../types/admin'
import type { RoutingRule } from '../../../../types/catalog'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { useLoad } from '../../../lib/use-load'
import { useDeskLayout } from '../../../lib/use-window-width'
import { admin } from '../../shared/api'
import { DeskTable } from '../../shared/DeskTable'
import { SearchBar } from '../../shared/fields'
import { handlerLabel } from '../../shared/labels'
import { PickList } from '../../shared/PickList'
import { categoryOptions, nameOf, placeOptions, useRefs } from '../../shared/refs'
import { RuleEditor } from './RuleEditor'
import { ruleColumns } from './rule-columns'
import '../../shared/admin.scss'
import './index.scss'

export interface RuleItem {
  rule: RoutingRule
  version: number
}

const blank = (categoryCode: string | null, estateId: string | null): RuleDraft => ({
  categoryCode,
  estateId,
  handler: 'property',
  orgId: null,
  priority: estateId ? 50 : 0,
  reason: '',
  active: true,
})

export default function RulesPage() {
  const refs = useRefs()
  const list = useLoad(() => admin<{ items: RuleItem[] }>('rules'))
  const [q, setQ] = useState('')
  const [category, setCategory] = useState<string | null>(null)
  const [estate, setEstate] = useState<string | null>(null)
  const [editing, setEditing] = useState<{ draft: RuleDraft; version?: number } | null>(null)
  const desk = useDeskLayout()
  const columns = useMemo(() => ruleColumns(refs.data), [refs.data])

  const r = refs.data
  const items = useMemo(() => {
    const query = q.trim().toLowerCase()
    return (list.data?.items ?? [])
      .filter(({ rule }) => (!category || rule.categoryCode === category) && (!estate || rule.estateId === estate))
      .filter(({ rule }) => {
        if (!query) return true
        const text = [
          rule.id,
          rule.reason,
          nameOf(r, rule.categoryCode),
          nameOf(r, rule.estateId),
          nameOf(r, rule.orgId),
        ]
        return text.join(' ').toLowerCase().includes(query)
      })
      .sort(
        (a, b) =>
          (a.rule.categoryCode ?? '').localeCompare(b.rule.categoryCode ?? '') ||
          Number(!!a.rule.estateId) - Number(!!b.rule.estateId) ||
          b.rule.priority - a.rule.priority,
      )
  }, [list.data, q, category, estate, r])

  const open = (draft: RuleDraft, version?: number) => {
    setEditing({ draft, version })
    // on a phone the editor is above the list; at a desk it stays beside it
    if (!desk) Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  const done = async () => {
    setEditing(null)
    await list.reload()
  }

  return (
    <PageShell className="adm-page rules-page">
      <View className="adm-wrap">
        <View className={`adm-split ${desk ? 'adm-split-desk' : ''}`}>
          <View className="adm-list-col">
            <View className="adm-toolbar">
              <SearchBar value={q} onChange={setQ} placeholder="搜索类别、小区、理由" className="rules-search" />
              <Btn className="rules-new" onClick={() => open(blank(category, estate))}>
                新增规则
              </Btn>
            </View>
            <PickList
              label="按类别筛选"
              value={category}
              options={categoryOptions(r)}
              onChange={setCategory}
              noneLabel="全部类别"
              max={8}
              className="rules-filter-category"
            />
            <PickList
              label="按小区筛选"
              value={estate}
              options={placeOptions(r, 'estate')}
              onChange={setEstate}
              noneLabel="全部小区"
              className="rules-filter-estate"
            />
            {list.loading && !list.data ? <Loading /> : null}
            {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
            {refs.error ? <ErrorBox error={refs.error} onRetry={refs.reload} /> : null}
            {list.data ? <Text className="adm-count">共 {items.length} 条规则</Text> : null}
            {list.data && !items.length ? <Empty text="没有符合条件的规则" /> : null}
            {desk ? (
              <DeskTable
                label="分派规则"
                columns={columns}
                rows={items}
                rowKey={(it) => it.rule.id}
                openKey={editing?.draft.id ?? null}
                onOpen={(it) => open({ ...it.rule }, it.version)}
                rowClass={(it) => `rule-row ${it.rule.active ? '' : 'is-off'}`}
                rowData={(it) => ({ id: it.rule.id })}
              />
            ) : (
              items.map(({ rule, version }) => (
                <View
                  key={rule.id}
                  data-id={rule.id}
                  className={`adm-row rule-row ${editing?.draft.id === rule.id ? 'is-selected' : ''} ${rule.active ? '' : 'is-off'}`}
                  onClick={() => open({ ...rule }, version)}
                >
                  <View className="adm-row-top">
                    <Text className="adm-row-name">
                      {rule.categoryCode ? nameOf(r, rule.categoryCode) : '全部类别'}
                    </Text>
                    <Text className={`adm-tag ${rule.estateId ? 'adm-tag-orange' : ''}`}>
                      {rule.estateId ? nameOf(r, rule.estateId) : '全街道默认'}
                    </Text>
                    <View className="adm-spacer" />
                    <Text className="adm-tag adm-tag-blue">
                      → {handlerLabel(rule.handler)}
                      {rule.orgId ? `（${nameOf(r, rule.orgId)}）` : ''}
                    </Text>
                    {rule.active ? null : <Text className="adm-tag adm-tag-red">已停用</Text>}
                  </View>
                  <Text className="adm-row-line">
                    {rule.reason} · 优先级 {rule.priority}
                  </Text>
                </View>
              ))
            )}
          </View>
          {editing ? (
            <RuleEditor
              key={`${editing.draft.id ?? 'new'}:${editing.version ?? 0}`}
              refs={r}
              initial={editing.draft}
              version={editing.version}
              onCancel={() => setEditing(null)}
              onDone={done}
              onReload={async () => {
                // the rule as it now stands, to edit again (gone: the editor closes)
                const fresh = await admin<{ items: RuleItem[] }>('rules').catch(() => null)
                const now = fresh?.items.find((it) => it.rule.id === editing.draft.id)
                setEditing(now ? { draft: { ...now.rule }, version: now.version } : null)
                await list.reload()
              }}
            />
          ) : (
            <View className="adm-editor adm-help-desk rules-help">
              <Text className="adm-editor-title">怎么用</Text>
              <Text className="block muted">
                点一条规则修改，或“新增规则”为某个小区设例外。保存前可以“试一下”：任选一栋楼、一个类别和报事渠道，看看现在派给谁、改后派给谁，以及会影响哪些在办工单。在办工单不会被自动转走。
              </Text>
            </View>
          )}
        </View>
      </View>
    </PageShell>
  )
}
