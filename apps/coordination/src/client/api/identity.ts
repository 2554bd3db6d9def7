import { queryOptions } from "@tanstack/react-query";
import type { Coordinator } from "../../shared/api.js";
import { ApiError, api } from "./http.js";

/** Who is signed in (GET /api/me). */
export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: () => api<Coordinator>("/api/me"),
  staleTime: 5 * 60_000,
  retry: false,
});

/**
 * The demo coordinators of the development sign-in, or `null` where there is none
 * (production answers 404: Cloudflare Access signs people in there).
 */
export const devCoordinatorsQuery = queryOptions({
  queryKey: ["dev", "coordinators"],
  queryFn: async (): Promise<Coordinator[] | null> => {
    try {
      return await api<Coordinator[]>("/api/dev/coordinators");
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export const devSignIn = (coordinatorId: string) =>
  api<Coordinator>("/api/dev/sign-in", "POST", { coordinatorId });

export const devSignOut = () => api<void>("/api/dev/sign-out", "POST");
