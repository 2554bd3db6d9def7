/** The message under a control that failed validation (KERN `kern-error`). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body">{message}</span>
    </p>
  );
}
