// The few lines a production build ends with: the address the add-in was built for, and where the files
// to deploy are (the folder to host, the manifest for the admin center, the checker's single file).
const fs = require("fs");
const path = require("path");

const PLUGIN = "BuildSummaryPlugin";

/** The summary as text, from what the build wrote; a file the build did not write is said to be missing. */
function buildSummary({ publicUrl, outputPath, checkerFile }) {
  const where = (file) => {
    const full = path.join(outputPath, file);
    if (!fs.existsSync(full)) return `${full} (missing)`;
    const size = fs.statSync(full).size;
    return size >= 100_000 ? `${full} (${(size / 1_048_576).toFixed(1)} MB)` : full;
  };
  return [
    "",
    `Built for ${publicUrl}`,
    `  Host this folder at that address:  ${outputPath}${path.sep}`,
    `  Manifest for the admin center:     ${where("manifest.xml")}`,
    `  Checker, one file for node:        ${where(checkerFile)}`,
    "",
  ].join("\n");
}

/**
 * Prints the summary once the build has finished and webpack has printed its own report, so it is the last
 * thing on the screen. Nothing is printed in watch mode or when the build failed.
 */
class BuildSummaryPlugin {
  /** @param {{ publicUrl: string, checkerFile: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.done.tap(PLUGIN, (stats) => {
      if (compiler.watchMode || stats.hasErrors()) return;
      // The output folder as the build ran it (`--output-path` included), not as configured.
      const text = buildSummary({ ...this.options, outputPath: compiler.outputPath });
      process.once("beforeExit", () => process.stdout.write(`${text}\n`));
    });
  }
}

module.exports = { BuildSummaryPlugin, buildSummary };
