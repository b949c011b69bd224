/** Feedback items as the intake endpoint writes them (Local API, full rights): for the moderation tests. */
import type { Payload } from 'payload'

import type { Feedback, FeedbackContact } from '@dvctt/cms/payload-types'

import { uniqueSuffix } from './factories'

type Id = string | number

export interface ItemInput {
  material?: Id
  procedure?: Id
  unit?: Id | null
  kind?: 'question' | 'mistake'
  text?: string
  publicText?: string
  wantsPrivateAnswer?: boolean
  status?: Feedback['status']
  answer?: string
  answerState?: Feedback['answerState']
}

export function feedbackItems(payload: Payload) {
  return {
    async createItem(input: ItemInput): Promise<Feedback> {
      const text = input.text ?? `Làm sao để nộp hồ sơ trên điện thoại? ${uniqueSuffix()}`
      return payload.create({
        collection: 'feedback',
        data: {
          kind: 'question',
          publicText: text,
          via: 'js',
          status: 'new',
          ...input,
          text,
        } as never,
        overrideAccess: true,
      })
    },

    async createContact(feedback: Id, contact: string): Promise<FeedbackContact> {
      return payload.create({
        collection: 'feedback-contacts',
        data: { feedback, contact } as never,
        overrideAccess: true,
      })
    },
  }
}
