// The shape of a policy pack: one agency's social-media order as data.
// The engine reads only this shape, so another agency's order is another pack.
import * as z from 'zod/mini';

const nonEmpty = () => z.string().check(z.minLength(1));

export const SeveritySchema = z.enum(['high', 'medium', 'info']);

export const ExceptionSchema = z.object({
  id: nonEmpty(),
  /** Short name shown in lists ("Department-sponsored event"). */
  label: nonEmpty(),
  /** Asked of the member ("Is this a graduation, promotion or honor guard event?"). */
  question: nonEmpty(),
  /** The order's own words. */
  quote: nonEmpty(),
});

const clauseId = () => z.string().check(z.regex(/^[a-z][a-z0-9-]*$/));

/**
 * One detector a clause runs, by the detector's id, with options the detector
 * validates itself (`src/engine/clause-detectors.ts`).
 */
export const ClauseDetectorSchema = z.object({
  id: clauseId(),
  options: z.optional(z.record(z.string(), z.unknown())),
});

export const ClauseSchema = z.object({
  id: clauseId(),
  title: nonEmpty(),
  /** Id of the section of the order the clause sits in. */
  section: nonEmpty(),
  /** The rule, quoted exactly from the order. */
  rule: nonEmpty(),
  /** What kind of clause it is: a prohibition, a reminder or a permission. */
  kind: z.enum(['prohibition', 'reminder', 'permission']),
  exceptions: z.array(ExceptionSchema),
  severity: z.object({
    default: SeveritySchema,
    guidance: nonEmpty(),
  }),
  /** Plain-language explanation for the member. */
  explanation: nonEmpty(),
  /** How to say the same thing within the order. */
  rephrase: nonEmpty(),
  /** Everyday words a member might search with ("uniform photo", "salary"). */
  keywords: z.array(z.string()),
  /**
   * The detectors that find this clause; without it, the detector whose id is
   * the clause id (if there is one). An empty list runs none.
   */
  detectors: z.optional(z.array(ClauseDetectorSchema)),
});

export const SectionSchema = z.object({
  id: nonEmpty(),
  title: nonEmpty(),
  text: nonEmpty(),
});

export const DefinitionSchema = z.object({
  term: nonEmpty(),
  text: nonEmpty(),
});

export const StatuteSchema = z.object({
  id: nonEmpty(),
  cite: nonEmpty(),
  title: nonEmpty(),
  summary: nonEmpty(),
  /** Facts the statute makes public: mentioning them is not a disclosure. */
  public: z.array(nonEmpty()),
  /** What stays confidential. */
  confidential: z.array(nonEmpty()),
  /** Clause ids the statute informs. */
  clauses: z.array(nonEmpty()),
});

/**
 * The agency's own words, which the engine's detectors add to their generic
 * police and city vocabulary. Phrases are written as members write them
 * ("DPD", "East Durham"); the engine folds case and punctuation itself.
 */
export const VocabularySchema = z.object({
  /** The agency's initials as one word ("DPD"): "DPD patch", "from DPD", "#DPD". */
  initials: z.array(nonEmpty()),
  /** Names of the city itself ("Durham"): "people in Durham", "Durham folks". */
  city: z.array(nonEmpty()),
  /** Neighbourhoods and parts of the city ("East Durham"). */
  places: z.array(nonEmpty()),
  /** Hashtag words that tie a photo to the agency or city ("bullcity"); the initials count too. */
  hashtags: z.array(z.string().check(z.regex(/^[a-z0-9_]+$/))),
  /** How a post is signed for the agency or the city, at its very end ("— DPD", "— City of Durham"). */
  signOffs: z.array(nonEmpty()),
  /** The agency's districts and beats as members abbreviate them ("D1"). */
  districts: z.array(nonEmpty()),
  /** The state's basic police training, by the name members use ("BLET"). */
  training: z.array(nonEmpty()),
  /** Hosts of professional networking sites the policy allows ("linkedin.com"). */
  professionalSites: z.array(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/))),
});

/**
 * What the context stage does with the pack's clauses, by role, so the engine
 * names no clause of one agency's order.
 */
export const RolesSchema = z.object({
  /** Speech clauses: a reshare lowers them only inside the reshared text. */
  speech: z.array(clauseId()),
  /** Clauses a reshare of official content never lowers (a City device stays a City device). */
  notLoweredByReshare: z.array(clauseId()),
  /** Clauses a professional networking site turns into context. */
  professionalContext: z.array(clauseId()),
  /** Clauses that make a comment someone else left, kept on the member's page, a problem. */
  prohibitions: z.array(clauseId()),
  /** The permission to reshare official City and agency content. */
  reshare: z.optional(clauseId()),
  /** The permission for professional networking sites. */
  professionalNetworking: z.optional(clauseId()),
  /** The clause for other people's content on the member's page. */
  thirdParty: z.optional(clauseId()),
});

/** One clause's linear model for the engine's statistical fallback (see docs/model.md). */
export const ClauseModelSchema = z.object({
  bias: z.number(),
  threshold: z.number(),
  weights: z.record(z.string(), z.number()),
});

