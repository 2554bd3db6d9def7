/*
 * Sends plain-text e-mails through the `MAIL` binding (Cloudflare Email Service), with the
 * binding's own message builder — no MIME written here. Locally, wrangler writes each
 * message to a file under its temporary directory and logs the path.
 */

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export class MailFailed extends Error {
  override readonly name = "MailFailed";
}

/** Sends one e-mail; a refusal of the binding becomes a MailFailed without the address. */
export async function sendMail(binding: SendEmail, from: string, mail: Mail): Promise<void> {
  try {
    await binding.send({
      from: { email: from, name: "Integrationspatinnen und -paten" },
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: { "Auto-Submitted": "auto-generated" },
    });
  } catch (error) {
    // The binding's message may name the recipient: log only that it failed.
    throw new MailFailed(`the e-mail could not be sent (${(error as Error).name})`);
  }
}
