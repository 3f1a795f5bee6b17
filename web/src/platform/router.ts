import { useEffect, useState } from 'react';

/**
 * Hash routes (`#/patients/<id>`): the API serves one index.html for every path, and a hash
 * router keeps deep links working behind any static host too.
 */
export type Route =
  | { name: 'caseload' }
  | { name: 'patients' }
  | { name: 'patient'; id: string }
  | { name: 'audit'; patientId: string }
  | { name: 'admin' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'patients' && parts[1] && parts[2] === 'audit') return { name: 'audit', patientId: parts[1] };
  if (parts[0] === 'patients' && parts[1]) return { name: 'patient', id: parts[1] };
  if (parts[0] === 'patients') return { name: 'patients' };
  if (parts[0] === 'admin') return { name: 'admin' };
  return { name: 'caseload' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'caseload':
      return '#/';
    case 'patients':
      return '#/patients';
    case 'patient':
      return `#/patients/${route.id}`;
    case 'audit':
      return `#/patients/${route.patientId}/audit`;
    case 'admin':
      return '#/admin';
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
