import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from "react";

export type ButtonVariant = "primary" | "secondary" | "tertiary";

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "className"> {
  variant?: ButtonVariant;
  /** A KERN icon name (`add`, `delete`, …), shown before the label. */
  icon?: string;
  small?: boolean;
  children: ReactNode;
}

/**
 * A KERN button; `type="button"` unless told otherwise, so it never submits by accident.
 * `disabled` is rendered as `aria-disabled` (KERN styles it): the button keeps focus while
 * an action runs instead of dropping it to the page, and clicks are ignored.
 */
export function Button({
  variant = "primary",
  icon,
  small,
  children,
  type,
  disabled,
  onClick,
  ...props
}: ButtonProps) {
  const classes = ["kern-btn", `kern-btn--${variant}`, small ? "kern-btn--x-small" : ""];
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (disabled) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      type={type ?? "button"}
      className={classes.filter(Boolean).join(" ")}
      aria-disabled={disabled ? true : undefined}
      onClick={click}
      {...props}
    >
      {icon ? <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" /> : null}
      <span className="kern-label">{children}</span>
    </button>
  );
}
