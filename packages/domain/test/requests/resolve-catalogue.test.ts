import { describe, expect, it } from "vitest";
import { catalogueChangesSchema } from "../../src/requests/category.js";
import { DEFAULT_CATALOGUE } from "../../src/requests/default-catalogue.js";
import { resolveCatalogue } from "../../src/requests/resolve-catalogue.js";

const changes = (input: unknown) => catalogueChangesSchema.parse(input);

describe("the default request catalogue", () => {
  it("has a German and English label and description for every category", () => {
    for (const category of DEFAULT_CATALOGUE) {
      expect(
        category.label.de &&
          category.label.en &&
          category.description.de &&
          category.description.en,
      ).toBeTruthy();
    }
  });

  it("requires a shared language for accompaniment and lets trainees help with everyday orientation", () => {
    const result = resolveCatalogue(changes({}));
    const byId = new Map(result.ok ? result.value.map((c) => [c.id, c]) : []);
    expect(byId.get("arzt")?.requiresSharedLanguage).toBe(true);
    expect(byId.get("jobcenter")?.certifiedOnly).toBe(true);
    expect(byId.get("alltag")).toMatchObject({
      requiresSharedLanguage: false,
      certifiedOnly: false,
    });
    expect(byId.get("schule")?.requiresGoodConduct).toBe(true);
  });

  it("warns about Kindergeld's six-month limit and about health details", () => {
    const result = resolveCatalogue(changes({}));
    const byId = new Map(result.ok ? result.value.map((c) => [c.id, c]) : []);
    expect(byId.get("antraege")?.hint?.de).toContain("sechs Monate");
    expect(byId.get("arzt")?.hint?.en).toContain("illnesses");
  });
});

describe("resolveCatalogue", () => {
  it("adds, renames and disables while keeping a stable order", () => {
    const result = resolveCatalogue(
      changes({
        add: [
          {
            id: "wohnen",
            label: { de: "Wohnen", en: "Housing" },
            description: { de: "Wohnungssuche.", en: "Finding a flat." },
            requiresSharedLanguage: false,
            certifiedOnly: true,
          },
        ],
        modify: { behoerden: { label: { de: "Behördengänge", en: "Visits to public offices" } } },
        disable: ["schule", "arzt"],
      }),
    );
    expect(result.ok && result.value.map((c) => `${c.id}:${c.label.de}`)).toEqual([
      "behoerden:Behördengänge",
      "jobcenter:Termine im Jobcenter",
      "antraege:Anträge übersetzen und ausfüllen",
      "alltag:Kulturvermittlung und Orientierung im Alltag",
      "wohnen:Wohnen",
    ]);
  });

  it("keeps the untouched fields of a modified category", () => {
    const result = resolveCatalogue(changes({ modify: { arzt: { certifiedOnly: false } } }));
    const arzt = result.ok ? result.value.find((c) => c.id === "arzt") : undefined;
    expect(arzt).toMatchObject({
      certifiedOnly: false,
      requiresSharedLanguage: true,
      label: { de: "Arztbesuche" },
    });
  });

  it("refuses to add an id twice and to change or disable unknown ones", () => {
    const duplicate = {
      id: "arzt",
      label: { de: "A", en: "A" },
      description: { de: "A", en: "A" },
      requiresSharedLanguage: true,
      certifiedOnly: true,
    };
    const result = resolveCatalogue(
      changes({ add: [duplicate], modify: { reisen: {} }, disable: ["urlaub"] }),
      undefined,
      "en",
    );
    expect(result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      "add.0.id: The category “arzt” exists already; use “modify” to rename or change it.",
      "modify.reisen: The category “reisen” is not in the catalogue.",
      "disable.0: The category “urlaub” is not in the catalogue.",
    ]);
  });

  it("refuses a catalogue with nothing left to offer", () => {
    const result = resolveCatalogue(changes({ disable: DEFAULT_CATALOGUE.map((c) => c.id) }));
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["district.noCategories"]);
  });
});
