/** The feedback scripts, minified (integrations/feedbackScripts.ts), inlined by FeedbackPanel.astro. */
declare module 'virtual:dvctt/feedback' {
  export const widget: string
}
