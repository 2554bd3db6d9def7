import type { ReactNode } from "react";

export interface Fact {
  label: string;
  value: ReactNode;
}

/** A KERN description list of labelled facts about a record. */
export function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="kern-description-list">
      {facts.map((fact) => (
        <div className="kern-description-list-item" key={fact.label}>
          <dt className="kern-description-list-item__key">{fact.label}</dt>
          <dd className="kern-description-list-item__value">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
