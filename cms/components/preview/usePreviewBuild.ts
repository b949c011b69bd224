'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

export type PreviewBuild =
  | { state: 'idle' }
  | { state: 'building'; seconds: number }
  | { state: 'ready'; seconds: number; opened: boolean }
  | { state: 'failed'; message: string }

/** A small page for the new tab while the preview is being built: it is replaced by the preview itself. */
const WAITING_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đang dựng bản xem trước…</title>
<style>body{font:1.1rem/1.6 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937}</style>
</head><body><h1>Đang dựng bản xem trước…</h1><p>Trang của tài liệu đang được dựng bằng giao diện của trang công khai
(thường 4–10 giây lần đầu). Trang này sẽ tự chuyển sang bản xem trước.</p></body></html>`

/**
 * The «Xem trước» flow: a tab opens at once (a browser allows a new tab only
 * during the click), shows that the build is running, and is sent to the
 * preview once the CMS has built it; meanwhile the admin counts the seconds.
 * The built preview is cached by the CMS, so the tab loads it at once.
 */
export function usePreviewBuild(previewURL: string | undefined) {
  const [build, setBuild] = useState<PreviewBuild>({ state: 'idle' })
  const timer = useRef<ReturnType<typeof setInterval> | null>(null)
  const stopTimer = () => {
    if (timer.current) clearInterval(timer.current)
    timer.current = null
  }
  useEffect(() => stopTimer, [])

  const start = useCallback(async () => {
    if (!previewURL) return
    const tab = window.open('', '_blank')
    tab?.document.write(WAITING_PAGE)
    tab?.document.close()
    const started = Date.now()
    const elapsed = () => Math.round((Date.now() - started) / 1000)
    setBuild({ state: 'building', seconds: 0 })
    stopTimer()
    timer.current = setInterval(() => setBuild({ state: 'building', seconds: elapsed() }), 500)
    try {
      const response = await fetch(previewURL, { credentials: 'same-origin', cache: 'no-store' })
      await response.arrayBuffer()
      stopTimer()
      if (tab && !tab.closed) {
        // The preview page needs no link back to the admin.
        tab.opener = null
        tab.location.replace(previewURL)
      }
      if (response.ok) setBuild({ state: 'ready', seconds: elapsed(), opened: Boolean(tab && !tab.closed) })
      else
        setBuild({
          state: 'failed',
          message: `Không dựng được bản xem trước (mã ${response.status}); tab mới cho biết lý do. Tài liệu không bị thay đổi.`,
        })
    } catch {
      stopTimer()
      tab?.close()
      setBuild({
        state: 'failed',
        message:
          'Không liên lạc được với CMS để dựng bản xem trước. Kiểm tra kết nối rồi bấm lại; tài liệu không bị thay đổi.',
      })
    }
  }, [previewURL])

  return { build, start }
}
