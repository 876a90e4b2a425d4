import { Navigate, Outlet, useLocation } from "react-router";
import { useMe } from "../lib/queries.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { PageLoader } from "./PageLoader.tsx";

export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
