// Lint as Office add-ins do (issue #17): the office-addins plugin's recommended rules (Office.js
// load/sync patterns, and Prettier's formatting), typescript-eslint, React hooks, jsx-a11y strict.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";
import prettierRecommended from "eslint-plugin-prettier/recommended";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", "assets/**", "schemas/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The office-addins plugin's recommended rules (its config brings its own typescript-eslint copy, so the rules are named here).
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  prettierRecommended,
  {
    files: ["**/*.tsx", "src/taskpane/**/*.ts"],
    ...jsxA11y.flatConfigs.strict,
    plugins: { ...jsxA11y.flatConfigs.strict.plugins, "react-hooks": reactHooks },
    // The rules of hooks (react-hooks' classic two; its React Compiler rules are for code the compiler builds, which ours is not).
    rules: { ...jsxA11y.flatConfigs.strict.rules, "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // `const { [id]: _removed, ...rest } = …`: a name starting with "_" is left out on purpose.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  // Node's own CommonJS files (webpack.config.js, scripts/*.js, bin/): require is how they import.
  { files: ["**/*.js", "**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { files: ["**/*.js", "**/*.cjs", "**/*.mjs", "scripts/**", "bin/**"], languageOptions: { globals: { ...globals.node } } },
  // The guard for old browser engines: ES5 in a page, the message put in by webpack's DefinePlugin.
  { files: ["src/taskpane/guard/old-engine.js"], languageOptions: { globals: { ...globals.browser, __CCHC_OLD_ENGINE_MESSAGE__: "readonly" } } },
  { files: ["src/taskpane/**"], languageOptions: { globals: { ...globals.browser } } },
);
