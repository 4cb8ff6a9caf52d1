// The inline create forms of relation pickers: which fields each record needs, and the checks a save would make.
import {
  AdoptionAction,
  CreateCountryInput,
  CreateDocumentInput,
  CreateOrganizationInput,
  CreatePostInput,
  DocumentType,
  OrganizationClassification,
  PostRole,
  type LabelKind,
} from "@plenary/domain";
import type { z } from "zod";
import { pathKey, type FieldProblem } from "./issues";

/** The record types a picker creates through a small form: they need more than the typed name. */
export type FormCreatableType = "post" | "country" | "organization" | "document";
export const FORM_CREATABLE: readonly FormCreatableType[] = ["post", "country", "organization", "document"];

export type Draft = Record<string, string | null>;

export type DraftField =
  | { kind: "text"; key: string; label: string; optional?: boolean; placeholder?: string; capitals?: boolean }
  | { kind: "enum"; key: string; label: string; options: readonly string[]; labels: LabelKind }
  | { kind: "picker"; key: string; label: string; entityType: "organization" | "country" };

export interface FormSpec {
  /** The field the typed name goes into. */
  nameKey: string;
  fields: DraftField[];
  schema: z.ZodType;
  /** What the domain schema cannot say alone: a post belongs to an organization or a country. */
  check?: (draft: Draft) => FieldProblem[];
}

/**
 * The required fields of each record as the domain's Create schema names them, plus the few optional ones an
 * editor usually knows at this point. Keys are the schema's paths joined by dots, so problems land on fields.
 */
export const FORMS: Record<FormCreatableType, FormSpec> = {
  post: {
    nameKey: "labelI18n.en",
    fields: [
      { kind: "text", key: "labelI18n.en", label: "Label (English)" },
      { kind: "enum", key: "role", label: "Role", options: PostRole.options, labels: "postRole" },
      { kind: "picker", key: "organizationId", label: "Organization", entityType: "organization" },
      { kind: "picker", key: "countryId", label: "Country", entityType: "country" },
    ],
    schema: CreatePostInput,
    check: (draft) =>
      draft.organizationId || draft.countryId
        ? []
        : [
            {
              path: ["organizationId"],
              severity: "error",
              message: "A post belongs to an organization or a country: pick one (or both).",
            },
          ],
  },
  country: {
    nameKey: "nameI18n.en",
    fields: [
      { kind: "text", key: "nameI18n.en", label: "Name (English)" },
      { kind: "text", key: "iso2", label: "ISO 3166-1 alpha-2 code", placeholder: "RU", capitals: true },
      {
        kind: "text",
        key: "iso3",
        label: "ISO 3166-1 alpha-3 code (optional)",
        placeholder: "RUS",
        capitals: true,
        optional: true,
      },
    ],
    schema: CreateCountryInput,
  },
  organization: {
    nameKey: "nameI18n.en",
    fields: [
      { kind: "text", key: "nameI18n.en", label: "Name (English)" },
      { kind: "text", key: "abbreviationI18n.en", label: "Abbreviation (optional)", optional: true },
      {
        kind: "enum",
        key: "classification",
        label: "Classification",
        options: OrganizationClassification.options,
        labels: "organizationClassification",
      },
      { kind: "picker", key: "parentId", label: "Part of (optional)", entityType: "organization" },
    ],
    schema: CreateOrganizationInput,
  },
  document: {
    nameKey: "titleI18n.en",
    fields: [
      { kind: "text", key: "titleI18n.en", label: "Title (English)" },
      { kind: "enum", key: "type", label: "Type", options: DocumentType.options, labels: "documentType" },
      {
        kind: "enum",
        key: "action",
        label: "What the meeting did with it",
        options: AdoptionAction.options,
        labels: "adoptionAction",
      },
      {
        kind: "text",
        key: "dateAdopted",
        label: "Date adopted (optional)",
        placeholder: "YYYY-MM-DD",
        optional: true,
      },
    ],
    schema: CreateDocumentInput,
  },
};

/** The create input from the draft: dotted keys become nested objects; empty optional fields are left out. */
export function toInput(spec: FormSpec, draft: Draft): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of spec.fields) {
    const value = draft[field.key];
    if (value === null || value === undefined || value === "") {
      if (field.kind !== "text" || field.optional) continue;
    }
    const [head, tail] = field.key.split(".") as [string, string | undefined];
    if (tail) input[head] = { ...(input[head] as object | undefined), [tail]: value ?? "" };
    else input[head] = value ?? "";
  }
  return input;
}

export function validate(spec: FormSpec, draft: Draft): FieldProblem[] {
  const parsed = spec.schema.safeParse(toInput(spec, draft));
  const problems: FieldProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
        const field = spec.fields.find((f) => f.key === pathKey(path));
        // A choice left open reads better as an instruction than as the enum's list of options.
        const message =
          field?.kind === "enum" && !draft[field.key]
            ? `Choose the ${field.label.toLowerCase()}.`
            : issue.message;
        return { path, message, severity: "error" as const };
      });
  return [...problems, ...(spec.check?.(draft) ?? [])];
}
