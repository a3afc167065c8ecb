/**
 * A small streaming scanner for the XML of an .xlsx: elements and text as they arrive, chunk by chunk,
 * holding no more than the tag or text run being read. It knows no DTDs and expands only the five
 * predefined entities and character references, so an entity cannot inflate a part. Names are given
 * without their namespace prefix (`x:c` and `c` are the same element), as writers differ in prefixes.
 */

export interface XmlHandler {
  /** An element opens; `attributes` is the raw text after its name (read it with `attributeOf`). */
  readonly open: (name: string, attributes: string, selfClosing: boolean) => void;
  readonly close: (name: string) => void;
  /** A piece of text, entities not yet expanded: join the pieces, then `decodeXmlText`. */
  readonly text: (raw: string) => void;
}

export class XmlMalformedError extends Error {}

/** The longest tag or unfinished piece held while waiting for the rest (far above any real tag). */
const MAX_PENDING = 4 * 1024 * 1024;

export class XmlScanner {
  private rest = "";

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const s = this.rest === "" ? chunk : this.rest + chunk;
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        this.handler.text(s.slice(i));
        i = s.length;
        break;
      }
      if (lt > i) this.handler.text(s.slice(i, lt));
      i = lt;
      const next = this.markup(s, lt);
      if (next < 0) break; // the rest of this markup is in the next chunk
      i = next;
    }
    this.rest = s.slice(i);
    if (this.rest.length > MAX_PENDING) throw new XmlMalformedError("a tag never ends");
  }

  /** Call after the last chunk: a part that ends inside a tag is damaged. */
  end(): void {
    if (this.rest.trim() !== "") throw new XmlMalformedError("the part ends inside a tag");
  }

  /** Reads the markup at `lt`; returns the index after it, or -1 when it is not complete yet. */
  private markup(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      // Handed on in escaped form, so that the reader's one decoding gives the text back as written.
      this.handler.text(
        s
          .slice(lt + 9, end)
          .replace(/&/g, "&amp;")
          .replace(/</g, "&lt;"),
      );
      return end + 3;
    }
    if (s.startsWith("<?", lt)) {
      const end = s.indexOf("?>", lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (s.startsWith("<!", lt)) {
      // A DOCTYPE: Excel never writes one, and its entities are not expanded here.
      if (s.length < lt + 9) return -1;
      const end = s.indexOf(">", lt);
      if (end < 0) return -1;
      if (s.slice(lt, end).includes("[")) throw new XmlMalformedError("a DOCTYPE with declarations");
      return end + 1;
    }
    // A start or end tag; '>' may appear inside a quoted attribute value.
    let quote = "";
    let gt = -1;
    for (let j = lt + 1; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (quote !== "") {
        if (s[j] === quote) quote = "";
      } else if (c === 0x22 || c === 0x27) quote = s[j] ?? "";
      else if (c === 0x3e) {
        gt = j;
        break;
      }
    }
    if (gt < 0) return -1;
    if (s.charCodeAt(lt + 1) === 0x2f) {
      this.handler.close(localName(s.slice(lt + 2, gt).trim()));
      return gt + 1;
    }
    const selfClosing = s.charCodeAt(gt - 1) === 0x2f;
    const body = s.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const space = body.search(/[\s/]/);
    const name = space < 0 ? body : body.slice(0, space);
    if (name === "") throw new XmlMalformedError("an element without a name");
    this.handler.open(localName(name), space < 0 ? "" : body.slice(space), selfClosing);
    return gt + 1;
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * One attribute's value, decoded, from an element's raw attributes; matched on its local name, so `r:id`
 * is found as `id`. Undefined when absent.
 * @example attributeOf(' r="B2" t="s"', "t") // "s"
 */
export function attributeOf(attributes: string, name: string): string | undefined {
  const length = attributes.length;
  let i = 0;
  while (i < length) {
    while (i < length && isSpace(attributes.charCodeAt(i))) i++;
    const eq = attributes.indexOf("=", i);
    if (eq < 0) return undefined;
    const attribute = attributes.slice(i, eq).trim();
    let q = eq + 1;
    while (q < length && isSpace(attributes.charCodeAt(q))) q++;
    const quote = attributes[q];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = attributes.indexOf(quote, q + 1);
    if (close < 0) return undefined;
    if (attribute === name || localName(attribute) === name) {
      return decodeXmlText(attributes.slice(q + 1, close));
    }
    i = close + 1;
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Text with its entities and character references expanded. An unknown entity is kept as written.
 * @example decodeXmlText("R7 &amp; R8 &#x2192; &#12354;") // "R7 & R8 → あ"
 */
export function decodeXmlText(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}
