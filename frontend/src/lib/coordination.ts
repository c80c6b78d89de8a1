// Words of the coordinators' console: limit status, participation-path steps.
import type { PathStep } from '$lib/api/types';
import { m } from '$lib/paraglide/messages';

const limitStatuses: Record<string, () => string> = {
  ok: m.limit_status_ok,
  near: m.limit_status_near,
  over: m.limit_status_over,
};

const steps: Record<PathStep, () => string> = {
  first_meeting: m.path_step_first_meeting,
  coaching: m.path_step_coaching,
  group_activity: m.path_step_group_activity,
  first_gig: m.path_step_first_gig,
  regular_gigs: m.path_step_regular_gigs,
  work: m.path_step_work,
  studies: m.path_step_studies,
  other_path: m.path_step_other_path,
};

export const PATH_STEPS = Object.keys(steps) as PathStep[];
export const limitStatusLabel = (value: string): string => limitStatuses[value]?.() ?? value;
export const pathStepLabel = (value: string): string => steps[value as PathStep]?.() ?? value;

const auditActions: Record<string, () => string> = {
  set_limits: m.audit_action_set_limits,
  assign_coordinator: m.audit_action_assign_coordinator,
  add_version: m.audit_action_add_version,
  verify_organisation: m.audit_action_verify_organisation,
  invite_coordinator: m.audit_action_invite_coordinator,
  register_seeker: m.audit_action_register_seeker,
  issue_sign_in_code: m.audit_action_issue_sign_in_code,
  export_report: m.audit_action_export_report,
  pause_organisation: m.audit_action_pause_organisation,
  resume_organisation: m.audit_action_resume_organisation,
  export_data: m.audit_action_export_data,
  erase_person: m.audit_action_erase_person,
};
export const auditActionLabel = (value: string): string => auditActions[value]?.() ?? value;

/** The four questions of the work-ability self-assessment, in the order they are asked. */
export const WORK_ABILITY_QUESTIONS = ['coping', 'routines', 'confidence', 'skills'] as const;
export type WorkAbilityQuestion = (typeof WORK_ABILITY_QUESTIONS)[number];
const questions: Record<WorkAbilityQuestion, () => string> = {
  coping: m.work_ability_coping,
  routines: m.work_ability_routines,
  confidence: m.work_ability_confidence,
  skills: m.work_ability_skills,
};
export const workAbilityQuestion = (q: WorkAbilityQuestion): string => questions[q]();
