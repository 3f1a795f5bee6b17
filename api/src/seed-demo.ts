import {
  DEMO_PASSWORD,
  demoAssessments,
  demoAttending,
  demoAuthorizations,
  demoCarePlans,
  demoConference,
  demoDischargePlans,
  demoFamily,
  demoFamilyFeeds,
  demoLeadCaseManager,
  demoPatients,
  demoReferrals,
  demoResources,
  demoRiskInputs,
  demoRounds,
  demoScreenings,
  demoStaff,
  demoTasks,
  demoUnit,
  demoUtilizationReviews,
} from '@carehub/seeds';
import { generateNKeysBetween } from 'fractional-indexing';
import type { Config } from './config.js';
import type { AssessmentDomains } from './modules/assessment/assessment.domains.js';
import { Assessment } from './modules/assessment/assessment.entity.js';
import { Authorization, type AuthorizationStatus } from './modules/authorization/authorization.entity.js';
import { CareConference, ConferenceAttendee } from './modules/care-conference/care-conference.entity.js';
import { CarePlan, Goal, Intervention, Problem } from './modules/care-plan/care-plan.entity.js';
import { CareTeamMember } from './modules/care-team/care-team.entity.js';
import {
  type ChecklistDetails,
  DischargeBarrier,
  DischargeChecklistItem,
  DischargePlan,
} from './modules/discharge/discharge.entity.js';
import { FamilyLink } from './modules/family/family-link.entity.js';
import { hashPassword } from './modules/identity/password.js';
import { User } from './modules/identity/user.entity.js';
import { Patient } from './modules/patient/patient.entity.js';
import { FamilyQuestion } from './modules/portal/family-question.entity.js';
import { FamilyUpdate } from './modules/portal/family-update.entity.js';
import { defaultFollowUp } from './modules/referrals/referral-rules.js';
import { CommunityResource, packList, Referral } from './modules/referrals/referrals.entity.js';
import { EmergencyVisitHistory } from './modules/risk/risk.entity.js';
import { defaultAgendaOrder } from './modules/rounds/agenda-order.js';
import { RoundsAgendaItem, RoundsSession, RoundsUpdate } from './modules/rounds/rounds.entity.js';
import { dayIn } from './modules/rounds/rounds.service.js';
import { scoreScreening } from './modules/social-needs/hrsn-tool.js';
import { Need, SocialNeedsScreening } from './modules/social-needs/social-needs.entity.js';
import {
  type BoardColumn,
  createBoard,
  Task,
  type TaskBoard,
  TaskComment,
} from './modules/task-board/task-board.entity.js';
import { parseDueAt } from './modules/task-board/task-board.time.js';
import { Unit, UnitMember } from './modules/unit/unit.entity.js';
import { type AvoidableDay, UtilizationReview } from './modules/utilization-review/utilization-review.entity.js';
import { SYSTEM_ACTOR } from './platform/auth/viewer.js';
import { underStartupLock } from './platform/database/database.js';
import type { Platform } from './platform/feature-module.js';

const DAY_MS = 86_400_000;

/**
 * On a production PostgreSQL hub, says loudly when demo accounts are active: they sign in with
 * the password published in the README. (The embedded SQLite hub of `npm start` is the demo.)
 * Returns how many it found.
 */
export async function warnAboutDemoAccounts(config: Config, { orm, logger }: Platform): Promise<number> {
  if (config.env !== 'production' || config.database.kind !== 'postgresql') return 0;
  const emails = [...demoStaff, ...demoFamily].map((u) => u.email);
  const active = await orm.em.fork().count(User, { email: { $in: emails }, active: true });
  if (active > 0) {
    logger.warn(
      { demoAccounts: active, seedDemo: config.seedDemo },
      `SECURITY WARNING: ${active} demo accounts are active on this production database and sign in with the ` +
        'published demo password. Deactivate them (Administration → Staff) or start from a database without the ' +
        'demo unit, and leave SEED_DEMO unset.',
    );
  }
  return active;
}

/**
 * Loads the demo unit into an empty database (no users yet); does nothing otherwise, so a
 * restart never duplicates or overwrites real data. Runs under the start-up lock, so of several
 * instances started together exactly one loads it and the others find it there. Everything goes
 * through the write path, so the demo's history starts in the event log and the audit trail like
 * any other (each item on the streams its module routes it to).
 */
