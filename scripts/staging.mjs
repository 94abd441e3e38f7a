// What the post-build steps share: the staged site Trunk hands them, and its build files.
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The staged site's folder, for the step `step`; exits at once, quietly, where the step is
 * for release builds only and this is not one, and with the reason where there is no folder.
 */
export function stagedDir(step, { releaseOnly = true } = {}) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error(`${step}: TRUNK_STAGING_DIR is not set (run by Trunk's post-build hook)`);
    process.exit(1);
  }
  if (releaseOnly && process.env.TRUNK_PROFILE !== 'release') process.exit(0);
  return dir;
}

/** The wasm-bindgen glue's and the wasm's file names. */
export const GLUE = /^ilrs-explainer-[0-9a-f]+\.js$/;
export const WASM = /^ilrs-explainer-[0-9a-f]+_bg\.wasm$/;

/** The path of the one file in `dir` whose name matches `pattern`; exits naming what it found. */
export async function theOne(step, dir, pattern) {
  const names = (await fs.readdir(dir)).filter((n) => pattern.test(n));
  if (names.length !== 1) {
    console.error(`${step}: expected one file matching ${pattern} in ${dir}, found ${JSON.stringify(names)}`);
    process.exit(1);
  }
  return path.join(dir, names[0]);
}
