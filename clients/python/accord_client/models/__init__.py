""" Contains all the data models used in inputs/outputs """

from .acknowledge_in import AcknowledgeIn
from .action_item_out import ActionItemOut
from .action_item_status import ActionItemStatus
from .action_kind import ActionKind
from .add_concern_file_file_params import AddConcernFileFileParams
from .agreement_filters import AgreementFilters
from .agreement_out import AgreementOut
from .agreement_page import AgreementPage
from .answer_in import AnswerIn
from .answer_out import AnswerOut
from .answer_out_ratings import AnswerOutRatings
from .answers_in import AnswersIn
from .answers_in_answers import AnswersInAnswers
from .api_token_scope import ApiTokenScope
from .application_in import ApplicationIn
from .application_out import ApplicationOut
from .approval_in import ApprovalIn
from .assessment_request_in import AssessmentRequestIn
from .assignment_assign_in import AssignmentAssignIn
from .assignment_filters import AssignmentFilters
from .assignment_out import AssignmentOut
from .assignment_page import AssignmentPage
from .assignment_status import AssignmentStatus
from .audit_in import AuditIn
from .audit_in_notes import AuditInNotes
from .audit_out import AuditOut
from .audit_out_scores import AuditOutScores
from .band_io import BandIO
from .baseline_in import BaselineIn
from .batch_filters import BatchFilters
from .batch_in import BatchIn
from .batch_out import BatchOut
from .batch_page import BatchPage
from .batch_status import BatchStatus
from .batch_status_in import BatchStatusIn
from .book_in import BookIn
from .booking_out import BookingOut
from .booking_override_in import BookingOverrideIn
from .business_review_detail_out import BusinessReviewDetailOut
from .business_review_detail_out_content import BusinessReviewDetailOutContent
from .business_review_out import BusinessReviewOut
from .calibration_in import CalibrationIn
from .calibration_out import CalibrationOut
from .capa_action_done_multi_part_body_params import CapaActionDoneMultiPartBodyParams
from .capa_action_in import CapaActionIn
from .capa_action_out import CapaActionOut
from .capa_action_type import CapaActionType
from .capa_done_in import CapaDoneIn
from .capa_filters import CapaFilters
from .capa_in import CapaIn
from .capa_out import CapaOut
from .capa_page import CapaPage
from .capa_reason_in import CapaReasonIn
from .capa_ref import CapaRef
from .capa_sign_in import CapaSignIn
from .capa_state import CapaState
from .capability_out import CapabilityOut
from .capability_site_out import CapabilitySiteOut
from .category_out import CategoryOut
from .change_action_in import ChangeActionIn
from .change_action_out import ChangeActionOut
from .change_approval_out import ChangeApprovalOut
from .change_assess_in import ChangeAssessIn
from .change_assessment_out import ChangeAssessmentOut
from .change_class import ChangeClass
from .change_control_duration import ChangeControlDuration
from .change_control_urgency import ChangeControlUrgency
from .change_decide_in import ChangeDecideIn
from .change_department import ChangeDepartment
from .change_done_in import ChangeDoneIn
from .change_filters import ChangeFilters
from .change_in import ChangeIn
from .change_order_currency import ChangeOrderCurrency
from .change_order_out import ChangeOrderOut
from .change_order_plan_edit_kind import ChangeOrderPlanEditKind
from .change_order_status import ChangeOrderStatus
from .change_out import ChangeOut
from .change_page import ChangePage
from .change_risk_level import ChangeRiskLevel
from .change_sign_in import ChangeSignIn
from .change_state import ChangeState
from .change_type import ChangeType
from .check_in import CheckIn
from .check_out import CheckOut
from .choice_out import ChoiceOut
from .clock_kind import ClockKind
from .clock_out import ClockOut
from .close_in import CloseIn
from .comment_edit_in import CommentEditIn
from .comment_in import CommentIn
from .comment_out import CommentOut
from .comment_withdraw_in import CommentWithdrawIn
from .competency_record_in import CompetencyRecordIn
from .competency_record_out import CompetencyRecordOut
from .competency_record_page import CompetencyRecordPage
from .complexity_assessment_level import ComplexityAssessmentLevel
from .concern_category import ConcernCategory
from .concern_detail_out import ConcernDetailOut
from .concern_entry_how import ConcernEntryHow
from .concern_entry_out import ConcernEntryOut
from .concern_escalation_out import ConcernEscalationOut
from .concern_file_out import ConcernFileOut
from .concern_filters import ConcernFilters
from .concern_filters_clock_type_0 import ConcernFiltersClockType0
from .concern_filters_order import ConcernFiltersOrder
from .concern_link_out import ConcernLinkOut
from .concern_out import ConcernOut
from .concern_page import ConcernPage
from .concern_pause_out import ConcernPauseOut
from .concern_raise_in import ConcernRaiseIn
from .concern_state import ConcernState
from .contact_in import ContactIn
from .contact_ref import ContactRef
from .contact_schema import ContactSchema
from .criterion_io import CriterionIO
from .csat_out import CsatOut
from .csat_row_out import CsatRowOut
from .day_change_out import DayChangeOut
from .day_in import DayIn
from .day_kind import DayKind
from .day_out import DayOut
from .day_remove_in import DayRemoveIn
from .day_update_in import DayUpdateIn
from .decision_out import DecisionOut
from .delay_cause import DelayCause
from .delay_filters import DelayFilters
from .delay_internal_out import DelayInternalOut
from .delay_out import DelayOut
from .delay_task_ref import DelayTaskRef
from .deliverable_add_in import DeliverableAddIn
from .deliverable_in import DeliverableIn
from .deviation_approve_in import DeviationApproveIn
from .deviation_assess_in import DeviationAssessIn
from .deviation_class import DeviationClass
from .deviation_decide_in import DeviationDecideIn
from .deviation_detail_out import DeviationDetailOut
from .deviation_filters import DeviationFilters
from .deviation_out import DeviationOut
from .deviation_page import DeviationPage
from .deviation_request_kind import DeviationRequestKind
from .document_detail_out import DocumentDetailOut
from .document_out import DocumentOut
from .document_version_in import DocumentVersionIn
from .document_version_out import DocumentVersionOut
from .draft_in import DraftIn
from .draft_in_notify import DraftInNotify
from .effectiveness_check_verdict import EffectivenessCheckVerdict
from .equipment_filters import EquipmentFilters
from .equipment_in import EquipmentIn
from .equipment_kind import EquipmentKind
from .equipment_lapse_out import EquipmentLapseOut
from .equipment_out import EquipmentOut
from .equipment_page import EquipmentPage
from .equipment_result import EquipmentResult
from .equipment_sign_in import EquipmentSignIn
from .equipment_stage import EquipmentStage
from .equipment_status import EquipmentStatus
from .equipment_status_in import EquipmentStatusIn
from .equipment_tolerance import EquipmentTolerance
from .error_out import ErrorOut
from .field_error import FieldError
from .filing_impact import FilingImpact
from .finding_in import FindingIn
from .follow_on import FollowOn
from .follow_up_out import FollowUpOut
from .gaps_out import GapsOut
from .gate_out import GateOut
from .health_out import HealthOut
from .hours_in import HoursIn
from .hours_out import HoursOut
from .impact_assessment_impact import ImpactAssessmentImpact
from .implement_in import ImplementIn
from .import_in import ImportIn
from .import_out import ImportOut
from .import_row_out import ImportRowOut
from .improvement_deliverable_out import ImprovementDeliverableOut
from .improvement_sign_in import ImprovementSignIn
from .initiative_filters import InitiativeFilters
from .initiative_in import InitiativeIn
from .initiative_method import InitiativeMethod
from .initiative_out import InitiativeOut
from .initiative_page import InitiativePage
from .initiative_stage import InitiativeStage
from .initiative_status import InitiativeStatus
from .interaction_detail_out import InteractionDetailOut
from .interaction_filters import InteractionFilters
from .interaction_kind import InteractionKind
from .interaction_out import InteractionOut
from .investigation_in import InvestigationIn
from .investigation_method import InvestigationMethod
from .investigation_out import InvestigationOut
from .key_contact_decision_role import KeyContactDecisionRole
from .key_contact_out import KeyContactOut
from .kudos_category import KudosCategory
from .kudos_filters import KudosFilters
from .kudos_in import KudosIn
from .kudos_out import KudosOut
from .lapse_out import LapseOut
from .lesson_cause import LessonCause
from .lesson_filters import LessonFilters
from .lesson_in import LessonIn
from .lesson_out import LessonOut
from .lesson_page import LessonPage
from .lesson_review_filters import LessonReviewFilters
from .lesson_review_out import LessonReviewOut
from .lesson_sign_in import LessonSignIn
from .lesson_status import LessonStatus
from .lessons_review_status import LessonsReviewStatus
from .level_out import LevelOut
from .link_out import LinkOut
from .links_in import LinksIn
from .list_concerns_clock_type_0 import ListConcernsClockType0
from .list_concerns_order import ListConcernsOrder
from .maintenance_in import MaintenanceIn
from .maintenance_kind import MaintenanceKind
from .maintenance_out import MaintenanceOut
from .matrix_cell_out import MatrixCellOut
from .matrix_column_out import MatrixColumnOut
from .matrix_filters import MatrixFilters
from .matrix_out import MatrixOut
from .matrix_out_totals import MatrixOutTotals
from .matrix_row_out import MatrixRowOut
from .matter_out import MatterOut
from .me_out import MeOut
from .meeting_filters import MeetingFilters
from .meeting_internal_out import MeetingInternalOut
from .meeting_kind import MeetingKind
from .meeting_out import MeetingOut
from .meeting_summary_out import MeetingSummaryOut
from .member_in import MemberIn
from .member_out import MemberOut
from .member_remove_in import MemberRemoveIn
from .member_role_in import MemberRoleIn
from .milestone_out import MilestoneOut
from .narrative_in import NarrativeIn
from .notice_in import NoticeIn
from .notice_out import NoticeOut
from .notification_delivery import NotificationDelivery
from .notification_filters import NotificationFilters
from .notification_out import NotificationOut
from .notify_out import NotifyOut
from .nps_out import NpsOut
from .nps_row_out import NpsRowOut
from .optional_text_in import OptionalTextIn
from .organization_ref import OrganizationRef
from .other_batch_in import OtherBatchIn
from .other_batch_out import OtherBatchOut
from .override_out import OverrideOut
from .page_number_pagination_input import PageNumberPaginationInput
from .paged_business_review_out import PagedBusinessReviewOut
from .paged_change_order_out import PagedChangeOrderOut
from .paged_delay_out import PagedDelayOut
from .paged_document_out import PagedDocumentOut
from .paged_interaction_out import PagedInteractionOut
from .paged_kudos_out import PagedKudosOut
from .paged_meeting_summary_out import PagedMeetingSummaryOut
from .paged_notification_out import PagedNotificationOut
from .paged_project_out import PagedProjectOut
from .paged_proposal_out import PagedProposalOut
from .paged_rfp_out import PagedRfpOut
from .paged_risk_out import PagedRiskOut
from .paged_scorecard_out import PagedScorecardOut
from .paged_site_out import PagedSiteOut
from .paged_sponsor_out import PagedSponsorOut
from .paged_status_report_out import PagedStatusReportOut
from .paged_survey_out import PagedSurveyOut
from .paged_template_out import PagedTemplateOut
from .paged_token_out import PagedTokenOut
from .paged_user_out import PagedUserOut
from .patch_in import PatchIn
from .person_out import PersonOut
from .person_ref import PersonRef
from .plan_edit_out import PlanEditOut
from .policy_create_in import PolicyCreateIn
from .policy_create_in_targets import PolicyCreateInTargets
from .policy_in import PolicyIn
from .policy_in_targets import PolicyInTargets
from .policy_out import PolicyOut
from .policy_remove_in import PolicyRemoveIn
from .preference_out import PreferenceOut
from .preferences_in import PreferencesIn
from .preferences_in_preferences import PreferencesInPreferences
from .prepare_in import PrepareIn
from .project_filters import ProjectFilters
from .project_in import ProjectIn
from .project_modality import ProjectModality
from .project_out import ProjectOut
from .project_phase import ProjectPhase
from .project_role_out import ProjectRoleOut
from .project_status import ProjectStatus
from .proposal_assessment_out import ProposalAssessmentOut
from .proposal_assessment_out_factors import ProposalAssessmentOutFactors
from .proposal_out import ProposalOut
from .proposal_review_out import ProposalReviewOut
from .proposal_revision_status import ProposalRevisionStatus
from .publication_status import PublicationStatus
from .publish_in import PublishIn
from .qbr_review_filters import QbrReviewFilters
from .qualification_in import QualificationIn
from .qualification_out import QualificationOut
from .quality_agreement_status import QualityAgreementStatus
from .quality_approval_out import QualityApprovalOut
from .quality_approve_in import QualityApproveIn
from .quiz_attempt_out import QuizAttemptOut
from .quiz_question_out import QuizQuestionOut
from .raci_out import RaciOut
from .raise_in import RaiseIn
from .read_all_in import ReadAllIn
from .read_all_out import ReadAllOut
from .reclassify_in import ReclassifyIn
from .record_filters import RecordFilters
from .recurrence_in import RecurrenceIn
from .regenerate_in import RegenerateIn
from .region_in import RegionIn
from .region_out import RegionOut
from .reject_in import RejectIn
from .report_signature_out import ReportSignatureOut
from .request_in import RequestIn
from .request_out import RequestOut
from .requirement_kind import RequirementKind
from .rescheduled_out import RescheduledOut
from .resolve_in import ResolveIn
from .result_in import ResultIn
from .results_filters import ResultsFilters
from .results_filters_trigger import ResultsFiltersTrigger
from .results_out import ResultsOut
from .review_comment_out import ReviewCommentOut
from .review_in import ReviewIn
from .review_page import ReviewPage
from .review_signature_out import ReviewSignatureOut
from .revision_internal_out import RevisionInternalOut
from .revision_out import RevisionOut
from .revision_summary_out import RevisionSummaryOut
from .rfp_out import RfpOut
from .rfp_service import RfpService
from .rfp_status import RfpStatus
from .risk_category import RiskCategory
from .risk_filters import RiskFilters
from .risk_level import RiskLevel
from .risk_out import RiskOut
from .risk_status import RiskStatus
from .risk_task_ref import RiskTaskRef
from .role_holding_in import RoleHoldingIn
from .role_holding_out import RoleHoldingOut
from .scope_item_out import ScopeItemOut
from .scorecard_detail_out import ScorecardDetailOut
from .scorecard_detail_out_criteria_item import ScorecardDetailOutCriteriaItem
from .scorecard_out import ScorecardOut
from .scorecard_sign_in import ScorecardSignIn
from .scores_in import ScoresIn
from .search_count_out import SearchCountOut
from .search_filters import SearchFilters
from .search_filters_type import SearchFiltersType
from .search_group_out import SearchGroupOut
from .search_hit_out import SearchHitOut
from .search_out import SearchOut
from .search_type import SearchType
from .send_back_in import SendBackIn
from .service_assign_in import ServiceAssignIn
from .service_priority import ServicePriority
from .service_reason_in import ServiceReasonIn
from .settings_in import SettingsIn
from .settings_out import SettingsOut
from .signature_out import SignatureOut
from .signed_reason_in import SignedReasonIn
from .site_calendar_out import SiteCalendarOut
from .site_out import SiteOut
from .site_ref import SiteRef
from .skill_in import SkillIn
from .skill_out import SkillOut
from .source_kind import SourceKind
from .sponsor_approval_decision import SponsorApprovalDecision
from .sponsor_filters import SponsorFilters
from .sponsor_notice_how import SponsorNoticeHow
from .sponsor_notice_kind import SponsorNoticeKind
from .sponsor_out import SponsorOut
from .sponsor_profile_out import SponsorProfileOut
from .sponsor_ref import SponsorRef
from .status_report_detail_out import StatusReportDetailOut
from .status_report_detail_out_content import StatusReportDetailOutContent
from .status_report_out import StatusReportOut
from .steering_out import SteeringOut
from .step_in import StepIn
from .suggestion_out import SuggestionOut
from .survey_detail_out import SurveyDetailOut
from .survey_filters import SurveyFilters
from .survey_out import SurveyOut
from .survey_results_trigger import SurveyResultsTrigger
from .target_in import TargetIn
from .target_out import TargetOut
from .team_deliverable_out import TeamDeliverableOut
from .team_department import TeamDepartment
from .team_out import TeamOut
from .template_in import TemplateIn
from .template_out import TemplateOut
from .terms_in import TermsIn
from .terms_in_notify import TermsInNotify
from .text_in import TextIn
from .timeline_out import TimelineOut
from .timeline_row_out import TimelineRowOut
from .token_created_out import TokenCreatedOut
from .token_in import TokenIn
from .token_out import TokenOut
from .training_assignment_out import TrainingAssignmentOut
from .training_sign_in import TrainingSignIn
from .transition_in import TransitionIn
from .user_filters import UserFilters
from .user_out import UserOut
from .version_in import VersionIn

