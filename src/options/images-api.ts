import { myImages } from '../db/workspace-queries';
import type { MyImageRecord } from '../shared/matching-types';

export interface ImagesApi {
  myImages(): Promise<MyImageRecord[]>;
}

export const imagesApi: ImagesApi = {
  myImages,
};
