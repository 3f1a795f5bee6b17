import { useEffect } from 'react';

/** Names the browser tab and the page a screen reader announces after navigation: "<title> · CareHub". */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · CareHub` : 'CareHub';
  }, [title]);
}
