// `npm start`: the add-in served over HTTPS on localhost, how to load it into Excel, and the checker run on
// the sample workbooks so a newcomer sees findings at once. Works the same on Windows, macOS and Linux.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import https from "node:https";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const URL_BASE = `https://localhost:${PORT}`;
/** The day the sample workbooks stand for: the 中間報告 of 令和7年度 (see examples/). */
const SAMPLES_AS_OF = "2025-11-21";
const { ensureDevCertificates, paths } = require("./devCerts.js");

function node(args, options = {}) {
  return spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit", ...options });
}

function waitForServer(ca, timeoutMs = 120_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = https.get(`${URL_BASE}/taskpane.html`, { ca }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on("error", retry);
    };
    const retry = () => {
      if (Date.now() - started > timeoutMs) reject(new Error(`the server did not answer at ${URL_BASE}`));
      else setTimeout(attempt, 500);
    };
    attempt();
  });
}

/** Whether something already listens on the port (another `npm start`, another dev server). */
function portTaken(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error) => resolve(error.code === "EADDRINUSE" || error.code === "EACCES"));
    probe.once("listening", () => probe.close(() => resolve(false)));
    probe.listen(port);
  });
}

function portTakenMessage() {
  return `ポート ${PORT} は別のプログラムが使用中のため、アドインを起動できません。
別のターミナルで npm start が動いていれば、それを Ctrl+C で止めてからもう一度実行してください。
Port ${PORT} is already in use, so the add-in cannot be served. If npm start is running in another
terminal, stop it with Ctrl+C and run it again.`;
}

/** The sample report first, so the last thing on the screen is how to load the add-in. */
function runSampleCheck() {
  const cli = path.join(ROOT, "src", "cli", "main.ts");
  const examples = path.join(ROOT, "examples");
  if (!existsSync(cli) || !existsSync(examples)) return Promise.resolve();
  // The samples are the 令和7年度 sheets as they stood at the 中間報告; judged today, every item of a
  // finished fiscal year would be overdue. They are judged on the day they stand for.
  console.log(
    `サンプルブックのチェック結果（基準日 ${SAMPLES_AS_OF}）/ Findings on the sample workbooks as of ${SAMPLES_AS_OF}:\n` +
      `  npm run check -- examples --as-of ${SAMPLES_AS_OF}\n`,
  );
  return new Promise((resolve) => {
    node([require.resolve("tsx/cli"), cli, examples, "--as-of", SAMPLES_AS_OF]).on("exit", () => resolve());
  });
}

async function main() {
  if (await portTaken(PORT)) {
    console.error(portTakenMessage());
    process.exit(2);
  }
  const certs = await ensureDevCertificates();
  const { readFileSync } = await import("node:fs");
  const ca = readFileSync(certs.ca);

  const server = node([require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () => server.kill();
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));

  await waitForServer(ca);
  await runSampleCheck();
  const manifest = path.join(ROOT, "manifest.xml");
  console.log(`
重点目標・KPIチェッカー is running at ${URL_BASE}/taskpane.html

Load it into Excel / Excel に読み込むには:
  Excel on the web: 挿入 (Insert) > アドイン (Add-ins) > 個人用アドインの管理 > アドインのアップロード
                    (Upload My Add-in) and choose ${manifest}
  Excel desktop:    npx office-addin-debugging start manifest.xml   (in another terminal)

The HTTPS certificate is in ${path.dirname(paths.ca)}. If the browser or Excel does not trust it, trust
its CA once: npm run certs:trust   (or import ${paths.ca} into your trusted roots).
Stop with Ctrl+C.
`);
}

main().catch((error) => {
  if (error && error.code === "EADDRINUSE") console.error(portTakenMessage());
  else console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
