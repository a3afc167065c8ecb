// Small workbooks built by the tests themselves: a goal sheet with an overdue item, and the same with
// parts ExcelJS does not keep (a chart, validations it rewrites), put into the package with JSZip.
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A 重点目標管理シート whose item ① was due 2025-05-20 and is not reported done: a note on 2025-11-21. */
export function goalBook(label: string): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("重点目標");
  sheet.addRows([
    [`令和7年度 重点目標管理シート ${label}`],
    [],
    [
      null,
      "取組項目及び方法・手段（何をどのように）",
      "期間・期限（いつ・いつまでに）",
      "数値目標（どの水準まで）",
      "中間報告（目標に対する進捗状況・進捗度）",
      null,
      "期末報告（目標に対する達成状況・達成度）",
    ],
    ["①", "○ 防災訓練の実施", "R7.5.20", "訓練を1回実施する。", "準備中"],
  ]);
  return book;
}

export async function goalBookBytes(label: string): Promise<Buffer> {
  return Buffer.from(await goalBook(label).xlsx.writeBuffer());
}

/** The first sheet's title (A1) of a workbook file: which input a copy was made from. */
export async function titleOf(file: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return String(book.worksheets[0]?.getCell("A1").value ?? "");
}

async function editSheet(bytes: Buffer, edit: (zip: JSZip, sheetXml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = "xl/worksheets/sheet1.xml";
  zip.file(part, edit(zip, (await zip.file(part)?.async("string")) ?? ""));
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The goal sheet with a chart on it: a drawing holding a chart frame, and the chart's part. */
export async function withChart(bytes: Buffer): Promise<Buffer> {
  return editSheet(bytes, (zip, xml) => {
    zip.file(
      "xl/drawings/drawing1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="グラフ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    );
    zip.file(
      "xl/drawings/_rels/drawing1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>`,
    );
    zip.file(
      "xl/charts/chart1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>`,
    );
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
    );
    return xml.replace("</worksheet>", '<drawing r:id="rIdChart"/></worksheet>');
  });
}

/** The goal sheet with data validations placed as given (dataValidation elements, or an extLst). */
export async function withValidations(
  bytes: Buffer,
  validations: { readonly merge?: string; readonly elements?: string; readonly extension?: string },
): Promise<Buffer> {
  return editSheet(bytes, (_zip, xml) => {
    let out = xml.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, "");
    const merge = validations.merge
      ? `<mergeCells count="1"><mergeCell ref="${validations.merge}"/></mergeCells>`
      : "";
    const dv = validations.elements ? `<dataValidations>${validations.elements}</dataValidations>` : "";
    // CT_Worksheet's order: sheetData, …, mergeCells, …, dataValidations, …, pageMargins, …, extLst.
    out = out.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, "");
    out = out.replace("</sheetData>", `</sheetData>${merge}${dv}`);
    if (validations.extension) out = out.replace("</worksheet>", `${validations.extension}</worksheet>`);
    return out;
  });
}

/** A workbook whose first sheet is renamed to anything, even a name Excel would refuse to type. */
export async function withSheetName(bytes: Buffer, name: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = "xl/workbook.xml";
  const xml = (await zip.file(part)?.async("string")) ?? "";
  const escaped = name
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // As character references, so that XML keeps them instead of reading them as spaces.
    .replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  zip.file(part, xml.replace(/(<sheet\b[^>]*\bname=")[^"]*"/, `$1${escaped}"`));
  return zip.generateAsync({ type: "nodebuffer" });
}
