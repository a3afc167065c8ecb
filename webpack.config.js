// Builds the add-in into dist/: taskpane.html (Office.js from Microsoft's CDN), the task pane, custom
// functions and ribbon commands bundles (one shared runtime page loads all three), functions.json from the
// custom functions' JSDoc, its Japanese counterpart functions.ja.json, the icons, and manifest.xml with its
// development URLs rewritten for production. A production build also makes the command-line checker one
// file, dist/kpi-check.cjs, that runs with plain `node` on a PC where nothing else is installed.
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/localizedFunctionsMetadata.js");
const { readDevCertificates } = require("./scripts/devCerts.js");
const { BuildSummaryPlugin } = require("./scripts/buildSummary.js");

const DEV_URL = "https://localhost:3000/";

/**
 * Where a production build is hosted: ADDIN_PUBLIC_URL, an https URL. A production manifest that points
 * at localhost would load nothing on a user's machine, so a production build without it stops here.
 * Development builds (`npm start`, `npm run build:dev`) are served from localhost and need none.
 */
function productionUrl(value) {
  const howTo =
    "Set ADDIN_PUBLIC_URL to the https address the add-in is hosted at, e.g. " +
    "ADDIN_PUBLIC_URL=https://addins.example.lg.jp/kpi/ npm run build " +
    "(for a local build, use npm run build:dev or npm start).";
  if (!value) throw new Error(`A production build needs ADDIN_PUBLIC_URL. ${howTo}`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: "${value}". ${howTo}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_PUBLIC_URL must be an https URL (Office loads add-ins over HTTPS only): "${value}".`,
    );
  }
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    throw new Error(`ADDIN_PUBLIC_URL points at this machine ("${value}"). ${howTo}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Every occurrence of the development URL, not only the first, becomes the production one; the bare
 * origin (as in <AppDomain>) becomes the production origin.
 */
function rewriteManifestUrls(content, base) {
  const text = content.toString();
  if (base === null) return text;
  const devOrigin = new URL(DEV_URL).origin;
  const prodOrigin = new URL(base).origin;
  return text.split(DEV_URL).join(base).split(devOrigin).join(prodOrigin);
}

/** The checker's single file, named in package.json's `bin`. */
const CHECKER_FILE = "kpi-check.cjs";

/**
 * The checker (src/cli/main.ts) as one CommonJS file for Node 20: zod, ExcelJS (for --annotate) and
 * everything they import are inside it, and the dynamic import of the annotator is bundled in place
 * rather than split into a second file, so copying this one file is enough.
 */
function checkerConfig(outputPath, publicUrl) {
  return {
    name: "checker",
    // Built after the add-in, whose `clean` empties the output folder first.
    dependencies: ["addin"],
    target: "node20",
    devtool: false,
    entry: { "kpi-check": "./src/cli/main.ts" },
    output: {
      path: outputPath,
      filename: CHECKER_FILE,
      chunkFormat: "commonjs",
      clean: false,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      parser: { javascript: { dynamicImportMode: "eager" } },
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: false } },
          },
        },
      ],
    },
    // Not minified: the licence notices of the bundled packages stay in the one file that is copied, and
    // an IT department can read what it runs.
    optimization: { minimize: false, splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new BuildSummaryPlugin({ publicUrl, checkerFile: CHECKER_FILE }),
    ],
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const publicUrl = dev ? null : productionUrl(process.env.ADDIN_PUBLIC_URL);
  const addin = addinConfig(serving, publicUrl, await readDevServerCertificates(serving));
  // The distributable checker is part of a production build; in development `npm run check` runs the
  // sources directly.
  return dev ? addin : [addin, checkerConfig(addin.output.path, publicUrl)];
};

async function readDevServerCertificates(serving) {
  return serving ? readDevCertificates() : undefined;
}

function addinConfig(serving, publicUrl, certificates) {
  return {
    name: "addin",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks loaded on demand (取りまとめ's reader) are fetched relative to the page, which sits beside
      // them in dist/. Webpack's default ("auto") finds the folder from document.currentScript at run time,
      // which a page's script has but the custom-functions bundle run outside a page (node:vm in the
      // tests) does not: it stops there with "Automatic publicPath is not supported".
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; the bundle build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    // One webpack runtime for the page, and the code the bundles have in common in one chunk: in the
    // shared runtime the task pane, the custom functions and the commands are one JavaScript context, and
    // this makes them one set of module instances too (one parse cache, one settings store).
    optimization: {
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        // Only what the entry points load: a module used only by a chunk loaded on demand (取りまとめ's
        // section and its .xlsx reader) stays in that chunk, so the pane's first load does not carry it.
        cacheGroups: {
          shared: {
            name: "shared",
            test: /[\\/]src[\\/](core|app)[\\/]/,
            chunks: "initial",
            minSize: 0,
            priority: 10,
          },
          vendor: { name: "vendor", test: /[\\/]node_modules[\\/]/, chunks: "initial", priority: 5 },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizedFunctionsMetadataPlugin({
        input: "functions.json",
        output: "functions.ja.json",
        translations: path.resolve(__dirname, "src/functions/functions.ja.json"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content, publicUrl),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: certificates } : undefined,
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      liveReload: true,
      client: { overlay: false },
    },
  };
}

module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.productionUrl = productionUrl;
