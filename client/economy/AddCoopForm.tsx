import { useId, useState, type FormEvent } from "react";
import { addCoop } from "../../shared/board";
import { useSession } from "../sync/session-context";

/** Add a co-operative the open data misses. */
export function AddCoopForm() {
  const session = useSession();
  const id = useId();
  const [name, setName] = useState("");
  const [sector, setSector] = useState("");
  const [error, setError] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") {
      setError("Give the co-operative's name");
      return;
    }
    setError("");
    const fields = {
      name: name.trim(),
      sector: sector.trim(),
      legalForm: "",
      ownershipType: "",
      status: "active" as const,
    };
    session.change(() => addCoop(session.doc, { ...fields, turnover: null, employees: null, members: null }));
    setName("");
    setSector("");
  };
  return (
    <form className="add-coop" onSubmit={submit} noValidate aria-label="Add a co-operative">
      <div className="field">
        <label htmlFor={`${id}-name`} className="field__label">
          Name of a co-op the data misses
        </label>
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          maxLength={300}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid="economy.add-coop-name"
        />
        {error && (
          <span id={`${id}-error`} className="field__error">
            {error}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-sector`} className="field__label">
          Sector
        </label>
        <input
          id={`${id}-sector`}
          className="input"
          value={sector}
          maxLength={200}
          onChange={(event) => setSector(event.target.value)}
        />
      </div>
      <button type="submit" className="button" data-testid="economy.add-coop">
        Add co-op
      </button>
    </form>
  );
}
