/**
 * Bundles officeHost.ts (and the fake Excel it uses) into one script for the browser, with the
 * project's own webpack and ts-loader.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";

const HERE = path.dirname(fileURLToPath(import.meta.url));

export async function bundleOfficeHost(): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), "kpi-office-host-"));
  try {
    await new Promise<void>((resolve, reject) => {
      webpack(
        {
          mode: "development",
          devtool: false,
          target: "web",
          context: path.resolve(HERE, "../.."),
          entry: path.join(HERE, "officeHost.ts"),
          output: { path: out, filename: "officeHost.js" },
          resolve: { extensions: [".ts", ".js"] },
          module: {
            rules: [
              {
                test: /\.ts$/,
                exclude: /node_modules/,
                loader: "ts-loader",
                options: { transpileOnly: true, compilerOptions: { noEmit: false } },
              },
            ],
          },
        },
        (error, stats) => {
          if (error) reject(error);
          else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
          else resolve();
        },
      );
    });
    return readFileSync(path.join(out, "officeHost.js"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
