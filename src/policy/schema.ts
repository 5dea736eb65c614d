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

export const ClauseSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
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
});

export type PolicyPack = z.infer<typeof PolicyPackSchema>;
export type Clause = z.infer<typeof ClauseSchema>;
export type PolicyException = z.infer<typeof ExceptionSchema>;
export type Statute = z.infer<typeof StatuteSchema>;

/** Parses a pack and checks what zod cannot: unique ids, known sections. */
export function loadPolicyPack(data: unknown): PolicyPack {
  const pack = PolicyPackSchema.parse(data);
  const ids = new Set<string>();
  const sections = new Set(pack.sections.map((s) => s.id));
  for (const clause of pack.clauses) {
    if (ids.has(clause.id)) throw new Error(`policy pack ${pack.id}: duplicate clause id "${clause.id}"`);
    ids.add(clause.id);
    if (!sections.has(clause.section)) {
      throw new Error(`policy pack ${pack.id}: clause "${clause.id}" names unknown section "${clause.section}"`);
    }
  }
  return pack;
}