export function seedDemoIfEmpty(platform: Platform, timeZone: string): Promise<boolean> {
  return underStartupLock(platform.orm, () => seedDemo(platform, timeZone));
}

async function seedDemo({ orm, writes, logger }: Platform, timeZone: string): Promise<boolean> {
  if ((await orm.em.fork().count(User, {})) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = Date.now();
  const day = (offset: number) => new Date(now + offset * DAY_MS).toISOString().slice(0, 10);
  const stamp = { actor: SYSTEM_ACTOR, operation: 'seedDemo', ip: null, requestId: null, breakGlass: false };
  await writes.run(stamp, async ({ em, record }) => {
    const unit = em.create(Unit, { code: demoUnit.code, name: demoUnit.name });
    const staffByEmail = new Map<string, User>();
    for (const staff of demoStaff) {
      const user = em.create(User, {
        email: staff.email,
        name: staff.name,
        discipline: staff.discipline,
        role: staff.role,
        passwordHash,
      });
      staffByEmail.set(staff.email, user);
      if (staff.role !== 'ADMIN') em.create(UnitMember, { unitId: unit.id, userId: user.id });
    }
    const staffId = (email: string) => {
      const user = staffByEmail.get(email);
      if (!user) throw new Error(`demo team names unknown staff ${email}`);
      return user.id;
    };
    const feedOf = (mrn: string) => demoFamilyFeeds.find((f) => f.patientMrn === mrn);
    const sharedOn = (mrn: string, text: string) => (feedOf(mrn)?.sharedPlanItems.includes(text) ? 'FAMILY' : 'TEAM');
    const patientsByMrn = new Map<string, Patient>();
    for (const p of demoPatients) {
      const patient = em.create(Patient, {
        mrn: p.mrn,
        name: p.name,
        dateOfBirth: p.dateOfBirth,
        unitId: unit.id,
        bed: p.bed,
        admittedAt: new Date(now - p.admittedDaysAgo * DAY_MS),
        expectedDischargeDate: day(p.expectedDischargeInDays),
        admittingDiagnosis: p.admittingDiagnosis,
        attendingId: staffId(demoAttending),
        allergies: p.allergies,
        primaryLanguage: p.primaryLanguage,
        interpreterNeeded: p.interpreterNeeded,
        conditions: p.conditions.map((c) => ({
          code: c.code,
          codeSystem: 'ICD-10-CM',
          description: c.description,
          onsetDate: null,
          status: 'ACTIVE' as const,
        })),
        coverages: [{ ...p.coverage, primary: true }],
        emergencyContacts: [p.emergencyContact],
      });
      patientsByMrn.set(p.mrn, patient);
      record({ kind: 'CREATED', entity: patient });
      const team = { [demoLeadCaseManager]: 'LEAD_CASE_MANAGER', [demoAttending]: 'ATTENDING', ...p.team } as const;
      for (const [email, role] of Object.entries(team)) {
        const member = em.create(CareTeamMember, {
          patientId: patient.id,
          userId: staffId(email),
          role,
          visibility: feedOf(p.mrn)?.contacts.includes(email) ? 'FAMILY' : 'TEAM',
        });
        record({ kind: 'CREATED', entity: member });
      }
    }
    for (const demo of demoCarePlans) {
      const patient = patientsByMrn.get(demo.patientMrn);
      if (!patient) throw new Error(`demo plan names unknown patient ${demo.patientMrn}`);
      const start = patient.admittedAt.toISOString().slice(0, 10);
      const plan = em.create(CarePlan, { patientId: patient.id, status: 'ACTIVE', periodStart: start });
      record({ kind: 'CREATED', entity: plan });
      const problemKeys = generateNKeysBetween(null, null, demo.problems.length);
      demo.problems.forEach((p, pi) => {
        const problem = em.create(Problem, {
          patientId: patient.id,
          carePlanId: plan.id,
          statement: p.statement,
          discipline: p.discipline,
          priority: p.priority,
          position: problemKeys[pi] ?? 'a0',
        });
        record({ kind: 'CREATED', entity: problem });
        const goalKeys = generateNKeysBetween(null, null, p.goals.length);
        p.goals.forEach((g, gi) => {
          const at = new Date(now).toISOString();
          const goal = em.create(Goal, {
            patientId: patient.id,
            carePlanId: plan.id,
            problemId: problem.id,
            description: g.description,
            targetValue: g.targetValue,
            targetDate: new Date(patient.admittedAt.getTime() + g.targetInDays * DAY_MS).toISOString().slice(0, 10),
            status: g.status,
            visibility: sharedOn(demo.patientMrn, g.description),
            history: [
              { status: 'PROPOSED' as const, at, byId: staffId(demoLeadCaseManager), byName: 'Casey Morgan' },
              ...(g.status === 'ACTIVE'
                ? [{ status: 'ACTIVE' as const, at, byId: staffId(demoLeadCaseManager), byName: 'Casey Morgan' }]
                : []),
            ],
            position: goalKeys[gi] ?? 'a0',
          });
          record({ kind: 'CREATED', entity: goal });
          const keys = generateNKeysBetween(null, null, g.interventions.length);
          g.interventions.forEach((i, ii) => {
            const intervention = em.create(Intervention, {
              patientId: patient.id,
              carePlanId: plan.id,
              goalId: goal.id,
              action: i.action,
              ownerDiscipline: i.ownerDiscipline,
              frequency: i.frequency,
              schedule: i.schedule
                ? { kind: i.schedule.kind, at: i.schedule.at ?? null, everyHours: i.schedule.everyHours ?? null }
                : null,
              status: 'IN_PROGRESS',
              visibility: sharedOn(demo.patientMrn, i.action),
              position: keys[ii] ?? 'a0',
            });
            record({ kind: 'CREATED', entity: intervention });
          });
        });
      });
    }
    // Task boards: the unit's, and the own boards of the patients the demo cards name.
    const boards = new Map<string, { board: TaskBoard; columns: Map<string, BoardColumn> }>();
    const boardFor = (key: string) => {
      const known = boards.get(key);
      if (known) return known;
      const patient = key === 'UNIT' ? null : patientsByMrn.get(key);
      if (key !== 'UNIT' && !patient) throw new Error(`demo card names unknown patient ${key}`);
      const { board, columns: made } = createBoard(em, record, {
        unitId: unit.id,
        unitCode: unit.code,
        patientId: patient?.id ?? null,
      });
      const columns = new Map(made.map((c) => [c.name, c]));
      const entry = { board, columns };
      boards.set(key, entry);
      return entry;
    };
    const cardKeys = new Map<string, string | null>();
    for (const t of demoTasks) {
      const { board, columns } = boardFor(t.board);
      const column = columns.get(t.column);
      if (!column) throw new Error(`demo card names unknown column ${t.column}`);
      const patientMrn = t.board === 'UNIT' ? t.patientMrn : t.board;
      const patient = patientMrn ? patientsByMrn.get(patientMrn) : undefined;
      const position = generateNKeysBetween(cardKeys.get(column.id) ?? null, null, 1)[0] ?? 'a0';
      cardKeys.set(column.id, position);
      const dueAt = t.dueInHours === null ? null : new Date(now + t.dueInHours * 3_600_000);
      const task = em.create(Task, {
        boardId: board.id,
        columnId: column.id,
        patientId: patient?.id ?? null,
        title: t.title,
        position,
        assigneeId: t.assignee ? staffId(t.assignee) : null,
        discipline: t.discipline,
        dueAt,
        priority: t.priority,
        labels: t.labels ?? [],
        checklist: (t.checklist ?? []).map((c, i) => ({
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          text: c.text,
          done: c.done,
          doneAt: c.done ? new Date(now - 3_600_000).toISOString() : null,
          doneById: c.done && t.assignee ? staffId(t.assignee) : null,
          doneByName: c.done && t.assignee ? (staffByEmail.get(t.assignee)?.name ?? null) : null,
        })),
        commentCount: t.comments?.length ?? 0,
        createdById: staffId(demoLeadCaseManager),
        ...(column.completes && {
          completedAt: new Date(now - 3_600_000),
          completedById: staffId(demoLeadCaseManager),
        }),
      });
      record({ kind: 'CREATED', entity: task });
      for (const c of t.comments ?? []) {
        const comment = em.create(TaskComment, {
          taskId: task.id,
          boardId: board.id,
          patientId: task.patientId,
          authorId: staffId(c.author),
          text: c.text,
          mentionIds: (c.mentions ?? []).map(staffId),
        });
        record({ kind: 'CREATED', entity: comment });
      }
    }
    const familyByEmail = new Map<string, User>();
    for (const r of demoRiskInputs) {
      const patient = patientsByMrn.get(r.patientMrn);
      if (!patient) throw new Error(`demo risk names unknown patient ${r.patientMrn}`);
      patient.admissionAcuity = r.acuity;
      if (r.emergencyVisitsDaysAgo) {
        const history = em.create(EmergencyVisitHistory, {
          patientId: patient.id,
          unitId: unit.id,
          reviewedAt: new Date(now),
          visits: r.emergencyVisitsDaysAgo.map((d) => ({ date: day(-d), facility: null, ledToAdmission: false })),
        });
        record({ kind: 'CREATED', entity: history });
      }
    }
    const needsBy = new Map<string, Need>();
    for (const s of demoScreenings) {
      const patient = patientsByMrn.get(s.patientMrn);
      if (!patient) throw new Error(`demo screening names unknown patient ${s.patientMrn}`);
      const screening = em.create(SocialNeedsScreening, {
        patientId: patient.id,
        language: s.language,
        interpreterUsed: s.interpreterUsed,
        answers: s.answers,
        screenedById: staffId(s.screenedBy),
        status: s.completed ? 'COMPLETED' : 'DRAFT',
        completedAt: s.completed ? new Date(now - DAY_MS / 2) : null,
      });
      record({ kind: 'CREATED', entity: screening });
      if (!s.completed) continue;
      for (const { domain, positive } of scoreScreening(s.answers)) {
        if (!positive) continue;
        const need = em.create(Need, {
          patientId: patient.id,
          domain,
          screeningId: screening.id,
          status: s.needStatus?.[domain] ?? 'IDENTIFIED',
        });
        needsBy.set(`${s.patientMrn}:${domain}`, need);
        record({ kind: 'CREATED', entity: need });
      }
    }
    // The community resource directory, and referrals of the screenings' needs at every stage of the loop.
    const resourcesByName = new Map<string, CommunityResource>();
    for (const r of demoResources) {
      const resource = em.create(CommunityResource, {
        ...r,
        website: r.website ?? null,
        categories: packList(r.categories),
        languages: packList(r.languages),
        createdById: staffId(demoStaff[0]?.email ?? ''),
      });
      resourcesByName.set(r.name, resource);
      record({ kind: 'CREATED', entity: resource });
    }
    for (const r of demoReferrals) {
      const need = needsBy.get(`${r.patientMrn}:${r.domain}`);
      const resource = resourcesByName.get(r.resource);
      if (!need || !resource) throw new Error(`demo referral names an unknown need or resource: ${r.resource}`);
      const by = demoStaff.find((s) => s.email === r.by);
      const at = (daysAgo: number) => new Date(now - daysAgo * DAY_MS - 3_600_000);
      const last = r.steps[r.steps.length - 1];
      const sent = [...r.steps].reverse().find((step) => step.status === 'SENT');
      const status = last?.status ?? 'DRAFT';
      const referral = em.create(Referral, {
        patientId: need.patientId,
        needId: need.id,
        resourceId: resource.id,
        status,
        note: r.note,
        sentAt: sent ? at(sent.daysAgo) : null,
        closedAt: status === 'COMPLETED' || status === 'DECLINED' ? at(last?.daysAgo ?? 0) : null,
        followUpDueAt:
          status === 'SENT' || status === 'ACCEPTED' ? defaultFollowUp(status, at(last?.daysAgo ?? 0)) : null,
        history: r.steps.map((step) => ({
          status: step.status,
          at: at(step.daysAgo).toISOString(),
          byId: staffId(r.by),
          byName: by?.name ?? r.by,
          note: step.status === 'DRAFT' ? r.note : null,
        })),
        createdById: staffId(r.by),
        createdAt: at(r.steps[0]?.daysAgo ?? 0),
      });
      record({ kind: 'CREATED', entity: referral });
    }
    for (const a of demoAssessments) {
      const patient = patientsByMrn.get(a.patientMrn);
      if (!patient) throw new Error(`demo assessment names unknown patient ${a.patientMrn}`);
      let previousId: string | null = null;
      a.versions.forEach((v, i) => {
        const domains = v as unknown as AssessmentDomains;
        const assessment: Assessment = em.create(Assessment, {
          patientId: patient.id,
          sequence: i + 1,
          previousId,
          clinical: domains.clinical,
          psychosocial: domains.psychosocial,
          financial: domains.financial,
          environmental: domains.environmental,
          startedById: staffId(v.by),
          status: v.signed ? 'SIGNED' : 'DRAFT',
          signedById: v.signed ? staffId(v.by) : null,
          signedAt: v.signed ? new Date(now - (a.versions.length - i) * DAY_MS) : null,
        });
        record({ kind: 'CREATED', entity: assessment });
        previousId = assessment.id;
      });
    }
    // Utilization reviews and payer authorizations, with the cards their dates put on the patient's board.
    const payerCard = (mrn: string, title: string, dueDay: string, label: string) => {
      const { board, columns } = boardFor(mrn);
      const column = columns.get('To do');
      if (!column) throw new Error('the default board has no To do column');
      const position = generateNKeysBetween(cardKeys.get(column.id) ?? null, null, 1)[0] ?? 'a0';
      cardKeys.set(column.id, position);
      const task = em.create(Task, {
        boardId: board.id,
        columnId: column.id,
        patientId: patientsByMrn.get(mrn)?.id ?? null,
        title,
        position,
        discipline: 'CM',
        dueAt: parseDueAt(`${dueDay}T09:00`, timeZone),
        priority: 'HIGH',
        labels: [label],
        checklist: [],
        createdById: staffId(demoLeadCaseManager),
      });
      record({ kind: 'CREATED', entity: task });
      return task.id;
    };
    for (const r of demoUtilizationReviews) {
      const patient = patientsByMrn.get(r.patientMrn);
      if (!patient) throw new Error(`demo review names unknown patient ${r.patientMrn}`);
      const nextReviewDate = r.nextReviewInDays === null ? null : day(r.nextReviewInDays);
      const review = em.create(UtilizationReview, {
        patientId: patient.id,
        unitId: patient.unitId,
        stayAdmittedAt: patient.admittedAt,
        reviewType: r.reviewType,
        reviewDate: day(r.reviewInDays),
        criteriaSet: r.criteriaSet,
        levelOfCare: r.levelOfCare,
        criteriaMet: r.criteriaMet,
        notes: r.notes,
        nextReviewDate,
        nextReviewTaskId: nextReviewDate
          ? payerCard(r.patientMrn, 'Utilization review: next review due', nextReviewDate, 'utilization-review')
          : null,
        advisorReferral: r.advisor ? { ...r.advisor, referredAt: new Date(now - DAY_MS).toISOString() } : null,
        avoidableDays: (r.avoidableDays ?? []).map((a) => ({
          date: day(a.inDays),
          reason: a.reason as AvoidableDay['reason'],
          note: a.note,
        })),
        reviewerId: staffId(demoLeadCaseManager),
      });
      record({ kind: 'CREATED', entity: review });
    }
    for (const a of demoAuthorizations) {
      const patient = patientsByMrn.get(a.patientMrn);
      const coverage = patient?.coverages.find((c) => c.primary);
      if (!patient || !coverage) throw new Error(`demo authorization names unknown patient ${a.patientMrn}`);
      const at = (inDays: number) => new Date(now + inDays * DAY_MS - 3_600_000);
      const by = staffId(demoLeadCaseManager);
      const first = a.steps[0]?.inDays ?? 0;
      const history = [{ status: 'DRAFT', inDays: first }, ...a.steps].map((st, i) => ({
        status: st.status as AuthorizationStatus,
        at: new Date(at(st.inDays).getTime() + i * 60_000).toISOString(),
        byId: by,
        note: 'note' in st ? (st.note ?? null) : null,
      }));
      const status = history[history.length - 1]?.status ?? 'DRAFT';
      const whenFirst = (statuses: string[]) => history.find((h) => statuses.includes(h.status))?.at;
      const decided = whenFirst(['APPROVED', 'PARTIALLY_APPROVED', 'DENIED']);
      const submitted = whenFirst(['SUBMITTED']);
      const approves = status === 'APPROVED' || status === 'APPEAL_WON' || status === 'PARTIALLY_APPROVED';
      const appealDeadline = a.appealDeadlineInDays === undefined ? null : day(a.appealDeadlineInDays);
      const auth = em.create(Authorization, {
        patientId: patient.id,
        unitId: patient.unitId,
        payer: coverage.payer,
        memberId: coverage.memberId,
        coverageType: coverage.type,
        service: a.service,
        serviceDetail: a.serviceDetail,
        unitOfService: a.unitOfService,
        requestedUnits: a.requestedUnits,
        requestedFrom: day(a.requestedFromDays),
        requestedTo: day(a.requestedToDays),
        approvedUnits: approves ? (a.approvedUnits ?? a.requestedUnits) : status === 'DENIED' ? 0 : null,
        approvedFrom: approves ? day(a.requestedFromDays) : null,
        approvedTo: approves ? day(a.requestedToDays) : null,
        payerReference: a.payerReference,
        status,
        submittedAt: submitted ? new Date(submitted) : null,
        decidedAt: decided ? new Date(decided) : null,
        denialReason: a.denialReason ?? null,
        appealDeadline,
        appealTaskId:
          appealDeadline && status === 'DENIED'
            ? payerCard(
                a.patientMrn,
                `Appeal deadline: ${coverage.payer} ${a.service.toLowerCase().replaceAll('_', ' ')}`,
                appealDeadline,
                'appeal',
              )
            : null,
        peerToPeer:
          a.peerToPeerInDays === undefined
            ? null
            : {
                scheduledAt: new Date(now + a.peerToPeerInDays * DAY_MS).toISOString(),
                physicianId: staffId(demoAttending),
                payerContact: 'Humana medical director line, 800-555-0142',
                note: null,
              },
        history,
        createdById: by,
      });
      record({ kind: 'CREATED', entity: auth });
    }
    for (const d of demoDischargePlans) {
      const patient = patientsByMrn.get(d.patientMrn);
      if (!patient) throw new Error(`demo discharge plan names unknown patient ${d.patientMrn}`);
      const plan = em.create(DischargePlan, {
        patientId: patient.id,
        stayAdmittedAt: patient.admittedAt,
        expectedDate: d.expectedInDays === null ? null : day(d.expectedInDays),
        disposition: d.disposition as DischargePlan['disposition'],
      });
      record({ kind: 'CREATED', entity: plan });
      for (const c of d.checklist) {
        const details: ChecklistDetails = {
          appointmentAt: null,
          provider: null,
          equipment: null,
          vendor: null,
          equipmentStatus: null,
          note: null,
          ...(c.details as Partial<ChecklistDetails>),
        };
        const item = em.create(DischargeChecklistItem, {
          patientId: patient.id,
          planId: plan.id,
          kind: c.kind as DischargeChecklistItem['kind'],
          status: c.status,
          details,
        });
        record({ kind: 'CREATED', entity: item });
      }
      for (const b of d.barriers) {
        const barrier = em.create(DischargeBarrier, {
          patientId: patient.id,
          planId: plan.id,
          description: b.description,
          ownerId: staffId(b.owner),
          dueDate: day(b.dueInDays),
        });
        record({ kind: 'CREATED', entity: barrier });
      }
    }
    for (const f of demoFamily) {
      const patient = patientsByMrn.get(f.patientMrn);
      if (!patient) throw new Error(`demo family names unknown patient ${f.patientMrn}`);
      const user = em.create(User, { email: f.email, name: f.name, kind: 'FAMILY', passwordHash });
      const link = em.create(FamilyLink, {
        patientId: patient.id,
        userId: user.id,
        relationship: f.relationship,
        status: 'ACTIVE',
        consentScope: f.consentScope,
        shareScopes: f.shares,
        consentSource: 'PATIENT',
        consentRecordedById: staffId(demoLeadCaseManager),
        consentRecordedAt: new Date(now - DAY_MS),
      });
      record({ kind: 'CREATED', entity: link });
      familyByEmail.set(f.email, user);
    }
    // Today's rounds on the unit's clock, planned with the census in the default order and updates prepared.
    const today = dayIn(timeZone, new Date(now));
    const session = em.create(RoundsSession, {
      unitId: unit.id,
      date: today,
      facilitatorId: staffId(demoRounds.facilitator),
    });
    record({ kind: 'CREATED', entity: session });
    const census = defaultAgendaOrder([...patientsByMrn.values()], today);
    const agendaKeys = generateNKeysBetween(null, null, census.length);
    census.forEach((patient, i) => {
      const item = em.create(RoundsAgendaItem, {
        sessionId: session.id,
        patientId: patient.id,
        position: agendaKeys[i] ?? 'a0',
        timeBoxSeconds: demoRounds.timeBoxSeconds,
      });
      record({ kind: 'CREATED', entity: item });
      const prepared = demoRounds.patients.find((d) => d.patientMrn === patient.mrn);
      for (const u of prepared?.updates ?? []) {
        const author = demoStaff.find((s) => s.email === u.author);
        const update = em.create(RoundsUpdate, {
          sessionId: session.id,
          itemId: item.id,
          patientId: patient.id,
          discipline: author?.discipline ?? 'RN',
          authorId: staffId(u.author),
          statusSinceLast: u.statusSinceLast,
          concerns: u.concerns,
          planForToday: u.planForToday,
        });
        record({ kind: 'CREATED', entity: update });
      }
    });
    const conferencePatient = patientsByMrn.get(demoConference.patientMrn);
    if (!conferencePatient) throw new Error(`demo conference names unknown patient ${demoConference.patientMrn}`);
    const conferenceDay = dayIn(timeZone, new Date(now + demoConference.inDays * DAY_MS));
    const conference = em.create(CareConference, {
      patientId: conferencePatient.id,
      title: demoConference.title,
      scheduledAt: parseDueAt(`${conferenceDay}T${String(demoConference.hour).padStart(2, '0')}:00`, timeZone),
      location: demoConference.location,
      agenda: [...demoConference.agenda],
      organizerId: staffId(demoConference.organizer),
    });
    record({ kind: 'CREATED', entity: conference });
    for (const a of demoConference.staff) {
      const staff = staffByEmail.get(a.email);
      const attendee = em.create(ConferenceAttendee, {
        patientId: conferencePatient.id,
        conferenceId: conference.id,
        kind: 'STAFF',
        userId: staffId(a.email),
        name: staff?.name ?? a.email,
        mode: a.mode,
      });
      record({ kind: 'CREATED', entity: attendee });
    }
    for (const a of demoConference.family) {
      const user = familyByEmail.get(a.email);
      if (!user) throw new Error(`demo conference names unknown family member ${a.email}`);
      const attendee = em.create(ConferenceAttendee, {
        patientId: conferencePatient.id,
        conferenceId: conference.id,
        kind: 'FAMILY',
        userId: user.id,
        name: user.name,
        relationship: a.relationship,
        mode: a.mode,
      });
      record({ kind: 'CREATED', entity: attendee });
    }
  });
  // What the team has shared with the demo families: after the links, whose consent it needs.
  await writes.run(stamp, async ({ em, record }) => {
    const hoursAgo = (hours: number) => new Date(now - hours * 3_600_000);
    for (const feed of demoFamilyFeeds) {
      const patient = await em.findOneOrFail(Patient, { mrn: feed.patientMrn });
      for (const u of feed.updates) {
        const author = await em.findOneOrFail(User, { email: u.authorEmail });
        const at = hoursAgo(u.hoursAgo);
        const update = em.create(FamilyUpdate, {
          patientId: patient.id,
          authorId: author.id,
          authorName: author.name,
          text: u.text,
          createdAt: at,
          updatedAt: at,
        });
        record({ kind: 'CREATED', entity: update });
      }
      for (const q of feed.questions) {
        const asker = await em.findOneOrFail(User, { email: q.askerEmail });
        const replier = q.reply && (await em.findOneOrFail(User, { email: q.reply.authorEmail }));
        const question = em.create(FamilyQuestion, {
          patientId: patient.id,
          askedById: asker.id,
          askedByName: asker.name,
          text: q.text,
          createdAt: hoursAgo(q.hoursAgo),
          ...(q.reply &&
            replier && {
              status: 'ANSWERED' as const,
              reply: q.reply.text,
              repliedById: replier.id,
              repliedByName: replier.name,
              repliedAt: hoursAgo(q.reply.hoursAgo),
            }),
        });
        record({ kind: 'CREATED', entity: question });
      }
    }
  });
  logger.info(
    { staff: demoStaff.length, patients: demoPatients.length, family: demoFamily.length },
    'demo unit created',
  );
  return true;
}
