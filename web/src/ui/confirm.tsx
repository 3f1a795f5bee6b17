import { createContext, lazy, type ReactNode, Suspense, useCallback, useContext, useState } from 'react';
import type { ConfirmRequest } from './ConfirmDialog.js';

type Confirm = (request: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);
// The dialog (focus trap, portal, scroll lock) loads the first time something asks.
const ConfirmDialog = lazy(() => import('./ConfirmDialog.js').then((m) => ({ default: m.ConfirmDialog })));

/**
 * One accessible dialog for every "are you sure" in the app, instead of the browser's
 * `confirm()` (see ConfirmDialog).
 */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<(ConfirmRequest & { resolve: (ok: boolean) => void }) | null>(null);
  const confirm = useCallback<Confirm>(
    (request) => new Promise<boolean>((resolve) => setOpen({ ...request, resolve })),
    [],
  );
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {open ? (
        <Suspense fallback={null}>
          <ConfirmDialog
            request={open}
            onClose={(ok) => {
              open.resolve(ok);
              setOpen(null);
            }}
          />
        </Suspense>
      ) : null}
    </ConfirmContext.Provider>
  );
}

/** Asks before a destructive change; resolves true when the user confirms. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm outside ConfirmProvider');
  return confirm;
}
