import { NeedsUpdateNotice as NeedsUpdateNotice_3962f6a4dc95ca636e69e081c8591b33 } from '../../../components/feedback/NeedsUpdateNotice'
import { ReviewPanel as ReviewPanel_8cd26855d24ab5f3953d5619d31edd4d } from '../../../components/workflow/ReviewPanel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LanguageVersionsPanel as LanguageVersionsPanel_4de3795009657aeeb34e5d8ee91b0bf7 } from '../../../components/languages/LanguageVersionsPanel'
import { MaterialUsagePanel as MaterialUsagePanel_837b24ef200c491e4eb4b85521de4d6d } from '../../../components/usage/MaterialUsagePanel'
import { PreviewButton as PreviewButton_489fa184b6a6baedbcb9d0e854bb2fb3 } from '../../../components/preview/PreviewButton'
import { NoPublishButton as NoPublishButton_f577215be39bfbf111e1ba0a32405e89 } from '../../../components/workflow/PublishControls'
import { WorkflowStatus as WorkflowStatus_f39b1d2859ba3fa716ba55c332ef6cfe } from '../../../components/workflow/WorkflowStatus'
import { UnpublishButtonForRole as UnpublishButtonForRole_f577215be39bfbf111e1ba0a32405e89 } from '../../../components/workflow/PublishControls'
import { DuplicateNotice as DuplicateNotice_8b3be14406c26229f4d5d57c525cc066 } from '../../../components/media/DuplicateNotice'
import { FileSizeCell as FileSizeCell_b300706718168aafa203577ced2630da } from '../../../i18n/FileSizeCell'
import { WithdrawnCell as WithdrawnCell_45cf5cff2241f208fe579b6fa4e99d03 } from '../../../components/procedures/WithdrawnCell'
import { ProceduresListHeader as ProceduresListHeader_bf29ef584e7f9d7853cdc45b941827bd } from '../../../components/procedures/ProceduresListHeader'
import { ActivityReviewPanel as ActivityReviewPanel_19227de1ee6f42be11ae207d0a1795a6 } from '../../../components/activities/ActivityReviewPanel'
import { ActivitiesListHeader as ActivitiesListHeader_d7c3ea80f8181182e3edf7d4383e50bb } from '../../../components/activities/ActivitiesListHeader'
import { ScheduleActions as ScheduleActions_37a2c3e59930e2d2f42d3d4732a37814 } from '../../../components/broadcast/ScheduleActions'
import { ReportActions as ReportActions_47ec5f1e503b140cce2289c37dafca77 } from '../../../components/yearlyReport/ReportActions'
import { FeedbackWarnings as FeedbackWarnings_4cb39b56ac2cedc917f7fa134d99b309 } from '../../../components/feedback/FeedbackWarnings'
import { FeedbackTextCell as FeedbackTextCell_e6970079c6b7cc61ec36105a482fc3a2 } from '../../../components/feedback/TextCell'
import { PersonalDataCell as PersonalDataCell_d4109b821e32253cbdd175d29106365e } from '../../../components/feedback/WarningCells'
import { PersonalDataField as PersonalDataField_d4109b821e32253cbdd175d29106365e } from '../../../components/feedback/WarningCells'
import { FlagsCell as FlagsCell_d4109b821e32253cbdd175d29106365e } from '../../../components/feedback/WarningCells'
import { FlagsField as FlagsField_d4109b821e32253cbdd175d29106365e } from '../../../components/feedback/WarningCells'
import { AgeCell as AgeCell_34e07a1b38e8b20a44ec1a394a9e5a6c } from '../../../components/feedback/AgeCell'
import { NoField as NoField_34e07a1b38e8b20a44ec1a394a9e5a6c } from '../../../components/feedback/AgeCell'
import { QueueTabs as QueueTabs_54b7480d5844346951b1c5d32c9169d1 } from '../../../components/feedback/QueueTabs'
import { UsageDayCell as UsageDayCell_4c80937093cdfff2831b6c95329313c3 } from '../../../components/usage/UsageDayCell'
import { Icon as Icon_c6286fbc7f62f2ce3ef9c604e9c02147 } from '../../../components/graphics/Icon'
import { Logo as Logo_e577ad08317d2e8977edf3e679038fc8 } from '../../../components/graphics/Logo'
import { ProceduresNavLinks as ProceduresNavLinks_e4b6144660e530c3dd20f04f7bc2fb82 } from '../../../components/procedures/ProceduresNavLinks'
import { ReportingNavLinks as ReportingNavLinks_60031f56f690ffb076501173f32f8f07 } from '../../../components/reporting/ReportingNavLinks'
import { YearlyReportNavLink as YearlyReportNavLink_ee9f8a750a93e095f31273fc8acfacbf } from '../../../components/yearlyReport/NavLink'
import { UsageNavLink as UsageNavLink_70992e7cd22aad22e29be78335df19a2 } from '../../../components/usage/UsageNavLink'
import { TranslationsWantedNavLink as TranslationsWantedNavLink_fcaaaae5bac988dcb66f2068d039c14f } from '../../../components/languages/TranslationsWantedNavLink'
import { MyWork as MyWork_0bc12e3c9ec1cea1c9d90616db83b482 } from '../../../components/workflow/MyWork'
import { SiteStatusPanel as SiteStatusPanel_8e7e86ea588b82c0b08eaf35f176ab8a } from '../../../components/site-status/SiteStatusPanel'
import { VietnameseLabels as VietnameseLabels_c58ba44080a9db8068ee731a32fed938 } from '../../../i18n/VietnameseLabels'
import { FirstUserView as FirstUserView_1d4dc433f1761b04bde304b1ae50db5d } from '../../../components/accounts/FirstUserView'
import { ForgotPasswordView as ForgotPasswordView_a271c9e8b4f514735dc4c5ef785f5887 } from '../../../components/accounts/ForgotPasswordView'
import { ImportProceduresView as ImportProceduresView_b1906c73f4ffaf7e705b1e5bb01fcc3a } from '../../../components/procedures/ImportProceduresView'
import { ImportActivitiesView as ImportActivitiesView_9b693dfa78d26a983085641e2fe8f5fd } from '../../../components/activities/ImportActivitiesView'
import { CoverageView as CoverageView_6c6b64408f9e428a2dbabcacdb65bb04 } from '../../../components/procedures/CoverageView'
import { TargetsView as TargetsView_bcbf5c9d50f39615aeffb4e0342ee4fb } from '../../../components/reporting/TargetsView'
import { YearlyReportView as YearlyReportView_13f3e176478c86bef4efae22cef5afca } from '../../../components/yearlyReport/YearlyReportView'
import { TranslationsWantedView as TranslationsWantedView_8fb93ba0c83092a8cc75331157ce4828 } from '../../../components/languages/TranslationsWantedView'
import { UsageStatsView as UsageStatsView_cc4a915f6be22b5555fe04f011bca18b } from '../../../components/usage/UsageStatsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/feedback/NeedsUpdateNotice#NeedsUpdateNotice": NeedsUpdateNotice_3962f6a4dc95ca636e69e081c8591b33,
  "/components/workflow/ReviewPanel#ReviewPanel": ReviewPanel_8cd26855d24ab5f3953d5619d31edd4d,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/languages/LanguageVersionsPanel#LanguageVersionsPanel": LanguageVersionsPanel_4de3795009657aeeb34e5d8ee91b0bf7,
  "/components/usage/MaterialUsagePanel#MaterialUsagePanel": MaterialUsagePanel_837b24ef200c491e4eb4b85521de4d6d,
  "/components/preview/PreviewButton#PreviewButton": PreviewButton_489fa184b6a6baedbcb9d0e854bb2fb3,
  "/components/workflow/PublishControls#NoPublishButton": NoPublishButton_f577215be39bfbf111e1ba0a32405e89,
  "/components/workflow/WorkflowStatus#WorkflowStatus": WorkflowStatus_f39b1d2859ba3fa716ba55c332ef6cfe,
  "/components/workflow/PublishControls#UnpublishButtonForRole": UnpublishButtonForRole_f577215be39bfbf111e1ba0a32405e89,
  "/components/media/DuplicateNotice#DuplicateNotice": DuplicateNotice_8b3be14406c26229f4d5d57c525cc066,
  "/i18n/FileSizeCell#FileSizeCell": FileSizeCell_b300706718168aafa203577ced2630da,
  "/components/procedures/WithdrawnCell#WithdrawnCell": WithdrawnCell_45cf5cff2241f208fe579b6fa4e99d03,
  "/components/procedures/ProceduresListHeader#ProceduresListHeader": ProceduresListHeader_bf29ef584e7f9d7853cdc45b941827bd,
  "/components/activities/ActivityReviewPanel#ActivityReviewPanel": ActivityReviewPanel_19227de1ee6f42be11ae207d0a1795a6,
  "/components/activities/ActivitiesListHeader#ActivitiesListHeader": ActivitiesListHeader_d7c3ea80f8181182e3edf7d4383e50bb,
  "/components/broadcast/ScheduleActions#ScheduleActions": ScheduleActions_37a2c3e59930e2d2f42d3d4732a37814,
  "/components/yearlyReport/ReportActions#ReportActions": ReportActions_47ec5f1e503b140cce2289c37dafca77,
  "/components/feedback/FeedbackWarnings#FeedbackWarnings": FeedbackWarnings_4cb39b56ac2cedc917f7fa134d99b309,
  "/components/feedback/TextCell#FeedbackTextCell": FeedbackTextCell_e6970079c6b7cc61ec36105a482fc3a2,
  "/components/feedback/WarningCells#PersonalDataCell": PersonalDataCell_d4109b821e32253cbdd175d29106365e,
  "/components/feedback/WarningCells#PersonalDataField": PersonalDataField_d4109b821e32253cbdd175d29106365e,
  "/components/feedback/WarningCells#FlagsCell": FlagsCell_d4109b821e32253cbdd175d29106365e,
  "/components/feedback/WarningCells#FlagsField": FlagsField_d4109b821e32253cbdd175d29106365e,
  "/components/feedback/AgeCell#AgeCell": AgeCell_34e07a1b38e8b20a44ec1a394a9e5a6c,
  "/components/feedback/AgeCell#NoField": NoField_34e07a1b38e8b20a44ec1a394a9e5a6c,
  "/components/feedback/QueueTabs#QueueTabs": QueueTabs_54b7480d5844346951b1c5d32c9169d1,
  "/components/usage/UsageDayCell#UsageDayCell": UsageDayCell_4c80937093cdfff2831b6c95329313c3,
  "/components/graphics/Icon#Icon": Icon_c6286fbc7f62f2ce3ef9c604e9c02147,
  "/components/graphics/Logo#Logo": Logo_e577ad08317d2e8977edf3e679038fc8,
  "/components/procedures/ProceduresNavLinks#ProceduresNavLinks": ProceduresNavLinks_e4b6144660e530c3dd20f04f7bc2fb82,
  "/components/reporting/ReportingNavLinks#ReportingNavLinks": ReportingNavLinks_60031f56f690ffb076501173f32f8f07,
  "/components/yearlyReport/NavLink#YearlyReportNavLink": YearlyReportNavLink_ee9f8a750a93e095f31273fc8acfacbf,
  "/components/usage/UsageNavLink#UsageNavLink": UsageNavLink_70992e7cd22aad22e29be78335df19a2,
  "/components/languages/TranslationsWantedNavLink#TranslationsWantedNavLink": TranslationsWantedNavLink_fcaaaae5bac988dcb66f2068d039c14f,
  "/components/workflow/MyWork#MyWork": MyWork_0bc12e3c9ec1cea1c9d90616db83b482,
  "/components/site-status/SiteStatusPanel#SiteStatusPanel": SiteStatusPanel_8e7e86ea588b82c0b08eaf35f176ab8a,
  "/i18n/VietnameseLabels#VietnameseLabels": VietnameseLabels_c58ba44080a9db8068ee731a32fed938,
  "/components/accounts/FirstUserView#FirstUserView": FirstUserView_1d4dc433f1761b04bde304b1ae50db5d,
  "/components/accounts/ForgotPasswordView#ForgotPasswordView": ForgotPasswordView_a271c9e8b4f514735dc4c5ef785f5887,
  "/components/procedures/ImportProceduresView#ImportProceduresView": ImportProceduresView_b1906c73f4ffaf7e705b1e5bb01fcc3a,
  "/components/activities/ImportActivitiesView#ImportActivitiesView": ImportActivitiesView_9b693dfa78d26a983085641e2fe8f5fd,
  "/components/procedures/CoverageView#CoverageView": CoverageView_6c6b64408f9e428a2dbabcacdb65bb04,
  "/components/reporting/TargetsView#TargetsView": TargetsView_bcbf5c9d50f39615aeffb4e0342ee4fb,
  "/components/yearlyReport/YearlyReportView#YearlyReportView": YearlyReportView_13f3e176478c86bef4efae22cef5afca,
  "/components/languages/TranslationsWantedView#TranslationsWantedView": TranslationsWantedView_8fb93ba0c83092a8cc75331157ce4828,
  "/components/usage/UsageStatsView#UsageStatsView": UsageStatsView_cc4a915f6be22b5555fe04f011bca18b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
