import browser from 'webextension-polyfill';
import { myImages } from '../db/workspace-queries';
import { hashExportJson } from '../matching/hash-export';
import { toBase64 } from '../shared/base64';
import type { MyImageRecord } from '../shared/matching-types';
import { sendMessage } from '../shared/send-message';
import { hashMyFile } from './hash-my-file';

export interface ImagesApi {
  myImages(): Promise<MyImageRecord[]>;
  /** Hashes the file here; only the hashes go to the worker, and the file only when `keepImage`. */
  addMyImage(file: File, keepImage: boolean): Promise<MyImageRecord>;
  deleteMyImage(id: string): Promise<void>;
  /** Saves the hashes (no images) as a JSON file in the downloads folder; returns its name. */
  exportMyImageHashes(images: readonly MyImageRecord[]): Promise<string>;
}

export const imagesApi: ImagesApi = {
  myImages,
  async addMyImage(file, keepImage) {
    const { draft, bytes } = await hashMyFile(file);
    return sendMessage('images.add', { image: draft, ...(keepImage && { keep: { base64: toBase64(bytes), mediaType: file.type } }) });
  },
  async deleteMyImage(id) {
    await sendMessage('images.delete', { id });
  },
  async exportMyImageHashes(images) {
    const exportedAt = new Date().toISOString();
    const fileName = `preserve-hashes-${exportedAt.slice(0, 10)}.json`;
    const url = URL.createObjectURL(new Blob([hashExportJson(images, { exportedAt })], { type: 'application/json' }));
    try {
      await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    } finally {
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
    return fileName;
  },
};
