import { criterionIds, type CriterionId } from "../schemas/common";

/** URL segments for criteria: kebab-case in URLs, camelCase in data. */
export const criterionSlugs: Record<CriterionId, string> = {
  fiscalTransparency: "fiscal-transparency",
  accessToInformation: "access-to-information",
  assetDisclosure: "asset-disclosure",
  citizenEngagement: "citizen-engagement",
};

export const criterionFromSlug = (slug: string): CriterionId | undefined => criterionIds.find((id) => criterionSlugs[id] === slug);
