import { describe, expect, it, test } from "vitest";
import { XmlMalformedError, XmlScanner, attributeOf, decodeXmlText } from "./xmlScan";

/** Scans `chunks` and lists what the scanner saw, joining text pieces as a reader does. */
function scan(chunks: readonly string[]): string[] {
  const seen: string[] = [];
  let text = "";
  const flush = (): void => {
    if (text !== "") seen.push(`text ${decodeXmlText(text)}`);
    text = "";
  };
  const scanner = new XmlScanner({
    open: (name, attributes, selfClosing) => {
      flush();
      seen.push(
        `${selfClosing ? "empty" : "open"} ${name}${attributes.trim() ? ` ${attributes.trim()}` : ""}`,
      );
    },
    close: (name) => {
      flush();
      seen.push(`close ${name}`);
    },
    text: (raw) => {
      text += raw;
    },
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  flush();
  return seen;
}

describe("XmlScanner", () => {
  const cell = '<?xml version="1.0"?><!-- 注記 --><x:c r="B2" t="s"><x:v>1&amp;2</x:v></x:c><row r="3"/>';
  const expected = ['open c r="B2" t="s"', "open v", "text 1&2", "close v", "close c", 'empty row r="3"'];

  it("gives elements by their local name, and text with its entities expanded", () => {
    expect(scan([cell])).toEqual(expected);
  });

  it("gives the same wherever the chunks are cut, even inside a tag, an entity or a comment", () => {
    for (let cut = 1; cut < cell.length; cut++) {
      expect(scan([cell.slice(0, cut), cell.slice(cut)])).toEqual(expected);
    }
  });

  it("reads a '>' inside a quoted attribute as part of the value", () => {
    expect(scan(['<sheet name="a>b"/>'])).toEqual(['empty sheet name="a>b"']);
  });

  it("gives CDATA as text, as written", () => {
    expect(scan(["<t><![CDATA[<b> & 通年]]></t>"])).toEqual(["open t", "text <b> & 通年", "close t"]);
  });

  test.each([
    ["a part that ends inside a tag", ['<row r="1"><c r="A1']],
    ["an element without a name", ["< />"]],
    ["a DOCTYPE with declarations (entities are never expanded)", ['<!DOCTYPE x [<!ENTITY a "b">]><x/>']],
  ])("throws XmlMalformedError for %s", (_case, chunks) => {
    expect(() => scan(chunks)).toThrow(XmlMalformedError);
  });

  it("throws XmlMalformedError for a tag that never ends, before holding more than a few MiB", () => {
    const scanner = new XmlScanner({ open: () => {}, close: () => {}, text: () => {} });
    scanner.write('<c r="');
    const chunk = "x".repeat(1024 * 1024);
    expect(() => {
      for (let i = 0; i < 8; i++) scanner.write(chunk);
    }).toThrow(XmlMalformedError);
  });
});

describe("attributeOf", () => {
  test.each([
    [' r="B2" t="s"', "t", "s"],
    [' name=\'重点目標\' sheetId="1" r:id="rId1"', "id", "rId1"],
    [' name="R7 &amp; R8"', "name", "R7 & R8"],
    [' sheetId="1"', "id", undefined],
    [' name="a r=&quot;x&quot;" r="5"', "r", "5"],
    ["", "r", undefined],
    [' r="unterminated', "r", undefined],
    [" r=unquoted", "r", undefined],
  ] as const)("reads %s for %s as %s", (attributes, name, expected) => {
    expect(attributeOf(attributes, name)).toBe(expected);
  });
});

describe("decodeXmlText", () => {
  test.each([
    ["R7 &amp; R8 &#x2192; &#12354;", "R7 & R8 → あ"],
    ["&lt;t&gt; &quot;&apos;", "<t> \"'"],
    ["&nbsp; &unknown;", "&nbsp; &unknown;"],
    ["&#x110000; stays", "&#x110000; stays"],
    ["no entities", "no entities"],
  ])("decodes %s", (raw, expected) => {
    expect(decodeXmlText(raw)).toBe(expected);
  });
});
