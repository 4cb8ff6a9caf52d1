import {
  AdoptionAction,
  DocumentActionType,
  DocumentRelationType,
  DocumentType,
  LegalForce,
  LegalStatus,
} from "@plenary/domain";
import { CheckboxField, I18nField, Section, SelectField, TextField } from "../fields";
import type { problemMap } from "../issues";
import { EditOnly } from "../read-only";
import { RecordPicker } from "../record-picker";
import { move, newKey, OrderControls, type Doc, type SectionProps } from "./shared";

/** The documents the meeting adopted, signed or took note of, each with its relations, actions and texts. */
export function DocumentsSection({ form, set, setForm, problems }: SectionProps) {
  return (
    <Section
      id="documents"
      title={`Documents (${form.documents.length})`}
      actions={
        <button
          type="button"
          onClick={() =>
            set("documents", [
              ...form.documents,
              {
                key: newKey(),
                titleI18n: { en: "" },
                type: "decision",
                action: "adopted",
                adoptingBodyId: null,
                dateAdopted: form.startDate,
                validFrom: null,
                validTo: null,
                legalForce: null,
                legalStatus: null,
                topicIds: [],
                sources: [],
                identifiers: [],
                actions: [],
                texts: [],
                relations: [],
              },
            ])
          }
        >
          Add document
        </button>
      }
    >
      <ol className="rows">
        {form.documents.map((doc, i) => (
          <DocumentCard
            key={doc.key}
            doc={doc}
            index={i}
            count={form.documents.length}
            others={form.documents.filter((d) => d.key !== doc.key)}
            problems={problems}
            // On the current draft: a document made from this card's relation picker joins the package just before.
            onChange={(d) =>
              setForm((current) => ({
                ...current,
                documents: current.documents.map((x) => (x.key === d.key ? d : x)),
              }))
            }
            onMove={(to) => set("documents", move(form.documents, i, to))}
            onRemove={() =>
              set(
                "documents",
                form.documents.filter((_, k) => k !== i),
              )
            }
          />
        ))}
      </ol>
    </Section>
  );
}

