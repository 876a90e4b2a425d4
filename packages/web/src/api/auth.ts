import { request } from "./client.ts";
import type { SessionUser } from "./types.ts";

interface AuthAnswer {
  user?: SessionUser;
}

export const authApi = {
  signUp: (body: { name: string; email: string; password: string }) =>
    request<AuthAnswer>("POST", "/api/auth/sign-up/email", body),
  signIn: (body: { email: string; password: string }) =>
    request<AuthAnswer>("POST", "/api/auth/sign-in/email", body),
  signOut: () => request<unknown>("POST", "/api/auth/sign-out", {}),
};
