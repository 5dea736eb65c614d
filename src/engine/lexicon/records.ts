// Record vocabulary: what N.C.G.S. 132-1.4, 132-1.4A and 160A-168 keep out
// of public reach, and the public facts that are not a disclosure. The words
// are data, in records.json (word view), checked by
// tests/unit/engine/lexicon-lint.test.ts.
import data from './records.json';

/** Investigation material (132-1.4: informants, lab results, surveillance, evidence, leads, pending operations). */
export const INVESTIGATION_TERMS: readonly string[] = data.investigation;

/** Talk about the records laws in general ("what does NC law say about…", "how long does an internal investigation take, asking generally"), not a disclosure. */
export const LAW_TALK: readonly string[] = data.lawTalk;

/** Markers that a warrant or operation has not happened yet (not public). */
export const NOT_YET: readonly string[] = data.notYet;

/** Identity details of a victim or witness (132-1.4 keeps victims' identities protected). */
export const IDENTITY_DETAILS: readonly string[] = data.identityDetails;

/** Personnel matters (160A-168 keeps these confidential). */
export const PERSONNEL_TERMS: readonly string[] = data.personnel;

/** Facts 160A-168 makes public: mentioning them alone is not a disclosure. */
export const PUBLIC_PERSONNEL: readonly string[] = data.publicPersonnel;

/** Non-public City and Department records. */
export const NONPUBLIC_TERMS: readonly string[] = data.nonpublic;

/** Recordings (132-1.4A): non-public when posted or shared. */
export const RECORDING_TERMS: readonly string[] = data.recordingTerms;
export const RECORDING_MEDIA: readonly string[] = data.recordingMedia;
export const POSTING_VERBS: readonly string[] = data.postingVerbs;
