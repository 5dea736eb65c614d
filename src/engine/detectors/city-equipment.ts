// city-equipment: about the device, not the words. Shown on every non-empty
// draft when the member set Second Look up as running on a City device.
import type { Detector } from '../detector';

export const cityEquipment: Detector = {
  clause: 'city-equipment',
  detect({ text, context }) {
    if (!context.cityDevice || text.trim().length === 0) return [];
    return [
      {
        severity: 'medium',
        spans: [],
        message: 'This device is set up as a City device: City computers and phones are not for personal social media.',
      },
    ];
  },
};
