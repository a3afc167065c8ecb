// HTTPS for the development server. Certificates are made by office-addin-dev-certs into .certs/ in the
// project (git ignores it), not into the home folder, so a clone is self-contained.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const CERT_DIR = path.resolve(__dirname, "..", ".certs");
const paths = {
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};
const DAYS_VALID = 30;

/** Whether the certificate and key are there, belong together and stay valid for at least another day. */
function areCertificatesUsable() {
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return false;
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(paths.cert));
    const key = crypto.createPrivateKey(fs.readFileSync(paths.key));
    return cert.checkPrivateKey(key) && Date.parse(cert.validTo) > Date.now() + 86_400_000;
  } catch {
    return false;
  }
}

/** Makes the certificates when they are missing or no longer valid. Returns their paths. */
async function ensureDevCertificates() {
  if (!areCertificatesUsable()) {
    const devCerts = require("office-addin-dev-certs");
    fs.mkdirSync(CERT_DIR, { recursive: true });
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key, DAYS_VALID, [
      "127.0.0.1",
      "localhost",
    ]);
  }
  return paths;
}

/** The options an HTTPS server needs: key, certificate and the CA that signed it. */
async function readDevCertificates() {
  await ensureDevCertificates();
  return {
    ca: fs.readFileSync(paths.ca),
    cert: fs.readFileSync(paths.cert),
    key: fs.readFileSync(paths.key),
  };
}

/** Adds the CA to this machine's trusted roots (asks for confirmation or an administrator password). */
async function trustDevCertificates() {
  await ensureDevCertificates();
  await require("office-addin-dev-certs").installCaCertificate(paths.ca);
}

module.exports = { CERT_DIR, paths, ensureDevCertificates, readDevCertificates, trustDevCertificates };

if (require.main === module && process.argv[2] === "trust") {
  trustDevCertificates().catch((error) => {
    console.error(`Could not trust the development certificate: ${error.message}`);
    process.exit(2);
  });
}
