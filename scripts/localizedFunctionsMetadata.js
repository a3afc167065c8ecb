// Makes functions.ja.json from the functions.json that custom-functions-metadata-plugin generates from the
// JSDoc, with the Japanese names and descriptions of src/functions/functions.ja.json. The manifest points
// ja-JP users at it. A function or parameter without a Japanese text fails the build: a person typing a
// formula in Japanese Excel must never meet a half-translated list.
const fs = require("fs");

const PLUGIN = "LocalizedFunctionsMetadataPlugin";

/** Applies translations to generated metadata; returns { metadata, missing } without touching the input. */
function localizeMetadata(metadata, translations) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const t = translations[fn.id];
    if (!t) {
      missing.push(fn.id);
      return fn;
    }
    if (!t.description) missing.push(`${fn.id}.description`);
    const parameters = (fn.parameters || []).map((p) => {
      const pt = t.parameters && t.parameters[p.name];
      if (!pt) missing.push(`${fn.id}(${p.name})`);
      return pt ? { ...p, description: pt } : p;
    });
    const out = { ...fn, description: t.description || fn.description, parameters };
    if (fn.result) out.result = { ...fn.result };
    if (t.name) out.name = t.name;
    return out;
  });
  return { metadata: { ...metadata, functions }, missing };
}

class LocalizedFunctionsMetadataPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.fileDependencies.add(this.options.translations);
      compilation.hooks.processAssets.tap(
        // After the metadata plugin has added functions.json.
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL + 1 },
        () => {
          const asset = compilation.getAsset(this.options.input);
          if (!asset) {
            compilation.errors.push(new Error(`${PLUGIN}: ${this.options.input} was not generated`));
            return;
          }
          const metadata = JSON.parse(asset.source.source().toString());
          const translations = JSON.parse(fs.readFileSync(this.options.translations, "utf8"));
          const { metadata: localized, missing } = localizeMetadata(metadata, translations);
          if (missing.length > 0) {
            compilation.errors.push(new Error(`${PLUGIN}: no Japanese text for ${missing.join(", ")}`));
          }
          compilation.emitAsset(
            this.options.output,
            new sources.RawSource(JSON.stringify(localized, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin, localizeMetadata };
