import type { assessment as english } from '../en/assessment';
import type { Translation } from '../translation';

export const assessment = {
  assessment_title: 'Evaluación de amenazas',
} satisfies Translation<typeof english>;
