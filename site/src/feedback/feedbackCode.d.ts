/** The feedback scripts, minified (integrations/feedbackScripts.ts), inlined by FeedbackPanel.astro and the thank-you page. */
declare module 'virtual:dvctt/feedback' {
  export const widget: string
  export const thanks: string
}
