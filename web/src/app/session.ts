import { createContext, useContext } from 'react';

/** Ends the session on this device and returns to sign-in; provided by the app's door (App.tsx). */
export const SignOutContext = createContext<() => void>(() => {});

export const useSignOut = () => useContext(SignOutContext);