__all__ = (
    "AcknowledgeIn",
    "ActionItemOut",
    "ActionItemStatus",
    "ActionKind",
    "AddConcernFileFileParams",
    "AgreementFilters",
    "AgreementOut",
    "AgreementPage",
    "AnswerIn",
    "AnswerOut",
    "AnswerOutRatings",
    "AnswersIn",
    "AnswersInAnswers",
    "ApiTokenScope",
    "ApplicationIn",
    "ApplicationOut",
    "ApprovalIn",
    "AssessmentRequestIn",
    "AssignmentAssignIn",
    "AssignmentFilters",
    "AssignmentOut",
    "AssignmentPage",
    "AssignmentStatus",
    "AuditIn",
    "AuditInNotes",
    "AuditOut",
    "AuditOutScores",
    "BandIO",
    "BaselineIn",
    "BatchFilters",
    "BatchIn",
    "BatchOut",
    "BatchPage",
    "BatchStatus",
    "BatchStatusIn",
    "BookIn",
    "BookingOut",
    "BookingOverrideIn",
    "BusinessReviewDetailOut",
    "BusinessReviewDetailOutContent",
    "BusinessReviewOut",
    "CalibrationIn",
    "CalibrationOut",
    "CapaActionDoneMultiPartBodyParams",
    "CapaActionIn",
    "CapaActionOut",
    "CapaActionType",
    "CapabilityOut",
    "CapabilitySiteOut",
    "CapaDoneIn",
    "CapaFilters",
    "CapaIn",
    "CapaOut",
    "CapaPage",
    "CapaReasonIn",
    "CapaRef",
    "CapaSignIn",
    "CapaState",
    "CategoryOut",
    "ChangeActionIn",
    "ChangeActionOut",
    "ChangeApprovalOut",
    "ChangeAssessIn",
    "ChangeAssessmentOut",
    "ChangeClass",
    "ChangeControlDuration",
    "ChangeControlUrgency",
    "ChangeDecideIn",
    "ChangeDepartment",
    "ChangeDoneIn",
    "ChangeFilters",
    "ChangeIn",
    "ChangeOrderCurrency",
    "ChangeOrderOut",
    "ChangeOrderPlanEditKind",
    "ChangeOrderStatus",
    "ChangeOut",
    "ChangePage",
    "ChangeRiskLevel",
    "ChangeSignIn",
    "ChangeState",
    "ChangeType",
    "CheckIn",
    "CheckOut",
    "ChoiceOut",
    "ClockKind",
    "ClockOut",
    "CloseIn",
    "CommentEditIn",
    "CommentIn",
    "CommentOut",
    "CommentWithdrawIn",
    "CompetencyRecordIn",
    "CompetencyRecordOut",
    "CompetencyRecordPage",
    "ComplexityAssessmentLevel",
    "ConcernCategory",
    "ConcernDetailOut",
    "ConcernEntryHow",
    "ConcernEntryOut",
    "ConcernEscalationOut",
    "ConcernFileOut",
    "ConcernFilters",
    "ConcernFiltersClockType0",
    "ConcernFiltersOrder",
    "ConcernLinkOut",
    "ConcernOut",
    "ConcernPage",
    "ConcernPauseOut",
    "ConcernRaiseIn",
    "ConcernState",
    "ContactIn",
    "ContactRef",
    "ContactSchema",
    "CriterionIO",
    "CsatOut",
    "CsatRowOut",
    "DayChangeOut",
    "DayIn",
    "DayKind",
    "DayOut",
    "DayRemoveIn",
    "DayUpdateIn",
    "DecisionOut",
    "DelayCause",
    "DelayFilters",
    "DelayInternalOut",
    "DelayOut",
    "DelayTaskRef",
    "DeliverableAddIn",
    "DeliverableIn",
    "DeviationApproveIn",
    "DeviationAssessIn",
    "DeviationClass",
    "DeviationDecideIn",
    "DeviationDetailOut",
    "DeviationFilters",
    "DeviationOut",
    "DeviationPage",
    "DeviationRequestKind",
    "DocumentDetailOut",
    "DocumentOut",
    "DocumentVersionIn",
    "DocumentVersionOut",
    "DraftIn",
    "DraftInNotify",
    "EffectivenessCheckVerdict",
    "EquipmentFilters",
    "EquipmentIn",
    "EquipmentKind",
    "EquipmentLapseOut",
    "EquipmentOut",
    "EquipmentPage",
    "EquipmentResult",
    "EquipmentSignIn",
    "EquipmentStage",
    "EquipmentStatus",
    "EquipmentStatusIn",
    "EquipmentTolerance",
    "ErrorOut",
    "FieldError",
    "FilingImpact",
    "FindingIn",
    "FollowOn",
    "FollowUpOut",
    "GapsOut",
    "GateOut",
    "HealthOut",
    "HoursIn",
    "HoursOut",
    "ImpactAssessmentImpact",
    "ImplementIn",
    "ImportIn",
    "ImportOut",
    "ImportRowOut",
    "ImprovementDeliverableOut",
    "ImprovementSignIn",
    "InitiativeFilters",
    "InitiativeIn",
    "InitiativeMethod",
    "InitiativeOut",
    "InitiativePage",
    "InitiativeStage",
    "InitiativeStatus",
    "InteractionDetailOut",
    "InteractionFilters",
    "InteractionKind",
    "InteractionOut",
    "InvestigationIn",
    "InvestigationMethod",
    "InvestigationOut",
    "KeyContactDecisionRole",
    "KeyContactOut",
    "KudosCategory",
    "KudosFilters",
    "KudosIn",
    "KudosOut",
    "LapseOut",
    "LessonCause",
    "LessonFilters",
    "LessonIn",
    "LessonOut",
    "LessonPage",
    "LessonReviewFilters",
    "LessonReviewOut",
    "LessonSignIn",
    "LessonsReviewStatus",
    "LessonStatus",
    "LevelOut",
    "LinkOut",
    "LinksIn",
    "ListConcernsClockType0",
    "ListConcernsOrder",
    "MaintenanceIn",
    "MaintenanceKind",
    "MaintenanceOut",
    "MatrixCellOut",
    "MatrixColumnOut",
    "MatrixFilters",
    "MatrixOut",
    "MatrixOutTotals",
    "MatrixRowOut",
    "MatterOut",
    "MeetingFilters",
    "MeetingInternalOut",
    "MeetingKind",
    "MeetingOut",
    "MeetingSummaryOut",
    "MemberIn",
    "MemberOut",
    "MemberRemoveIn",
    "MemberRoleIn",
    "MeOut",
    "MilestoneOut",
    "NarrativeIn",
    "NoticeIn",
    "NoticeOut",
    "NotificationDelivery",
    "NotificationFilters",
    "NotificationOut",
    "NotifyOut",
    "NpsOut",
    "NpsRowOut",
    "OptionalTextIn",
    "OrganizationRef",
    "OtherBatchIn",
    "OtherBatchOut",
    "OverrideOut",
    "PagedBusinessReviewOut",
    "PagedChangeOrderOut",
    "PagedDelayOut",
    "PagedDocumentOut",
    "PagedInteractionOut",
    "PagedKudosOut",
    "PagedMeetingSummaryOut",
    "PagedNotificationOut",
    "PagedProjectOut",
    "PagedProposalOut",
    "PagedRfpOut",
    "PagedRiskOut",
    "PagedScorecardOut",
    "PagedSiteOut",
    "PagedSponsorOut",
    "PagedStatusReportOut",
    "PagedSurveyOut",
    "PagedTemplateOut",
    "PagedTokenOut",
    "PagedUserOut",
    "PageNumberPaginationInput",
    "PatchIn",
    "PersonOut",
    "PersonRef",
    "PlanEditOut",
    "PolicyCreateIn",
    "PolicyCreateInTargets",
    "PolicyIn",
    "PolicyInTargets",
    "PolicyOut",
    "PolicyRemoveIn",
    "PreferenceOut",
    "PreferencesIn",
    "PreferencesInPreferences",
    "PrepareIn",
    "ProjectFilters",
    "ProjectIn",
    "ProjectModality",
    "ProjectOut",
    "ProjectPhase",
    "ProjectRoleOut",
    "ProjectStatus",
    "ProposalAssessmentOut",
    "ProposalAssessmentOutFactors",
    "ProposalOut",
    "ProposalReviewOut",
    "ProposalRevisionStatus",
    "PublicationStatus",
    "PublishIn",
    "QbrReviewFilters",
    "QualificationIn",
    "QualificationOut",
    "QualityAgreementStatus",
    "QualityApprovalOut",
    "QualityApproveIn",
    "QuizAttemptOut",
    "QuizQuestionOut",
    "RaciOut",
    "RaiseIn",
    "ReadAllIn",
    "ReadAllOut",
    "ReclassifyIn",
    "RecordFilters",
    "RecurrenceIn",
    "RegenerateIn",
    "RegionIn",
    "RegionOut",
    "RejectIn",
    "ReportSignatureOut",
    "RequestIn",
    "RequestOut",
    "RequirementKind",
    "RescheduledOut",
    "ResolveIn",
    "ResultIn",
    "ResultsFilters",
    "ResultsFiltersTrigger",
    "ResultsOut",
    "ReviewCommentOut",
    "ReviewIn",
    "ReviewPage",
    "ReviewSignatureOut",
    "RevisionInternalOut",
    "RevisionOut",
    "RevisionSummaryOut",
    "RfpOut",
    "RfpService",
    "RfpStatus",
    "RiskCategory",
    "RiskFilters",
    "RiskLevel",
    "RiskOut",
    "RiskStatus",
    "RiskTaskRef",
    "RoleHoldingIn",
    "RoleHoldingOut",
    "ScopeItemOut",
    "ScorecardDetailOut",
    "ScorecardDetailOutCriteriaItem",
    "ScorecardOut",
    "ScorecardSignIn",
    "ScoresIn",
    "SearchCountOut",
    "SearchFilters",
    "SearchFiltersType",
    "SearchGroupOut",
    "SearchHitOut",
    "SearchOut",
    "SearchType",
    "SendBackIn",
    "ServiceAssignIn",
    "ServicePriority",
    "ServiceReasonIn",
    "SettingsIn",
    "SettingsOut",
    "SignatureOut",
    "SignedReasonIn",
    "SiteCalendarOut",
    "SiteOut",
    "SiteRef",
    "SkillIn",
    "SkillOut",
    "SourceKind",
    "SponsorApprovalDecision",
    "SponsorFilters",
    "SponsorNoticeHow",
    "SponsorNoticeKind",
    "SponsorOut",
    "SponsorProfileOut",
    "SponsorRef",
    "StatusReportDetailOut",
    "StatusReportDetailOutContent",
    "StatusReportOut",
    "SteeringOut",
    "StepIn",
    "SuggestionOut",
    "SurveyDetailOut",
    "SurveyFilters",
    "SurveyOut",
    "SurveyResultsTrigger",
    "TargetIn",
    "TargetOut",
    "TeamDeliverableOut",
    "TeamDepartment",
    "TeamOut",
    "TemplateIn",
    "TemplateOut",
    "TermsIn",
    "TermsInNotify",
    "TextIn",
    "TimelineOut",
    "TimelineRowOut",
    "TokenCreatedOut",
    "TokenIn",
    "TokenOut",
    "TrainingAssignmentOut",
    "TrainingSignIn",
    "TransitionIn",
    "UserFilters",
    "UserOut",
    "VersionIn",
)
