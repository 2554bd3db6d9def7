import { PDFDocument } from "pdf-lib";
import { embedFonts } from "./fonts.js";
import { A4, INK, longDate, MARGIN, MUTED, paragraph } from "./layout.js";

export interface AttendanceSheet {
  readonly districtName: string;
  readonly title: string;
  /** „Fachvortrag“ or „Workshop“ and the module's label. */
  readonly kindAndModule: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly location: string | null;
  readonly people: readonly { readonly name: string; readonly point: string }[];
}

const ROW = 26;

/**
 * An attendance sheet for signatures (A4, pdf-lib): the session, then one numbered row per
 * volunteer with a field to sign, continued on further pages with the header repeated.
 * Blank rows at the end take people who came without being on the list.
 */
export async function attendanceSheetPdf(sheet: AttendanceSheet): Promise<Uint8Array<ArrayBuffer>> {
  const document = await PDFDocument.create();
  const fonts = await embedFonts(document);
  document.setTitle(`Anwesenheitsliste: ${sheet.title}, ${sheet.date}`);
  document.setLanguage("de-DE");
  document.setProducer("pdf-lib");
  const [width, height] = A4;
  const inner = width - 2 * MARGIN;
  const columns = {
    number: MARGIN,
    name: MARGIN + 28,
    point: MARGIN + 230,
    signature: MARGIN + 360,
  };
  const rows = [...sheet.people, ...Array.from({ length: 5 }, () => ({ name: "", point: "" }))];

  let index = 0;
  let pageNumber = 0;
  while (index < rows.length) {
    pageNumber += 1;
    const page = document.addPage(A4);
    let y = height - MARGIN;
    y = paragraph(page, `Anwesenheitsliste – ${sheet.districtName}`, {
      x: MARGIN,
      y,
      font: fonts.bold,
      size: 14,
      width: inner,
    });
    y = paragraph(page, sheet.title, {
      x: MARGIN,
      y: y - 2,
      font: fonts.bold,
      size: 12,
      width: inner,
    });
    const when = `${longDate(sheet.date)}, ${sheet.start}–${sheet.end} Uhr${sheet.location ? `, ${sheet.location}` : ""}`;
    y = paragraph(page, `${sheet.kindAndModule} · ${when}`, {
      x: MARGIN,
      y,
      font: fonts.regular,
      size: 10,
      width: inner,
    });
    y -= 10;
    for (const [label, x] of [
      ["Nr.", columns.number],
      ["Name", columns.name],
      ["Koordinierungsstelle", columns.point],
      ["Unterschrift", columns.signature],
    ] as const) {
      page.drawText(label, { x, y, size: 10, font: fonts.bold, color: INK });
    }
    y -= 8;
    page.drawLine({
      start: { x: MARGIN, y },
      end: { x: width - MARGIN, y },
      thickness: 0.8,
      color: INK,
    });
    while (index < rows.length && y - ROW > MARGIN + 20) {
      const row = rows[index];
      y -= ROW;
      page.drawText(String(index + 1), {
        x: columns.number,
        y: y + 8,
        size: 10,
        font: fonts.regular,
        color: MUTED,
      });
      if (row?.name)
        page.drawText(row.name, {
          x: columns.name,
          y: y + 8,
          size: 10,
          font: fonts.regular,
          color: INK,
        });
      if (row?.point)
        page.drawText(row.point, {
          x: columns.point,
          y: y + 8,
          size: 9,
          font: fonts.regular,
          color: MUTED,
        });
      page.drawLine({
        start: { x: MARGIN, y },
        end: { x: width - MARGIN, y },
        thickness: 0.4,
        color: MUTED,
      });
      index += 1;
    }
    page.drawText(`Seite ${pageNumber}`, {
      x: width - MARGIN - 40,
      y: MARGIN,
      size: 9,
      font: fonts.regular,
      color: MUTED,
    });
  }
  // A copy typed on a plain ArrayBuffer, as Response bodies want it.
  return new Uint8Array(await document.save());
}
