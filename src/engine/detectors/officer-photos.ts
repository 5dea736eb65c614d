// officer-photos: a reminder (info) when a post shows or tags officers: be
// ready to remove it if an officer asks.
import type { Detector } from '../detector';
import { findWords, has, window, words } from '../match';

const PHOTO = words('photo|photos|pic|pics|picture|pictures|selfie|selfies|group shot|video|tagged|tagging|tag|snapped|filmed|posing|squad photo|class photo');
const OFFICERS = words('officers|officer|cops|cop|partner|partners|squad|coworkers|co workers|colleagues|my team|the guys|the squad|lt|sgt|sergeant|lieutenant|detectives|detective|class|platoon|shift|unit|academy|brothers in blue|the crew|fto|ftos|recruits|classmates|teammates');

export const officerPhotos: Detector = {
  clause: 'officer-photos',
  detect({ norm }) {
    for (const m of findWords(norm, PHOTO)) {
      if (!has(window(norm, m.tok - 10, m.tok + 10, m.tok), OFFICERS)) continue;
      return [
        {
          severity: 'info',
          spans: [m.span],
          message: 'If this photo shows or tags officers, be ready to remove it when one of them asks.',
        },
      ];
    }
    return [];
  },
};
