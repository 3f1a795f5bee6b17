import { useQuery } from '@apollo/client/react';
import { RoundsPatientBriefDocument } from '@carehub/schema/graphql';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { apiError } from '../../platform/errors.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { usePageTitle } from '../../ui/page-title.js';
import { useDates } from '../../ui/use-dates.js';
import { PresenceList, Timer } from './RoundsParts.js';
import { useRoundsPresence } from './useRoundsPresence.js';
import { type AgendaItem, useRoundsSession } from './useRoundsSession.js';
import './rounds.css';

export function RoundsDisplayRoute() {
  const { id = '' } = useParams();
  return <RoundsDisplay key={id} sessionId={id} />;
}

/**
 * The conference-room screen: large type read from across the room, nothing to click. The
 * agenda with the patient now discussed, that patient's timer, care-plan summary, open tasks,
 * barriers and decisions, and who is here. It follows the pointer; it never drives it.
 */
function RoundsDisplay({ sessionId }: { sessionId: string }) {
  const dates = useDates();
  const { session, agenda, error, serverNow } = useRoundsSession(sessionId);
  const presence = useRoundsPresence(sessionId);
  usePageTitle('Rounds display');
  const current = agenda.find((i) => i.id === session?.currentItemId) ?? null;
  const { setPlace } = presence;
  useEffect(() => {
    setPlace({ following: true, itemId: current?.id ?? null });
  }, [current?.id, setPlace]);
  if (!session) return error ? <ErrorBanner error={apiError(error)} /> : null;
  const nameOf = (itemId: string | null) => agenda.find((i) => i.id === itemId)?.patient.name ?? null;
  return (
    // The screen scrolls when the agenda is long: keyboard users reach it (tab stop) to scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
    <section className="rounds-display" data-testid="rounds-display" aria-label="Rounds display" tabIndex={0}>
      <aside aria-label="Agenda">
        <h2>Rounds · {dates.date(session.date)}</h2>
        <ol className="rounds-agenda">
          {agenda.map((item) => (
            <li
              key={item.id}
              className={`${item.id === session.currentItemId ? 'rounds-agenda-now' : ''} ${item.discussedAt ? 'rounds-discussed' : ''}`}
            >
              {item.patient.bed} {item.patient.name}
            </li>
          ))}
        </ol>
        <PresenceList participants={presence.participants} patientName={nameOf} large />
      </aside>
      <section aria-label="Now discussing">
        {current ? (
          <Current item={current} session={session} serverNow={serverNow} />
        ) : (
          <h1>{session.status === 'FINISHED' ? 'Rounds are finished' : 'Rounds have not started'}</h1>
        )}
      </section>
    </section>
  );
}

function Current({
  item,
  session,
  serverNow,
}: {
  item: AgendaItem;
  session: Parameters<typeof Timer>[0]['session'];
  serverNow: number;
}) {
  const dates = useDates();
  const { data } = useQuery(RoundsPatientBriefDocument, { variables: { patientId: item.patientId } });
  const plan = data?.patient.carePlan;
  const tasks = (data?.patient.tasks ?? []).filter((t) => !t.completedAt);
  const barriers = (item.barriers ?? []).filter((b) => b.status === 'OPEN');
  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: '2rem' }}>
        <div>
          <h1 data-testid="display-patient">{item.patient.name}</h1>
          <p className="rounds-display-facts">
            {item.patient.bed} · {item.patient.admittingDiagnosis} · expected discharge{' '}
            {dates.date(item.patient.expectedDischargeDate)}
          </p>
        </div>
        <Timer item={item} session={session} serverNow={serverNow} size="xl" />
      </div>
      <div className="rounds-display-columns">
        <section aria-label="Care plan">
          <h2>Care plan</h2>
          <ul>
            {(plan?.problems ?? [])
              .filter((p) => p.status === 'ACTIVE')
              .map((p) => (
                <li key={p.id}>
                  {p.statement}
                  <ul>
                    {(p.goals ?? [])
                      .filter((g) => g.status === 'ACTIVE' || g.status === 'PROPOSED')
                      .map((g) => (
                        <li key={g.id}>{g.description}</li>
                      ))}
                  </ul>
                </li>
              ))}
          </ul>
          {plan ? null : <p>No care plan.</p>}
        </section>
        <section aria-label="Open tasks and barriers">
          <h2>Barriers</h2>
          {barriers.length ? (
            <ul>
              {barriers.map((b) => (
                <li key={b.id}>
                  {b.description} — {b.owner?.name ?? 'no owner'}, due {dates.date(b.dueDate)}
                </li>
              ))}
            </ul>
          ) : (
            <p>None.</p>
          )}
          <h2>Open tasks</h2>
          {tasks.length ? (
            <ul data-testid="display-tasks">
              {tasks.map((t) => (
                <li key={t.id}>
                  {t.title}
                  {t.assignee ? ` — ${t.assignee.name}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>None.</p>
          )}
          <h2>Decisions</h2>
          {(item.decisions ?? []).length ? (
            <ul>
              {(item.decisions ?? []).map((d) => (
                <li key={d.id}>{d.text}</li>
              ))}
            </ul>
          ) : (
            <p>None yet.</p>
          )}
        </section>
      </div>
    </>
  );
}
