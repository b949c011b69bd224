import type { Page } from 'playwright-core'

/**
 * Publishing from the admin, the one way there is: «Gửi duyệt», then «Duyệt và
 * xuất bản» in the review panel (editors and administrators may take both
 * steps). Waits until the page says «Đã duyệt».
 */
export async function submitAndApprove(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Gửi duyệt' }).click()
  await page.getByText('Trạng thái duyệt:').locator('..').getByText('Chờ duyệt').waitFor({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Duyệt và xuất bản' }).click()
  await page.getByText('Trạng thái duyệt:').locator('..').getByText('Đã duyệt').waitFor({ timeout: 30_000 })
}
