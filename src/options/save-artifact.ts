import type { ArtifactRef } from '../shared/types';
import type { OptionsApi } from './api';

/** Saves one stored file (the page archive) where the browser saves downloads, under its bundle name. */
export async function saveArtifact(api: OptionsApi, artifact: ArtifactRef, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await api.artifact(artifact.id));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  } finally {
    // The download holds its own reference once started; ours can go a little later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
