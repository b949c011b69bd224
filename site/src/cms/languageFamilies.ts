import { idOf } from '@dvctt/cms/vocabulary'

import type { Material, MaterialRef } from './types'

/** Language versions form a star around the original: each material's family, the original first. */
export function languageFamilies(published: Material[], refById: Map<string, MaterialRef>): (m: Material) => string[] {
  const rootOf = (m: Material): string => {
    const original = idOf(m.translationOf)
    return original && refById.has(original) ? original : String(m.id)
  }
  const family = new Map<string, string[]>()
  for (const m of published) family.set(rootOf(m), [...(family.get(rootOf(m)) ?? []), String(m.id)])
  return (m) => {
    const root = rootOf(m)
    return [root, ...(family.get(root) ?? []).filter((id) => id !== root)]
  }
}
