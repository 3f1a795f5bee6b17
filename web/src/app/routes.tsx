import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Frame, NotFound } from './Frame.js';

// One chunk per screen, loaded when first visited; the first screen downloads only its own.
const MyCaseload = lazy(() => import('../features/care-team/MyCaseload.js').then((m) => ({ default: m.MyCaseload })));
const PatientList = lazy(() => import('../features/patient/PatientList.js').then((m) => ({ default: m.PatientList })));
const PatientRoute = lazy(() =>
  import('../features/patient/PatientPage.js').then((m) => ({ default: m.PatientRoute })),
);
const AuditRoute = lazy(() => import('../features/audit/AuditPage.js').then((m) => ({ default: m.AuditRoute })));
const RoundsList = lazy(() => import('../features/rounds/RoundsList.js').then((m) => ({ default: m.RoundsList })));
const RoundsRoute = lazy(() => import('../features/rounds/RoundsPage.js').then((m) => ({ default: m.RoundsRoute })));
const RoundsDisplayRoute = lazy(() =>
  import('../features/rounds/RoundsDisplay.js').then((m) => ({ default: m.RoundsDisplayRoute })),
);
const RoundsSummaryRoute = lazy(() =>
  import('../features/rounds/RoundsSummary.js').then((m) => ({ default: m.RoundsSummaryRoute })),
);
const ConferenceRoute = lazy(() =>
  import('../features/care-conference/ConferencePage.js').then((m) => ({ default: m.ConferenceRoute })),
);
// The worklists (high risk, payer) share one entry; each screen is its own chunk behind it.
const WorklistRoute = lazy(() => import('./WorklistRoute.js').then((m) => ({ default: m.WorklistRoute })));
const UnitBoardRoute = lazy(() =>
  import('../features/task-board/BoardPage.js').then((m) => ({ default: m.UnitBoardRoute })),
);
const BoardRoute = lazy(() => import('../features/task-board/BoardPage.js').then((m) => ({ default: m.BoardRoute })));
const PatientBoardRoute = lazy(() =>
  import('../features/task-board/BoardPage.js').then((m) => ({ default: m.PatientBoardRoute })),
);
const MyWork = lazy(() => import('../features/task-board/MyWork.js').then((m) => ({ default: m.MyWork })));
const AdminPage = lazy(() => import('../features/admin/AdminPage.js').then((m) => ({ default: m.AdminPage })));

/**
 * One route per job, paths as in platform/paths.ts. The rounds display and the family portal
 * join here the same way, as lazy screens of their own. (Routes are declared as elements rather
 * than through the data router: its loader machinery is 54 kB more on every first screen, and
 * CareHub's screens load their data through Apollo.)
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Frame />}>
        <Route index element={<MyCaseload />} />
        <Route path="patients" element={<PatientList />} />
        <Route path="patients/:id" element={<PatientRoute />} />
        <Route path="patients/:id/audit" element={<AuditRoute />} />
        <Route path="rounds" element={<RoundsList />} />
        <Route path="rounds/:id" element={<RoundsRoute />} />
        <Route path="rounds/:id/display" element={<RoundsDisplayRoute />} />
        <Route path="rounds/:id/summary" element={<RoundsSummaryRoute />} />
        <Route path="conferences/:id" element={<ConferenceRoute />} />
        <Route path="worklist/:kind" element={<WorklistRoute />} />
        <Route path="patients/:id/tasks" element={<PatientBoardRoute />} />
        <Route path="board" element={<UnitBoardRoute />} />
        <Route path="boards/:id" element={<BoardRoute />} />
        <Route path="my-work" element={<MyWork />} />
        <Route path="admin" element={<AdminPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
