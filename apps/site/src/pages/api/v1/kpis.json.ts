import { kpiListSlice } from '@cairn/core';
import { json } from '../../../lib/json-response.js';
import { snapshot } from '../../../lib/site-data.js';

export const GET = (): Response => json(kpiListSlice(snapshot));
