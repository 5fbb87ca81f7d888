import type { Source } from "../schemas/source";

/**
 * Primary sources, in the order a reader checks them: OGP's own pages, the surveys OGP scores from (IBP, EIU, RTI
 * Rating), the laws, and government gazettes and portals. Everything else (press, civil society, secondary, the seed
 * documents) reports on those.
 */
const primaryOrder: ReadonlyArray<Source["kind"]> = ["official", "survey", "law", "government"];

/** Splits sources into primary and other, primary ones ordered by kind; each group keeps the given order within a kind. */
export const groupSources = <T extends Pick<Source, "kind">>(sources: ReadonlyArray<T>) => {
  const rank = (source: T) => primaryOrder.indexOf(source.kind);
  const primary = sources.filter((source) => rank(source) >= 0).map((source, index) => ({ source, index }));
  primary.sort((a, b) => rank(a.source) - rank(b.source) || a.index - b.index);
  return { primary: primary.map(({ source }) => source), other: sources.filter((source) => rank(source) < 0) };
};
