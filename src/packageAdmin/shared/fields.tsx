/** Form pieces of the admin pages: a labelled field with its message, text/number inputs, chips, a switch, a search bar. */
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { Switch } from '../../components'

interface FieldProps {
  label: string
  error?: string | null
  hint?: string
  className?: string
  wide?: boolean
}

/** A label, the control, and the field's first validation message under it. */
export function Field({ label, error, hint, className, wide, children }: PropsWithChildren<FieldProps>) {
  const cls = ['adm-field', wide ? 'adm-field-wide' : '', error ? 'has-error' : '', className ?? '']
  return (
    <View className={cls.join(' ').trim()}>
      <Text className="adm-label">{label}</Text>
      {children}
      {hint && !error ? <Text className="adm-hint">{hint}</Text> : null}
      {error ? <Text className="adm-error field-error">{error}</Text> : null}
    </View>
  )
}

interface TextProps extends FieldProps {
  value: string
  onChange: (v: string) => void
  placeholder?: string
  type?: 'text' | 'number' | 'digit'
  maxlength?: number
  multiline?: boolean
  inputClass?: string
}

export function TextField(p: TextProps) {
  return (
    <Field label={p.label} error={p.error} hint={p.hint} className={p.className} wide={p.wide || p.multiline}>
      {p.multiline ? (
        <Textarea
          className={`textarea adm-textarea ${p.inputClass ?? ''}`}
          value={p.value}
          placeholder={p.placeholder}
          maxlength={p.maxlength ?? -1}
          onInput={(e) => p.onChange(e.detail.value)}
        />
      ) : (
        <Input
          className={`input adm-input ${p.inputClass ?? ''}`}
          value={p.value}
          type={p.type ?? 'text'}
          placeholder={p.placeholder}
          maxlength={p.maxlength ?? 140}
          onInput={(e) => p.onChange(e.detail.value)}
        />
      )}
    </Field>
  )
}

interface ChoiceProps<T extends string> extends FieldProps {
  value: T | null
  options: ReadonlyArray<{ value: T; label: string }>
  onChange: (v: T) => void
  chipClass?: string
}

/** One of a few options as chips (a <select> is clumsy on a phone). */
export function ChoiceField<T extends string>(p: ChoiceProps<T>) {
  return (
    <Field label={p.label} error={p.error} hint={p.hint} className={p.className} wide={p.wide}>
      <Chips value={p.value} options={p.options} onChange={p.onChange} chipClass={p.chipClass} />
    </Field>
  )
}

export function Chips<T extends string>(p: {
  value: T | null
  options: ReadonlyArray<{ value: T; label: string }>
  onChange: (v: T) => void
  chipClass?: string
}) {
  return (
    <View className="adm-chips">
      {p.options.map((o) => (
        <View
          key={o.value}
          data-value={o.value}
          className={`chip adm-chip ${p.chipClass ?? ''} ${p.value === o.value ? 'chip-on' : ''}`}
          onClick={() => p.onChange(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  )
}

export function SwitchField(p: {
  label: string
  checked: boolean
  onChange: (v: boolean) => void
  className?: string
}) {
  return (
    <View className={`adm-field adm-switch-row ${p.className ?? ''}`}>
      <Text className="adm-label adm-switch-label">{p.label}</Text>
      <Switch checked={p.checked} onChange={(v: boolean) => p.onChange(v)} />
    </View>
  )
}

/** A search box; `onChange` on every keystroke (lists filter locally or reload). */
export function SearchBar(p: {
  value: string
  onChange: (v: string) => void
  placeholder: string
  className?: string
}) {
  return (
    <Input
      className={`input adm-search ${p.className ?? ''}`}
      value={p.value}
      placeholder={p.placeholder}
      confirmType="search"
      onInput={(e) => p.onChange(e.detail.value)}
    />
  )
}
