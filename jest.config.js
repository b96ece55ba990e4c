/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/setup-globals.ts"],
  // Hang guards, not speed checks (speed is npm run bench's): on a loaded 2-core machine a test may
  // take many times its usual time, and must not fail for that (issue #16).
  testTimeout: 120_000,
};
