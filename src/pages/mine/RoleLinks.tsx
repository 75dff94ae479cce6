/** The rows of 我的 that depend on the roles (the table is src/lib/role-links.ts, shared with the staff 我的). */
import { Text, View } from '@tarojs/components'
import { roleLinksFor } from '../../lib/role-links'
import { go } from '../../lib/routes'

export function RoleLinks({ scopes }: { scopes: ReadonlyArray<{ role: string }> }) {
  return (
    <View>
      {roleLinksFor(scopes).map((l) => (
        <View key={l.url} className="card card-link role-link" data-url={l.url} onClick={() => go(l.url)}>
          <Text className="grow">{l.text}</Text>
          <Text className="chevron">›</Text>
        </View>
      ))}
    </View>
  )
}