function DocumentCard({
  doc,
  index,
  count,
  others,
  problems,
  onChange,
  onMove,
  onRemove,
}: {
  doc: Doc;
  index: number;
  count: number;
  others: Doc[];
  problems: ReturnType<typeof problemMap>;
  onChange: (d: Doc) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const path = ["documents", index];
  const title = doc.titleI18n.en || `Document ${index + 1}`;
  return (
    <li className="row-card" data-testid="document-card">
      <div className="row-head">
        <strong>
          {index + 1}. {title}
        </strong>
        <OrderControls index={index} count={count} onMove={onMove} label={title} />
        <EditOnly>
          <button
            type="button"
            className="danger"
            onClick={onRemove}
            aria-label={`Remove ${title} from the package`}
          >
            Remove
          </button>
        </EditOnly>
      </div>
      <I18nField
        label="Title"
        path={[...path, "titleI18n"]}
        value={doc.titleI18n}
        onChange={(v) => onChange({ ...doc, titleI18n: v ?? { en: "" } })}
        problems={problems}
      />
      <div className="grid">
        <SelectField
          label="Type"
          path={[...path, "type"]}
          value={doc.type}
          options={DocumentType.options}
          labels="documentType"
          onChange={(v) => onChange({ ...doc, type: v ?? "other" })}
          problems={problems}
        />
        <SelectField
          label="Action"
          path={[...path, "action"]}
          value={doc.action}
          options={AdoptionAction.options}
          labels="adoptionAction"
          onChange={(v) => onChange({ ...doc, action: v ?? "adopted" })}
          problems={problems}
        />
        <TextField
          label="Date adopted"
          path={[...path, "dateAdopted"]}
          value={doc.dateAdopted}
          onChange={(v) => onChange({ ...doc, dateAdopted: v })}
          problems={problems}
          placeholder="YYYY-MM-DD"
        />
        <TextField
          label="Valid from"
          path={[...path, "validFrom"]}
          value={doc.validFrom}
          onChange={(v) => onChange({ ...doc, validFrom: v })}
          problems={problems}
          placeholder="YYYY"
        />
        <TextField
          label="Valid to"
          path={[...path, "validTo"]}
          value={doc.validTo}
          onChange={(v) => onChange({ ...doc, validTo: v })}
          problems={problems}
          placeholder="YYYY"
        />
        <SelectField
          label="Legal force"
          path={[...path, "legalForce"]}
          value={doc.legalForce}
          options={LegalForce.options}
          labels="legalForce"
          allowEmpty
          onChange={(v) => onChange({ ...doc, legalForce: v })}
          problems={problems}
        />
        <SelectField
          label="Legal status"
          path={[...path, "legalStatus"]}
          value={doc.legalStatus}
          options={LegalStatus.options}
          labels="legalStatus"
          allowEmpty
          onChange={(v) => onChange({ ...doc, legalStatus: v })}
          problems={problems}
        />
        <RecordPicker
          label="Adopting body"
          entityType="organization"
          path={[...path, "adoptingBodyId"]}
          value={doc.adoptingBodyId}
          onChange={(id) => onChange({ ...doc, adoptingBodyId: id })}
          problems={problems}
          offerCreate
        />
      </div>
      <fieldset>
        <legend>Relations</legend>
        {doc.relations.map((r, j) => (
          <div key={j} className="inline-row">
            <SelectField
              label="Relation"
              path={[...path, "relations", j, "type"]}
              value={r.type}
              options={DocumentRelationType.options}
              labels="documentRelationType"
              onChange={(v) =>
                onChange({
                  ...doc,
                  relations: doc.relations.map((x, k) => (k === j ? { ...x, type: v ?? "references" } : x)),
                })
              }
              problems={problems}
            />
            {/* The package's documents first, then any stored one; a new one made here joins the package. */}
            <RecordPicker
              label="To document"
              entityType="document"
              path={[...path, "relations", j, "to"]}
              value={r.to || null}
              exclude={[doc.key]}
              onChange={(to) =>
                onChange({
                  ...doc,
                  relations: doc.relations.map((x, k) => (k === j ? { ...x, to: to ?? "" } : x)),
                })
              }
              problems={problems}
              offerCreate
            />
            <EditOnly>
              <button
                type="button"
                className="danger"
                onClick={() => onChange({ ...doc, relations: doc.relations.filter((_, k) => k !== j) })}
              >
                Remove relation
              </button>
            </EditOnly>
          </div>
        ))}
        <EditOnly>
          <button
            type="button"
            onClick={() =>
              onChange({
                ...doc,
                relations: [...doc.relations, { type: "approves", to: others[0]?.key ?? "" }],
              })
            }
          >
            Add relation
          </button>
        </EditOnly>
      </fieldset>
      <fieldset>
        <legend>Actions (adopted, signed, planned…)</legend>
        {doc.actions.map((a, j) => (
          <div key={j} className="inline-row">
            <SelectField
              label="Action"
              path={[...path, "actions", j, "type"]}
              value={a.type}
              options={DocumentActionType.options}
              labels="documentActionType"
              onChange={(v) =>
                onChange({
                  ...doc,
                  actions: doc.actions.map((x, k) => (k === j ? { ...x, type: v ?? "other" } : x)),
                })
              }
              problems={problems}
            />
            <TextField
              label="Date"
              path={[...path, "actions", j, "date"]}
              value={a.date}
              onChange={(v) =>
                onChange({ ...doc, actions: doc.actions.map((x, k) => (k === j ? { ...x, date: v } : x)) })
              }
              problems={problems}
            />
            <TextField
              label="Actor"
              path={[...path, "actions", j, "actor"]}
              value={a.actor}
              onChange={(v) =>
                onChange({ ...doc, actions: doc.actions.map((x, k) => (k === j ? { ...x, actor: v } : x)) })
              }
              problems={problems}
            />
            <CheckboxField
              label="Planned"
              path={[...path, "actions", j, "planned"]}
              checked={a.planned}
              onChange={(v) =>
                onChange({ ...doc, actions: doc.actions.map((x, k) => (k === j ? { ...x, planned: v } : x)) })
              }
            />
            <EditOnly>
              <button
                type="button"
                className="danger"
                onClick={() => onChange({ ...doc, actions: doc.actions.filter((_, k) => k !== j) })}
              >
                Remove action
              </button>
            </EditOnly>
          </div>
        ))}
        <EditOnly>
          <button
            type="button"
            onClick={() =>
              onChange({
                ...doc,
                actions: [
                  ...doc.actions,
                  { type: "adopted", date: null, planned: false, actor: null, reference: null },
                ],
              })
            }
          >
            Add action
          </button>
        </EditOnly>
      </fieldset>
      <fieldset>
        <legend>Texts</legend>
        {doc.texts.map((t, j) => (
          <div key={j} className="inline-row">
            <TextField
              label="Language"
              path={[...path, "texts", j, "lang"]}
              value={t.lang}
              onChange={(v) =>
                onChange({ ...doc, texts: doc.texts.map((x, k) => (k === j ? { ...x, lang: v ?? "" } : x)) })
              }
              problems={problems}
            />
            <TextField
              label="Title"
              path={[...path, "texts", j, "title"]}
              value={t.title}
              onChange={(v) =>
                onChange({ ...doc, texts: doc.texts.map((x, k) => (k === j ? { ...x, title: v ?? "" } : x)) })
              }
              problems={problems}
            />
            <TextField
              label="Body"
              multiline
              path={[...path, "texts", j, "body"]}
              value={t.body}
              onChange={(v) =>
                onChange({ ...doc, texts: doc.texts.map((x, k) => (k === j ? { ...x, body: v ?? "" } : x)) })
              }
              problems={problems}
            />
            <EditOnly>
              <button
                type="button"
                className="danger"
                onClick={() => onChange({ ...doc, texts: doc.texts.filter((_, k) => k !== j) })}
              >
                Remove text
              </button>
            </EditOnly>
          </div>
        ))}
        <EditOnly>
          <button
            type="button"
            onClick={() =>
              onChange({
                ...doc,
                texts: [
                  ...doc.texts,
                  {
                    lang: "en",
                    title: doc.titleI18n.en || "Text",
                    body: "",
                    isAuthentic: false,
                    sourceUrl: null,
                  },
                ],
              })
            }
          >
            Add text
          </button>
        </EditOnly>
      </fieldset>
    </li>
  );
}
