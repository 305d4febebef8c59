import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from "react-aria-components";
import { ACTION_STATUSES, ACTION_STATUS_LABELS, isActionStatus, type ActionStatus } from "../../shared/board";
import { StatusBadge } from "../matrix/StatusBadge";
import { CheckIcon, ChevronDownIcon } from "../ui/icons";

interface StatusSelectProps {
  status: ActionStatus;
  onChange(status: ActionStatus): void;
}

const OPTIONS = ACTION_STATUSES.map((id) => ({ id, label: ACTION_STATUS_LABELS[id] }));

export function StatusSelect({ status, onChange }: StatusSelectProps) {
  return (
    <Select
      value={status}
      onChange={(key) => {
        if (isActionStatus(key)) onChange(key);
      }}
      className="field"
    >
      <Label className="field__label">Status</Label>
      <Button className="input select-button" data-testid="action.status">
        <SelectValue className="select-button__value">
          <StatusBadge status={status} labelled={false} />
        </SelectValue>
        <ChevronDownIcon />
      </Button>
      <Popover className="popover" placement="bottom start">
        <ListBox className="listbox" items={OPTIONS}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className="listbox__item">
              {({ isSelected }) => (
                <>
                  <StatusBadge status={option.id} labelled={false} />
                  {isSelected && (
                    <span className="listbox__check">
                      <CheckIcon />
                    </span>
                  )}
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
