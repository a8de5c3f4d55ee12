import { useEffect, useState } from 'preact/hooks';

/** An object URL for a blob loaded asynchronously, revoked when the component goes away. */
export function useObjectUrl(load: () => Promise<Blob | null>, deps: unknown[]): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let current: string | null = null;
    let cancelled = false;
    load()
      .then((blob) => {
        if (cancelled || !blob) return;
        current = URL.createObjectURL(blob);
        setUrl(current);
      })
      .catch(() => setUrl(null));
    return () => {
      cancelled = true;
      if (current) URL.revokeObjectURL(current);
    };
  }, deps);
  return url;
}
