import { PDFDocument, rgb } from "pdf-lib";
import { embedFonts, printable } from "./fonts.js";
import { A4, INK, longDate, MARGIN, MUTED, paragraph } from "./layout.js";

/** What the printed certificate says. */
export interface CertificateDocument {
  readonly districtName: string;
  /** The partners that coordinate with the district, named in the closing line. */
  readonly partners: readonly string[];
  readonly holderName: string;
  readonly number: string;
  readonly issuedOn: string;
  readonly validUntil: string | null;
  /** Labels of the modules attended. */
  readonly modules: readonly string[];
  /** The short public address where the number can be checked. */
  readonly verificationUrl: string;
}

export class UnprintableNameError extends Error {}

/**
 * The certificate as a printable A4 PDF (pdf-lib): district, holder, modules, dates,
 * number and where to check it. The title, subject and keywords of the document carry the
 * number, so an archive can find it.
 */
export async function certificatePdf(
  content: CertificateDocument,
): Promise<Uint8Array<ArrayBuffer>> {
  const document = await PDFDocument.create();
  const fonts = await embedFonts(document);
  if (!printable(fonts.bold, content.holderName))
    throw new UnprintableNameError(content.holderName);
  document.setTitle(`Zertifikat ${content.number}`);
  document.setSubject(`Zertifikat Integrationspatinnen und -paten, ${content.districtName}`);
  document.setKeywords([content.number]);
  document.setLanguage("de-DE");
  document.setCreator("Integrationspaten – Arbeitsbereich der Koordination");
  document.setProducer("pdf-lib");
  document.setCreationDate(new Date(`${content.issuedOn}T12:00:00Z`));

  const page = document.addPage(A4);
  const [width, height] = A4;
  const inner = width - 2 * MARGIN;
  page.drawRectangle({
    x: MARGIN / 2,
    y: MARGIN / 2,
    width: width - MARGIN,
    height: height - MARGIN,
    borderColor: rgb(0.16, 0.32, 0.55),
    borderWidth: 2,
  });

  let y = height - MARGIN - 40;
  y = paragraph(page, content.districtName, {
    x: MARGIN,
    y,
    font: fonts.bold,
    size: 16,
    width: inner,
    center: true,
  });
  y = paragraph(page, "Programm „Integrationspatinnen und -paten“", {
    x: MARGIN,
    y: y - 4,
    font: fonts.regular,
    size: 12,
    width: inner,
    center: true,
  });
  y = paragraph(page, "Zertifikat", {
    x: MARGIN,
    y: y - 60,
    font: fonts.bold,
    size: 36,
    width: inner,
    center: true,
  });
  y = paragraph(page, content.holderName, {
    x: MARGIN,
    y: y - 40,
    font: fonts.bold,
    size: 24,
    width: inner,
    center: true,
  });
  y = paragraph(
    page,
    "hat durch regelmäßige Teilnahme an Fachvorträgen und Workshops die Qualifizierung als Integrationspatin oder Integrationspate erfolgreich abgeschlossen und begleitet ehrenamtlich Neuzugewanderte – zu Behörden und zum Jobcenter, bei Anträgen, zu Schulgesprächen und Arztbesuchen.",
    {
      x: MARGIN + 20,
      y: y - 16,
      font: fonts.regular,
      size: 12,
      width: inner - 40,
      center: true,
      leading: 18,
    },
  );

  if (content.modules.length > 0) {
    y = paragraph(page, "Besuchte Module", {
      x: MARGIN + 20,
      y: y - 24,
      font: fonts.bold,
      size: 12,
      width: inner - 40,
    });
    for (const module of content.modules) {
      y = paragraph(page, `• ${module}`, {
        x: MARGIN + 28,
        y,
        font: fonts.regular,
        size: 11,
        width: inner - 56,
        leading: 16,
      });
    }
  }

  const facts = [
    ["Ausgestellt am", longDate(content.issuedOn)],
    ...(content.validUntil ? [["Gültig bis", longDate(content.validUntil)]] : []),
    ["Zertifikatsnummer", content.number],
  ];
  y -= 24;
  for (const [label, value] of facts) {
    page.drawText(`${label}:`, { x: MARGIN + 20, y, size: 11, font: fonts.regular, color: MUTED });
    page.drawText(value ?? "", { x: MARGIN + 150, y, size: 11, font: fonts.bold, color: INK });
    y -= 18;
  }

  // Signature line for the district; the name of the signing person is written by hand.
  const lineY = MARGIN + 120;
  page.drawLine({
    start: { x: MARGIN + 20, y: lineY },
    end: { x: MARGIN + 240, y: lineY },
    thickness: 0.8,
    color: INK,
  });
  page.drawText(`Für den ${content.districtName}`, {
    x: MARGIN + 20,
    y: lineY - 14,
    size: 9,
    font: fonts.regular,
    color: MUTED,
  });

  const partnerLine =
    content.partners.length > 0 ? `In Zusammenarbeit mit: ${content.partners.join(", ")}.` : "";
  let footY = MARGIN + 62;
  if (partnerLine) {
    footY = paragraph(page, partnerLine, {
      x: MARGIN + 20,
      y: footY,
      font: fonts.regular,
      size: 9,
      width: inner - 40,
    });
  }
  paragraph(page, `Echtheit prüfen: ${content.verificationUrl}`, {
    x: MARGIN + 20,
    y: footY - 2,
    font: fonts.regular,
    size: 9,
    width: inner - 40,
  });
  // A copy typed on a plain ArrayBuffer, as Response bodies want it.
  return new Uint8Array(await document.save());
}
