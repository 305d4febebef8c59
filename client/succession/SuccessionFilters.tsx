import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from "react-aria-components";
import {
  OWNERSHIP_ROUTES,
  OWNERSHIP_ROUTE_LABELS,
  distinctValues,
  isFiltering,
  isOwnershipRoute,
  type BusinessFilter,
  type SuccessionView,
} from "../../shared/board";
import { ChevronDownIcon } from "../ui/icons";

const ALL = "all";

interface FilterSelectProps {
  label: string;
  allLabel: string;
  options: { id: string; label: string }[];
  value: string | undefined;
  testId: string;
  onChange(value: string | null): void;
}

function FilterSelect({ label, allLabel, options, value, testId, onChange }: FilterSelectProps) {
  const items = [{ id: ALL, label: allLabel }, ...options];
  return (
    <Select
      className="field succession-filters__field"
      value={value ?? ALL}
      onChange={(key) => onChange(key === ALL || key === null ? null : String(key))}
    >
      <Label className="field__label">{label}</Label>
      <Button className="input select-button" data-testid={testId}>
        <SelectValue className="select-button__value" />
        <ChevronDownIcon />
      </Button>
      <Popover className="popover" placement="bottom start">
        <ListBox className="listbox" items={items}>
          {(item) => (
            <ListBoxItem id={item.id} textValue={item.label} className="listbox__item">
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

interface SuccessionFiltersProps {
  view: SuccessionView;
  filter: BusinessFilter;
  shown: number;
  onChange(filter: BusinessFilter): void;
}

const asList = (value: string | null) => (value === null ? [] : [value]);

/** Filters by route, sector and adviser; the pipeline stays live underneath. */
export function SuccessionFilters({ view, filter, shown, onChange }: SuccessionFiltersProps) {
  const toOptions = (values: string[]) => values.map((value) => ({ id: value, label: value }));
  return (
    <div className="succession-filters" role="group" aria-label="Filter businesses">
      <FilterSelect
        label="Route"
        allLabel="All routes"
        testId="filter.route"
        options={OWNERSHIP_ROUTES.map((id) => ({ id, label: OWNERSHIP_ROUTE_LABELS[id] }))}
        value={filter.routes[0]}
        onChange={(value) => onChange({ ...filter, routes: asList(value).filter(isOwnershipRoute) })}
      />
      <FilterSelect
        label="Sector"
        allLabel="All sectors"
        testId="filter.sector"
        options={toOptions(distinctValues(view, "sector"))}
        value={filter.sectors[0]}
        onChange={(value) => onChange({ ...filter, sectors: asList(value) })}
      />
      <FilterSelect
        label="Adviser"
        allLabel="All advisers"
        testId="filter.adviser"
        options={toOptions(distinctValues(view, "adviser"))}
        value={filter.advisers[0]}
        onChange={(value) => onChange({ ...filter, advisers: asList(value) })}
      />
      {isFiltering(filter) && (
        <p className="succession-filters__status" role="status">
          Showing {shown} of {view.businessCount}
          <Button
            className="button button--small button--quiet"
            onPress={() => onChange({ routes: [], sectors: [], advisers: [] })}
          >
            Clear filters
          </Button>
        </p>
      )}
    </div>
  );
}
