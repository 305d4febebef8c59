import { useEffect, useState } from "react";
import {
  Autocomplete,
  Button,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SearchField,
  Select,
  SelectValue,
  Text,
  useFilter,
} from "react-aria-components";
import type { LocalAuthoritySummary } from "../../shared/economy/open-data";
import { chooseLocalAuthority } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { ChevronDownIcon } from "../ui/icons";
import { fetchLocalAuthorities, fetchLocalAuthorityCoops } from "./open-data-api";

/**
 * Choose the council's area: its co-operatives are listed from the open data, once, for everyone.
 *
 * React Aria's searchable select (a Select whose popover holds an Autocomplete), not a ComboBox: an
 * open ComboBox hides the rest of the page with aria-hidden while leaving it focusable, which axe
 * reports as a serious aria-hidden-focus failure, and React Aria offers no way to change that. The
 * Select's popover is modal and makes the rest of the page inert instead.
 */
export function LocalAuthorityPicker({ current }: { current: string }) {
  const session = useSession();
  const { contains } = useFilter({ sensitivity: "base" });
  const [authorities, setAuthorities] = useState<LocalAuthoritySummary[]>([]);
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    fetchLocalAuthorities().then(
      (body) => live && setAuthorities(body.localAuthorities),
      () =>
        live &&
        setProblem("The list of local authorities could not be loaded. Reload the page to try again."),
    );
    return () => {
      live = false;
    };
  }, []);

  const choose = async (name: string) => {
    if (!name || name === current || busy) return;
    setBusy(true);
    setProblem("");
    try {
      const body = await fetchLocalAuthorityCoops(name);
      session.change(() => chooseLocalAuthority(session.doc, body.localAuthority, body.coops));
    } catch {
      setProblem(`The co-operatives of ${name} could not be loaded. Try again.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Select
      className="field la-picker"
      value={current || null}
      onChange={(key) => key !== null && void choose(String(key))}
      // Not disabled while the list loads: disabling the focused button would drop keyboard focus to the page.
      isDisabled={!session.canEdit}
      placeholder="Choose a local authority"
    >
      <Label className="field__label">Local authority</Label>
      <Button className="input select-button la-picker__button" data-testid="economy.local-authority">
        {/* The name alone; before the list loads, the chosen name is still shown rather than the placeholder. */}
        <SelectValue className="select-button__value">
          {({ selectedText, isPlaceholder, defaultChildren }) =>
            isPlaceholder ? current || defaultChildren : selectedText
          }
        </SelectValue>
        <ChevronDownIcon />
      </Button>
      <Text slot="description" className="field__hint">
        {busy
          ? "Listing co-operatives…"
          : "Choosing one lists its co-operatives from the open data for everyone on the plan."}
      </Text>
      {problem && (
        <Text slot="errorMessage" className="field__error" role="alert">
          {problem}
        </Text>
      )}
      <Popover className="popover la-picker__popover" placement="bottom start">
        <Autocomplete filter={contains}>
          <SearchField aria-label="Search local authorities" autoFocus className="la-picker__search">
            <Input
              className="input"
              data-testid="economy.local-authority-search"
              placeholder="Type to search, e.g. Plymouth"
            />
          </SearchField>
          <ListBox
            className="listbox la-picker__list"
            items={authorities}
            renderEmptyState={() => <p className="la-picker__empty">No local authority matches.</p>}
          >
            {(authority: LocalAuthoritySummary) => (
              <ListBoxItem id={authority.name} textValue={authority.name} className="listbox__item">
                {authority.name} <span className="muted">({authority.coops} co-ops)</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Autocomplete>
      </Popover>
    </Select>
  );
}
