import { useQuery } from '@apollo/client/react';
import { MeDocument, type MeQuery } from '@carehub/schema/graphql';
import { createContext, useContext } from 'react';

export type Viewer = NonNullable<MeQuery['me']>;

const ViewerContext = createContext<Viewer | null>(null);
export const ViewerProvider = ViewerContext.Provider;

/** The signed-in user; components below the app frame can rely on it. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside a signed-in frame');
  return viewer;
}

/** Loads `me`; null while signed out. */
export function useMe() {
  const { data, loading, refetch } = useQuery(MeDocument, { fetchPolicy: 'network-only' });
  return { me: data?.me ?? null, loading, refetch };
}
