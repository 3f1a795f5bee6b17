import { useQuery } from '@apollo/client/react';
import {
  AddProgressNoteDocument,
  CreateCarePlanDocument,
  PatientCarePlanDocument,
  SignOffCarePlanDocument,
} from '@carehub/schema/graphql';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner, formatDate, formatDateTime, LiveIndicator, TextArea } from '../../ui/controls.js';
import { useViewer } from '../identity/viewer.js';
import { AddGoal, AddProblem } from './AddItem.js';
import { useCarePlanLive } from './care-plan.live.js';
import { addProgressNoteLive, createCarePlanLive, signOffLive } from './care-plan.optimistic.js';
import { GoalCard } from './GoalCard.js';
import { ProblemHeading } from './ProblemHeading.js';

/** The shared care plan of one patient, edited live by the whole team. */
export function CarePlanView({ patientId }: { patientId: string }) {
  const { data, loading, error } = useQuery(PatientCarePlanDocument, { variables: { patientId } });
  const plan = data?.patient.carePlan ?? null;
  const live = useCarePlanLive(patientId, plan?.id ?? null, data ? (plan?.lastEventId ?? null) : undefined);
  const viewer = useViewer();
  const [signOff, signing] = useLiveMutation(SignOffCarePlanDocument, signOffLive);
  const [createPlan, creating] = useLiveMutation(CreateCarePlanDocument, createCarePlanLive, {
    refetchQueries: ['PatientCarePlan'],
  });

  if (loading && !data) return <section className="card muted">Loading care plan…</section>;
  if (!plan) {
    return (
      <section className="card stack" aria-label="Care plan">
        <h2>Care plan</h2>
        <ErrorBanner error={apiError(error ?? creating.error)} />
        <p className="muted">No care plan yet.</p>
        <div>
          <button
            type="button"
            onClick={() =>
              void createPlan({
                variables: { input: { patientId, periodStart: new Date().toISOString().slice(0, 10) } },
              }).catch(() => null)
            }
          >
            Start a care plan
          </button>
        </div>
      </section>
    );
  }
  const editable = plan.status !== 'COMPLETED';
  const mine = plan.signOffs.find((s) => s.discipline === viewer.discipline);
  return (
    <section className="card stack" aria-label="Care plan">
      <div className="spread">
        <div>
          <h2>Care plan</h2>
          <span className="muted small">
            {plan.status.toLowerCase()} · from {formatDate(plan.periodStart)} · last reviewed{' '}
            {formatDateTime(plan.lastReviewedAt)}
          </span>
        </div>
        <div className="row">
          <LiveIndicator state={live} />
          {viewer.discipline && editable ? (
            <button
              type="button"
              className="secondary"
              disabled={signing.loading}
              onClick={() => void signOff({ variables: { input: { carePlanId: plan.id } } }).catch(() => null)}
            >
              {mine && !mine.stale ? `Signed off (${viewer.discipline})` : `Sign off as ${viewer.discipline}`}
            </button>
          ) : null}
        </div>
      </div>
      <section className="row small" aria-label="Sign-offs">
        {plan.signOffs.map((s) => (
          <span
            key={s.id}
            className={s.stale ? 'badge warn' : 'badge'}
            title={`${s.user.name}, ${formatDateTime(s.createdAt)}`}
          >
            {s.discipline} {s.stale ? 'needs re-review' : 'reviewed'}
          </span>
        ))}
      </section>
      <ErrorBanner error={apiError(signing.error)} />
      {plan.problems.map((problem) => (
        <section key={problem.id} className="problem" aria-label={`Problem: ${problem.statement}`}>
          <ProblemHeading problem={problem} siblings={plan.problems} editable={editable} />
          {(problem.goals ?? []).map((goal) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              carePlanId={plan.id}
              editable={editable}
              siblings={problem.goals ?? []}
            />
          ))}
          {editable ? <AddGoal carePlanId={plan.id} problemId={problem.id} /> : null}
        </section>
      ))}
      {editable ? <AddProblem carePlanId={plan.id} /> : null}
      <ProgressNotes carePlanId={plan.id} notes={plan.notes} editable={editable} />
    </section>
  );
}

function ProgressNotes({
  carePlanId,
  notes,
  editable,
}: {
  carePlanId: string;
  notes: { id: string; text: string; createdAt: string; author: { name: string; discipline?: string | null } }[];
  editable: boolean;
}) {
  const [text, setText] = useState('');
  const [clientMutationId, setClientMutationId] = useState(() => crypto.randomUUID());
  const [add, { error, loading }] = useLiveMutation(AddProgressNoteDocument, addProgressNoteLive);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await add({ variables: { input: { clientMutationId, carePlanId, text } } }).catch(() => null);
    if (ok) {
      setText('');
      setClientMutationId(crypto.randomUUID());
    }
  }
  return (
    <section className="stack" aria-label="Progress notes">
      <h3>Progress notes</h3>
      {editable ? (
        <form className="stack" onSubmit={submit}>
          <ErrorBanner error={apiError(error)} />
          <TextArea
            label="New note"
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
            required
            maxLength={4000}
          />
          <div>
            <button type="submit" disabled={loading || !text.trim()}>
              Add note
            </button>
          </div>
        </form>
      ) : null}
      <ul className="notes">
        {notes.map((n) => (
          <li key={n.id}>
            <span className="muted small">
              {formatDateTime(n.createdAt)} · {n.author.name}
              {n.author.discipline ? ` (${n.author.discipline})` : ''}
            </span>
            <div>{n.text}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
