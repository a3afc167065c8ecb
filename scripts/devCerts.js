// HTTPS for the development server. Certificates are made by office-addin-dev-certs into .certs/ in the
// project (git ignores it), not into the home folder, so a clone is self-contained.
const fs = require("fs");
const path = require("path");

const CERT_DIR = path.resolve(__dirname, "..", ".certs");
const paths = {
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};
const DAYS_VALID = 30;

/** Makes the certificates when they are missing or no longer valid. Returns their paths. */
async function ensureDevCertificates() {
  const devCerts = require("office-addin-dev-certs");
  const present = Object.values(paths).every((p) => fs.existsSync(p));
  if (!present || !devCerts.verifyCertificates(paths.cert, paths.key)) {
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

module.exports = { CERT_DIR, paths, ensureDevCertificates, readDevCertificates };
