import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from "react-aria-components";
import { ChevronDownIcon } from "../ui/icons";

export interface VersionOption {
  id: string;
  label: string;
}

interface VersionSelectProps {
  label: string;
  options: VersionOption[];
  value: string;
  testId: string;
  onChange(id: string): void;
}

export function VersionSelect({ label, options, value, testId, onChange }: VersionSelectProps) {
  return (
    <Select value={value} onChange={(key) => key !== null && onChange(String(key))} className="field">
      <Label className="field__label">{label}</Label>
      <Button className="input select-button" data-testid={testId}>
        <SelectValue className="select-button__value" />
        <ChevronDownIcon />
      </Button>
      <Popover className="popover" placement="bottom start">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className="listbox__item">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
