// The detector registry: one module per clause. Adding a clause = adding a
// module here (and its clause in the policy pack).
import type { Detector } from '../detector';
import { cityEquipment } from './city-equipment';

export const detectors: readonly Detector[] = [cityEquipment];
