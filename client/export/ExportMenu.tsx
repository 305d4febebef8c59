import { Button, Menu, MenuItem, MenuTrigger, Popover, Text } from "react-aria-components";
import { exportUrl } from "../api/snapshots";
import { ChevronDownIcon, DownloadIcon } from "../ui/icons";
import { EXPORT_CHOICES, type ExportChoice } from "./export-formats";
import "./export-menu.css";

interface ExportMenuProps {
  boardId: string;
  /** Export this snapshot instead of the live board. */
  snapshotId?: string;
  /** What is exported, for the button's accessible name, e.g. "the live board". */
  subject: string;
}

/** Each format is a plain download link, so the browser saves the file under the server's own name. */
export function ExportMenu({ boardId, snapshotId, subject }: ExportMenuProps) {
  return (
    <MenuTrigger>
      <Button className="button button--small" data-testid="export.open" aria-label={`Export ${subject}`}>
        <DownloadIcon />
        Export
        <ChevronDownIcon />
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu export-menu" aria-label={`Export ${subject} as`}>
          {EXPORT_CHOICES.map((choice) => (
            <MenuItem
              key={choice.id}
              id={choice.id}
              className="menu__item export-menu__item"
              href={choiceUrl(boardId, choice, snapshotId)}
              download
              textValue={choice.label}
              data-testid={`export.${choice.id}`}
            >
              <Text slot="label" className="export-menu__label">
                {choice.label}
              </Text>
              <Text slot="description" className="export-menu__hint">
                {choice.hint}
              </Text>
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

function choiceUrl(boardId: string, choice: ExportChoice, snapshotId?: string): string {
  const url = exportUrl(boardId, choice.format, snapshotId);
  return choice.section ? `${url}&section=${choice.section}` : url;
}
