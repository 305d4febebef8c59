import { Label, Radio, RadioGroup } from "react-aria-components";
import type { TemplateSummary } from "../../shared/api/schemas";

interface TemplatePickerProps {
  templates: TemplateSummary[];
  value: string;
  onChange(templateId: string): void;
}

function outline(template: TemplateSummary): string {
  const themes = template.themes.length;
  const columns = template.columns.join(", ");
  return themes === 0
    ? `${columns} · no themes yet`
    : `${columns} · ${themes} ${themes === 1 ? "theme" : "themes"}`;
}

export function TemplatePicker({ templates, value, onChange }: TemplatePickerProps) {
  return (
    <RadioGroup value={value} onChange={onChange} className="field">
      <Label className="field__label">Start from</Label>
      <div className="radio-cards">
        {templates.map((template) => (
          <Radio
            key={template.id}
            value={template.id}
            className="radio-card"
            data-testid="home.template"
            data-template-id={template.id}
          >
            <span className="radio-card__check" aria-hidden="true" />
            <span className="radio-card__name">{template.name}</span>
            <span className="radio-card__description">{template.description}</span>
            <span className="template-card__outline">{outline(template)}</span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
