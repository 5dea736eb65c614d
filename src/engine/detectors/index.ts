// The detector registry: one module per clause. Adding a clause = adding a
// module here (and its clause in the policy pack). The permissions
// (department-content, professional-networking) and third-party-content work
// on other findings, so they live in ../context.ts, run by evaluate().
import type { Detector } from '../detector';
import { administrativeInvestigation } from './administrative-investigation';
import { cityEquipment } from './city-equipment';
import { disparagement } from './disparagement';
import { discriminatoryContent } from './discriminatory-content';
import { explicitContent } from './explicit-content';
import { identityPrivacy } from './identity-privacy';
import { insignia } from './insignia';
import { investigationRecords } from './investigation-records';
import { nonpublicRecords } from './nonpublic-records';
import { officerPhotos } from './officer-photos';
import { officialVoice } from './official-voice';
import { personnelRecords } from './personnel-records';
import { violentContent } from './violent-content';

export const detectors: readonly Detector[] = [
  officialVoice,
  disparagement,
  explicitContent,
  violentContent,
  discriminatoryContent,
  insignia,
  investigationRecords,
  personnelRecords,
  nonpublicRecords,
  identityPrivacy,
  officerPhotos,
  administrativeInvestigation,
  cityEquipment,
];
