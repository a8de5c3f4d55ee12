// Every area's Spanish text, merged; each area must translate every English key (a type error otherwise).
import { common } from './common';
import { cases } from './cases';
import { plan } from './plan';
import { assessment } from './assessment';
import { incidents } from './incidents';
import { people } from './people';
import { attachments } from './attachments';
import { support } from './support';
import { evidence } from './evidence';
import { settings } from './settings';
import { removal } from './removal';
import { popup } from './popup';
import { report } from './report';
import { letters } from './letters';
import { errors } from './errors';
import { images } from './images';
import { monitor } from './monitor';
import { welcome } from './welcome';
import { takedowns } from './takedowns';

export const es = {
  ...common,
  ...cases,
  ...plan,
  ...assessment,
  ...incidents,
  ...people,
  ...attachments,
  ...support,
  ...evidence,
  ...settings,
  ...removal,
  ...popup,
  ...report,
  ...letters,
  ...errors,
  ...images,
  ...monitor,
  ...welcome,
  ...takedowns,
};
