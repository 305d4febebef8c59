import { useId, useState } from "react";
import { Button, Tag, TagGroup, TagList } from "react-aria-components";
import { addPartner, removePartner } from "../../shared/board";
import { useSession } from "../sync/session-context";
import { CloseIcon, PlusIcon } from "../ui/icons";
import { CharacterCount } from "../ui/CharacterCount";
import { PARTNER_MAX_LENGTH } from "../ui/field-limits";

interface PartnersFieldProps {
  actionId: string;
  partners: string[];
}

/** Partner organisations as tags: type a name and press Enter to add; each tag has a labelled remove button. */
export function PartnersField({ actionId, partners }: PartnersFieldProps) {
  const session = useSession();
  const [draft, setDraft] = useState("");
  const labelId = useId();
  const inputId = useId();
  const countId = useId();
  const add = () => {
    if (!draft.trim()) return;
    session.change(() => addPartner(session.doc, actionId, draft));
    setDraft("");
  };
  return (
    <div className="field partners">
      <span id={labelId} className="field__label">
        Partners
      </span>
      <TagGroup
        aria-labelledby={labelId}
        onRemove={(keys) =>
          session.change(() => keys.forEach((key) => removePartner(session.doc, actionId, String(key))))
        }
        className="partners__group"
      >
        <TagList
          items={partners.map((name) => ({ id: name, name }))}
          className="partners__tags"
          renderEmptyState={() => <span className="partners__empty">No partners yet</span>}
        >
          {(partner) => (
            <Tag id={partner.id} textValue={partner.name} className="partners__tag">
              {partner.name}
              <Button slot="remove" className="partners__remove">
                <CloseIcon />
              </Button>
            </Tag>
          )}
        </TagList>
      </TagGroup>
      <div className="partners__add">
        <label htmlFor={inputId} className="visually-hidden">
          Add a partner
        </label>
        <input
          id={inputId}
          className="input"
          data-testid="action.partners"
          value={draft}
          placeholder="Add a partner, then press Enter"
          maxLength={PARTNER_MAX_LENGTH}
          aria-describedby={countId}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
        />
        <Button
          className="button button--small"
          aria-label="Add partner"
          onPress={add}
          isDisabled={!draft.trim()}
        >
          <PlusIcon />
          Add
        </Button>
      </div>
      <CharacterCount id={countId} length={draft.length} max={PARTNER_MAX_LENGTH} />
    </div>
  );
}
