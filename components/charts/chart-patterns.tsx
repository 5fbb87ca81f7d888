/** Hatch patterns for projections and scenarios, namespaced per figure so several charts can share a page. */
export function ChartPatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-projection`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" style={{ fill: "var(--paper)" }} />
        <line x1="0" y1="0" x2="0" y2="6" style={{ stroke: "var(--projection)", strokeWidth: 2 }} />
      </pattern>
      <pattern id={`${id}-scenario`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="6" height="6" style={{ fill: "var(--paper)" }} />
        <line x1="0" y1="0" x2="0" y2="6" style={{ stroke: "var(--scenario)", strokeWidth: 2 }} />
      </pattern>
    </defs>
  );
}
