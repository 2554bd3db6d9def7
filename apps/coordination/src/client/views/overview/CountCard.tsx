import type { ReactNode } from "react";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";

interface CountCardProps {
  id: string;
  title: string;
  state: { isPending: boolean; error: unknown; refetch: () => unknown };
  children: ReactNode;
}

/** A KERN card with a count (or its loading and error state). */
export function CountCard({ id, title, state, children }: CountCardProps) {
  return (
    <section className="kern-card count-card" aria-labelledby={id}>
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h2 className="kern-title" id={id}>
            {title}
          </h2>
        </header>
        <div className="kern-card__body">
          {state.isPending ? <Loading /> : null}
          {state.error ? (
            <ErrorState error={state.error} retry={() => void state.refetch()} />
          ) : null}
          {!state.isPending && !state.error ? children : null}
        </div>
      </div>
    </section>
  );
}
