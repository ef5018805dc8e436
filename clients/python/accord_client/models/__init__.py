""" Contains all the data models used in inputs/outputs """

from .accord_changes_schemas_action_in import AccordChangesSchemasActionIn
from .accord_quality_change_api_action_in import AccordQualityChangeApiActionIn
from .acknowledge_in import AcknowledgeIn
from .action_item_close_in import ActionItemCloseIn
from .action_item_filters import ActionItemFilters
from .action_item_filters_status import ActionItemFiltersStatus
from .action_item_in import ActionItemIn
from .action_item_out import ActionItemOut
from .action_item_patch_in import ActionItemPatchIn
from .action_item_reopen_in import ActionItemReopenIn
from .action_item_status import ActionItemStatus
from .action_item_status_filter import ActionItemStatusFilter
from .action_kind import ActionKind
from .active_in import ActiveIn
from .add_concern_file_file_params import AddConcernFileFileParams
from .agreement_filters import AgreementFilters
from .agreement_out import AgreementOut
from .agreement_page import AgreementPage
from .answer_out import AnswerOut
from .answer_out_ratings import AnswerOutRatings
from .answers_in import AnswersIn
from .answers_in_answers import AnswersInAnswers
from .api_deliverable_deliverable_in import ApiDeliverableDeliverableIn
from .api_token_scope import ApiTokenScope
from .application_in import ApplicationIn
from .application_out import ApplicationOut
from .approval_in import ApprovalIn
from .area_in import AreaIn
from .area_out import AreaOut
from .assessment_in import AssessmentIn
from .assessment_request_in import AssessmentRequestIn
from .assigned_out import AssignedOut
from .assignment_assign_in import AssignmentAssignIn
from .assignment_filters import AssignmentFilters
from .assignment_out import AssignmentOut
from .assignment_page import AssignmentPage
from .assignment_status import AssignmentStatus
from .attempt_out import AttemptOut
from .audit_detail_out import AuditDetailOut
from .audit_detail_out_notes import AuditDetailOutNotes
from .audit_detail_out_scores import AuditDetailOutScores
from .audit_in import AuditIn
from .audit_in_notes import AuditInNotes
from .audit_out import AuditOut
from .audit_out_scores import AuditOutScores
from .availability_in import AvailabilityIn
from .availability_out import AvailabilityOut
from .availability_patch_in import AvailabilityPatchIn
from .band_io import BandIO
from .baseline_out import BaselineOut
from .batch_filters import BatchFilters
from .batch_in import BatchIn
from .batch_out import BatchOut
from .batch_page import BatchPage
from .batch_status import BatchStatus
from .batch_status_in import BatchStatusIn
from .book_in import BookIn
from .booking_out import BookingOut
from .booking_override_in import BookingOverrideIn
from .bulk_created_out import BulkCreatedOut
from .bulk_in import BulkIn
from .bulk_item_in import BulkItemIn
from .bulk_item_in_op import BulkItemInOp
from .bulk_link_out import BulkLinkOut
from .bulk_out import BulkOut
from .bulk_task_fields import BulkTaskFields
from .business_review_detail_out import BusinessReviewDetailOut
from .business_review_detail_out_content import BusinessReviewDetailOutContent
from .business_review_out import BusinessReviewOut
from .calendar_import_out import CalendarImportOut
from .calibration_in import CalibrationIn
from .calibration_out import CalibrationOut
from .capa_action_done_multi_part_body_params import CapaActionDoneMultiPartBodyParams
from .capa_action_in import CapaActionIn
from .capa_action_out import CapaActionOut
from .capa_action_type import CapaActionType
from .capa_check_in import CapaCheckIn
from .capa_check_out import CapaCheckOut
from .capa_done_in import CapaDoneIn
from .capa_filters import CapaFilters
from .capa_in import CapaIn
from .capa_out import CapaOut
from .capa_page import CapaPage
from .capa_reason_in import CapaReasonIn
from .capa_ref import CapaRef
from .capa_sign_in import CapaSignIn
from .capa_state import CapaState
from .capabilitie_qualification import CapabilitieQualification
from .capability_category import CapabilityCategory
from .capability_in import CapabilityIn
from .capability_out import CapabilityOut
from .capability_site_in import CapabilitySiteIn
from .capability_site_out import CapabilitySiteOut
from .catalog_filters import CatalogFilters
from .category_out import CategoryOut
from .change_action_out import ChangeActionOut
from .change_approval_out import ChangeApprovalOut
from .change_assess_in import ChangeAssessIn
from .change_assessment_out import ChangeAssessmentOut
from .change_class import ChangeClass
from .change_close_in import ChangeCloseIn
from .change_control_duration import ChangeControlDuration
from .change_control_urgency import ChangeControlUrgency
from .change_decide_in import ChangeDecideIn
from .change_department import ChangeDepartment
from .change_done_in import ChangeDoneIn
from .change_filters import ChangeFilters
from .change_in import ChangeIn
from .change_order_currency import ChangeOrderCurrency
from .change_order_detail_out import ChangeOrderDetailOut
from .change_order_filters import ChangeOrderFilters
from .change_order_in import ChangeOrderIn
from .change_order_out import ChangeOrderOut
from .change_order_patch_in import ChangeOrderPatchIn
from .change_order_plan_edit_kind import ChangeOrderPlanEditKind
from .change_order_signature_out import ChangeOrderSignatureOut
from .change_order_status import ChangeOrderStatus
from .change_out import ChangeOut
from .change_page import ChangePage
from .change_risk_level import ChangeRiskLevel
from .change_sign_in import ChangeSignIn
from .change_state import ChangeState
from .change_type import ChangeType
from .choice_out import ChoiceOut
from .client_language import ClientLanguage
from .client_modality import ClientModality
from .client_region import ClientRegion
from .clock_kind import ClockKind
from .clock_out import ClockOut
from .comment_edit_in import CommentEditIn
from .comment_out import CommentOut
from .comment_withdraw_in import CommentWithdrawIn
from .communicated_in import CommunicatedIn
from .competency_in import CompetencyIn
from .competency_out import CompetencyOut
from .competency_page import CompetencyPage
from .competency_patch import CompetencyPatch
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
from .conflict_out import ConflictOut
from .conflicts_in import ConflictsIn
from .contact_detail_out import ContactDetailOut
from .contact_filters import ContactFilters
from .contact_patch_in import ContactPatchIn
from .contact_ref import ContactRef
from .contact_schema import ContactSchema
from .criterion_io import CriterionIO
from .csat_out import CsatOut
from .csat_row_out import CsatRowOut
from .curricula_level import CurriculaLevel
from .curriculum_in import CurriculumIn
from .curriculum_out import CurriculumOut
from .curriculum_page import CurriculumPage
from .curriculum_patch import CurriculumPatch
from .day_change_out import DayChangeOut
from .day_in import DayIn
from .day_kind import DayKind
from .day_out import DayOut
from .day_remove_in import DayRemoveIn
from .day_update_in import DayUpdateIn
from .decision_outcome import DecisionOutcome
from .delay_cause import DelayCause
from .delay_filters import DelayFilters
from .delay_in import DelayIn
from .delay_informed_how import DelayInformedHow
from .delay_internal_out import DelayInternalOut
from .delay_out import DelayOut
from .delay_patch_in import DelayPatchIn
from .delay_task_ref import DelayTaskRef
from .deliverable_add_in import DeliverableAddIn
from .deliverable_patch_in import DeliverablePatchIn
from .deliverable_written_out import DeliverableWrittenOut
from .delivery_filters import DeliveryFilters
from .delivery_out import DeliveryOut
from .delivery_out_payload import DeliveryOutPayload
from .demand_in import DemandIn
from .demand_out import DemandOut
from .department_filters import DepartmentFilters
from .dependency_type import DependencyType
from .deviation_approve_in import DeviationApproveIn
from .deviation_assess_in import DeviationAssessIn
from .deviation_class import DeviationClass
from .deviation_decide_in import DeviationDecideIn
from .deviation_detail_out import DeviationDetailOut
from .deviation_filters import DeviationFilters
from .deviation_link_out import DeviationLinkOut
from .deviation_out import DeviationOut
from .deviation_page import DeviationPage
from .deviation_request_kind import DeviationRequestKind
from .document_detail_out import DocumentDetailOut
from .document_out import DocumentOut
from .document_patch_in import DocumentPatchIn
from .document_upload_in import DocumentUploadIn
from .document_upload_in_visibility import DocumentUploadInVisibility
from .document_version_in import DocumentVersionIn
from .document_version_upload_in import DocumentVersionUploadIn
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
from .event_type_out import EventTypeOut
from .feed_created_out import FeedCreatedOut
from .feed_in import FeedIn
from .feed_out import FeedOut
from .field_error import FieldError
from .filing_impact import FilingImpact
from .finding_in import FindingIn
from .follow_on import FollowOn
from .follow_up_close_in import FollowUpCloseIn
from .follow_up_detail_out import FollowUpDetailOut
from .follow_up_filters import FollowUpFilters
from .follow_up_filters_status import FollowUpFiltersStatus
from .follow_up_in import FollowUpIn
from .follow_up_out import FollowUpOut
from .gantt_out import GanttOut
from .gantt_task_out import GanttTaskOut
from .gaps_out import GapsOut
from .gate_out import GateOut
from .health_out import HealthOut
from .holding_out import HoldingOut
from .hours_in import HoursIn
from .hours_out import HoursOut
from .impact_assessment_impact import ImpactAssessmentImpact
from .implement_in import ImplementIn
from .import_in import ImportIn
from .import_row_out import ImportRowOut
from .import_xml_file_params import ImportXmlFileParams
from .improvement_baseline_in import ImprovementBaselineIn
from .improvement_deliverable_out import ImprovementDeliverableOut
from .improvement_sign_in import ImprovementSignIn
from .initiative_filters import InitiativeFilters
from .initiative_in import InitiativeIn
from .initiative_method import InitiativeMethod
from .initiative_out import InitiativeOut
from .initiative_page import InitiativePage
from .initiative_patch_in import InitiativePatchIn
from .initiative_stage import InitiativeStage
from .initiative_status import InitiativeStatus
from .initiative_write_cancel_in import InitiativeWriteCancelIn
from .interaction_detail_out import InteractionDetailOut
from .interaction_filters import InteractionFilters
from .interaction_in import InteractionIn
from .interaction_kind import InteractionKind
from .interaction_out import InteractionOut
from .interaction_patch_in import InteractionPatchIn
from .investigation_in import InvestigationIn
from .investigation_method import InvestigationMethod
from .investigation_out import InvestigationOut
from .job_role_in import JobRoleIn
from .job_role_out import JobRoleOut
from .job_role_page import JobRolePage
from .job_role_patch import JobRolePatch
from .key_contact_decision_role import KeyContactDecisionRole
from .key_contact_out import KeyContactOut
from .kind_filters import KindFilters
from .kudos_category import KudosCategory
from .kudos_filters import KudosFilters
from .kudos_in import KudosIn
from .kudos_out import KudosOut
from .ladder_in import LadderIn
from .lapse_out import LapseOut
from .lesson_cause import LessonCause
from .lesson_filters import LessonFilters
from .lesson_in import LessonIn
from .lesson_out import LessonOut
from .lesson_page import LessonPage
from .lesson_patch_in import LessonPatchIn
from .lesson_review_filters import LessonReviewFilters
from .lesson_review_in import LessonReviewIn
from .lesson_review_out import LessonReviewOut
from .lesson_sign_in import LessonSignIn
from .lesson_status import LessonStatus
from .lessons_review_status import LessonsReviewStatus
from .level_out import LevelOut
from .leveling_change_in import LevelingChangeIn
from .leveling_check_in import LevelingCheckIn
from .leveling_check_out import LevelingCheckOut
from .leveling_check_out_suggested_reason_type_0 import LevelingCheckOutSuggestedReasonType0
from .leveling_check_out_to_start_earlier_item import LevelingCheckOutToStartEarlierItem
from .leveling_decision_in import LevelingDecisionIn
from .leveling_outcome_out import LevelingOutcomeOut
from .leveling_outcome_out_milestones_item import LevelingOutcomeOutMilestonesItem
from .leveling_run_in import LevelingRunIn
from .leveling_run_out import LevelingRunOut
from .link_in import LinkIn
from .link_remove_in import LinkRemoveIn
from .links_in import LinksIn
from .list_action_items_status import ListActionItemsStatus
from .list_concerns_clock_type_0 import ListConcernsClockType0
from .list_concerns_order import ListConcernsOrder
from .list_followups_status import ListFollowupsStatus
from .list_tasks_sort import ListTasksSort
from .list_tasks_status_type_0 import ListTasksStatusType0
from .lose_in import LoseIn
from .loss_reason import LossReason
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
from .meeting_decision_in import MeetingDecisionIn
from .meeting_decision_out import MeetingDecisionOut
from .meeting_filters import MeetingFilters
from .meeting_in import MeetingIn
from .meeting_internal_out import MeetingInternalOut
from .meeting_kind import MeetingKind
from .meeting_out import MeetingOut
from .meeting_patch_in import MeetingPatchIn
from .meeting_summary_out import MeetingSummaryOut
from .member_in import MemberIn
from .member_out import MemberOut
from .member_remove_in import MemberRemoveIn
from .member_role_in import MemberRoleIn
from .milestone_in import MilestoneIn
from .milestone_patch_in import MilestonePatchIn
from .move_out import MoveOut
from .narrative_in import NarrativeIn
from .notice_in import NoticeIn
from .notice_out import NoticeOut
from .notification_delivery import NotificationDelivery
from .notification_filters import NotificationFilters
from .notification_out import NotificationOut
from .notify_out import NotifyOut
from .nps_out import NpsOut
from .nps_row_out import NpsRowOut
from .ojt_assess_in import OjtAssessIn
from .ojt_assign_in import OjtAssignIn
from .ojt_cancel_in import OjtCancelIn
from .ojt_filters import OjtFilters
from .ojt_out import OjtOut
from .ojt_page import OjtPage
from .ojt_record_state import OjtRecordState
from .ojt_record_verdict import OjtRecordVerdict
from .ojt_sign_in import OjtSignIn
from .ojt_start_in import OjtStartIn
from .ojt_step import OjtStep
from .optional_text_in import OptionalTextIn
from .organization_ref import OrganizationRef
from .organization_sponsor_type import OrganizationSponsorType
from .other_batch_in import OtherBatchIn
from .other_batch_out import OtherBatchOut
from .overload_out import OverloadOut
from .override_out import OverrideOut
from .page_number_pagination_input import PageNumberPaginationInput
from .paged_action_item_out import PagedActionItemOut
from .paged_baseline_out import PagedBaselineOut
from .paged_business_review_out import PagedBusinessReviewOut
from .paged_change_order_out import PagedChangeOrderOut
from .paged_contact_detail_out import PagedContactDetailOut
from .paged_decision_out import PagedDecisionOut
from .paged_delay_internal_out import PagedDelayInternalOut
from .paged_delay_out import PagedDelayOut
from .paged_delivery_out import PagedDeliveryOut
from .paged_document_out import PagedDocumentOut
from .paged_document_version_out import PagedDocumentVersionOut
from .paged_feed_out import PagedFeedOut
from .paged_follow_up_detail_out import PagedFollowUpDetailOut
from .paged_interaction_out import PagedInteractionOut
from .paged_kudos_out import PagedKudosOut
from .paged_leveling_run_out import PagedLevelingRunOut
from .paged_link_out import PagedLinkOut
from .paged_meeting_summary_out import PagedMeetingSummaryOut
from .paged_move_out import PagedMoveOut
from .paged_notification_out import PagedNotificationOut
from .paged_project_out import PagedProjectOut
from .paged_project_outcome_out import PagedProjectOutcomeOut
from .paged_proposal_out import PagedProposalOut
from .paged_rfp_out import PagedRfpOut
from .paged_risk_out import PagedRiskOut
from .paged_risk_review_out import PagedRiskReviewOut
from .paged_risk_run_out import PagedRiskRunOut
from .paged_scorecard_out import PagedScorecardOut
from .paged_site_out import PagedSiteOut
from .paged_sponsor_out import PagedSponsorOut
from .paged_status_report_out import PagedStatusReportOut
from .paged_subscription_out import PagedSubscriptionOut
from .paged_survey_out import PagedSurveyOut
from .paged_task_out import PagedTaskOut
from .paged_template_out import PagedTemplateOut
from .paged_token_out import PagedTokenOut
from .paged_user_out import PagedUserOut
from .patch_in import PatchIn
from .person_out import PersonOut
from .person_record_out import PersonRecordOut
from .person_ref import PersonRef
from .plan_baseline_in import PlanBaselineIn
from .plan_decision_in import PlanDecisionIn
from .plan_decision_out import PlanDecisionOut
from .plan_edit_in import PlanEditIn
from .plan_edit_out import PlanEditOut
from .plan_import_out import PlanImportOut
from .plan_link_out import PlanLinkOut
from .plan_milestone_out import PlanMilestoneOut
from .policy_create_in import PolicyCreateIn
from .policy_create_in_targets import PolicyCreateInTargets
from .policy_in import PolicyIn
from .policy_in_targets import PolicyInTargets
from .policy_out import PolicyOut
from .policy_remove_in import PolicyRemoveIn
from .portfolio_filters import PortfolioFilters
from .postmortem_out import PostmortemOut
from .preference_out import PreferenceOut
from .preferences_in import PreferencesIn
from .preferences_in_preferences import PreferencesInPreferences
from .prepare_in import PrepareIn
from .profile_in import ProfileIn
from .progress_in import ProgressIn
from .progress_item_in import ProgressItemIn
from .progress_out import ProgressOut
from .project_document_version_out import ProjectDocumentVersionOut
from .project_document_visibility import ProjectDocumentVisibility
from .project_filters import ProjectFilters
from .project_in import ProjectIn
from .project_modality import ProjectModality
from .project_out import ProjectOut
from .project_outcome_out import ProjectOutcomeOut
from .project_outcome_out_milestones_item import ProjectOutcomeOutMilestonesItem
from .project_phase import ProjectPhase
from .project_role_out import ProjectRoleOut
from .project_status import ProjectStatus
from .project_transition_in import ProjectTransitionIn
from .proposal_assessment_out import ProposalAssessmentOut
from .proposal_assessment_out_factors import ProposalAssessmentOutFactors
from .proposal_in import ProposalIn
from .proposal_milestone_out import ProposalMilestoneOut
from .proposal_out import ProposalOut
from .proposal_patch_in import ProposalPatchIn
from .proposal_review_decision import ProposalReviewDecision
from .proposal_review_out import ProposalReviewOut
from .proposal_revision_status import ProposalRevisionStatus
from .publication_status import PublicationStatus
from .publish_in import PublishIn
from .qbr_comment_in import QbrCommentIn
from .qbr_review_filters import QbrReviewFilters
from .qualification_in import QualificationIn
from .qualification_out import QualificationOut
from .quality_agreement_status import QualityAgreementStatus
from .quality_approval_out import QualityApprovalOut
from .quality_approve_in import QualityApproveIn
from .quiz_attempt_out import QuizAttemptOut
from .quiz_question_out import QuizQuestionOut
from .raci_assignment_role import RaciAssignmentRole
from .raci_in import RaciIn
from .raci_in_assignments import RaciInAssignments
from .raci_out import RaciOut
from .raise_in import RaiseIn
from .read_all_in import ReadAllIn
from .read_all_out import ReadAllOut
from .reclassify_in import ReclassifyIn
from .record_filters import RecordFilters
from .record_reason import RecordReason
from .record_signature_out import RecordSignatureOut
from .recurrence_in import RecurrenceIn
from .ref import Ref
from .regenerate_in import RegenerateIn
from .region_in import RegionIn
from .region_out import RegionOut
from .register_action_in import RegisterActionIn
from .register_action_out import RegisterActionOut
from .register_done_in import RegisterDoneIn
from .reject_in import RejectIn
from .report_signature_out import ReportSignatureOut
from .request_in import RequestIn
from .request_out import RequestOut
from .requirement_format import RequirementFormat
from .requirement_in import RequirementIn
from .requirement_kind import RequirementKind
from .requirement_out import RequirementOut
from .requirement_page import RequirementPage
from .requirement_patch import RequirementPatch
from .rescheduled_out import RescheduledOut
from .resolve_in import ResolveIn
from .resource_calendar import ResourceCalendar
from .resource_filters import ResourceFilters
from .resource_in import ResourceIn
from .resource_kind import ResourceKind
from .resource_out import ResourceOut
from .resource_page import ResourcePage
from .resource_patch_in import ResourcePatchIn
from .resource_role import ResourceRole
from .result_in import ResultIn
from .results_filters import ResultsFilters
from .results_filters_trigger import ResultsFiltersTrigger
from .results_out import ResultsOut
from .review_comment_out import ReviewCommentOut
from .review_kind import ReviewKind
from .review_page import ReviewPage
from .review_signature_out import ReviewSignatureOut
from .revision_internal_out import RevisionInternalOut
from .revision_out import RevisionOut
from .revision_patch_in import RevisionPatchIn
from .revision_summary_out import RevisionSummaryOut
from .rfp_currency import RfpCurrency
from .rfp_in import RfpIn
from .rfp_out import RfpOut
from .rfp_outcome_kind import RfpOutcomeKind
from .rfp_patch_in import RfpPatchIn
from .rfp_quantity_unit import RfpQuantityUnit
from .rfp_service import RfpService
from .rfp_status import RfpStatus
from .risk_category import RiskCategory
from .risk_close_in import RiskCloseIn
from .risk_driver_out import RiskDriverOut
from .risk_filters import RiskFilters
from .risk_in import RiskIn
from .risk_level import RiskLevel
from .risk_out import RiskOut
from .risk_patch_in import RiskPatchIn
from .risk_result_out import RiskResultOut
from .risk_result_out_percentiles import RiskResultOutPercentiles
from .risk_review_in import RiskReviewIn
from .risk_review_out import RiskReviewOut
from .risk_run_in import RiskRunIn
from .risk_run_in_distribution import RiskRunInDistribution
from .risk_run_in_iterations import RiskRunInIterations
from .risk_run_out import RiskRunOut
from .risk_run_out_distribution import RiskRunOutDistribution
from .risk_status import RiskStatus
from .risk_task_ref import RiskTaskRef
from .role_holding_in import RoleHoldingIn
from .role_holding_out import RoleHoldingOut
from .run_filters import RunFilters
from .run_status import RunStatus
from .rung_in import RungIn
from .scope_item_in import ScopeItemIn
from .scope_item_out import ScopeItemOut
from .scope_item_patch_in import ScopeItemPatchIn
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
from .seat_in import SeatIn
from .send_back_in import SendBackIn
from .send_in import SendIn
from .service_assign_in import ServiceAssignIn
from .service_contact_in import ServiceContactIn
from .service_priority import ServicePriority
from .service_reason_in import ServiceReasonIn
from .settings_in import SettingsIn
from .settings_out import SettingsOut
from .signature_meaning import SignatureMeaning
from .signature_out import SignatureOut
from .signed_reason_in import SignedReasonIn
from .simulation_status import SimulationStatus
from .site_calendar_out import SiteCalendarOut
from .site_out import SiteOut
from .site_ref import SiteRef
from .skill_in import SkillIn
from .skill_out import SkillOut
from .source_kind import SourceKind
from .sponsor_approval_decision import SponsorApprovalDecision
from .sponsor_detail_out import SponsorDetailOut
from .sponsor_filters import SponsorFilters
from .sponsor_in import SponsorIn
from .sponsor_notice_how import SponsorNoticeHow
from .sponsor_notice_kind import SponsorNoticeKind
from .sponsor_out import SponsorOut
from .sponsor_patch_in import SponsorPatchIn
from .sponsor_profile_cadence import SponsorProfileCadence
from .sponsor_profile_out import SponsorProfileOut
from .sponsor_profile_report_format import SponsorProfileReportFormat
from .sponsor_ref import SponsorRef
from .standing_out import StandingOut
from .standing_state import StandingState
from .status_report_detail_out import StatusReportDetailOut
from .status_report_detail_out_content import StatusReportDetailOutContent
from .status_report_filters import StatusReportFilters
from .status_report_in import StatusReportIn
from .status_report_out import StatusReportOut
from .status_report_patch_in import StatusReportPatchIn
from .status_report_publish_in import StatusReportPublishIn
from .status_report_refresh_in import StatusReportRefreshIn
from .steering_in import SteeringIn
from .steering_out import SteeringOut
from .step_in import StepIn
from .structure_deliverable_in import StructureDeliverableIn
from .structure_out import StructureOut
from .subscription_created_out import SubscriptionCreatedOut
from .subscription_in import SubscriptionIn
from .subscription_out import SubscriptionOut
from .subscription_patch_in import SubscriptionPatchIn
from .subscription_patched_out import SubscriptionPatchedOut
from .suggestion_out import SuggestionOut
from .survey_answer_in import SurveyAnswerIn
from .survey_close_in import SurveyCloseIn
from .survey_detail_out import SurveyDetailOut
from .survey_filters import SurveyFilters
from .survey_out import SurveyOut
from .survey_results_trigger import SurveyResultsTrigger
from .target_in import TargetIn
from .target_out import TargetOut
from .task_calendar_kind import TaskCalendarKind
from .task_constraint_type import TaskConstraintType
from .task_create_in import TaskCreateIn
from .task_filters import TaskFilters
from .task_filters_sort import TaskFiltersSort
from .task_filters_status_type_0 import TaskFiltersStatusType0
from .task_kind import TaskKind
from .task_move_in import TaskMoveIn
from .task_out import TaskOut
from .task_update_in import TaskUpdateIn
from .team_deliverable_out import TeamDeliverableOut
from .team_department import TeamDepartment
from .team_out import TeamOut
from .template_in import TemplateIn
from .template_out import TemplateOut
from .terms_in import TermsIn
from .terms_in_notify import TermsInNotify
from .text_in import TextIn
from .timeline_in import TimelineIn
from .timeline_out import TimelineOut
from .timeline_row_out import TimelineRowOut
from .token_created_out import TokenCreatedOut
from .token_in import TokenIn
from .token_out import TokenOut
from .training_assignment_out import TrainingAssignmentOut
from .training_document_in import TrainingDocumentIn
from .training_document_out import TrainingDocumentOut
from .training_document_page import TrainingDocumentPage
from .training_document_version_out import TrainingDocumentVersionOut
from .training_document_version_row import TrainingDocumentVersionRow
from .training_sign_in import TrainingSignIn
from .upload_document_multi_part_body_params import UploadDocumentMultiPartBodyParams
from .upload_document_multi_part_body_params_visibility import UploadDocumentMultiPartBodyParamsVisibility
from .upload_document_version_multi_part_body_params import UploadDocumentVersionMultiPartBodyParams
from .user_filters import UserFilters
from .user_out import UserOut
from .version_in import VersionIn
from .wait_out import WaitOut
from .wait_out_behind_item import WaitOutBehindItem
from .webhook_delivery_state import WebhookDeliveryState
from .webhook_event_type import WebhookEventType
from .win_in import WinIn
from .write_answer_in import WriteAnswerIn
from .write_answer_in_meaning import WriteAnswerInMeaning
from .write_close_in import WriteCloseIn
from .write_comment_in import WriteCommentIn
from .write_contact_in import WriteContactIn
from .write_outcome_out import WriteOutcomeOut
from .write_review_in import WriteReviewIn
from .write_transition_in import WriteTransitionIn

