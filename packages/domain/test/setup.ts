// The tests render messages in every language the package ships, as a server would.
import { allMessages } from "../src/i18n/all.js";
import { registerMessages } from "../src/i18n/messages.js";

registerMessages(...allMessages);
