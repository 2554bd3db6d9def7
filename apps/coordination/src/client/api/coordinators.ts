import { queryOptions } from "@tanstack/react-query";
import type { Coordinator, CoordinatorInput } from "../../shared/api.js";
import { api } from "./http.js";

export const coordinatorListQuery = queryOptions({
  queryKey: ["coordinators", "list"],
  queryFn: () => api<{ coordinators: Coordinator[] }>("/api/coordinators"),
});

/** One coordinator (GET /api/coordinators/:id, administrators only). */
export const coordinatorQuery = (id: string) =>
  queryOptions({
    queryKey: ["coordinators", "detail", id],
    queryFn: () => api<Coordinator>(`/api/coordinators/${encodeURIComponent(id)}`),
  });

export const createCoordinator = (input: CoordinatorInput) =>
  api<Coordinator>("/api/coordinators", "POST", input);

export const updateCoordinator = (id: string, input: CoordinatorInput) =>
  api<Coordinator>(`/api/coordinators/${encodeURIComponent(id)}`, "PUT", input);
