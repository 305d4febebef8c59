import { useEffect, useState } from "react";
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import type { LocalAuthoritySummary } from "../../shared/economy/open-data";
import { chooseLocalAuthority } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { ChevronDownIcon } from "../ui/icons";
import { fetchLocalAuthorities, fetchLocalAuthorityCoops } from "./open-data-api";

/** Choose the council's area: its co-operatives are listed from the open data, once, for everyone. */
export function LocalAuthorityPicker({ current }: { current: string }) {
  const session = useSession();
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
    if (!name || name === current) return;
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
    <ComboBox
      className="field la-picker"
      items={authorities}
      selectedKey={current || null}
      isDisabled={!session.canEdit || busy}
      onSelectionChange={(key) => key !== null && void choose(String(key))}
      menuTrigger="focus"
    >
      <Label className="field__label">Local authority</Label>
      <div className="la-picker__row">
        <Input
          className="input"
          data-testid="economy.local-authority"
          placeholder="Type to search, e.g. Plymouth"
        />
        <Button className="button la-picker__toggle" aria-label="Show local authorities">
          <ChevronDownIcon />
        </Button>
      </div>
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
        <ListBox className="listbox">
          {(authority: LocalAuthoritySummary) => (
            <ListBoxItem id={authority.name} textValue={authority.name} className="listbox__item">
              {authority.name} <span className="muted">({authority.coops} co-ops)</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
