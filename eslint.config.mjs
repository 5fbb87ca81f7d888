import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

// lib/ below is the truth layer: plain TypeScript that any page, script or test can call.
const pureLibraryImports = {
  paths: [
    { name: "react", message: "lib/ is pure TypeScript: no React." },
    { name: "react-dom", message: "lib/ is pure TypeScript: no React." },
    { name: "next-intl", message: "lib/ does not translate: pass localized text in." },
    { name: "fs", message: "Only lib/data/read-dataset.ts touches the file system." },
    { name: "node:fs", message: "Only lib/data/read-dataset.ts touches the file system." },
    { name: "node:fs/promises", message: "Only lib/data/read-dataset.ts touches the file system." },
  ],
  patterns: [
    { group: ["next", "next/*", "next-intl/*", "react/*", "react-dom/*"], message: "lib/ is pure TypeScript: no Next or React." },
    { group: ["@/components/*", "**/components/*", "@/app/*"], message: "lib/ must not depend on presentation." },
  ],
};

const config = [
  { ignores: [".next/**", "out/**", "node_modules/**", "reports/**", "coverage/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".tmp/**"] },
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: ["lib/**/*.ts"], ignores: ["lib/data/read-dataset.ts"], rules: { "no-restricted-imports": ["error", pureLibraryImports] } },
  {
    // Next prefetches every <Link> in view: on a phone that is the data and JS of pages nobody opened
    // (~130 KiB per page view here). Links say prefetch={false}; navigation stays client-side.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: 'JSXOpeningElement[name.name="Link"]:not(:has(JSXAttribute[name.name="prefetch"]))', message: "Give <Link> prefetch={false}: prefetching spends readers' data on pages they did not open." },
      ],
    },
  },
];

export default config;