export const PolicyPackSchema = z.object({
  id: nonEmpty(),
  /** Version of the pack data (semver), independent of the order's revision. */
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  agency: z.object({
    name: nonEmpty(),
    /** Ways members refer to the agency ("DPD", "Durham PD"). */
    aliases: z.array(nonEmpty()),
    /** Ways members refer to the government it belongs to ("City of Durham"). */
    cityAliases: z.array(nonEmpty()),
    /** Official social-media handles whose content members may reshare. */
    officialAccounts: z.array(nonEmpty()),
    /** Chief's title, for the official-voice authorization question. */
    authority: nonEmpty(),
  }),
  order: z.object({
    /** What the document is called before its number ("G.O." for a general order); shown as "G.O. 2032 R-2". */
    prefix: z.optional(nonEmpty()),
    number: nonEmpty(),
    title: nonEmpty(),
    effective: nonEmpty(),
    revisions: z.array(z.object({ name: nonEmpty(), date: nonEmpty() })),
    /** Date of the revision the pack reflects. */
    revisionDate: nonEmpty(),
    signedBy: nonEmpty(),
  }),
  sections: z.array(SectionSchema),
  definitions: z.array(DefinitionSchema),
  clauses: z.array(ClauseSchema),
  statutes: z.array(StatuteSchema),
  /**
   * How the records warnings cite the law ("§ 132-1.4"); each is optional and
   * a warning without one simply does not cite a statute.
   */
  citations: z.optional(
    z.object({
      /** What keeps investigation records out of public records. */
      investigationRecords: z.optional(nonEmpty()),
      /** What makes body-worn and dash camera recordings non-public. */
      recordings: z.optional(nonEmpty()),
      /** How such a recording is released, as a clause ("release needs a court order"). */
      recordingsRelease: z.optional(nonEmpty()),
      /** What keeps personnel records confidential. */
      personnelRecords: z.optional(nonEmpty()),
    }),
  ),
  vocabulary: VocabularySchema,
  roles: RolesSchema,
  /** Weights of the statistical fallback, trained on this pack's labelled drafts; none: no fallback. */
  model: z.optional(z.record(clauseId(), ClauseModelSchema)),
});

export type PolicyPack = z.infer<typeof PolicyPackSchema>;
export type Clause = z.infer<typeof ClauseSchema>;
export type ClauseDetector = z.infer<typeof ClauseDetectorSchema>;
export type PolicyException = z.infer<typeof ExceptionSchema>;
export type Statute = z.infer<typeof StatuteSchema>;
export type Vocabulary = z.infer<typeof VocabularySchema>;
export type ClauseRoles = z.infer<typeof RolesSchema>;
export type ClauseModel = z.infer<typeof ClauseModelSchema>;

/** The policy's short name: prefix and number ("G.O. 2032 R-2"). */
export function orderName(pack: PolicyPack): string {
  return pack.order.prefix ? `${pack.order.prefix} ${pack.order.number}` : pack.order.number;
}

/** One thing wrong with a pack: where (path of keys and indexes) and what. */
export interface PackProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Checks a pack: its shape (zod), then what zod cannot — unique clause ids,
 * known sections, and roles and model naming clauses of the pack.
 */
export function checkPolicyPack(data: unknown): { pack: PolicyPack; problems: [] } | { pack: undefined; problems: PackProblem[] } {
  const parsed = PolicyPackSchema.safeParse(data);
  if (!parsed.success) {
    return { pack: undefined, problems: parsed.error.issues.map((i) => ({ path: i.path.map((k) => (typeof k === 'number' ? k : String(k))), message: i.message })) };
  }
  const pack = parsed.data;
  const problems: PackProblem[] = [];
  const ids = new Set<string>();
  const sections = new Set(pack.sections.map((s) => s.id));
  pack.clauses.forEach((clause, i) => {
    if (ids.has(clause.id)) problems.push({ path: ['clauses', i, 'id'], message: `duplicate clause id "${clause.id}"` });
    ids.add(clause.id);
    if (!sections.has(clause.section)) problems.push({ path: ['clauses', i, 'section'], message: `clause "${clause.id}" names unknown section "${clause.section}"` });
  });
  const { roles } = pack;
  for (const key of ['speech', 'notLoweredByReshare', 'professionalContext', 'prohibitions'] as const) {
    roles[key].forEach((id, i) => {
      if (!ids.has(id)) problems.push({ path: ['roles', key, i], message: `names unknown clause "${id}"` });
    });
  }
  for (const key of ['reshare', 'professionalNetworking', 'thirdParty'] as const) {
    const id = roles[key];
    if (id !== undefined && !ids.has(id)) problems.push({ path: ['roles', key], message: `names unknown clause "${id}"` });
  }
  for (const id of Object.keys(pack.model ?? {})) {
    if (!ids.has(id)) problems.push({ path: ['model', id], message: `names unknown clause "${id}"` });
  }
  return problems.length ? { pack: undefined, problems } : { pack, problems: [] };
}

/** "clauses[3].section" */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${k}`)).join('') || '(top level)';
}

/** Parses a pack and checks what zod cannot; throws zod's error for a bad shape, else the first problem. */
export function loadPolicyPack(data: unknown): PolicyPack {
  const pack = PolicyPackSchema.parse(data);
  const checked = checkPolicyPack(pack);
  if (!checked.pack) {
    const first = checked.problems[0]!;
    throw new Error(`policy pack ${pack.id}: ${formatPath(first.path)}: ${first.message}`);
  }
  return pack;
}
