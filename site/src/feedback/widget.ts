/**
 * The feedback block of material and procedure pages (issue 19), inlined as a module script by
 * components/FeedbackPanel.astro: runs after parsing, costs no request. The challenge solver
 * (solver.ts) is a separate file, fetched only when the form comes into view or is focused.
 */
import { startForm } from './form'
import { startHelpful } from './helpful'
import type { FeedbackSettings } from './settings'

const holder = document.getElementById('dvctt-feedback')
if (holder) {
  const settings = JSON.parse(holder.textContent as string) as FeedbackSettings
  startHelpful(settings)
  const form = document.querySelector<HTMLFormElement>('form[data-feedback]')
  if (form) startForm(form, settings)
}
