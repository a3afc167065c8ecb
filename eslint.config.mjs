import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import prettierPlugin from "eslint-plugin-prettier";
import { fence } from "./eslint.fence.mjs";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", ".certs/**", "examples/**", "test-results/**"] },
  ...officeAddins.configs.react,
  {
    // The preset pins ECMAScript 2015 and, as installed here, resolves its parser to espree; TypeScript
    // and modern JavaScript need the TypeScript parser at the latest language level.
    files: ["**/*.{js,mjs,cjs,ts,tsx,mts}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  {
    // The preset covers .ts; the task pane's .tsx files get the same plugins and rules.
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin, "office-addins": officeAddins, prettier: prettierPlugin },
    rules: {
      "@typescript-eslint/no-unused-vars": "error",
      "no-unused-vars": "off",
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      // TypeScript checks names; ESLint's own rule does not know the DOM, Office or Node globals.
      "no-undef": "off",
      "no-redeclare": "off",
    },
  },
  ...fence,
  {
    // Node code handles ExcelJS objects, which are plain data: the Office.js load/sync rules do not apply.
    files: [
      "src/cli/**/*.ts",
      "scripts/**/*.ts",
      "bench/**/*.ts",
      "test/cli.test.ts",
      "test/cli.rowsRead.test.ts",
      "test/examples.test.ts",
    ],
    rules: Object.fromEntries(
      [
        "call-sync-after-load",
        "call-sync-before-read",
        "load-object-before-read",
        "no-context-sync-in-loop",
        "no-empty-load",
        "no-navigational-load",
        "test-for-null-using-isNullObject",
      ].map((rule) => [`office-addins/${rule}`, "off"]),
    ),
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    files: ["**/*.{js,cjs,mjs,mts}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
      },
    },
  },
];
