import { useState } from "react";
import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";
import { TextField } from "../../ui/TextField.js";

/**
 * A search by part of the name. It runs on submit (Enter or the button), not on every
 * key, so a screen reader hears the result once and the list does not jump while typing.
 */
export function RosterSearch({
  value,
  onSearch,
}: {
  value: string;
  onSearch: (name: string) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  return (
    <search aria-label={t("volunteers.search")}>
      <form
        className="roster-search"
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(draft.trim());
        }}
      >
        <TextField
          id="roster-search"
          type="search"
          label={t("volunteers.search")}
          hint={t("volunteers.searchHint")}
          value={draft}
          onChange={setDraft}
          maxLength={100}
          autoComplete="off"
        />
        <Button type="submit" variant="secondary">
          {t("volunteers.searchButton")}
        </Button>
      </form>
    </search>
  );
}
