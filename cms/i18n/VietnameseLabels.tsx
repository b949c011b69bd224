'use client'

import { type ReactNode, useEffect } from 'react'

/**
 * Labels that Payload 3.90.1 and its editor write in English with no translation key: the
 * notifications region (sonner), the rich-text editor's handles and link buttons, the API tab's
 * full-screen button. Replaced in the page as they appear.
 */
const LABELS: Record<string, string> = {
  'Notifications alt+T': 'Thông báo (alt+T)',
  'Close toast': 'Đóng thông báo',
  'Add block': 'Thêm khối',
  'Drag to move': 'Kéo để di chuyển',
  'Edit link': 'Sửa liên kết',
  'Remove link': 'Gỡ liên kết',
  'toggle fullscreen': 'Bật/tắt toàn màn hình',
  'Insert Paragraph': 'Thêm đoạn văn',
}

function translateElement(el: Element): void {
  const label = el.getAttribute('aria-label') ?? ''
  // A relationship's chip: "Edit Sở Nội vụ" opens the related document.
  const vietnamese = LABELS[label] ?? (label.startsWith('Edit ') ? `Sửa ${label.slice(5)}` : undefined)
  if (vietnamese) el.setAttribute('aria-label', vietnamese)
  // Payload's checkbox shows its field's internal name ("publiclyVisible") as a tooltip.
  if (el instanceof HTMLInputElement && el.type === 'checkbox' && el.title && el.title === el.name) {
    el.removeAttribute('title')
  }
}

function translate(root: Element): void {
  translateElement(root)
  for (const el of root.querySelectorAll('[aria-label], input[type="checkbox"][title]')) translateElement(el)
}

function onMutations(mutations: MutationRecord[]): void {
  for (const mutation of mutations) {
    if (mutation.type === 'attributes' && mutation.target instanceof Element) translateElement(mutation.target)
    for (const node of mutation.addedNodes) if (node instanceof Element) translate(node)
  }
}

export function VietnameseLabels({ children }: { children?: ReactNode }) {
  useEffect(() => {
    translate(document.body)
    // Tells the admin's e2e walk (tests/e2e/adminWalk.ts) that the page has hydrated.
    document.documentElement.dataset.labelsReady = 'vi'
    const observer = new MutationObserver(onMutations)
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-label', 'title'],
    })
    return () => observer.disconnect()
  }, [])
  return children
}
