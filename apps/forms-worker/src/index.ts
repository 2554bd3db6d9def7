import { dispatch } from "./http/router.js";
import { routes } from "./routes/index.js";

export default {
  fetch(request, env): Promise<Response> {
    return dispatch(routes, request, env);
  },
} satisfies ExportedHandler<Env>;