__all__ = (
    "AccordChangesSchemasActionIn",
    "AccordQualityChangeApiActionIn",
    "AcknowledgeIn",
    "ActionItemCloseIn",
    "ActionItemFilters",
    "ActionItemFiltersStatus",
    "ActionItemIn",
    "ActionItemOut",
    "ActionItemPatchIn",
    "ActionItemReopenIn",
    "ActionItemStatus",
    "ActionItemStatusFilter",
    "ActionKind",
    "ActiveIn",
    "AddConcernFileFileParams",
    "AgreementFilters",
    "AgreementOut",
    "AgreementPage",
    "AnswerOut",
    "AnswerOutRatings",
    "AnswersIn",
    "AnswersInAnswers",
    "ApiDeliverableDeliverableIn",
    "ApiTokenScope",
    "ApplicationIn",
    "ApplicationOut",
    "ApprovalIn",
    "AreaIn",
    "AreaOut",
    "AssessmentIn",
    "AssessmentRequestIn",
    "AssignedOut",
    "AssignmentAssignIn",
    "AssignmentFilters",
    "AssignmentOut",
    "AssignmentPage",
    "AssignmentStatus",
    "AttemptOut",
    "AuditDetailOut",
    "AuditDetailOutNotes",
    "AuditDetailOutScores",
    "AuditIn",
    "AuditInNotes",
    "AuditOut",
    "AuditOutScores",
    "AvailabilityIn",
    "AvailabilityOut",
    "AvailabilityPatchIn",
    "BandIO",
    "BaselineOut",
    "BatchFilters",
    "BatchIn",
    "BatchOut",
    "BatchPage",
    "BatchStatus",
    "BatchStatusIn",
    "BookIn",
    "BookingOut",
    "BookingOverrideIn",
    "BulkCreatedOut",
    "BulkIn",
    "BulkItemIn",
    "BulkItemInOp",
    "BulkLinkOut",
    "BulkOut",
    "BulkTaskFields",
    "BusinessReviewDetailOut",
    "BusinessReviewDetailOutContent",
    "BusinessReviewOut",
    "CalendarImportOut",
    "CalibrationIn",
    "CalibrationOut",
    "CapaActionDoneMultiPartBodyParams",
    "CapaActionIn",
    "CapaActionOut",
    "CapaActionType",
    "CapabilitieQualification",
    "CapabilityCategory",
    "CapabilityIn",
    "CapabilityOut",
    "CapabilitySiteIn",
    "CapabilitySiteOut",
    "CapaCheckIn",
    "CapaCheckOut",
    "CapaDoneIn",
    "CapaFilters",
    "CapaIn",
    "CapaOut",
    "CapaPage",
    "CapaReasonIn",
    "CapaRef",
    "CapaSignIn",
    "CapaState",
    "CatalogFilters",
    "CategoryOut",
    "ChangeActionOut",
    "ChangeApprovalOut",
    "ChangeAssessIn",
    "ChangeAssessmentOut",
    "ChangeClass",
    "ChangeCloseIn",
    "ChangeControlDuration",
    "ChangeControlUrgency",
    "ChangeDecideIn",
    "ChangeDepartment",
    "ChangeDoneIn",
    "ChangeFilters",
    "ChangeIn",
    "ChangeOrderCurrency",
    "ChangeOrderDetailOut",
    "ChangeOrderFilters",
    "ChangeOrderIn",
    "ChangeOrderOut",
    "ChangeOrderPatchIn",
    "ChangeOrderPlanEditKind",
    "ChangeOrderSignatureOut",
    "ChangeOrderStatus",
    "ChangeOut",
    "ChangePage",
    "ChangeRiskLevel",
    "ChangeSignIn",
    "ChangeState",
    "ChangeType",
    "ChoiceOut",
    "ClientLanguage",
    "ClientModality",
    "ClientRegion",
    "ClockKind",
    "ClockOut",
    "CommentEditIn",
    "CommentOut",
    "CommentWithdrawIn",
    "CommunicatedIn",
    "CompetencyIn",
    "CompetencyOut",
    "CompetencyPage",
    "CompetencyPatch",
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
    "ConflictOut",
    "ConflictsIn",
    "ContactDetailOut",
    "ContactFilters",
    "ContactPatchIn",
    "ContactRef",
    "ContactSchema",
    "CriterionIO",
    "CsatOut",
    "CsatRowOut",
    "CurriculaLevel",
    "CurriculumIn",
    "CurriculumOut",
    "CurriculumPage",
    "CurriculumPatch",
    "DayChangeOut",
    "DayIn",
    "DayKind",
    "DayOut",
    "DayRemoveIn",
    "DayUpdateIn",
    "DecisionOutcome",
    "DelayCause",
    "DelayFilters",
    "DelayIn",
    "DelayInformedHow",
    "DelayInternalOut",
    "DelayOut",
    "DelayPatchIn",
    "DelayTaskRef",
    "DeliverableAddIn",
    "DeliverablePatchIn",
    "DeliverableWrittenOut",
    "DeliveryFilters",
    "DeliveryOut",
    "DeliveryOutPayload",
    "DemandIn",
    "DemandOut",
    "DepartmentFilters",
    "DependencyType",
    "DeviationApproveIn",
    "DeviationAssessIn",
    "DeviationClass",
    "DeviationDecideIn",
    "DeviationDetailOut",
    "DeviationFilters",
    "DeviationLinkOut",
    "DeviationOut",
    "DeviationPage",
    "DeviationRequestKind",
    "DocumentDetailOut",
    "DocumentOut",
    "DocumentPatchIn",
    "DocumentUploadIn",
    "DocumentUploadInVisibility",
    "DocumentVersionIn",
    "DocumentVersionUploadIn",
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
    "EventTypeOut",
    "FeedCreatedOut",
    "FeedIn",
    "FeedOut",
    "FieldError",
    "FilingImpact",
    "FindingIn",
    "FollowOn",
    "FollowUpCloseIn",
    "FollowUpDetailOut",
    "FollowUpFilters",
    "FollowUpFiltersStatus",
    "FollowUpIn",
    "FollowUpOut",
    "GanttOut",
    "GanttTaskOut",
    "GapsOut",
    "GateOut",
    "HealthOut",
    "HoldingOut",
    "HoursIn",
    "HoursOut",
    "ImpactAssessmentImpact",
    "ImplementIn",
    "ImportIn",
    "ImportRowOut",
    "ImportXmlFileParams",
    "ImprovementBaselineIn",
    "ImprovementDeliverableOut",
    "ImprovementSignIn",
    "InitiativeFilters",
    "InitiativeIn",
    "InitiativeMethod",
    "InitiativeOut",
    "InitiativePage",
    "InitiativePatchIn",
    "InitiativeStage",
    "InitiativeStatus",
    "InitiativeWriteCancelIn",
    "InteractionDetailOut",
    "InteractionFilters",
    "InteractionIn",
    "InteractionKind",
    "InteractionOut",
    "InteractionPatchIn",
    "InvestigationIn",
    "InvestigationMethod",
    "InvestigationOut",
    "JobRoleIn",
    "JobRoleOut",
    "JobRolePage",
    "JobRolePatch",
    "KeyContactDecisionRole",
    "KeyContactOut",
    "KindFilters",
    "KudosCategory",
    "KudosFilters",
    "KudosIn",
    "KudosOut",
    "LadderIn",
    "LapseOut",
    "LessonCause",
    "LessonFilters",
    "LessonIn",
    "LessonOut",
    "LessonPage",
    "LessonPatchIn",
    "LessonReviewFilters",
    "LessonReviewIn",
    "LessonReviewOut",
    "LessonSignIn",
    "LessonsReviewStatus",
    "LessonStatus",
    "LevelingChangeIn",
    "LevelingCheckIn",
    "LevelingCheckOut",
    "LevelingCheckOutSuggestedReasonType0",
    "LevelingCheckOutToStartEarlierItem",
    "LevelingDecisionIn",
    "LevelingOutcomeOut",
    "LevelingOutcomeOutMilestonesItem",
    "LevelingRunIn",
    "LevelingRunOut",
    "LevelOut",
    "LinkIn",
    "LinkRemoveIn",
    "LinksIn",
    "ListActionItemsStatus",
    "ListConcernsClockType0",
    "ListConcernsOrder",
    "ListFollowupsStatus",
    "ListTasksSort",
    "ListTasksStatusType0",
    "LoseIn",
    "LossReason",
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
    "MeetingDecisionIn",
    "MeetingDecisionOut",
    "MeetingFilters",
    "MeetingIn",
    "MeetingInternalOut",
    "MeetingKind",
    "MeetingOut",
    "MeetingPatchIn",
    "MeetingSummaryOut",
    "MemberIn",
    "MemberOut",
    "MemberRemoveIn",
    "MemberRoleIn",
    "MeOut",
    "MilestoneIn",
    "MilestonePatchIn",
    "MoveOut",
    "NarrativeIn",
    "NoticeIn",
    "NoticeOut",
    "NotificationDelivery",
    "NotificationFilters",
    "NotificationOut",
    "NotifyOut",
    "NpsOut",
    "NpsRowOut",
    "OjtAssessIn",
    "OjtAssignIn",
    "OjtCancelIn",
    "OjtFilters",
    "OjtOut",
    "OjtPage",
    "OjtRecordState",
    "OjtRecordVerdict",
    "OjtSignIn",
    "OjtStartIn",
    "OjtStep",
    "OptionalTextIn",
    "OrganizationRef",
    "OrganizationSponsorType",
    "OtherBatchIn",
    "OtherBatchOut",
    "OverloadOut",
    "OverrideOut",
    "PagedActionItemOut",
    "PagedBaselineOut",
    "PagedBusinessReviewOut",
    "PagedChangeOrderOut",
    "PagedContactDetailOut",
    "PagedDecisionOut",
    "PagedDelayInternalOut",
    "PagedDelayOut",
    "PagedDeliveryOut",
    "PagedDocumentOut",
    "PagedDocumentVersionOut",
    "PagedFeedOut",
    "PagedFollowUpDetailOut",
    "PagedInteractionOut",
    "PagedKudosOut",
    "PagedLevelingRunOut",
    "PagedLinkOut",
    "PagedMeetingSummaryOut",
    "PagedMoveOut",
    "PagedNotificationOut",
    "PagedProjectOut",
    "PagedProjectOutcomeOut",
    "PagedProposalOut",
    "PagedRfpOut",
    "PagedRiskOut",
    "PagedRiskReviewOut",
    "PagedRiskRunOut",
    "PagedScorecardOut",
    "PagedSiteOut",
    "PagedSponsorOut",
    "PagedStatusReportOut",
    "PagedSubscriptionOut",
    "PagedSurveyOut",
    "PagedTaskOut",
    "PagedTemplateOut",
    "PagedTokenOut",
    "PagedUserOut",
    "PageNumberPaginationInput",
    "PatchIn",
    "PersonOut",
    "PersonRecordOut",
    "PersonRef",
    "PlanBaselineIn",
    "PlanDecisionIn",
    "PlanDecisionOut",
    "PlanEditIn",
    "PlanEditOut",
    "PlanImportOut",
    "PlanLinkOut",
    "PlanMilestoneOut",
    "PolicyCreateIn",
    "PolicyCreateInTargets",
    "PolicyIn",
    "PolicyInTargets",
    "PolicyOut",
    "PolicyRemoveIn",
    "PortfolioFilters",
    "PostmortemOut",
    "PreferenceOut",
    "PreferencesIn",
    "PreferencesInPreferences",
    "PrepareIn",
    "ProfileIn",
    "ProgressIn",
    "ProgressItemIn",
    "ProgressOut",
    "ProjectDocumentVersionOut",
    "ProjectDocumentVisibility",
    "ProjectFilters",
    "ProjectIn",
    "ProjectModality",
    "ProjectOut",
    "ProjectOutcomeOut",
    "ProjectOutcomeOutMilestonesItem",
    "ProjectPhase",
    "ProjectRoleOut",
    "ProjectStatus",
    "ProjectTransitionIn",
    "ProposalAssessmentOut",
    "ProposalAssessmentOutFactors",
    "ProposalIn",
    "ProposalMilestoneOut",
    "ProposalOut",
    "ProposalPatchIn",
    "ProposalReviewDecision",
    "ProposalReviewOut",
    "ProposalRevisionStatus",
    "PublicationStatus",
    "PublishIn",
    "QbrCommentIn",
    "QbrReviewFilters",
    "QualificationIn",
    "QualificationOut",
    "QualityAgreementStatus",
    "QualityApprovalOut",
    "QualityApproveIn",
    "QuizAttemptOut",
    "QuizQuestionOut",
    "RaciAssignmentRole",
    "RaciIn",
    "RaciInAssignments",
    "RaciOut",
    "RaiseIn",
    "ReadAllIn",
    "ReadAllOut",
    "ReclassifyIn",
    "RecordFilters",
    "RecordReason",
    "RecordSignatureOut",
    "RecurrenceIn",
    "Ref",
    "RegenerateIn",
    "RegionIn",
    "RegionOut",
    "RegisterActionIn",
    "RegisterActionOut",
    "RegisterDoneIn",
    "RejectIn",
    "ReportSignatureOut",
    "RequestIn",
    "RequestOut",
    "RequirementFormat",
    "RequirementIn",
    "RequirementKind",
    "RequirementOut",
    "RequirementPage",
    "RequirementPatch",
    "RescheduledOut",
    "ResolveIn",
    "ResourceCalendar",
    "ResourceFilters",
    "ResourceIn",
    "ResourceKind",
    "ResourceOut",
    "ResourcePage",
    "ResourcePatchIn",
    "ResourceRole",
    "ResultIn",
    "ResultsFilters",
    "ResultsFiltersTrigger",
    "ResultsOut",
    "ReviewCommentOut",
    "ReviewKind",
    "ReviewPage",
    "ReviewSignatureOut",
    "RevisionInternalOut",
    "RevisionOut",
    "RevisionPatchIn",
    "RevisionSummaryOut",
    "RfpCurrency",
    "RfpIn",
    "RfpOut",
    "RfpOutcomeKind",
    "RfpPatchIn",
    "RfpQuantityUnit",
    "RfpService",
    "RfpStatus",
    "RiskCategory",
    "RiskCloseIn",
    "RiskDriverOut",
    "RiskFilters",
    "RiskIn",
    "RiskLevel",
    "RiskOut",
    "RiskPatchIn",
    "RiskResultOut",
    "RiskResultOutPercentiles",
    "RiskReviewIn",
    "RiskReviewOut",
    "RiskRunIn",
    "RiskRunInDistribution",
    "RiskRunInIterations",
    "RiskRunOut",
    "RiskRunOutDistribution",
    "RiskStatus",
    "RiskTaskRef",
    "RoleHoldingIn",
    "RoleHoldingOut",
    "RunFilters",
    "RungIn",
    "RunStatus",
    "ScopeItemIn",
    "ScopeItemOut",
    "ScopeItemPatchIn",
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
    "SeatIn",
    "SendBackIn",
    "SendIn",
    "ServiceAssignIn",
    "ServiceContactIn",
    "ServicePriority",
    "ServiceReasonIn",
    "SettingsIn",
    "SettingsOut",
    "SignatureMeaning",
    "SignatureOut",
    "SignedReasonIn",
    "SimulationStatus",
    "SiteCalendarOut",
    "SiteOut",
    "SiteRef",
    "SkillIn",
    "SkillOut",
    "SourceKind",
    "SponsorApprovalDecision",
    "SponsorDetailOut",
    "SponsorFilters",
    "SponsorIn",
    "SponsorNoticeHow",
    "SponsorNoticeKind",
    "SponsorOut",
    "SponsorPatchIn",
    "SponsorProfileCadence",
    "SponsorProfileOut",
    "SponsorProfileReportFormat",
    "SponsorRef",
    "StandingOut",
    "StandingState",
    "StatusReportDetailOut",
    "StatusReportDetailOutContent",
    "StatusReportFilters",
    "StatusReportIn",
    "StatusReportOut",
    "StatusReportPatchIn",
    "StatusReportPublishIn",
    "StatusReportRefreshIn",
    "SteeringIn",
    "SteeringOut",
    "StepIn",
    "StructureDeliverableIn",
    "StructureOut",
    "SubscriptionCreatedOut",
    "SubscriptionIn",
    "SubscriptionOut",
    "SubscriptionPatchedOut",
    "SubscriptionPatchIn",
    "SuggestionOut",
    "SurveyAnswerIn",
    "SurveyCloseIn",
    "SurveyDetailOut",
    "SurveyFilters",
    "SurveyOut",
    "SurveyResultsTrigger",
    "TargetIn",
    "TargetOut",
    "TaskCalendarKind",
    "TaskConstraintType",
    "TaskCreateIn",
    "TaskFilters",
    "TaskFiltersSort",
    "TaskFiltersStatusType0",
    "TaskKind",
    "TaskMoveIn",
    "TaskOut",
    "TaskUpdateIn",
    "TeamDeliverableOut",
    "TeamDepartment",
    "TeamOut",
    "TemplateIn",
    "TemplateOut",
    "TermsIn",
    "TermsInNotify",
    "TextIn",
    "TimelineIn",
    "TimelineOut",
    "TimelineRowOut",
    "TokenCreatedOut",
    "TokenIn",
    "TokenOut",
    "TrainingAssignmentOut",
    "TrainingDocumentIn",
    "TrainingDocumentOut",
    "TrainingDocumentPage",
    "TrainingDocumentVersionOut",
    "TrainingDocumentVersionRow",
    "TrainingSignIn",
    "UploadDocumentMultiPartBodyParams",
    "UploadDocumentMultiPartBodyParamsVisibility",
    "UploadDocumentVersionMultiPartBodyParams",
    "UserFilters",
    "UserOut",
    "VersionIn",
    "WaitOut",
    "WaitOutBehindItem",
    "WebhookDeliveryState",
    "WebhookEventType",
    "WinIn",
    "WriteAnswerIn",
    "WriteAnswerInMeaning",
    "WriteCloseIn",
    "WriteCommentIn",
    "WriteContactIn",
    "WriteOutcomeOut",
    "WriteReviewIn",
    "WriteTransitionIn",
)
