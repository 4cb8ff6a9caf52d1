import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.next/**",
      "**/generated/**",
      "**/next-env.d.ts",
      "**/.turbo/**",
      "packages/domain/docs/api/**",
    ],
  },
  js.configs.recommended,
  {
    // @plenary/domain's README examples are plain Node scripts.
    files: ["packages/domain/examples/**/*.mjs"],
    languageOptions: { globals: { console: "readonly", URL: "readonly" } },
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  // Package boundaries: dependencies point one way, domain ← db ← api ← apps (ARCHITECTURE.md).
  // (Its examples import the package by name, as a user would.)
  ...boundary(
    ["packages/domain/**"],
    ["@plenary/*"],
    "@plenary/domain is reusable on its own: it imports nothing of ours.",
    ["packages/domain/examples/**"],
  ),
  ...boundary(
    ["packages/db/**"],
    ["@plenary/api", "@plenary/api/*", "@plenary/web", "@plenary/admin"],
    "@plenary/db depends on @plenary/domain only.",
  ),
  ...boundary(
    ["packages/api/**"],
    ["@plenary/web", "@plenary/admin"],
    "@plenary/api depends on @plenary/db and @plenary/domain only.",
  ),
  ...boundary(
    ["apps/*/src/**"],
    ["@plenary/db", "@plenary/db/*"],
    "Pages and components read through @plenary/api; only server modules (src/server, route handlers, the CLI, instrumentation) open the database.",
    [
      "apps/*/src/server/**",
      "apps/*/src/app/api/**",
      "apps/*/src/cli/**",
      "apps/*/src/instrumentation.ts",
      "**/*.test.ts",
    ],
  ),
);

/** Forbids `files` to import `patterns`, with the rule's reason as the message. */
function boundary(files, patterns, message, ignores = []) {
  return [
    {
      files,
      ignores,
      rules: { "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }] },
    },
  ];
}
